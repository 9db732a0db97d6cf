"""De-identified period statistics: counts by category, sessions, hours and orders."""

from __future__ import annotations

from reportlab.platypus import Flowable

from familyedu.reports.blocks import Composer
from familyedu.reports.data import CountLine, StatisticsData
from familyedu.reports.documents.common import Context
from familyedu.reports.templates import Wording
from familyedu.reports.text import format_percent, shares


def context(data: StatisticsData, wording: Wording) -> Context:
    ctx = Context(data, wording)
    finished = data.orders_on_time + data.orders_late
    ctx.put(
        period_start=ctx.date(data.period_start),
        period_end=ctx.date(data.period_end),
        cases_open=str(data.cases_open),
        cases_new=str(data.cases_new),
        cases_closed=str(data.cases_closed),
        sessions_held=str(data.sessions_held),
        sessions_missed=str(data.sessions_missed),
        hours_done=ctx.number(data.hours_done),
        orders_due=str(data.orders_due),
        orders_on_time=str(data.orders_on_time),
        orders_late=str(data.orders_late),
        orders_open=str(data.orders_open),
        on_time_rate=format_percent(data.orders_on_time, finished, empty=ctx.number(None)),
    )
    return ctx


def _counts(lines: tuple[CountLine, ...], c: Composer) -> list[Flowable]:
    if not lines:
        return [c.para(c.fill("none_text"))]
    total = sum(line.count for line in lines)
    head = [c.fill("col_category"), c.fill("col_count"), c.fill("col_share")]
    # Shares by largest remainder: the column adds up to the 100% of the total row.
    rows = [[line.label, str(line.count), f"{share}%" if total else "—"]
            for line, share in zip(lines, shares([x.count for x in lines]), strict=True)]
    rows.append([c.fill("total_label"), str(total), "100%" if total else "—"])
    return [c.table(head, rows, [96, 30, 30], centered=(1, 2), total_row=True)]


def story(data: StatisticsData, c: Composer) -> list[Flowable]:
    return [
        *c.letterhead(data.center, data.header),
        *c.title(),
        *c.salutation(),
        *c.paras("intro"),
        c.para(c.fill("deidentified_note"), c.st.plain),
        *c.heading("heading_cases"),
        *c.paras("cases_text"),
        *c.section("heading_situation", _counts(data.by_situation, c)),
        *c.section("heading_involvement", _counts(data.by_involvement, c)),
        *c.section("heading_referral", _counts(data.by_referral, c)),
        *c.section("heading_sessions", [*c.paras("sessions_text"),
                                        *c.heading("heading_modes")[1:],
                                        *_counts(data.by_mode, c)]),
        *c.heading("heading_orders"),
        c.issuer_block(data.header.issued_on, c.paras("orders_text")),
        *c.copy_to(data.header),
        *_audit_anchor(data, c),
    ]


def _audit_anchor(data: StatisticsData, c: Composer) -> list[Flowable]:
    """The audit trail's head of the day, in small type: paper that anchors the trail."""
    entry, _, digest = data.audit_head.partition(":")
    if not digest:
        return []
    text = (f"审计记录链截至第{entry}条：{digest}" if c.zh
            else f"Audit trail up to entry {entry}: {digest}")
    return [c.para(text, c.st.small)]
