"""The Administration screen's security widgets: BackupPanel and AuditViewer."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from familyedu.security import fex
from familyedu.services import Services
from familyedu.ui.admin_security import AuditViewer, BackupPanel
from familyedu.ui.admin_security.audit_viewer import Column, record_text
from tests.conftest import World, in_chinese, open_case
from tests.unit.security.conftest import EncryptedCenter

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _panel(qtbot: QtBot, services: Services) -> BackupPanel:
    panel = BackupPanel(services)
    qtbot.addWidget(panel)
    return panel


def test_backup_panel_backs_up_and_refuses_a_damaged_file(
        qtbot: QtBot, encrypted: EncryptedCenter, tmp_path: Path) -> None:
    open_case(encrypted.sign_in("li").services())
    panel = _panel(qtbot, encrypted.admin.services())
    target = tmp_path / "manual.febak"
    with qtbot.waitSignal(panel.backup_made, timeout=20_000) as made:
        panel.back_up_to(target)
    assert made.args == [str(target)]
    assert target.exists()
    assert "manual.febak" in panel.status.text()
    assert panel.backup_button.isEnabled()
    damaged = tmp_path / "damaged.febak"
    data = bytearray(target.read_bytes())
    data[len(data) // 2] ^= 0xFF
    damaged.write_bytes(bytes(data))
    encrypted.close_others()
    with qtbot.assertNotEmitted(panel.database_restored), \
            qtbot.waitSignal(panel.failed, timeout=20_000) as failed:
        panel.restore_from(damaged)
    assert "Nothing was changed" in failed.args[0]
    assert not list(tmp_path.glob("*.replaced-*"))


def test_backup_panel_restores_and_tells_the_shell(
        qtbot: QtBot, encrypted: EncryptedCenter, tmp_path: Path) -> None:
    panel = _panel(qtbot, encrypted.admin.services())
    target = tmp_path / "b.febak"
    with qtbot.waitSignal(panel.backup_made, timeout=20_000):
        panel.back_up_to(target)
    with qtbot.waitSignal(panel.database_restored, timeout=20_000) as restored:
        panel.restore_from(target)
    assert ".replaced-" in restored.args[0]
    assert Path(restored.args[0]).exists()


def test_backup_panel_for_a_supervisor_shows_the_refusal(qtbot: QtBot, world: World) -> None:
    panel = _panel(qtbot, world.sup)
    assert not panel.backup_button.isEnabled()
    assert "not allowed" in panel.status.text()


def test_audit_viewer_filters_and_exports(qtbot: QtBot, world: World, tmp_path: Path) -> None:
    case_id = open_case(world.mine)
    world.mine.cases.open(case_id)
    viewer = AuditViewer(world.sup)
    qtbot.addWidget(viewer)
    assert viewer.model.rowCount() == viewer.model.total > 5
    viewer.action.setCurrentIndex(viewer.action.findData("case_opened"))
    viewer.apply_filters()
    assert viewer.model.rowCount() == 1
    index = viewer.model.index(0, Column.ACTION)
    assert viewer.model.data(index, Qt.ItemDataRole.DisplayRole) == "Case opened"
    assert viewer.model.data(viewer.model.index(0, Column.CASE),
                             Qt.ItemDataRole.DisplayRole) == "2026-0001"
    viewer.who.setCurrentIndex(viewer.who.findData("zhao"))
    viewer.apply_filters()
    assert viewer.model.rowCount() == 0
    viewer.who.setCurrentIndex(0)
    viewer.action.setCurrentIndex(0)
    viewer.apply_filters()
    with qtbot.waitSignal(viewer.exported) as exported:
        viewer.export_to(tmp_path / "audit.csv", "audit secret 1")
    name, content = fex.unprotect(Path(exported.args[0]).read_bytes(), "audit secret 1")
    assert name == "audit.csv"
    # In words, and in the screen's language (English here): the file reads as the viewer.
    text = content.decode("utf-8-sig")
    assert ",li,Case opened,Case," in text
    assert "打开案件" not in text
    viewer.verify_chain()
    assert "intact" in viewer.status.text()


def test_audit_viewer_is_closed_to_counselors(qtbot: QtBot, world: World) -> None:
    viewer = AuditViewer(world.mine)
    qtbot.addWidget(viewer)
    assert "Only supervisors" in viewer.status.text()
    assert not viewer.table.isEnabled()
    assert viewer.model.rowCount() == 0


def test_audit_model_passes_the_model_tester(qtbot: QtBot, world: World,
                                             qtmodeltester: object) -> None:
    open_case(world.mine)
    viewer = AuditViewer(world.sup)
    qtbot.addWidget(viewer)
    qtmodeltester.check(viewer.model)  # type: ignore[attr-defined]


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[None]:
    """The shipped zh_CN translation installed, as a Chinese supervisor runs the program."""
    with in_chinese(qapp):
        yield


def test_the_record_column_names_the_record_in_the_users_language(
        qtbot: QtBot, world: World, chinese: None) -> None:
    case_id = open_case(world.mine)
    world.mine.cases.open(case_id)
    viewer = AuditViewer(world.sup)
    qtbot.addWidget(viewer)
    viewer.action.setCurrentIndex(viewer.action.findData("case_opened"))
    viewer.apply_filters()
    record = viewer.model.data(viewer.model.index(0, Column.RECORD),
                               Qt.ItemDataRole.DisplayRole)
    assert record == f"案件 {case_id}"  # it said "case 17" in the Chinese screen
    assert record_text("mystery", 3) == "mystery 3"  # a kind without a label shows its code


def test_an_empty_backup_list_says_why(qtbot: QtBot, encrypted: EncryptedCenter) -> None:
    panel = _panel(qtbot, encrypted.admin.services())
    assert panel.recent.count() == 1
    item = panel.recent.item(0)
    assert item.text().startswith("No backup yet")
    assert not item.flags() & Qt.ItemFlag.ItemIsSelectable
