"""Extract every translatable string into familyedu/resources/i18n/*.ts and compile the .qm files.

Run with `make translations`. Chinese translations are written by people (or Qt Linguist)
into familyedu_zh_CN.ts; the English file is filled with the source text, which is English,
with proper singular and plural forms for the `%n` messages.

    python scripts/update_translations.py                 # extract, fill English, compile
    python scripts/update_translations.py --unfinished    # print zh_CN work left, as JSON
    python scripts/update_translations.py --apply F.json  # merge {context: {source: text}}
"""

from __future__ import annotations

import argparse
import ast
import copy
import json
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "familyedu" / "resources" / "i18n"
SOURCES = ROOT / "familyedu"
BIN = Path(sys.executable).parent
LANGUAGES = ("zh_CN", "en")
HEADER = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'

Key = tuple[str, str, str]  # context, source, disambiguation comment
# Singular forms English cannot derive by dropping "(s)".
ENGLISH_SINGULAR = {"%n entries": "%n entry"}


def ts_path(language: str) -> Path:
    return I18N / f"familyedu_{language}.ts"


def messages(root: ET.Element) -> Iterator[tuple[ET.Element, ET.Element]]:
    """Every (context, message) pair of a .ts tree."""
    for context in root.iter("context"):
        for message in context.findall("message"):
            yield context, message


def key_of(context: ET.Element, message: ET.Element) -> Key:
    return (context.findtext("name") or "", message.findtext("source") or "",
            message.findtext("comment") or "")


def is_finished(message: ET.Element) -> bool:
    translation = message.find("translation")
    return translation is not None and translation.get("type") is None


def finished_translations(path: Path) -> dict[Key, ET.Element]:
    """The finished translations of an existing .ts file (copies), by message key."""
    if not path.exists():
        return {}
    root = ET.parse(path).getroot()
    return {key_of(c, m): copy.deepcopy(t) for c, m in messages(root)
            if is_finished(m) and (t := m.find("translation")) is not None}


def run_lupdate(target: Path, language: str, sources: Path) -> None:
    subprocess.run(
        [str(BIN / "pyside6-lupdate"), "-extensions", "py", "-no-obsolete", "-locations",
         "none", "-target-language", language, str(sources), "-ts", str(target)],
        check=True, capture_output=True, text=True,
    )


class IndirectCalls(ast.NodeVisitor):
    """Translations lupdate cannot see or misreads, found in one module's syntax tree.

    lupdate reads `QCoreApplication.translate("Context", "Text")` with literal arguments only.
    It misses a context held in a module constant (`translate(_CONTEXT, ...)`) and calls
    through a one-line wrapper (`def _tr(text): return translate("App", text)`), and it
    misreads a local alias `tr = QCoreApplication.translate` as QObject.tr(source, comment).
    """

    def __init__(self, tree: ast.Module) -> None:
        self.constants = {t.id: n.value.value for n in tree.body if isinstance(n, ast.Assign)
                          for t in n.targets if isinstance(t, ast.Name)
                          and isinstance(n.value, ast.Constant)
                          and isinstance(n.value.value, str)}
        self.aliases = {t.id for n in ast.walk(tree) if isinstance(n, ast.Assign)
                        and self._is_translate(n.value) for t in n.targets
                        if isinstance(t, ast.Name)}
        self.wrappers = dict(self._wrappers(tree))
        self.found: list[tuple[Key, bool]] = []  # key, numerus
        self.misread: set[tuple[str, str]] = set()  # what lupdate took for source, comment
        self.visit(tree)

    @staticmethod
    def _is_translate(node: ast.expr) -> bool:
        return (isinstance(node, ast.Attribute) and node.attr == "translate"
                and isinstance(node.value, ast.Name) and node.value.id == "QCoreApplication")

    def _text(self, node: ast.expr) -> str | None:
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return node.value
        return self.constants.get(node.id) if isinstance(node, ast.Name) else None

    def _wrappers(self, tree: ast.Module) -> Iterator[tuple[str, str]]:
        for node in tree.body:
            if not (isinstance(node, ast.FunctionDef) and len(node.args.args) == 1):
                continue
            body = node.body[-1]
            call = body.value if isinstance(body, ast.Return) else None
            if (isinstance(call, ast.Call) and self._is_translate(call.func)
                    and len(call.args) == 2 and isinstance(call.args[1], ast.Name)
                    and call.args[1].id == node.args.args[0].arg):
                context = self._text(call.args[0])
                if context is not None:
                    yield node.name, context

    def visit_Call(self, node: ast.Call) -> None:
        func, args = node.func, node.args
        by_alias = isinstance(func, ast.Name) and func.id in self.aliases
        if (self._is_translate(func) or by_alias) and len(args) >= 2:
            context, source = self._text(args[0]), self._text(args[1])
            comment = self._text(args[2]) if len(args) >= 3 else ""
            if context is not None and source is not None and comment is not None:
                self.found.append(((context, source, comment), len(args) >= 4))
                if by_alias and isinstance(func, ast.Name) and func.id == "tr":
                    self.misread.add((context, source))
        elif isinstance(func, ast.Name) and func.id in self.wrappers and len(args) == 1:
            source = self._text(args[0])
            if source is not None:
                self.found.append(((self.wrappers[func.id], source, ""), False))
        self.generic_visit(node)


def indirect_calls(sources: Path) -> tuple[list[tuple[Key, bool]], set[tuple[str, str]]]:
    """Every message of the sources that lupdate misses, and what it misreads instead."""
    found: list[tuple[Key, bool]] = []
    misread: set[tuple[str, str]] = set()
    for file in sorted(sources.rglob("*.py")):
        try:
            calls = IndirectCalls(ast.parse(file.read_text(encoding="utf-8")))
        except SyntaxError:
            continue  # lupdate reports it; a file being edited must not stop the others
        found += calls.found
        misread |= calls.misread
    return found, misread


def add_indirect(root: ET.Element, sources: Path, language: str) -> None:
    """Replace lupdate's misreadings by the messages the code really looks up."""
    found, misread = indirect_calls(sources)
    for context in root.iter("context"):
        for message in context.findall("message"):
            if (message.findtext("source"), message.findtext("comment")) in misread:
                context.remove(message)
    by_name = {c.findtext("name") or "": c for c in root.iter("context")}
    existing = {key_of(c, m) for c, m in messages(root)}
    for key, numerus in found:
        if key in existing:
            continue
        existing.add(key)
        if key[0] not in by_name:
            by_name[key[0]] = ET.SubElement(root, "context")
            ET.SubElement(by_name[key[0]], "name").text = key[0]
        message = ET.SubElement(by_name[key[0]], "message")
        ET.SubElement(message, "source").text = key[1]
        if key[2]:
            ET.SubElement(message, "comment").text = key[2]
        translation = ET.SubElement(message, "translation", type="unfinished")
        if numerus:
            message.set("numerus", "yes")
            for _ in range(1 if language.startswith("zh") else 2):
                ET.SubElement(translation, "numerusform")
    for context in list(root.iter("context")):
        if not context.findall("message"):
            root.remove(context)
    root[:] = sorted(root, key=lambda c: c.findtext("name") or "")


def write(root: ET.Element, path: Path) -> None:
    ET.indent(root, space="    ")
    path.write_text(HEADER + ET.tostring(root, encoding="unicode") + "\n", encoding="utf-8")


def extract(target: Path, sources: Path = SOURCES) -> ET.Element:
    """Update `target` from the sources; keeps the translations it already had."""
    language = target.stem.split("_", 1)[1]
    previous = finished_translations(target)
    run_lupdate(target, language, sources)
    root = ET.parse(target).getroot()
    add_indirect(root, sources, language)
    for context, message in messages(root):
        old = previous.get(key_of(context, message))
        if old is not None and not is_finished(message):
            message.remove(message.find("translation"))  # type: ignore[arg-type]
            message.append(old)
    write(root, target)
    return root


def extract_keys(sources: Path = SOURCES) -> set[Key]:
    """The message keys of the current sources, extracted afresh into a temporary file."""
    with tempfile.TemporaryDirectory() as tmp:
        root = extract(Path(tmp) / "familyedu_zh_CN.ts", sources)
        return {key_of(c, m) for c, m in messages(root)}


def english_forms(source: str) -> list[str]:
    singular = ENGLISH_SINGULAR.get(source, source.replace("(s)", ""))
    return [singular, source.replace("(s)", "s")]


def fill_english(path: Path) -> None:
    """English is the source language: each translation is its source text."""
    root = ET.parse(path).getroot()
    for _, message in messages(root):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        translation.attrib.pop("type", None)
        translation.text = None
        for form in translation.findall("numerusform"):
            translation.remove(form)
        if message.get("numerus") == "yes":
            for text in english_forms(source):
                ET.SubElement(translation, "numerusform").text = text
        else:
            translation.text = source
    write(root, path)


def apply_translations(path: Path, mapping: dict[str, dict[str, str]]) -> list[str]:
    """Write {context: {source: translation}} into a .ts file; returns the keys not found."""
    root = ET.parse(path).getroot()
    found: set[tuple[str, str]] = set()
    for context, message in messages(root):
        name, source, _ = key_of(context, message)
        text = mapping.get(name, {}).get(source)
        if text is None:
            continue
        found.add((name, source))
        translation = message.find("translation")
        assert translation is not None
        translation.attrib.pop("type", None)
        forms = translation.findall("numerusform")
        if message.get("numerus") == "yes":
            for form in forms or [ET.SubElement(translation, "numerusform")]:
                form.text = text  # Chinese has a single plural form
        else:
            translation.text = text
    write(root, path)
    return [f"{c}: {s}" for c, texts in mapping.items() for s in texts if (c, s) not in found]


def unfinished(path: Path) -> dict[str, dict[str, str]]:
    """The messages still to translate, with lupdate's guess (if any) as a starting point."""
    work: dict[str, dict[str, str]] = {}
    for context, message in messages(ET.parse(path).getroot()):
        if not is_finished(message):
            translation = message.find("translation")
            guess = "" if translation is None else "".join(translation.itertext()).strip()
            work.setdefault(context.findtext("name") or "", {})[
                message.findtext("source") or ""] = guess
    return work


def compile_all() -> None:
    for language in LANGUAGES:
        subprocess.run(
            [str(BIN / "pyside6-lrelease"), str(ts_path(language)), "-qm",
             str(I18N / f"familyedu_{language}.qm")],
            check=True, capture_output=True, text=True,
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--apply", type=Path, help="JSON {context: {source: translation}}")
    parser.add_argument("--unfinished", action="store_true", help="print zh_CN work left")
    args = parser.parse_args(argv)
    I18N.mkdir(parents=True, exist_ok=True)
    if args.unfinished:
        print(json.dumps(unfinished(ts_path("zh_CN")), ensure_ascii=False, indent=1))
        return 0
    for language in LANGUAGES:
        extract(ts_path(language))
    fill_english(ts_path("en"))
    if args.apply:
        mapping = json.loads(args.apply.read_text(encoding="utf-8"))
        for missing in apply_translations(ts_path("zh_CN"), mapping):
            print(f"not in the sources (any more): {missing}", file=sys.stderr)
    compile_all()
    left = unfinished(ts_path("zh_CN"))
    total = sum(1 for _ in messages(ET.parse(ts_path("zh_CN")).getroot()))
    print(f"{total} messages; zh_CN untranslated: {sum(len(v) for v in left.values())}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
