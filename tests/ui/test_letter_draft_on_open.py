"""The letter and statistics dialogs show the draft as soon as they open (defect #11 of the
screen check: the right half was an empty grey area, with no hint, until Preview)."""

from __future__ import annotations

import sys
import threading
from types import FrameType

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from reportlab.pdfgen.canvas import Canvas

from familyedu.models import LetterKind
from familyedu.services.core.base import Service
from familyedu.ui.events import AppEvents
from familyedu.ui.letters import IssueLetterDialog
from familyedu.ui.letters.issue_dialog import StatisticsDialog
from familyedu.ui.letters.preview import PdfPane
from tests.conftest import World, open_case
from tests.ui.test_letters import RARE, log_october, pane_text


def colours(widget: QWidget) -> int:
    image = widget.grab().toImage()
    return len({image.pixel(x, y) for x in range(0, image.width(), 2)
                for y in range(0, image.height(), 2)})


def test_the_empty_pane_says_what_appears_there(qtbot: QtBot) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    pane = PdfPane(holder)
    pane.resize(500, 500)
    assert colours(pane.viewport()) <= 2  # an empty view: its background (and frame)
    pane.set_placeholder("The draft appears here.")
    assert colours(pane.viewport()) > 2  # the words are drawn on it


@pytest.mark.usefixtures("office_screen")
def test_the_letter_dialog_shows_the_draft_when_it_opens(
        qtbot: QtBot, world: World, events: AppEvents) -> None:
    case_id = open_case(world.mine)
    log_october(world, case_id)
    dialog = IssueLetterDialog(world.mine, events, case_id)
    qtbot.addWidget(dialog)
    dialog.select_kind(LetterKind.GUARDIAN)
    assert dialog.pane.page_count == 0
    assert "appears here" in dialog.pane.placeholder()
    assert "Preview" in dialog.pane.placeholder()

    with qtbot.waitSignal(dialog.preview_settled, timeout=20_000):
        dialog.show()
        qtbot.waitExposed(dialog)
        assert dialog.pane.placeholder() == "Preparing the draft…"
    draft = pane_text(dialog.pane)
    assert "（草稿）" in draft
    assert "可以分享的总结" in draft
    assert not dialog.error_label.isVisible()
    # Usable at 1366x768: the whole dialog and its buttons on the screen, the draft beside.
    assert dialog.height() <= 768
    assert dialog.width() <= 1366
    assert dialog.issue_button.isVisible()
    assert dialog.preview_button.isVisible()
    assert dialog.pane.width() > 500

    # Another document chosen: its draft follows, without pressing Preview.
    with qtbot.waitSignal(dialog.preview_settled, timeout=20_000):
        dialog.select_kind(LetterKind.AUTHORITY)
    assert pane_text(dialog.pane) != draft
    assert "（草稿）" in pane_text(dialog.pane)


def test_a_refused_draft_says_why_on_opening(
        qtbot: QtBot, world: World, events: AppEvents) -> None:
    case_id = open_case(world.mine, name=f"张{RARE}")
    log_october(world, case_id)
    dialog = IssueLetterDialog(world.mine, events, case_id)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.preview_settled, timeout=20_000):
        dialog.show()
    assert dialog.pane.page_count == 0
    assert dialog.error_label.isVisible()
    assert f"'{RARE}' (U+30000)" in dialog.error_label.text()
    assert "No draft" in dialog.pane.placeholder()


@pytest.mark.usefixtures("office_screen")
def test_the_statistics_dialog_shows_the_draft_when_it_opens(
        qtbot: QtBot, world: World, events: AppEvents) -> None:
    case_id = open_case(world.mine)
    log_october(world, case_id)
    dialog = StatisticsDialog(world.sup, events)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.preview_settled, timeout=20_000):
        dialog.show()
    assert dialog.pane.page_count > 0
    assert "（草稿）" in pane_text(dialog.pane)
    assert dialog.height() <= 768


def test_drafts_are_laid_out_off_the_ui_thread_on_services_of_their_own(
        qtbot: QtBot, world: World, events: AppEvents,
        monkeypatch: pytest.MonkeyPatch) -> None:
    # A service keeps the sealed records its unit of work read (Service._sealed_pending):
    # the dialog's own, used on the UI thread meanwhile, must not lay out in the pool.
    case_id = open_case(world.mine)
    log_october(world, case_id)
    dialog = IssueLetterDialog(world.mine, events, case_id)
    qtbot.addWidget(dialog)
    layouts: list[tuple[bool, set[int]]] = []  # (on the UI thread, the services laying out)
    save = Canvas.save

    def saving(canvas: Canvas) -> None:
        frame: FrameType | None = sys._getframe(1)
        services: set[int] = set()
        while frame is not None:
            owner = frame.f_locals.get("self")
            if isinstance(owner, Service):
                services.add(id(owner))
            frame = frame.f_back
        layouts.append((threading.current_thread() is threading.main_thread(), services))
        save(canvas)

    monkeypatch.setattr(Canvas, "save", saving)
    with qtbot.waitSignal(dialog.preview_settled, timeout=20_000):
        dialog.show()
    with qtbot.waitSignal(dialog.preview_settled, timeout=20_000):
        qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)  # Preview, too
    assert not dialog.error_label.isVisible()
    assert len(layouts) == 2
    the_dialogs = {id(dialog.services.letters), id(dialog.services.statistics)}
    for on_ui_thread, services in layouts:
        assert not on_ui_thread
        assert services  # the layout was found inside a service call…
        assert not services & the_dialogs  # …of services made for it
