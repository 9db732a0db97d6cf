"""Put the workspace's Chinese translations (zh_CN.tsv) into resources/i18n and compile them.

`pyside6-lupdate` keeps finished translations when it re-extracts, so this is needed once
(or again if the .ts file is ever rebuilt from scratch): `python tests/ui/workspace/data/
apply_translations.py`. Only messages of the workspace's contexts are touched.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[3]
TS = ROOT / "resources" / "i18n" / "familyedu_zh_CN.ts"
QM = TS.with_suffix(".qm")
NUMERUS = "%n"


def load_table(path: Path = HERE / "zh_CN.tsv") -> dict[tuple[str, str], str]:
    table: dict[tuple[str, str], str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            context, source, translation = line.split("\t")
            table[(context, source)] = translation
    return table


def apply(table: dict[tuple[str, str], str], ts: Path = TS) -> int:
    tree = ET.parse(ts)
    root = tree.getroot()
    contexts = {c.findtext("name"): c for c in root.iter("context")}
    changed = 0
    for (context_name, source), text in table.items():
        context = contexts.get(context_name)
        if context is None:
            context = ET.SubElement(root, "context")
            ET.SubElement(context, "name").text = context_name
            contexts[context_name] = context
        message = next((m for m in context.iter("message") if m.findtext("source") == source),
                       None)
        if message is None:
            message = ET.SubElement(context, "message")
            if NUMERUS in source:
                message.set("numerus", "yes")
            ET.SubElement(message, "source").text = source
            ET.SubElement(message, "translation")
        translation = message.find("translation")
        assert translation is not None
        if message.get("numerus") == "yes":
            for form in list(translation):
                translation.remove(form)
            ET.SubElement(translation, "numerusform").text = text  # Chinese has one form
        else:
            translation.text = text
        translation.attrib.pop("type", None)
        changed += 1
    ET.indent(tree)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return changed


def main() -> int:
    changed = apply(load_table())
    subprocess.run([str(Path(sys.executable).parent / "pyside6-lrelease"), str(TS), "-qm",
                    str(QM)], check=True, capture_output=True, text=True)
    print(f"{changed} workspace messages translated in {TS.name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
