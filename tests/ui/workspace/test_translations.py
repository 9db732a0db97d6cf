"""Every string of the workspace has its Chinese translation in the shipped .qm file."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication

from familyedu.paths import RESOURCES
from tests.ui.workspace.data.apply_translations import load_table

SOURCES = [Path(__file__).resolve().parents[3] / "familyedu" / "ui" / part
           for part in ("workspace", "forms", "drafts.py")]


def test_chinese_translation_of_every_workspace_string(qapp: QApplication) -> None:
    table = load_table()
    translator = QTranslator()
    assert translator.load(str(RESOURCES / "i18n" / "familyedu_zh_CN.qm"))
    missing = [(context, source) for (context, source), text in table.items()
               if translator.translate(context, source, None, 1) != text]
    assert missing == []


def test_the_table_covers_every_string_in_the_code(tmp_path: Path) -> None:
    target = tmp_path / "workspace_zh_CN.ts"
    subprocess.run([str(Path(sys.executable).parent / "pyside6-lupdate"), "-extensions", "py",
                    "-no-obsolete", "-locations", "none", *map(str, SOURCES), "-ts",
                    str(target)], check=True, capture_output=True)
    found = {(c.findtext("name"), m.findtext("source"))
             for c in ET.parse(target).getroot().iter("context") for m in c.iter("message")}
    assert found - set(load_table()) == set()
