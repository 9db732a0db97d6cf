"""De-identified period statistics: counts by category, sessions, hours and orders.

Counts come with their small-count suppression already decided (familyedu.reports.
small_counts): a count from 1 to 4 prints as "<5", its complement as "≥5", the share beside
either as "—", and a note explains the marks wherever one is printed. Totals stay exact.
"""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable

from familyedu.reports.blocks import Composer
from familyedu.reports.data import CountLine, StatisticsData
from familyedu.reports.documents.common import Context
from familyedu.reports.small_counts import COMPLEMENT, SHOWN, SMALL, THRESHOLD, WITHHELD
from familyedu.reports.templates import Wording
from familyedu.reports.text import format_percent, shares

# Symbols, not words: the same in both languages, explained by the wording's note.
MARKS = {SMALL: f"<{THRESHOLD}", COMPLEMENT: f"≥{THRESHOLD}"}
HIDDEN_SHARE = "—"
_ORDERS = ("orders_on_time", "orders_late", "orders_open")


def _orders_states(data: StatisticsData) -> tuple[str, ...]:
    return data.orders_suppressed or (SHOWN,) * len(_ORDERS)


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
        on_time_rate=format_percent(data.orders_on_time, finished, empty=ctx.number(None)),
    )
    for name, state in zip(_ORDERS, _orders_states(data), strict=True):
        ctx.put(**{name: MARKS.get(state, str(getattr(data, name)))})
    if any(state != SHOWN for state in _orders_states(data)):
        # The rate would undo the suppression: o / (o + l) with one of them hidden.
        ctx.put(on_time_rate=HIDDEN_SHARE)
    return ctx


def _counts(lines: tuple[CountLine, ...], c: Composer) -> list[Flowable]:
    if not lines:
        return [c.para(c.fill("none_text"))]
    total = sum(line.count for line in lines)
    head = [c.fill("col_category"), c.fill("col_count"), c.fill("col_share")]
    if any(line.suppressed == WITHHELD for line in lines):
        rows = [[c.fill("withheld_label"), str(total), "100%"]]
    elif any(line.suppressed for line in lines):
        # Each share on its own (not by largest remainder): the rounding of one printed
        # share must not depend on the hidden counts.
        rows = [[line.label, MARKS[line.suppressed], HIDDEN_SHARE] if line.suppressed
                else [line.label, str(line.count), format_percent(line.count, total)]
                for line in lines]
    else:
        # Shares by largest remainder: the column adds up to the 100% of the total row.
        rows = [[line.label, str(line.count), f"{share}%" if total else "—"]
                for line, share in zip(lines, shares([x.count for x in lines]), strict=True)]
    rows.append([c.fill("total_label"), str(total), "100%" if total else "—"])
    return [c.table(head, rows, [96, 30, 30], centered=(1, 2), total_row=True)]


def _orders(data: StatisticsData, c: Composer) -> list[Flowable]:
    states = _orders_states(data)
    if WITHHELD in states:
        return c.paras("orders_text_total")
    if any(state != SHOWN for state in states):
        return c.paras("orders_text_partial")
    return c.paras("orders_text")


def _marked(data: StatisticsData) -> bool:
    """Whether a "<5" or "≥5" is printed anywhere, so the note must explain it."""
    tables = (data.by_situation, data.by_involvement, data.by_referral, data.by_mode)
    states = [line.suppressed for lines in tables for line in lines]
    return any(state in MARKS for state in (*states, *_orders_states(data)))


def story(data: StatisticsData, c: Composer) -> list[Flowable]:
    # In the size of the table cells, black: it explains figures, it is not fine print.
    note_style = ParagraphStyle("suppression_note", parent=c.st.cell, spaceBefore=6)
    note = [c.para(c.fill("suppression_note"), note_style)] if _marked(data) else []
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
        c.issuer_block(data.header.issued_on, [*_orders(data, c), *note]),
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
