"""Moving a case to another center: sealed file, closing as transferred, summary, receiving
under a new number with the history, duplicate check, refusals (#17)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

import pytest
from sqlalchemy import update

from familyedu.db import Database
from familyedu.errors import PossibleDuplicate, ValidationError
from familyedu.models import CaseStatus, ClosureOutcome, LetterKind, TransferredLetter
from familyedu.services.casework.dto import CaseQuery, MandatoryReportInput
from familyedu.services.casework.transfer import TransferService
from tests.conftest import World, build_world, open_case
from tests.unit.services.test_letters import OCTOBER, log, with_plan

PASSWORD = "transfer-pass-1"


@pytest.fixture
def receiving(db: Database, new_database: Callable[[str], Database]) -> World:
    """A second center on its own database, same engine."""
    return build_world(new_database("sqlite" if db.is_sqlite else "postgresql"))


def test_send_then_receive_the_whole_history(world: World, receiving: World) -> None:
    case_id = open_case(world.mine)
    goals = with_plan(world.mine, case_id, world.sup)
    log(world.mine, case_id, datetime(2026, 10, 9, 14), ratings=((goals[0], 2),),
        private_notes="笔记", shared_summary="总结")
    log(world.mine, case_id, datetime(2026, 10, 16, 14), attended=False)
    world.mine.mandatory_reports.add(case_id, MandatoryReportInput(
        reported_on=datetime(2026, 10, 10).date(), suspected_harm="疑似遭受家庭暴力",
        police_station="城关派出所", receipt_number="J2026-1"))
    letter = world.mine.letters.issue(case_id, LetterKind.GUARDIAN, **OCTOBER)
    files: list[bytes] = []

    sent = TransferService(world.mine.ctx).send(
        case_id, to_center="某市某区家庭教育指导中心", password=PASSWORD, write=files.append)
    assert (sent.sessions, sent.letters) == (2, 1)
    closed = world.mine.cases.get(case_id)
    assert closed.status is CaseStatus.CLOSED
    assert closed.closure_outcome is ClosureOutcome.TRANSFERRED
    assert closed.closure_note == "某市某区家庭教育指导中心"
    assert any(h.action == "transfer_out" for h in world.mine.mandatory_reports.history(case_id))

    incoming = TransferService(receiving.mine.ctx)
    summary = incoming.summary(files[0], PASSWORD)
    assert (summary.minor_name, summary.case_number) == ("张小明", closed.case_number)
    assert summary.from_center == "测试县家庭教育指导中心"
    assert (summary.sessions, summary.plans, summary.reports, summary.letters) == (2, 1, 1, 1)
    assert summary.hours_done == 1.5
    assert receiving.mine.cases.page(CaseQuery()).total == 0  # the summary wrote nothing

    new_id = incoming.receive(files[0], PASSWORD)
    view = receiving.mine.cases.get(new_id)
    assert view.status is CaseStatus.OPEN
    assert view.counselor_name == "李老师"
    assert view.progress.hours_done == 1.5
    assert view.progress.sessions_missed == 1
    assert view.order_hours_required == 20.0
    assert [g.name for g in view.minor.guardians] == ["张建国", "刘桂英"]
    sessions = receiving.mine.sessions.for_case(new_id)
    assert sessions[-1].private_notes == "笔记"
    assert len(sessions[-1].ratings) == 1
    plans = receiving.mine.plans.revisions(new_id)
    assert [(p.status.value, len(p.goals)) for p in plans] == [("active", 2)]
    origin = incoming.origin(new_id)
    assert origin is not None
    assert (origin.from_center, origin.from_case_number) == ("测试县家庭教育指导中心",
                                                             closed.case_number)
    assert [r for r, _, _ in origin.letters] == [letter.reference]
    assert incoming.transferred_letter_pdf(new_id, letter.reference) == letter.pdf
    received = incoming.received_letters(new_id)
    assert [(r.reference, r.kind, r.from_center, r.size) for r in received] == [
        (letter.reference, "guardian", "测试县家庭教育指导中心", len(letter.pdf))]
    assert received[0].recipient
    assert received[0].kind is LetterKind.GUARDIAN
    assert origin.letters[0][1] is LetterKind.GUARDIAN
    # A kind this version does not know (a newer center's file) is kept and shown as sent.
    with receiving.db.uow() as s:
        s.execute(update(TransferredLetter).values(kind="newer_kind"))
    assert [r.kind for r in incoming.received_letters(new_id)] == ["newer_kind"]
    assert TransferService(world.mine.ctx).received_letters(case_id) == []  # our own case

    # The same file again: the child is known now, by ID number or by name and birth date.
    with pytest.raises((ValidationError, PossibleDuplicate)):
        incoming.receive(files[0], PASSWORD)
    assert receiving.mine.cases.page(CaseQuery()).total == 1


def test_refusals_write_nothing(world: World, receiving: World) -> None:
    case_id = open_case(world.mine)
    files: list[bytes] = []
    sender = TransferService(world.mine.ctx)
    with pytest.raises(ValidationError) as short:
        sender.send(case_id, to_center="", password="short", write=files.append)
    assert {e.field for e in short.value.errors} == {"to_center", "password"}

    def broken(_data: bytes) -> None:
        raise OSError("disk full")

    with pytest.raises(OSError, match="disk full"):
        sender.send(case_id, to_center="乙中心", password=PASSWORD, write=broken)
    assert world.mine.cases.get(case_id).status is CaseStatus.OPEN  # nothing was closed

    view = world.sup.cases.get(case_id)
    world.sup.minors.set_sealed(view.minor.id, True, "判决封存")
    supervisor = TransferService(world.sup.ctx)
    with pytest.raises(ValidationError, match="sealed"):
        supervisor.send(case_id, to_center="乙中心", password=PASSWORD, write=files.append)
    supervisor.send(case_id, to_center="乙中心", password=PASSWORD, write=files.append,
                    sealed_reason="随迁移交，法院函告")

    incoming = TransferService(receiving.mine.ctx)
    with pytest.raises(ValidationError) as wrong:
        incoming.receive(files[0], "not-the-password")
    assert wrong.value.field == "password"
    altered = bytearray(files[0])
    altered[-5] ^= 0x01
    with pytest.raises(ValidationError) as damaged:
        incoming.summary(bytes(altered), PASSWORD)
    assert damaged.value.field == "password"  # GCM cannot tell tampering from a wrong key
    with pytest.raises(ValidationError, match="not a familyedu transfer"):
        incoming.summary(b"PK\x03\x04 a spreadsheet", PASSWORD)
    truncated = files[0][:60]
    with pytest.raises(ValidationError):
        incoming.summary(truncated, PASSWORD)
    assert receiving.mine.cases.page(CaseQuery()).total == 0

    # A child already known at the receiving center by name and birth date.
    open_case(receiving.mine)
    with pytest.raises(PossibleDuplicate):
        TransferService(receiving.sup.ctx).receive(files[0], PASSWORD)
    new_id = TransferService(receiving.sup.ctx).receive(
        files[0], PASSWORD, counselor_id=receiving.counselor.user_id,
        confirm_not_duplicate=True)
    assert receiving.sup.cases.open(new_id, sealed_reason="接收移交").minor.sealed
