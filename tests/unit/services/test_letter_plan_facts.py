"""The printed guidance plan states the plan's own facts: who approved it, and nothing empty
where a field was left blank."""

from __future__ import annotations

import hashlib
import io
import json
from datetime import date

from pypdf import PdfReader
from sqlalchemy import select, update

from familyedu.models import Letter, LetterKind, Role, User
from familyedu.reports import build_document, data_from_dict
from familyedu.reports.data import PLAN_LAYOUT_EDITION
from familyedu.reports.templates import parse_wording
from familyedu.services.casework.dto import GoalInput, PlanInput
from familyedu.services.core.context import Actor
from familyedu.services.letters.snapshot import fonts_from_dict
from tests.conftest import World, open_case
from tests.signing import PASSWORD, signed_actor


def text_of(pdf: bytes) -> str:
    return "".join("".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(pdf)).pages)


def plan_input(frequency: str = "每两周一次") -> PlanInput:
    return PlanInput(start_on=date(2026, 9, 5), needs="父亲长期外出务工", interventions="面谈",
                     frequency=frequency, review_on=date(2026, 12, 1),
                     goals=(GoalInput("communication", "每周与孩子谈心三次"),))


def test_the_plan_names_the_supervisor_who_approved_it(world: World) -> None:
    # Found checking letters against cases: a plan approved by 王督导 and printed by another
    # supervisor read "督导周主任审核" — the printer, not the approver.
    case_id = open_case(world.mine)
    plan = world.mine.plans.create(case_id, plan_input())
    plan = world.mine.plans.submit(plan.id, plan.version)
    world.sup.plans.approve(plan.id, plan.version)
    admin = world.services(world.admin)
    other_id = admin.users.create(username="zhou", display_name="周主任",
                                  role=Role.SUPERVISOR, password=PASSWORD)
    with world.db.uow() as s:
        s.execute(update(User).values(must_change_password=False))
    other = world.services(signed_actor(world.db, Actor(
        other_id, "zhou", "周主任", Role.SUPERVISOR, world.admin.center_id)))
    text = text_of(other.letters.issue(case_id, LetterKind.PLAN).pdf)
    assert "督导王督导审核" in text
    assert "周主任" not in text
    english = text_of(other.letters.issue(case_id, LetterKind.PLAN, language="en",
                                          again=True).pdf)
    assert "supervisor王督导approvesit" in english


def test_a_draft_plan_names_the_usual_signer(world: World) -> None:
    # Not yet approved: the supervisor who prints it is the one who will review it.
    case_id = open_case(world.mine)
    world.mine.plans.create(case_id, plan_input())
    assert "督导王督导审核" in text_of(world.sup.letters.preview(case_id, LetterKind.PLAN))


def test_a_plan_without_a_frequency_says_it_is_to_be_decided(world: World) -> None:
    # Found checking letters against cases: "指导频次：。" and "Frequency: ." for a plan
    # saved without one (the field is optional, even for approval).
    case_id = open_case(world.mine)
    world.mine.plans.create(case_id, plan_input(frequency=""))
    chinese = text_of(world.mine.letters.preview(case_id, LetterKind.PLAN))
    assert "指导频次：待定。" in chinese
    assert "：。" not in chinese
    english = text_of(world.mine.letters.preview(case_id, LetterKind.PLAN, language="en"))
    assert "Frequency:tobedecided." in english


def test_a_plan_without_an_end_date_reads_right_in_english(world: World) -> None:
    # Found checking letters against cases: "The plan ends on to be decided."
    case_id = open_case(world.mine)
    world.mine.plans.create(case_id, plan_input())
    english = text_of(world.mine.letters.preview(case_id, LetterKind.PLAN, language="en"))
    assert "endson" not in english
    assert "Enddate:tobedecided." in english
    assert "计划结束时间：待定" in text_of(world.mine.letters.preview(case_id, LetterKind.PLAN))


def test_a_plan_issued_before_the_to_be_decided_rule_still_reprints_as_printed(
        world: World) -> None:
    # A register snapshot written before layout_edition existed has none: its blank frequency
    # printed as it was, and a reprint must rebuild those very bytes, not today's "待定".
    case_id = open_case(world.mine)
    world.mine.plans.create(case_id, plan_input(frequency=""))
    issued = world.mine.letters.issue(case_id, LetterKind.PLAN)
    with world.db.uow() as s:
        letter = s.scalars(select(Letter).where(Letter.reference == issued.reference)).one()
        snapshot = json.loads(letter.snapshot)
        assert snapshot["data"].pop("layout_edition") == PLAN_LAYOUT_EDITION
        then = build_document(LetterKind.PLAN, data_from_dict(LetterKind.PLAN, snapshot["data"]),
                              parse_wording(snapshot["wording"]),
                              fonts=fonts_from_dict(snapshot["fonts"], issued.reference))
        letter.snapshot = json.dumps(snapshot, ensure_ascii=False)
        letter.sha256 = hashlib.sha256(then).hexdigest()
    reprinted = world.mine.letters.reprint(issued.reference)
    assert reprinted == then
    assert "指导频次：。" in text_of(reprinted)
    assert "指导频次：待定。" in text_of(issued.pdf)  # a plan issued now
