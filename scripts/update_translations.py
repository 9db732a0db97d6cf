"""Extract every translatable string into resources/i18n/*.ts and compile the .qm files.

Run with `make translations`. Chinese translations are written by people (or Qt Linguist)
into familyedu_zh_CN.ts; the English file is filled with the source text, which is English.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
BIN = Path(sys.executable).parent
LANGUAGES = ("zh_CN", "en")


def ts_path(language: str) -> Path:
    return I18N / f"familyedu_{language}.ts"


def extract(target: Path) -> None:
    subprocess.run(
        [str(BIN / "pyside6-lupdate"), "-extensions", "py", "-no-obsolete", "-locations",
         "none", "-target-language", target.stem.split("_", 1)[1],
         str(ROOT / "familyedu"), "-ts", str(target)],
        check=True, capture_output=True, text=True,
    )


def fill_english(path: Path) -> None:
    """English is the source language: each translation is its source text."""
    tree = ET.parse(path)
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        if message.get("numerus") == "yes":
            for form in translation.findall("numerusform") or []:
                form.text = form.text or source
            if not translation.findall("numerusform"):
                for _ in range(2):
                    ET.SubElement(translation, "numerusform").text = source
        elif not translation.text:
            translation.text = source
        translation.attrib.pop("type", None)
    tree.write(path, encoding="utf-8", xml_declaration=True)


def compile_all() -> None:
    for language in LANGUAGES:
        subprocess.run(
            [str(BIN / "pyside6-lrelease"), str(ts_path(language)), "-qm",
             str(I18N / f"familyedu_{language}.qm")],
            check=True, capture_output=True, text=True,
        )


def main() -> int:
    I18N.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        extract(ts_path(language))
    fill_english(ts_path("en"))
    compile_all()
    tree = ET.parse(ts_path("zh_CN"))
    unfinished = [m.findtext("source") for m in tree.iter("message")
                  if m.find("translation") is not None
                  and m.find("translation").get("type") == "unfinished"]  # type: ignore[union-attr]
    print(f"{sum(1 for _ in tree.iter('message'))} messages; zh_CN untranslated: "
          f"{len(unfinished)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
