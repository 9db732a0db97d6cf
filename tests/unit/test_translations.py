"""Every visible string has a finished Chinese translation that keeps its placeholders."""

from __future__ import annotations

import importlib.util
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from enum import StrEnum
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "familyedu" / "resources" / "i18n"
# {{ and }} (literal braces), {name}, {size:.1f}, %n, %1, %L1, and shortcuts: Ctrl+Enter, F5.
TOKENS = re.compile(r"\{\{|\}\}|\{[^{}]*\}|%n|%L?\d|\b(?:Ctrl|Alt|Shift)\+\w+|\bF\d{1,2}\b")
ACCELERATOR = re.compile(r"&[^&\s]")


def _tool() -> ModuleType:
    """scripts/update_translations.py is a script, not a package module: load it by path."""
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "scripts" / "update_translations.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(spec.name, module)
    spec.loader.exec_module(module)
    return module


tool = _tool()


def _translations(language: str) -> dict[tuple[str, str, str], list[str]]:
    """Key -> the translated forms (one, or the plural forms), '' for an unfinished one."""
    root = ET.parse(I18N / f"familyedu_{language}.ts").getroot()
    out: dict[tuple[str, str, str], list[str]] = {}
    for context, message in tool.messages(root):
        translation = message.find("translation")
        assert translation is not None
        forms = [f.text or "" for f in translation.findall("numerusform")] or [
            translation.text or ""]
        out[tool.key_of(context, message)] = (
            forms if translation.get("type") is None else [""])
    return out


def _shown(key: tuple[str, str, str]) -> str:
    return f"{key[0]}: {key[1]!r}" + (f" ({key[2]})" if key[2] else "")


@pytest.fixture(scope="module")
def source_keys() -> set[tuple[str, str, str]]:
    keys: set[tuple[str, str, str]] = tool.extract_keys()
    return keys


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_every_string_of_the_code_is_translated(
        source_keys: set[tuple[str, str, str]], language: str) -> None:
    committed = _translations(language)
    untranslated = sorted(_shown(k) for k in source_keys
                          if not all(committed.get(k, [""])))
    assert not untranslated, (
        f"{len(untranslated)} string(s) without a {language} translation; run "
        "`make translations` and translate them in familyedu/resources/i18n/familyedu_"
        f"{language}.ts:\n" + "\n".join(untranslated))


def test_extraction_finds_strings_lupdate_alone_misses(tmp_path: Path) -> None:
    (tmp_path / "screen.py").write_text(
        "from PySide6.QtCore import QCoreApplication\n"
        "_CONTEXT = 'Errors'\n"
        "def _tr(text):\n"
        "    return QCoreApplication.translate(_CONTEXT, text)\n"
        "def title(n):\n"
        "    tr = QCoreApplication.translate\n"
        "    return (tr('Columns', 'Case no.'), _tr('Disk full.'),\n"
        "            QCoreApplication.translate(_CONTEXT, '%n page(s)', '', n))\n",
        encoding="utf-8")
    keys = tool.extract_keys(tmp_path)
    assert keys == {("Columns", "Case no.", ""), ("Errors", "Disk full.", ""),
                    ("Errors", "%n page(s)", "")}


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_translations_keep_placeholders_and_shortcuts(language: str) -> None:
    wrong = []
    for key, forms in _translations(language).items():
        expected = Counter(TOKENS.findall(key[1]))
        for form in forms:
            if form and Counter(TOKENS.findall(form)) != expected:
                wrong.append(f"{_shown(key)} -> {form!r}")
            if form and ACCELERATOR.search(key[1]) and not ACCELERATOR.search(form):
                wrong.append(f"{_shown(key)} -> {form!r} lost its & accelerator")
    assert not wrong, "\n".join(wrong)


def _translator(language: str) -> QTranslator:
    translator = QTranslator()
    assert translator.load(str(I18N / f"familyedu_{language}.qm"))
    return translator


def test_compiled_chinese_translates_labels_menus_and_errors() -> None:
    zh = _translator("zh_CN")
    assert zh.translate("Labels", "Counselor") == "指导师"
    assert zh.translate("Labels", "Guardianship supervision order") == "督促监护令"
    assert zh.translate("ShellMenus", "&File") == "文件(&F)"
    assert zh.translate("CaseListView", "%n case(s)", "", 3) == "共 %n 个案件"
    # Reached only through helper functions (context in a constant, a local alias).
    assert zh.translate("ServiceErrors", "The user name or the password is not right.") == (
        "用户名或密码不正确。")
    assert zh.translate("CaseList", "Case no.") == "案件编号"


def test_compiled_english_has_singular_and_plural() -> None:
    en = _translator("en")
    assert en.translate("CaseListView", "%n case(s)", "", 1) == "%n case"
    assert en.translate("CaseListView", "%n case(s)", "", 2) == "%n cases"
    assert en.translate("AuditViewer", "%n entries", "", 1) == "%n entry"
    assert en.translate("Labels", "Counselor") == "Counselor"


@pytest.mark.parametrize("language", ["zh_CN", "en"])
@pytest.mark.parametrize("table", ["audit_action", "record_kind"])
def test_every_audit_action_and_record_kind_has_a_label_in_both_languages(
        language: str, table: str) -> None:
    """The words live in the documents' labels.toml (one source for the screens and the
    exported trail, issue #15): read from the shipped file, and a code left out is refused."""
    import tomllib

    from familyedu.resources import resource_path
    from familyedu.services.core.audit import Action, EntityType
    from familyedu.services.letters.labels import parse_labels

    codes: type[StrEnum] = Action if table == "audit_action" else EntityType
    text = resource_path("letters", language, "labels.toml").read_text(encoding="utf-8")
    written = tomllib.loads(text)[table]
    assert set(written) == {code.value for code in codes}  # none missing, none stale
    labels = parse_labels(text, language)
    label = labels.audit_action if table == "audit_action" else labels.record_kind
    shown = {code: label(code) for code in codes}
    assert all(word and word != code.value for code, word in shown.items()), shown
    assert len(set(shown.values())) == len(codes)  # no two read the same
    if language == "zh_CN":
        assert all(re.search(r"[\u4e00-\u9fff]", word) for word in shown.values()), shown
    assert label("from_a_newer_version") == "from_a_newer_version"
    # A code missing from the file stops the labels loading, so it cannot ship unnoticed.
    first = next(iter(codes)).value
    cut = re.sub(rf"(?m)^{first} = .*\n", "", text.split(f"[{table}]", 1)[1], count=1)
    with pytest.raises(ValueError, match=rf"\[{table}\] lacks \['{first}'\]"):
        parse_labels(text.split(f"[{table}]", 1)[0] + f"[{table}]" + cut, language)


@pytest.mark.parametrize(("language", "signed_in", "minor"),
                         [("zh_CN", "登录", "未成年人"), ("en", "Signed in", "Minor")])
def test_the_screens_show_the_audit_words_in_the_interface_language(
        qapp: QCoreApplication, language: str, signed_in: str, minor: str) -> None:
    from familyedu.ui import labels

    previous = qapp.property("familyedu_language")
    qapp.setProperty("familyedu_language", language)
    try:
        assert (labels.action("login_ok"), labels.entity_type("minor")) == (signed_in, minor)
        assert labels.action("from_a_newer_version") == "from_a_newer_version"
        assert labels.entity_type("") == ""  # an entry about no record, such as a sign-in
    finally:
        qapp.setProperty("familyedu_language", previous)


def _entity_types_written() -> dict[str, list[str]]:
    """Every `entity_type=` the package passes to a call, as written: a string literal's
    value, EntityType.X's value, or anything else as its source text (so it fails below)."""
    import ast

    from familyedu.services.core.audit import EntityType

    written: dict[str, list[str]] = {}
    for path in sorted((ROOT / "familyedu").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            for keyword in node.keywords:
                value = keyword.value
                if keyword.arg != "entity_type" or (
                        isinstance(value, ast.Name) and value.id == "entity_type"):
                    continue  # not one, or a parameter passed on (its callers are read)
                if isinstance(value, ast.Constant) and isinstance(value.value, str):
                    code = value.value
                elif (isinstance(value, ast.Attribute) and isinstance(value.value, ast.Name)
                      and value.value.id == "EntityType" and value.attr in EntityType.__members__):
                    code = EntityType[value.attr].value
                else:
                    code = ast.unparse(value)
                where = f"{path.relative_to(ROOT)}:{node.lineno}"
                written.setdefault(code, []).append(where)
    return written


def test_every_record_kind_the_code_writes_to_the_audit_trail_is_known() -> None:
    from familyedu.services.core.audit import EntityType

    written = _entity_types_written()
    # The scan finds the services' calls (a sanity check that it still reads them).
    assert {"case", "letter_template", "backup", "center", "export"} <= set(written)
    unknown = {code: where for code, where in written.items()
               if code not in {kind.value for kind in EntityType}}
    assert not unknown, (
        "audit entries about a record kind without a label; add it to "
        "services/core/audit.EntityType and [record_kind] of "
        f"resources/letters/<language>/labels.toml: {unknown}")
