"""A received case shows the sending center's issued letters in its history: opened as they
came, saved as the same PDF; the center's own cases show no such list (#17)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from pytestqt.qtbot import QtBot

from familyedu.db import Database
from familyedu.models import LetterKind
from familyedu.services.casework.transfer import TransferService
from familyedu.ui.events import AppEvents
from familyedu.ui.letters.preview import PreviewDialog
from familyedu.ui.workspace.workspace import CaseWorkspace
from tests.conftest import World, build_world, open_case
from tests.unit.services.test_letters import OCTOBER, log, with_plan

SENDER = "测试县家庭教育指导中心"


def test_received_case_lists_the_sending_centers_letters(
        world: World, events: AppEvents, qtbot: QtBot, tmp_path: Path,
        new_database: Callable[[str], Database]) -> None:
    sender = build_world(new_database("sqlite"))
    sent_id = open_case(sender.mine)
    with_plan(sender.mine, sent_id, sender.sup)
    log(sender.mine, sent_id, datetime(2026, 10, 9, 14))
    letter = sender.mine.letters.issue(sent_id, LetterKind.GUARDIAN, **OCTOBER)
    files: list[bytes] = []
    TransferService(sender.mine.ctx).send(sent_id, to_center="乙县家庭教育指导中心",
                                          password="transfer-pass-1", write=files.append)
    received_id = TransferService(world.mine.ctx).receive(files[0], "transfer-pass-1")

    workspace = CaseWorkspace(world.mine, events, received_id)
    qtbot.addWidget(workspace)
    workspace.show()
    workspace.tabs.setCurrentWidget(workspace.history)
    # The reception's history entry says its details in words, not as stored keys.
    history = workspace.history.model
    received = next(history.index(r, 3).data() for r in range(history.rowCount())
                    if history.index(r, 2).data().startswith("Case received by transfer"))
    assert f"Sending center: {SENDER}" in received
    assert "Issued letters: 1" in received
    assert "from_center" not in received
    box = workspace.history.received_letters
    assert box.isVisible()
    assert box.title() == f"Letters issued by {SENDER} before the transfer"
    assert box.model.rowCount() == 1
    row = [box.model.index(0, c).data() for c in range(box.model.columnCount())]
    assert row[1] == letter.reference
    assert row[2] == "Progress letter to guardians"
    assert row[4] == SENDER
    assert box.open_button.isEnabled()
    assert box.save_button.isEnabled()

    box.open_selected()
    assert isinstance(box.dialog, PreviewDialog)
    assert box.dialog.pdf == letter.pdf
    assert box.dialog.pane.page_count >= 1
    assert SENDER in box.dialog.windowTitle()
    box.dialog.close()

    target = tmp_path / "received"
    assert box.save_to(box.selected(), target)  # type: ignore[arg-type]
    assert (tmp_path / "received.pdf").read_bytes() == letter.pdf

    own = CaseWorkspace(world.mine, events, open_case(world.mine, name="李小红",
                                                      date_of_birth=datetime(2015, 5, 1).date()))
    qtbot.addWidget(own)
    own.show()
    own.tabs.setCurrentWidget(own.history)
    assert not own.history.received_letters.isVisible()
