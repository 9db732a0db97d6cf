"""移交其他中心…: the workspace's transfer dialog writes the file and closes the case (#17)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from familyedu.db import Database
from familyedu.models import Attendance, CaseStatus, ClosureOutcome, SessionMode
from familyedu.services.casework.dto import CaseQuery, SessionInput
from familyedu.services.casework.transfer import TransferService
from familyedu.ui.events import AppEvents
from familyedu.ui.transfer import TransferInDialog, TransferOutDialog
from familyedu.ui.workspace.workspace import CaseWorkspace
from tests.conftest import World, build_world, open_case


def test_transfer_out_dialog(world: World, events: AppEvents, qtbot: QtBot, tmp_path: Path,
                             monkeypatch: pytest.MonkeyPatch) -> None:
    case_id = open_case(world.mine)
    dialog = TransferOutDialog(world.mine, events, world.mine.cases.get(case_id))
    qtbot.addWidget(dialog)
    dialog.show()
    target = tmp_path / "case.fetransfer"
    dialog.center_edit.setText("乙县家庭教育指导中心")
    dialog.path_edit.setText(str(target))
    qtbot.keyClicks(dialog.password_edit, "transfer-pass-1")
    qtbot.keyClicks(dialog.again_edit, "transfer-pass-2")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.problem.text() == "The two passwords differ."
    dialog.again_edit.setText("transfer-pass-1")
    monkeypatch.setattr(QMessageBox, "information", lambda *_a, **_k: None)
    with qtbot.waitSignal(events.case_saved, timeout=20_000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert target.read_bytes().startswith(b"FAMILYEDU-TRANSFER 1\n")
    view = world.mine.cases.get(case_id)
    assert view.status is CaseStatus.CLOSED
    assert view.closure_outcome is ClosureOutcome.TRANSFERRED


def test_receive_dialog_shows_the_summary_first(world: World, events: AppEvents, qtbot: QtBot,
                                                tmp_path: Path,
                                                new_database: Callable[[str], Database]
                                                ) -> None:
    sender = build_world(new_database("sqlite"))
    case_id = open_case(sender.mine)
    sender.mine.sessions.log(case_id, SessionInput(
        held_at=datetime(2026, 10, 9, 14), duration_minutes=60, mode=SessionMode.HOME_VISIT,
        attendance=Attendance.ATTENDED))
    files: list[bytes] = []
    TransferService(sender.mine.ctx).send(case_id, to_center="测试县家庭教育指导中心",
                                          password="transfer-pass-1", write=files.append)
    path = tmp_path / "in.fetransfer"
    path.write_bytes(files[0])
    dialog = TransferInDialog(world.sup, events)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.path_edit.setText(str(path))
    qtbot.keyClicks(dialog.password_edit, "wrong-password")
    qtbot.mouseClick(dialog.read_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Wrong password" in dialog.summary_label.text(), timeout=10_000)
    assert not dialog.receive_button.isEnabled()
    dialog.password_edit.setText("transfer-pass-1")
    qtbot.mouseClick(dialog.read_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.receive_button.isEnabled(), timeout=10_000)
    assert "张小明, born 2014-03-07" in dialog.summary_label.text()
    assert world.sup.cases.page(CaseQuery()).total == 0  # nothing written yet
    dialog.counselor_combo.setCurrentIndex(dialog.counselor_combo.findData(
        world.counselor.user_id))
    with qtbot.waitSignal(events.case_saved, timeout=20_000):
        qtbot.mouseClick(dialog.receive_button, Qt.MouseButton.LeftButton)
    assert dialog.case_id is not None
    assert world.mine.cases.get(dialog.case_id).counselor_name == "李老师"
    workspace = CaseWorkspace(world.mine, events, dialog.case_id)
    qtbot.addWidget(workspace)
    assert "Transferred from 测试县家庭教育指导中心 (their case 2026-0001) on 2026-11-27" in (
        workspace.details_label.text())
    assert not workspace.transfer_button.isHidden()
    # The session held before the case arrived is shown as the sending center's.
    assert workspace.sessions.model.index(0, 5).data() == (
        "测试县家庭教育指导中心 (before the transfer)")
