"""指导情况反馈函: progress against an order, for the court, procuratorate or police."""

from __future__ import annotations

from reportlab.platypus import Flowable

from familyedu.reports.blocks import Composer
from familyedu.reports.data import AuthorityReportData
from familyedu.reports.documents.common import (
    Context,
    amounts,
    deadline_clause,
    issued_when,
    order_name,
    order_number,
    present_paras,
)
from familyedu.reports.templates import Wording
from familyedu.reports.text import ZH, format_percent

# No session attended or missed yet: there is no rate, and "未作规定" (not set by the order)
# would say something else.
NO_RATE = {True: "暂无", False: "not yet known"}


def context(data: AuthorityReportData, wording: Wording) -> Context:
    ctx = Context(data, wording)
    required = None if data.sessions_required is None else float(data.sessions_required)
    ctx.put(
        minor_name=data.minor_name,
        guardian_names=ctx.names(data.guardian_names),
        order_type=data.order_type,
        order_number=order_number(data.order_number, data.order_type),
        order_issued_on=ctx.date(data.order_issued_on),
        order_name=order_name(data.order_number, data.order_type, ctx.language),
        order_issued_when=issued_when(data.order_issued_on, ctx.language),
        period_start=ctx.date(data.period_start),
        period_end=ctx.date(data.period_end),
        sessions_required=ctx.number(required),
        hours_required=ctx.number(data.hours_required),
        deadline=ctx.date(data.deadline),
        deadline_clause=deadline_clause(data.deadline, ctx.language),
        sessions_done=str(data.sessions_done),
        sessions_missed=str(data.sessions_missed),
        hours_done=ctx.number(data.hours_done),
        attendance_rate=format_percent(data.sessions_done,
                                       data.sessions_done + data.sessions_missed,
                                       empty=NO_RATE[ctx.language == ZH]),
        counselor_name=data.counselor_name,
        supervisor_name=data.supervisor_name,
        requirement=amounts(data.sessions_required, data.hours_required, ctx.language),
    )
    return ctx


def _session_table(data: AuthorityReportData, c: Composer) -> list[Flowable]:
    if not data.sessions:
        return [c.para(c.fill("none_text"))]
    head = [c.fill(k) for k in ("col_index", "col_date", "col_mode", "col_duration",
                                "col_attendance")]
    # A session that did not take place has no length: a dash, not "0 minutes".
    rows = [[str(i), c.fmt_date(s.held_on), s.mode,
             c.fill("duration_cell", minutes=str(s.duration_minutes))
             if s.duration_minutes > 0 else "—",
             s.attendance] for i, s in enumerate(data.sessions, start=1)]
    return c.table_before_sign_off(head, rows, [18, 40, 36, 30, 32], centered=(0, 1, 2, 3, 4))


def story(data: AuthorityReportData, c: Composer) -> list[Flowable]:
    assessment = [c.para(data.assessment)] if data.assessment.strip() else \
        [c.para(c.fill("assessment_empty"))]
    signers = c.signature_lines([c.fill("sign_counselor"), c.fill("sign_supervisor")])
    return [
        *c.letterhead(data.center, data.header),
        *c.title(),
        *c.salutation(),
        *c.paras("intro"),
        *c.heading("heading_overview"),
        *present_paras(c, "overview_text"),
        # Goal tables may run over a page (the header row repeats), but not from its foot.
        *c.heading("heading_progress", room=5),
        *c.goal_table(data.goals),
        *c.heading("heading_assessment"),
        *assessment,
        *c.heading("heading_sessions", room=6),
        *_session_table(data, c),
        c.issuer_block(data.header.issued_on, [*c.paras("closing"), signers]),
        *c.copy_to(data.header),
    ]
