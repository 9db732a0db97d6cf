"""The Letters screen and its dialogs, used as a counselor and a supervisor would."""

from __future__ import annotations

import io
import threading
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any, NamedTuple

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from familyedu.db import Database
from familyedu.models import Attendance, AuditEvent, LetterKind, SessionMode
from familyedu.services.casework.dto import SessionInput
from familyedu.services.letters.service import LetterService
from familyedu.ui import labels
from familyedu.ui.background import wait_for_background
from familyedu.ui.events import AppEvents
from familyedu.ui.letters import BatchDialog, IssueLetterDialog, LettersView
from familyedu.ui.letters import batch as batch_module
from familyedu.ui.letters.batch import issue_month
from familyedu.ui.letters.issue_dialog import set_date
from familyedu.ui.letters.preview import PdfPane
from familyedu.ui.letters.texts import reissue_question
from tests.conftest import ENGINES, World, build_world, in_chinese, open_case

RARE = "\U00030000"  # no font draws it


def log_october(world: World, case_id: int, day: int = 9) -> None:
    world.mine.sessions.log(case_id, SessionInput(
        held_at=datetime(2026, 10, day, 14), duration_minutes=90, mode=SessionMode.HOME_VISIT,
        attendance=Attendance.ATTENDED, private_notes="绝密笔记XYZ",
        shared_summary="可以分享的总结"))


def pane_text(pane: PdfPane) -> str:
    document = pane.pdf_document
    return "".join("".join(document.getAllText(i).text().split())
                   for i in range(document.pageCount()))


def click(qtbot: QtBot, button: QPushButton) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_issue_dialog_previews_issues_and_the_register_lists_it(
        qtbot: QtBot, world: World, events: AppEvents, tmp_path: Path,
        qtmodeltester: Any) -> None:
    case_id = open_case(world.mine)
    log_october(world, case_id)
    view = LettersView(world.mine, events)
    qtbot.addWidget(view)
    assert view.model.rowCount() == 0
    assert not view.statistics_action.isVisible()

    dialog = IssueLetterDialog(world.mine, events, case_id)
    qtbot.addWidget(dialog)
    dialog.select_kind(LetterKind.GUARDIAN)
    # A guardian letter covers last month by default.
    assert (dialog.period_start.date_value(), dialog.period_end.date_value()) == (
        date(2026, 10, 1), date(2026, 10, 31))
    # The period's days are typed whole, in any common form (issue #14), through key events.
    edit = dialog.period_start.edit
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton)
    edit.selectAll()
    qtbot.keyClicks(edit, "2026/9/1")
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert dialog.period_start.date_value() == date(2026, 9, 1)
    set_date(dialog.period_start, date(2026, 10, 1))
    assert not dialog.assessment.isEnabled()
    with qtbot.waitSignal(dialog.preview_settled, timeout=20_000):  # laid out off the UI thread
        click(qtbot, dialog.preview_button)
    assert dialog.pane.page_count > 0
    draft = pane_text(dialog.pane)
    assert "（草稿）" in draft
    assert "可以分享的总结" in draft
    assert "绝密笔记XYZ" not in draft

    with qtbot.waitSignal(events.letter_issued) as issued_signal:
        click(qtbot, dialog.issue_button)
    assert dialog.issued is not None
    assert issued_signal.args == [dialog.issued.id]
    preview = dialog.preview_dialog
    assert preview is not None
    qtbot.addWidget(preview)
    assert preview.pane.page_count > 0
    assert "家指〔2026〕1号" in pane_text(preview.pane)

    # Save as PDF writes the issued bytes; printing sends every page to the printer.
    assert preview.save_to(tmp_path / "letter")
    assert (tmp_path / "letter.pdf").read_bytes() == dialog.issued.pdf
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert preview.print_to(printer)
    printed = PdfReader(io.BytesIO((tmp_path / "printed.pdf").read_bytes()))
    assert len(printed.pages) == preview.pane.page_count

    # The register refreshed on the signal and shows the letter.
    assert view.model.rowCount() == 1
    texts = [view.model.index(0, c).data() for c in range(view.model.columnCount())]
    assert texts[0] == "家指〔2026〕1号"
    assert "2026-0001 张小明" in texts
    assert "2026-10-01 – 2026-10-31" in texts
    qtmodeltester.check(view.model)
    reprinted = view.reprint("家指〔2026〕1号")
    assert reprinted is not None
    qtbot.addWidget(reprinted)
    assert reprinted.pdf == dialog.issued.pdf


def test_unprintable_character_is_named_in_the_dialog(
        qtbot: QtBot, world: World, events: AppEvents) -> None:
    case_id = open_case(world.mine, name=f"张{RARE}")
    log_october(world, case_id)
    dialog = IssueLetterDialog(world.mine, events, case_id)
    qtbot.addWidget(dialog)
    dialog.select_kind(LetterKind.GUARDIAN)
    with qtbot.assertNotEmitted(events.letter_issued):
        click(qtbot, dialog.issue_button)
    assert dialog.issued is None
    assert dialog.error_label.isVisibleTo(dialog)
    message = dialog.error_label.text()
    assert f"'{RARE}' (U+30000)" in message
    assert "the minor's name" in message
    assert world.mine.letters.register() == []


def test_another_counselor_sees_no_letter_and_cannot_open_the_case(
        qtbot: QtBot, world: World, events: AppEvents) -> None:
    case_id = open_case(world.mine)
    log_october(world, case_id)
    world.mine.letters.issue(case_id, LetterKind.GUARDIAN)
    theirs = LettersView(world.theirs, events)
    qtbot.addWidget(theirs)
    assert theirs.model.rowCount() == 0
    assert theirs.open_issue_dialog_for("2026-0001") is None
    assert theirs.dialog is not None
    qtbot.addWidget(theirs.dialog)
    assert "not allowed" in theirs.dialog.text()  # type: ignore[attr-defined]


@pytest.fixture
def four_cases(world: World) -> list[int]:
    ids = [open_case(world.mine, name=name) for name in ("张小明", "李华", "王芳", "陈晨")]
    for day, case_id in enumerate(ids, start=5):
        log_october(world, case_id, day)
    return ids


def test_batch_dialog_runs_in_a_worker_and_writes_the_letters(
        qtbot: QtBot, world: World, events: AppEvents, tmp_path: Path,
        four_cases: list[int]) -> None:
    dialog = BatchDialog(world.sup, events)
    qtbot.addWidget(dialog)
    assert dialog.selected_month() == date(2026, 10, 1)
    assert len(dialog.due) == 8  # a report to the court and a guardian letter for each case
    dialog.folder.setText(str(tmp_path / "out"))
    dialog.combined.setChecked(True)
    issued: list[int] = []
    events.letter_issued.connect(issued.append)
    click(qtbot, dialog.start_button)
    qtbot.waitUntil(lambda: dialog.batch_result is not None, timeout=60_000)
    result = dialog.batch_result
    assert result is not None
    assert not result.cancelled
    assert len(result.issued) == 8
    assert sorted(issued) == sorted(i.letter_id for i in result.issued)
    combined = tmp_path / "out" / "letters-2026-10.pdf"
    assert result.files == [combined]
    assert len(PdfReader(io.BytesIO(combined.read_bytes())).pages) >= 8
    assert dialog.due == []  # nothing is due any more
    assert "8 letter(s) issued." in dialog.summary.text()


def test_batch_month_is_typed_in_any_common_form(
        qtbot: QtBot, world: World, events: AppEvents, four_cases: list[int]) -> None:
    dialog = BatchDialog(world.sup, events)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    edit = dialog.month.edit
    assert edit.text() == "2026-10"

    def leave() -> None:
        qtbot.keyClick(edit, Qt.Key.Key_Tab)

    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton)
    edit.selectAll()
    qtbot.keyClicks(edit, "2026/9")
    leave()
    assert dialog.selected_month() == date(2026, 9, 1)
    assert dialog.due == []  # the cases were opened in November
    edit.setFocus()
    edit.selectAll()
    event = QInputMethodEvent()
    event.setCommitString("2026年10月")
    QApplication.sendEvent(edit, event)
    leave()
    assert dialog.selected_month() == date(2026, 10, 1)
    assert len(dialog.due) == 8
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, "202613")
    leave()
    assert dialog.selected_month() == date(2026, 10, 1)  # refused: the month stays
    assert edit.text() == "2026-10"
    assert dialog.month_problem.text() == "Month: there is no month 13; a month is 1 to 12."
    assert dialog.month_problem.isVisible()
    assert len(dialog.due) == 8
    dialog.summary.setText("8 letter(s) issued.")  # as after a batch
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, "2026/11")
    leave()
    assert dialog.selected_month() == date(2026, 11, 1)
    assert not dialog.month_problem.isVisible()  # the refusal is gone…
    assert dialog.summary.text() == "8 letter(s) issued."  # …the batch's summary stays


class HeldBatch(NamedTuple):
    gate: threading.Event  # set it to let the second letter go on
    calls: list[int]  # one entry per letter the batch began


@pytest.fixture
def second_letter_held(monkeypatch: pytest.MonkeyPatch) -> HeldBatch:
    """The batch's second letter waits (in the pool) until the test sets `gate`."""
    held = HeldBatch(threading.Event(), [])
    original = LetterService.issue

    def held_issue(self: LetterService, *args: Any, **kwargs: Any) -> Any:
        held.calls.append(1)
        if len(held.calls) == 2:
            held.gate.wait(30)
        return original(self, *args, **kwargs)

    monkeypatch.setattr(LetterService, "issue", held_issue)
    return held


def start_batch(qtbot: QtBot, world: World, events: AppEvents,
                tmp_path: Path) -> tuple[BatchDialog, list[int], Path]:
    """The supervisor's batch dialog started into tmp_path/letters; the letters it announces
    are listed as they come."""
    announced: list[int] = []
    events.letter_issued.connect(announced.append)
    dialog = BatchDialog(world.sup, events)
    qtbot.addWidget(dialog)
    out = tmp_path / "letters"
    dialog.folder.setText(str(out))
    click(qtbot, dialog.start_button)
    return dialog, announced, out


def test_batch_can_be_cancelled_and_the_window_stays_responsive(
        qtbot: QtBot, world: World, events: AppEvents, tmp_path: Path,
        four_cases: list[int], second_letter_held: HeldBatch) -> None:
    gate = second_letter_held.gate  # the second letter waits for Cancel
    dialog = BatchDialog(world.sup, events)
    qtbot.addWidget(dialog)
    out = tmp_path / "letters"
    dialog.folder.setText(str(out))
    click(qtbot, dialog.start_button)
    progress = dialog.progress
    assert progress is not None
    # The first letter reported and the second in hand (the pool thread may still be
    # between them when the first report arrives: Cancel then rightly stops at one).
    qtbot.waitUntil(lambda: progress.value() == 1 and len(second_letter_held.calls) == 2,
                    timeout=30_000)
    assert dialog.running  # the worker is busy while this thread handles events
    cancel = progress.findChild(QPushButton)
    assert cancel is not None
    click(qtbot, cancel)
    gate.set()
    qtbot.waitUntil(lambda: dialog.batch_result is not None, timeout=30_000)
    result = dialog.batch_result
    assert result is not None
    assert result.cancelled
    assert len(result.issued) == 2
    assert sorted(p.name for p in out.iterdir()) == [
        "2026-0001-authority.pdf", "2026-0001-guardian.pdf"]
    assert len(dialog.due) == 6  # the rest is still due


def test_refusal_and_reissue_question_in_the_dialog(
        qtbot: QtBot, world: World, events: AppEvents,
        monkeypatch: pytest.MonkeyPatch) -> None:
    case_id = open_case(world.mine)
    log_october(world, case_id)
    dialog = IssueLetterDialog(world.mine, events, case_id)
    qtbot.addWidget(dialog)
    dialog.select_kind(LetterKind.COMPLETION)
    click(qtbot, dialog.issue_button)
    assert dialog.issued is None
    assert dialog.error_label.text() == (
        "A completion report is only for a closed case: close the case first.")
    first = world.mine.letters.issue(case_id, LetterKind.GUARDIAN)

    asked: list[str] = []
    answers = iter([False, True])

    def answer(exc: Any) -> bool:
        asked.append(reissue_question(exc))
        return next(answers)

    monkeypatch.setattr(dialog, "ask_reissue", answer)
    dialog.select_kind(LetterKind.GUARDIAN)
    with qtbot.assertNotEmitted(events.letter_issued):
        click(qtbot, dialog.issue_button)
    assert first.reference in asked[0]
    assert "supersedes" in asked[0]
    assert "already covers this period" in dialog.error_label.text()
    assert len(world.mine.letters.register()) == 1
    with qtbot.waitSignal(events.letter_issued):
        click(qtbot, dialog.issue_button)
    assert dialog.issued is not None
    assert dialog.issued.supersedes == first.reference
    assert dialog.preview_dialog is not None
    qtbot.addWidget(dialog.preview_dialog)


def test_closing_the_batch_dialog_mid_batch_stops_after_the_letter_in_hand(
        qtbot: QtBot, world: World, events: AppEvents, tmp_path: Path,
        four_cases: list[int], second_letter_held: HeldBatch) -> None:
    gate, calls = second_letter_held  # the second letter waits for the dialog to close
    dialog, announced, out = start_batch(qtbot, world, events, tmp_path)
    # The second letter in hand, not merely the first announced: between the two, closing
    # rightly stops the batch before the second letter begins.
    qtbot.waitUntil(lambda: len(announced) == 1 and len(calls) == 2, timeout=30_000)
    dialog.reject()  # Esc or the window's close button while the second letter is laid out
    assert not dialog.isVisible()
    assert not dialog.running
    gate.set()
    # The letter in hand is registered and announced (the register follows), no third one.
    qtbot.waitUntil(lambda: len(announced) == 2, timeout=30_000)
    # The batch's own answer, not a fixed pause: a third letter begun after the close shows
    # however slowly the pool thread runs.
    qtbot.waitUntil(lambda: dialog.batch_result is not None, timeout=30_000)
    assert dialog.batch_result is not None
    assert dialog.batch_result.cancelled
    assert len(dialog.batch_result.issued) == 2
    assert len(calls) == 2
    assert len(world.sup.letters.register()) == 2
    assert len(list(out.iterdir())) == 2


@pytest.mark.parametrize("engine", ENGINES)
def test_the_batch_keeps_the_sessions_sealed_grant(
        new_database: Callable[[str], Database], tmp_path: Path, engine: str) -> None:
    # A supervisor who stated a reason this session issues a sealed case's letters in the
    # batch as at the desk; the batch's own services used to drop the grant.
    world = build_world(new_database(engine))
    case_id = open_case(world.mine)
    log_october(world, case_id)
    sup = world.sup
    sup.minors.set_sealed(sup.cases.get(case_id).minor.id, True, "依法封存")
    sup.cases.grant_sealed_access("向法院报送履行情况")
    due = sup.letters.due_for_period(2026, 10)
    assert len(due) == 2
    reports: list[Any] = []
    result = issue_month(sup.ctx, due, tmp_path, combined_name=None, language=None,
                         fonts=None, pad_even=False, cancel=threading.Event())(reports.append)
    assert result.failed == []
    assert len(result.issued) == 2
    assert reports[-1][:2] == (2, 2)
    with world.db.read() as s:
        reasons = list(s.scalars(select(AuditEvent.details).where(
            AuditEvent.action == "sealed_access", AuditEvent.case_id == case_id)))
    assert len(reasons) == 2  # each letter's read of the sealed case, under the grant
    assert all("向法院报送履行情况" in reason for reason in reasons)


def test_quitting_mid_batch_stops_after_the_letter_in_hand_before_the_database_closes(
        qtbot: QtBot, world: World, events: AppEvents, tmp_path: Path,
        four_cases: list[int], second_letter_held: HeldBatch,
        monkeypatch: pytest.MonkeyPatch) -> None:
    gate, calls = second_letter_held  # the second letter is in hand when the user quits
    real_run = batch_module.run_with_progress

    def released_by_the_stop(*args: Any, stop: Callable[[], None], **kwargs: Any) -> None:
        def stop_then_release() -> None:
            stop()
            gate.set()  # the letter in hand goes on only once the batch was asked to stop
        real_run(*args, stop=stop_then_release, **kwargs)

    # Released by quitting itself: released before it, a slow UI thread let the pool finish
    # the second letter and begin a third. Not a timer thread: under a faked clock (faketime)
    # a timed wait in a Python thread never ends.
    monkeypatch.setattr(batch_module, "run_with_progress", released_by_the_stop)
    dialog, announced, out = start_batch(qtbot, world, events, tmp_path)
    # The second letter in hand, not merely the first announced: between the two, quitting
    # rightly stops the batch before the second letter begins.
    qtbot.waitUntil(lambda: len(announced) == 1 and len(calls) == 2, timeout=30_000)
    assert wait_for_background()  # what the app does once its window is closed
    # The letter in hand was written before the wait ended; the batch stopped there.
    assert len(calls) == 2
    assert len(world.sup.letters.register()) == 2
    assert len(list(out.iterdir())) == 2
    qtbot.waitUntil(lambda: dialog.batch_result is not None, timeout=30_000)
    assert dialog.batch_result is not None
    assert dialog.batch_result.cancelled


def test_the_batch_names_a_refused_letter_with_the_interface_languages_colon(
        qtbot: QtBot, world: World, events: AppEvents, tmp_path: Path,
        qapp: QApplication) -> None:
    # A sealed case and a supervisor who stated no reason: both its letters are refused.
    case_id = open_case(world.mine)
    log_october(world, case_id)
    world.sup.minors.set_sealed(world.sup.cases.get(case_id).minor.id, True, "依法封存")
    with in_chinese(qapp):
        dialog = BatchDialog(world.sup, events)
        qtbot.addWidget(dialog)
        dialog.folder.setText(str(tmp_path))
        click(qtbot, dialog.start_button)
        qtbot.waitUntil(lambda: dialog.batch_result is not None, timeout=30_000)
        kinds = [labels.letter_kind(kind) for kind in (LetterKind.AUTHORITY,
                                                       LetterKind.GUARDIAN)]
    refused = dialog.summary.text().splitlines()[1:]
    assert len(refused) == 2
    for line, kind in zip(refused, kinds, strict=True):
        assert line.startswith(f"2026-0001 {kind}："), line  # full-width, no space
        assert ": " not in line
