"""文件 → 导入台账…: the wizard from file to dry run to import and undo (#17)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QMessageBox
from pytestqt.qtbot import QtBot

from familyedu.errors import FieldError
from familyedu.models import CategoryKind
from familyedu.services.casework.dto import CaseQuery
from familyedu.services.casework.importing.dto import RowReport
from familyedu.ui.events import AppEvents
from familyedu.ui.importing import ImportDialog
from familyedu.ui.importing.dialog import DONE_PAGE, MAPPING_PAGE, REPORT_PAGE
from familyedu.ui.importing.report_model import columns_text, reasons_text
from tests.conftest import World
from tests.unit.services.test_importing import GOOD, register


def test_pick_map_dry_run_import_undo(world: World, events: AppEvents, qtbot: QtBot,
                                      tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    odd = [3, "刘洋", "男", datetime(2012, 1, 9), None, "爷爷带", "", "", "", "", "学校", "",
           "", "", "2026-10-01", "旧-003"]
    path = register(tmp_path / "台账.xlsx", [*GOOD, odd])
    dialog = ImportDialog(world.sup, events)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.set_file(path)
    dialog.counselor_combo.setCurrentIndex(dialog.counselor_combo.findData(
        world.counselor.user_id))
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == MAPPING_PAGE, timeout=10_000)
    assert "header in row 3" in dialog.mapping_intro.text()
    # The unknown guardianship value is shown; the user says what it means.
    assert dialog.values_table.item(0, 1).text() == "爷爷带"  # type: ignore[union-attr]
    combo = dialog.values_table.cellWidget(0, 2)
    assert isinstance(combo, QComboBox)
    assert combo.itemText(1) == "Add “爷爷带” to the list"  # a supervisor may extend it
    combo.setCurrentIndex(1)
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == REPORT_PAGE, timeout=10_000)
    assert "3 new, 0 already registered, 0 with errors" in dialog.summary.text()
    assert dialog.next_button.text() == "&Import 3 new case(s)"
    dialog.write_report(tmp_path / "report.csv")
    assert "Status" in (tmp_path / "report.csv").read_text(encoding="utf-8-sig")

    with qtbot.waitSignal(events.case_saved, timeout=20_000):
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.pages.currentIndex() == DONE_PAGE
    assert "Imported 3 new case(s)" in dialog.done_label.text()
    assert world.mine.cases.page(CaseQuery()).total == 3  # li holds them
    added = [e for e in world.sup.categories.entries(CategoryKind.GUARDIANSHIP)
             if e.label_zh == "爷爷带"]
    liu = next(r for r in world.mine.cases.page(CaseQuery()).rows if r.minor_name == "刘洋")
    assert world.mine.cases.get(liu.id).minor.guardianship == added[0].code

    monkeypatch.setattr(QMessageBox, "question",
                        lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(events.case_saved, timeout=20_000):
        qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    assert "3 case(s) removed" in dialog.done_label.text()
    assert world.mine.cases.page(CaseQuery()).total == 0


def test_sessions_sheet_columns_are_mapped_in_the_wizard(world: World, events: AppEvents,
                                                         qtbot: QtBot, tmp_path: Path) -> None:
    """The past-sessions sheet has its own tab in the mapping step: an unrecognised date
    column is said, chosen there, and the sessions come in with their cases (#17)."""
    path = register(tmp_path / "台账.xlsx", GOOD, sessions=[
        ["旧-001", "2026-09-10", 90, "出席", "家访"],
        ["旧-002", "2026-10-20", 60, "出席", "中心面谈"]])
    book = load_workbook(path)
    book["指导记录"].cell(1, 2, "辅导那天")
    book.save(path)
    dialog = ImportDialog(world.mine, events)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.set_file(path)
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == MAPPING_PAGE, timeout=10_000)
    tabs = dialog.column_tabs
    assert tabs.isTabVisible(1)
    assert tabs.tabText(1) == "Past sessions (sheet “指导记录”)"
    tabs.setCurrentIndex(1)
    assert "columns were not recognised" in dialog.session_intro.text()
    table = dialog.session_table
    headers = [table.item(r, 0).text() for r in range(table.rowCount())]  # type: ignore[union-attr]
    assert headers == ["案件编号", "辅导那天", "时长(分钟)", "出席情况", "指导方式"]
    date_combo = table.cellWidget(1, 2)
    assert isinstance(date_combo, QComboBox)
    assert date_combo.currentData() == ""  # not recognised
    number_combo = table.cellWidget(0, 2)
    assert isinstance(number_combo, QComboBox)
    assert number_combo.currentText() == "Case number in the register"

    # Left unmapped, the dry run says the sessions were not read.
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == REPORT_PAGE, timeout=10_000)
    assert "past sessions on sheet “指导记录” were not read" in dialog.summary.text()
    qtbot.mouseClick(dialog.back_button, Qt.MouseButton.LeftButton)
    date_combo.setCurrentIndex(date_combo.findData("held_at"))
    assert dialog.current_mapping().session_columns["辅导那天"] == "held_at"
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == REPORT_PAGE, timeout=10_000)
    assert "Past sessions on sheet “指导记录”: 2 to import, 0 with errors" in (
        dialog.summary.text())
    with qtbot.waitSignal(events.case_saved, timeout=20_000):
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert "with 2 past session(s)" in dialog.done_label.text()

    # A register without such a sheet shows no sessions tab.
    plain = ImportDialog(world.mine, events)
    qtbot.addWidget(plain)
    plain.show()
    plain.set_file(register(tmp_path / "plain.xlsx", GOOD))
    qtbot.mouseClick(plain.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: plain.pages.currentIndex() == MAPPING_PAGE, timeout=10_000)
    assert not plain.column_tabs.isTabVisible(1)


def test_report_names_each_problem_by_its_column(qapp: QApplication) -> None:
    """A field the file has no column for is named in words, and each of several reasons
    follows its column (two 'required' say which) (#17)."""
    row = RowReport("台账", 5, "error", "陈一", problems=(
        ("", FieldError("order_due_on", "An order needs a deadline.")),
        ("性别", FieldError("gender", "This field is required.")),
        ("出生日期", FieldError("date_of_birth", "This field is required."))))
    assert "order_due_on" not in columns_text(row)
    assert columns_text(row).endswith(" / 性别 / 出生日期")
    reasons = reasons_text(row)
    assert "性别: This field is required. 出生日期: This field is required." in reasons
    assert "order_due_on" not in reasons
    qapp.setProperty("familyedu_language", "zh_CN")  # ui_sandbox restores English
    assert "性别：This field is required. 出生日期：This field is required." in reasons_text(row)
