"""文件 → 导入台账…: the wizard from file to dry run to import and undo (#17)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QMessageBox
from pytestqt.qtbot import QtBot

from familyedu.models import CategoryKind
from familyedu.services.dto import CaseQuery
from familyedu.ui.events import AppEvents
from familyedu.ui.importing import ImportDialog
from familyedu.ui.importing.dialog import DONE_PAGE, MAPPING_PAGE, REPORT_PAGE
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
