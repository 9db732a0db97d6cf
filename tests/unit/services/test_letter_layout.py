"""A letter is laid out outside any transaction: while reportlab works, no unit of work is
open, so the numbering lock (on SQLite the database's write lock) is free for other desks.

Watched from the outside: reportlab's Canvas.save (the end of every layout) and the engine's
pool (a unit of work holds a pooled connection from its first statement to its end).
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime
from typing import Any

import pytest
from pypdf import PdfReader
from reportlab.pdfgen.canvas import Canvas
from sqlalchemy import event

from familyedu.db import Database
from familyedu.models import Attendance, LetterKind, SessionMode
from familyedu.services.casework.dto import SessionInput
from familyedu.services.core import numbering
from familyedu.services.letters.dto import IssuedLetter
from tests.conftest import World, open_case

OCTOBER = {"period_start": date(2026, 10, 1), "period_end": date(2026, 10, 31)}


def pdf_text(pdf: bytes) -> str:
    return "".join("".join((page.extract_text() or "").split())
                   for page in PdfReader(io.BytesIO(pdf)).pages)


class Layouts:
    """Each layout as it ends: how many pooled connections were out at that moment."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.connections_out = 0
        self.seen: list[int] = []
        self.during_first: Callable[[], object] | None = None
        self.during_second: Callable[[], object] | None = None
        self.results: list[object] = []

    def _checkout(self, *_args: Any) -> None:
        self.connections_out += 1

    def _checkin(self, *_args: Any) -> None:
        self.connections_out -= 1

    def _saved(self) -> None:
        self.seen.append(self.connections_out)
        during = {1: self.during_first, 2: self.during_second}.get(len(self.seen))
        if during is not None:
            self.results.append(during())


@contextmanager
def watched(world: World, monkeypatch: pytest.MonkeyPatch) -> Iterator[Layouts]:
    layouts = Layouts(world.db)
    save = Canvas.save

    def saving(canvas: Canvas) -> None:
        layouts._saved()
        save(canvas)

    monkeypatch.setattr(Canvas, "save", saving)
    engine = world.db.engine
    event.listen(engine, "checkout", layouts._checkout)
    event.listen(engine, "checkin", layouts._checkin)
    try:
        yield layouts
    finally:
        event.remove(engine, "checkout", layouts._checkout)
        event.remove(engine, "checkin", layouts._checkin)
        monkeypatch.setattr(Canvas, "save", save)


def another_desk_takes_a_number(world: World) -> Callable[[], int]:
    """A second client on the same database that gives up after half a second of waiting
    for a lock: it fails if the letter's unit of work held the counter while laying out."""
    other = Database(world.db.url.render_as_string(hide_password=False), busy_timeout_ms=500)

    def take() -> int:
        try:
            with other.uow() as s:
                return numbering.next_value(s, world.supervisor.center_id, "letter", 2026)
        finally:
            other.dispose()

    return take


def case_with_a_session(world: World) -> int:
    case_id = open_case(world.mine)
    world.mine.sessions.log(case_id, SessionInput(
        held_at=datetime(2026, 10, 9, 14), duration_minutes=90, mode=SessionMode.CENTER,
        attendance=Attendance.ATTENDED, shared_summary="讨论了手机使用约定"))
    return case_id


def guardian_letter(world: World) -> Callable[[], IssuedLetter]:
    case_id = case_with_a_session(world)
    return lambda: world.mine.letters.issue(case_id, LetterKind.GUARDIAN, **OCTOBER)


def statistics(world: World) -> Callable[[], IssuedLetter]:
    open_case(world.mine)
    return lambda: world.sup.statistics.statistics(date(2026, 1, 1), date(2026, 10, 31),
                                                   "zh_CN")


DOCUMENTS = {"guardian letter": guardian_letter, "statistics": statistics}


@pytest.mark.parametrize("document", DOCUMENTS)
def test_another_desk_numbers_while_a_letter_is_laid_out(
        world: World, monkeypatch: pytest.MonkeyPatch, document: str) -> None:
    issue = DOCUMENTS[document](world)
    with watched(world, monkeypatch) as layouts:
        layouts.during_first = another_desk_takes_a_number(world)
        issued = issue()
    assert layouts.seen[0] == 0  # no unit of work open while reportlab laid it out
    assert layouts.results == [1]  # the other desk took number 1 without waiting
    # The number predicted for the layout was gone: predicted and laid out again with the
    # next number, outside any unit of work too (the write one rolled back, taking nothing).
    # No duplicate, no gap, and the reprint is the same file.
    assert issued.reference == "家指〔2026〕2号"
    assert layouts.seen == [0, 0]
    assert world.sup.letters.reprint(issued.reference) == issued.pdf


@pytest.mark.parametrize("document", DOCUMENTS)
def test_a_letter_changed_during_both_layouts_is_laid_out_under_the_lock(
        world: World, monkeypatch: pytest.MonkeyPatch, document: str) -> None:
    issue = DOCUMENTS[document](world)
    with watched(world, monkeypatch) as layouts:
        layouts.during_first = another_desk_takes_a_number(world)
        layouts.during_second = another_desk_takes_a_number(world)
        issued = issue()
    assert layouts.results == [1, 2]
    # Twice outside any unit of work, then in the write one (its connection out), so that
    # a busy desk nearby cannot keep this letter from being issued.
    assert layouts.seen == [0, 0, 1]
    assert issued.reference == "家指〔2026〕3号"
    assert world.sup.letters.reprint(issued.reference) == issued.pdf


@pytest.mark.parametrize("document", DOCUMENTS)
def test_a_letter_is_laid_out_once_when_nothing_changed(
        world: World, monkeypatch: pytest.MonkeyPatch, document: str) -> None:
    issue = DOCUMENTS[document](world)
    with watched(world, monkeypatch) as layouts:
        issued = issue()
    assert layouts.seen == [0]  # laid out once, outside any unit of work; registered as is
    assert issued.reference == "家指〔2026〕1号"
    assert world.sup.letters.reprint(issued.reference) == issued.pdf


def test_a_session_logged_while_the_letter_is_laid_out_is_in_the_issued_letter(
        world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    case_id = case_with_a_session(world)
    with watched(world, monkeypatch) as layouts:
        layouts.during_first = lambda: world.mine.sessions.log(case_id, SessionInput(
            held_at=datetime(2026, 10, 23, 14), duration_minutes=60, mode=SessionMode.CENTER,
            attendance=Attendance.ATTENDED, shared_summary="约定周末共同整理书桌"))
        issued = world.mine.letters.issue(case_id, LetterKind.GUARDIAN, **OCTOBER)
    # Numbered with what the case holds by then, and laid out again (outside any unit of
    # work) to say it.
    assert layouts.seen == [0, 0]
    assert "约定周末共同整理书桌" in pdf_text(issued.pdf)
    assert issued.reference == "家指〔2026〕1号"
    assert world.sup.letters.reprint(issued.reference) == issued.pdf


def test_a_reprint_is_rebuilt_outside_any_transaction(
        world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    issued = guardian_letter(world)()
    with watched(world, monkeypatch) as layouts:
        layouts.during_first = another_desk_takes_a_number(world)
        assert world.mine.letters.reprint(issued.reference) == issued.pdf
    assert layouts.seen == [0]
    assert layouts.results == [2]
