"""Letters through the service: what reaches paper, the register, reprints, access and batches."""

from __future__ import annotations

import hashlib
import io
import json
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from familyedu.errors import PermissionDenied, ValidationError
from familyedu.models import (
    Attendance,
    AuditEvent,
    ClosureOutcome,
    Letter,
    LetterKind,
    OrderType,
    SessionMode,
)
from familyedu.reports import UnprintableCharacters, default_wording_text, find_unprintable
from familyedu.services import Services
from familyedu.services.casework.dto import (
    CaseInput,
    GoalInput,
    GuardianInput,
    PlanInput,
    SessionInput,
)
from familyedu.services.letters.batch import run_batch
from familyedu.services.letters.dto import RegisterQuery
from familyedu.services.letters.labels import LANGUAGES, letter_labels
from familyedu.services.letters.service import ReprintMismatch
from tests.conftest import World, court_order, guardian_inputs, minor_input, open_case

RARE = "\U00030000"  # CJK Extension G: no bundled or usual system font draws it
OCTOBER = {"period_start": date(2026, 10, 1), "period_end": date(2026, 10, 31)}


def pdf_pages(pdf: bytes) -> list[str]:
    return ["".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(pdf)).pages]


def pdf_text(pdf: bytes) -> str:
    return "".join(pdf_pages(pdf))


def with_plan(services: Services, case_id: int, supervisor: Services) -> list[int]:
    """An approved plan with two goals; returns the goal ids."""
    plan = services.plans.create(case_id, PlanInput(
        start_on=date(2026, 9, 5), needs="1. 父亲长期外出务工\n2. 孩子沉迷手机游戏",
        interventions="每两周中心面谈一次", frequency="每两周一次", review_on=date(2026, 12, 1),
        goals=(GoalInput("communication", "每周与孩子谈心三次", interventions="亲子活动"),
               GoalInput("schooling", "按时到校，不旷课"))))
    plan = services.plans.submit(plan.id, plan.version)
    plan = supervisor.plans.approve(plan.id, plan.version)
    return [g.id for g in plan.goals]


def log(services: Services, case_id: int, when: datetime, *, attended: bool = True,
        minutes: int = 90, **extra: Any) -> None:
    services.sessions.log(case_id, SessionInput(
        held_at=when, duration_minutes=minutes if attended else 0, mode=SessionMode.CENTER,
        attendance=Attendance.ATTENDED if attended else Attendance.NO_SHOW, **extra))


def letter_count(world: World) -> int:
    with world.db.read() as s:
        return s.scalar(select(func.count(Letter.id))) or 0


def print_events(world: World) -> list[dict[str, Any]]:
    with world.db.read() as s:
        return [json.loads(e.details) for e in s.scalars(
            select(AuditEvent).where(AuditEvent.action == "print").order_by(AuditEvent.id))]


@pytest.fixture
def case(world: World) -> int:
    """张小明's case (li): a plan, four October sessions, one missed, one with private notes."""
    case_id = open_case(world.mine)
    goals = with_plan(world.mine, case_id, world.sup)
    log(world.mine, case_id, datetime(2026, 10, 9, 14), ratings=((goals[0], 2),),
        private_notes="绝密笔记XYZ", shared_summary="可以分享的总结", next_steps="联系班主任")
    log(world.mine, case_id, datetime(2026, 10, 16, 14), attended=False)
    log(world.mine, case_id, datetime(2026, 10, 23, 14), minutes=60,
        ratings=((goals[0], 3),), shared_summary="讨论了手机使用约定")
    log(world.mine, case_id, datetime(2026, 11, 6, 14), minutes=60,
        next_appointment_at=datetime(2026, 12, 4, 14, 30))
    return case_id


def test_guardian_letter_prints_what_the_family_may_read(world: World, case: int) -> None:
    issued = world.mine.letters.issue(case, LetterKind.GUARDIAN, **OCTOBER)
    text = pdf_text(issued.pdf)
    assert issued.reference == "家指〔2026〕1号"
    for expected in ("家指〔2026〕1号", "测试县家庭教育指导中心", "张小明家长：",
                     "2026年10月1日至2026年10月31日", "开展指导2次", "累计2.5小时",
                     "未按约参加1次", "可以分享的总结", "讨论了手机使用约定", "联系班主任",
                     "每周与孩子谈心三次", "进展良好", "2026年12月4日14:30", "李老师",
                     "2026年11月27日"):
        assert expected in text, expected
    assert "绝密笔记XYZ" not in text
    # Not in the register's snapshot either: a reprint cannot bring it back.
    with world.db.read() as s:
        row = s.scalars(select(Letter)).one()
        assert "绝密笔记XYZ" not in row.snapshot
        assert row.sha256 == hashlib.sha256(issued.pdf).hexdigest()
        assert (row.kind.value, row.case_id, row.period_start, row.period_end) == (
            "guardian", case, date(2026, 10, 1), date(2026, 10, 31))
    reader = PdfReader(io.BytesIO(issued.pdf))
    for page in reader.pages:
        resources: Any = page["/Resources"]
        for name, font in resources["/Font"].items():
            assert "/FontFile2" in font.get_object()["/FontDescriptor"], name  # embedded


def test_authority_report_runs_over_pages_with_every_session(world: World) -> None:
    case_id = world.mine.cases.open_new(
        minor_input(), guardian_inputs(),
        court_order(opened_on=date(2026, 3, 2), order_sessions_required=40,
                    order_issued_on=date(2026, 2, 20)), confirm_not_duplicate=True)
    held = [date(2026, 3, 2) + timedelta(days=7 * i) for i in range(37)]  # to 9 November
    for i, day in enumerate(held):
        log(world.mine, case_id, datetime.combine(day, time(9)), attended=i % 9 != 4,
            minutes=60)
    issued = world.sup.letters.issue(case_id, LetterKind.AUTHORITY, period_start=date(2026, 3, 1),
                                     period_end=date(2026, 11, 20), assessment="监护人配合良好")
    pages = pdf_pages(issued.pdf)
    assert len(pages) >= 3
    for number in range(1, len(pages) + 1):
        assert f"—{number}—" in pages[number - 1]
    text = "".join(pages)
    attended = sum(i % 9 != 4 for i in range(len(held)))
    for expected in ("某县人民法院少年庭：", "(2026)黔0101民初123号", "家庭教育指导令",
                     "2026年2月20日", f"已参加指导{attended}次", f"累计{attended}小时",
                     f"未按约参加{len(held) - attended}次", "监护人配合良好"):
        assert expected in text, expected
    for day in (held[0], held[len(held) // 2], held[-1]):
        assert f"{day.year}年{day.month}月{day.day}日" in text


def test_reprint_is_byte_identical_and_both_are_audited(world: World, case: int) -> None:
    issued = world.mine.letters.issue(case, LetterKind.AUTHORITY, **OCTOBER, language="en")
    # A later change to the case or the wording does not change the issued letter.
    world.sup.wording.save_wording(LetterKind.AUTHORITY, "en", default_wording_text(
        "authority", "en").replace("Progress Report", "Report of Progress"))
    log(world.mine, case, datetime(2026, 10, 30, 9), shared_summary="later")
    again = world.mine.letters.reprint(issued.reference)
    assert again == issued.pdf
    assert "Page1of" in pdf_text(again)
    rows = world.mine.letters.register()
    assert [r.sha256 for r in rows] == [hashlib.sha256(again).hexdigest()]
    events = print_events(world)
    assert [e["reference"] for e in events] == [issued.reference] * 2
    assert events[1]["reprint"] is True


def test_preview_is_a_draft_and_registers_nothing(world: World, case: int) -> None:
    pdf = world.mine.letters.preview(case, LetterKind.GUARDIAN, **OCTOBER)
    assert "（草稿）" in pdf_text(pdf)
    assert letter_count(world) == 0
    assert print_events(world) == []


def test_unprintable_character_is_named_before_anything_is_issued(world: World) -> None:
    assert find_unprintable({"name": RARE}, world.mine.letters.fonts)  # the premise
    rare_case = open_case(world.mine, name=f"张{RARE}")
    with pytest.raises(UnprintableCharacters) as caught:
        world.mine.letters.issue(rare_case, LetterKind.GUARDIAN, **OCTOBER)
    # The child's name is also in the salutation (张小明家长): both places are named.
    assert sorted((m.field, m.char, m.codepoint) for m in caught.value.missing) == [
        ("header.recipient", RARE, "U+30000"), ("minor_name", RARE, "U+30000")]
    assert letter_count(world) == 0
    # No reference number was used up: the next letter is still number 1.
    other = world.mine.cases.open_new(minor_input(name="李华"), guardian_inputs(),
                                      court_order(), confirm_not_duplicate=True)
    issued = world.mine.letters.issue(other, LetterKind.GUARDIAN, **OCTOBER)
    assert issued.reference == "家指〔2026〕1号"


def test_sealed_case_only_a_supervisor_prints_and_every_page_is_marked(
        world: World, case: int) -> None:
    minor_id = world.sup.cases.get(case).minor.id
    world.sup.minors.set_sealed(minor_id, True, "判决五年以下，依法封存")
    with pytest.raises(PermissionDenied):
        world.mine.letters.issue(case, LetterKind.AUTHORITY, **OCTOBER)
    with pytest.raises(PermissionDenied):
        world.mine.letters.preview(case, LetterKind.AUTHORITY, **OCTOBER)
    sup = world.sup
    with pytest.raises(ValidationError):  # a sealed record is read only for a stated reason
        sup.letters.issue(case, LetterKind.AUTHORITY, **OCTOBER)
    sup.cases.grant_sealed_access("向检察院报送履行情况")
    issued = sup.letters.issue(case, LetterKind.AUTHORITY, **OCTOBER)
    pages = pdf_pages(issued.pdf)
    assert all("密·封存案件" in page for page in pages)
    assert world.mine.letters.register() == []
    assert [r.reference for r in world.sup.letters.register()] == [issued.reference]
    assert print_events(world)[0]["sealed"] is True


def test_register_and_reprint_follow_the_cases_access(world: World, case: int) -> None:
    issued = world.mine.letters.issue(case, LetterKind.GUARDIAN, **OCTOBER)
    with pytest.raises(PermissionDenied):
        world.theirs.letters.reprint(issued.reference)
    with pytest.raises(PermissionDenied):
        world.services(world.admin).letters.issue(case, LetterKind.GUARDIAN, **OCTOBER)
    assert world.theirs.letters.register() == []
    assert world.services(world.admin).letters.register() == []
    assert world.sup.letters.reprint(issued.reference) == issued.pdf
    row = world.sup.letters.register(RegisterQuery(case_id=case, kind=LetterKind.GUARDIAN))[0]
    assert (row.case_number, row.minor_name, row.issued_by, row.recipient) == (
        "2026-0001", "张小明", "李老师", "张小明家长")
    assert world.sup.letters.register(RegisterQuery(period_from=date(2026, 11, 1))) == []


def test_documents_that_need_an_order_a_plan_or_a_closure(world: World, case: int) -> None:
    voluntary = world.mine.cases.open_new(
        minor_input(name="李华"), [GuardianInput(name="李强", relation="father")],
        CaseInput(referral_source="school", opened_on=date(2026, 9, 1)),
        confirm_not_duplicate=True)
    for kind in (LetterKind.AUTHORITY, LetterKind.NOTICE):
        with pytest.raises(ValidationError) as caught:
            world.mine.letters.issue(voluntary, kind, **OCTOBER)
        assert caught.value.field == "kind"
    with pytest.raises(ValidationError, match="plan"):
        world.mine.letters.issue(voluntary, LetterKind.PLAN)
    with pytest.raises(ValidationError, match="completion report"):
        world.mine.letters.issue(case, LetterKind.COMPLETION)
    assert letter_count(world) == 0

    plan_text = pdf_text(world.mine.letters.issue(case, LetterKind.PLAN).pdf)
    for expected in ("家庭教育指导计划书", "1.父亲长期外出务工", "2.孩子沉迷手机游戏", "亲子沟通",
                     "每周与孩子谈心三次", "亲子沟通：亲子活动", "每两周一次", "王督导"):
        assert expected in plan_text, expected
    notice = pdf_text(world.mine.letters.issue(case, LetterKind.NOTICE, **OCTOBER).pdf)
    assert "2026年10月16日" in notice
    assert "抄送：某县人民法院" in notice
    view = world.mine.cases.get(case)
    world.mine.cases.close(case, view.version, outcome=ClosureOutcome.MOVED_AWAY,
                           closed_on=date(2026, 11, 20), note="随父母迁往广东")
    completion = pdf_text(world.mine.letters.issue(case, LetterKind.COMPLETION).pdf)
    assert "随父母迁往广东" in completion
    assert "迁出本辖区" in completion


def test_bad_center_template_names_the_placeholder(world: World, case: int) -> None:
    default = default_wording_text("guardian", "zh_CN")
    with pytest.raises(ValidationError) as caught:
        world.sup.wording.save_wording(LetterKind.GUARDIAN, "zh_CN",
                                       default.replace("{minor_name}", "{child_name}"))
    assert caught.value.field == "template"
    assert caught.value.params["placeholder"] == "{child_name}"
    assert "{child_name}" in caught.value.errors[0].english()
    with pytest.raises(ValidationError) as caught:
        world.sup.wording.save_wording(LetterKind.GUARDIAN, "zh_CN",
                                       default.replace("title = ", "titel = "))
    assert caught.value.params["placeholder"] in ("titel", "title")
    with pytest.raises(PermissionDenied):
        world.mine.wording.save_wording(LetterKind.GUARDIAN, "zh_CN", default)

    own = default.replace("家庭教育指导情况告知书", "家庭教育指导告家长书")
    world.sup.wording.save_wording(LetterKind.GUARDIAN, "zh_CN", own)
    assert "告家长书" in world.mine.wording.wording_text(LetterKind.GUARDIAN, "zh_CN")
    assert "家庭教育指导告家长书" in pdf_text(world.mine.letters.issue(case, LetterKind.GUARDIAN,
                                                                  **OCTOBER).pdf)
    world.sup.wording.reset_wording(LetterKind.GUARDIAN, "zh_CN")
    assert world.mine.wording.wording_text(LetterKind.GUARDIAN, "zh_CN") == default


def test_due_letters_and_a_batch_issue_each_once(world: World, case: int,
                                                 tmp_path: Path) -> None:
    quiet = world.theirs.cases.open_new(
        minor_input(name="王芳"), [GuardianInput(name="王大军", relation="father")],
        court_order(order_type=OrderType.SUPERVISION_ORDER, referral_source="procuratorate",
                    feedback_interval_days=None), confirm_not_duplicate=True)
    log(world.theirs, quiet, datetime(2026, 10, 20, 10))
    due = world.sup.letters.due_for_period(2026, 10)
    assert [(d.case_id, d.kind) for d in due] == [(case, "authority"), (case, "guardian"),
                                                   (quiet, "guardian")]
    assert (due[0].period_start, due[0].period_end) == (date(2026, 9, 1), date(2026, 10, 31))
    assert [(d.case_id, d.kind) for d in world.mine.letters.due_for_period(2026, 10)] == [
        (case, "authority"), (case, "guardian")]

    result = run_batch(world.sup.letters, due, tmp_path)
    assert sorted(p.name for p in result.files) == [
        "2026-0001-authority.pdf", "2026-0001-guardian.pdf", "2026-0002-guardian.pdf"]
    assert "王芳家长：" in pdf_text((tmp_path / "2026-0002-guardian.pdf").read_bytes())
    assert world.sup.letters.due_for_period(2026, 10) == []
    # November: two no-shows make a notice due; the guardian letter covers the month so far.
    log(world.mine, case, datetime(2026, 11, 13, 14), attended=False)
    log(world.mine, case, datetime(2026, 11, 20, 14), attended=False)
    due = world.sup.letters.due_for_period(2026, 11)
    assert [(d.kind, d.period_end) for d in due] == [
        ("guardian", date(2026, 11, 27)), ("notice", date(2026, 11, 27))]
    combined = run_batch(world.sup.letters, due, tmp_path / "nov",
                         combined_name="letters-2026-11.pdf")
    assert combined.files == [tmp_path / "nov" / "letters-2026-11.pdf"]
    pages = pdf_pages(combined.files[0].read_bytes())
    assert any("督促履行通知书" in p for p in pages)
    assert any("告知书" in p for p in pages)


def test_a_cancelled_batch_stops_between_letters(world: World, case: int,
                                                 tmp_path: Path) -> None:
    due = world.sup.letters.due_for_period(2026, 10)
    assert len(due) == 2
    seen: list[int] = []
    result = run_batch(world.sup.letters, due, tmp_path, cancelled=lambda: bool(seen),
                       progress=lambda done, total, item: seen.append(done))
    assert result.cancelled
    assert len(result.issued) == 1
    assert letter_count(world) == 1


def test_statistics_are_de_identified_and_for_supervisors(world: World, case: int) -> None:
    world.sup.minors.set_sealed(world.sup.cases.get(case).minor.id, True, "依法封存")
    other = world.theirs.cases.open_new(
        minor_input(name="王芳", guardianship="neglect"),
        [GuardianInput(name="王大军", relation="father")],
        CaseInput(referral_source="school", opened_on=date(2026, 10, 2)),
        confirm_not_duplicate=True)
    log(world.theirs, other, datetime(2026, 10, 20, 10), minutes=30)
    with pytest.raises(PermissionDenied):
        world.mine.statistics.statistics(date(2026, 1, 1), date(2026, 12, 31))
    issued = world.sup.statistics.statistics(date(2026, 1, 1), date(2026, 12, 31),
                                          recipient="县妇联")
    text = pdf_text(issued.pdf)
    # The sealed case (张小明's) is counted nowhere; 王芳's alone is too few to break down.
    for expected in ("本期新受理案件1件", "期末在办1件", "（数量较少，不分类列示）1100%",
                     "共开展指导1次", "累计0.5小时", "未按约参加0次", "县妇联："):
        assert expected in text, expected
    for name in ("张小明", "王芳", "张建国", "王大军", "2026-0001", "父母双方外出务工/留守",
                 "人民法院", "学校"):
        assert name not in text
    row = world.sup.letters.register()[0]
    assert (row.kind.value, row.case_id, row.period_start) == ("statistics", None,
                                                               date(2026, 1, 1))
    assert world.sup.letters.reprint(issued.reference) == issued.pdf
    with pytest.raises(PermissionDenied):
        world.mine.letters.reprint(issued.reference)


@pytest.mark.parametrize("language", LANGUAGES)
def test_letter_labels_name_every_value(language: str) -> None:
    labels = letter_labels(language)
    assert labels.enum(SessionMode.HOME_VISIT) in ("家访", "Home visit")
    assert labels.enum(OrderType.SUPERVISION_ORDER)
    # Chinese addresses the child's parents (张小明家长), English the guardians by name.
    assert labels.guardian_recipient("张建国", "张小明") in ("张小明家长", "张建国")


def test_a_reprint_that_would_differ_is_refused(world: World, case: int) -> None:
    issued = world.mine.letters.issue(case, LetterKind.GUARDIAN, **OCTOBER)
    with world.db.uow() as s:
        row = s.scalars(select(Letter)).one()
        snapshot = json.loads(row.snapshot)
        snapshot["fonts"]["body"]["path"] = "/nowhere/NoSuchFont.ttf"
        row.snapshot = json.dumps(snapshot, ensure_ascii=False)
    with pytest.raises(ReprintMismatch) as caught:
        world.mine.letters.reprint(issued.reference)
    assert caught.value.reason == "fonts_missing"
    with world.db.uow() as s:
        row = s.scalars(select(Letter)).one()
        snapshot["fonts"]["body"]["path"] = "/moved/elsewhere/uming.ttc"  # found in resources
        row.snapshot = json.dumps(snapshot, ensure_ascii=False)
        row.sha256 = "0" * 64
    with pytest.raises(ReprintMismatch) as caught:
        world.mine.letters.reprint(issued.reference)
    assert caught.value.reason == "differs"
    assert len(print_events(world)) == 1  # only the issue: no reprint was handed out


def test_order_letters_read_right_for_a_sessions_only_order(world: World) -> None:
    """Only the sessions an order sets, no missed-session sentence when none were missed,
    a dash for a no-show's length, and a document number typed with its order type."""
    case_id = world.mine.cases.open_new(
        minor_input(), guardian_inputs(),
        court_order(order_hours_required=None, order_sessions_required=12,
                    order_document_number="(2026)黔0101民初123号家庭教育指导令",
                    order_issued_on=date(2026, 8, 20)),
        confirm_not_duplicate=True)
    log(world.mine, case_id, datetime(2026, 10, 9, 14))
    log(world.mine, case_id, datetime(2026, 10, 16, 14), attended=False)
    authority = pdf_text(world.mine.letters.issue(case_id, LetterKind.AUTHORITY, **OCTOBER).pdf)
    assert "家庭教育指导令要求完成指导12次，期限至2027年2月28日。" in authority
    assert "编号为(2026)黔0101民初123号的家庭教育指导令已收悉" in authority
    assert "未作规定" not in authority
    assert "2026年10月16日中心面谈—缺席" in authority
    assert "面谈0分钟" not in authority
    november = {"period_start": date(2026, 11, 1), "period_end": date(2026, 11, 30)}
    notice = pdf_text(world.mine.letters.issue(case_id, LetterKind.NOTICE, **november).pdf)
    assert "完成家庭教育指导12次。截至目前，您已完成1次，尚余11次。" in notice
    assert "未按约参加" not in notice
    assert "共0次" not in notice
    october = pdf_text(world.mine.letters.issue(case_id, LetterKind.NOTICE, **OCTOBER).pdf)
    assert "您未按约参加2026年10月16日的指导（共1次）。" in october
