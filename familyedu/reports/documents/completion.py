"""结案报告: how a case ended, against its order if it had one."""

from __future__ import annotations

from reportlab.platypus import Flowable

from familyedu.reports.blocks import Composer
from familyedu.reports.data import CompletionData
from familyedu.reports.documents.common import (
    Context,
    amounts,
    order_name,
    order_number,
    present_paras,
)
from familyedu.reports.templates import Wording


def context(data: CompletionData, wording: Wording) -> Context:
    ctx = Context(data, wording)
    ctx.put(
        minor_name=data.minor_name,
        guardian_names=ctx.names(data.guardian_names),
        period_start=ctx.date(data.period_start),
        period_end=ctx.date(data.period_end),
        closure_reason=data.closure_reason,
        order_type=data.order_type,
        order_number=order_number(data.order_number, data.order_type),
        order_name=order_name(data.order_number, data.order_type, ctx.language),
        hours_required=ctx.number(data.hours_required),
        hours_done=ctx.number(data.hours_done),
        sessions_done=str(data.sessions_done),
        sessions_missed=str(data.sessions_missed),
        counselor_name=data.counselor_name,
        supervisor_name=data.supervisor_name,
        sessions_required=ctx.number(data.sessions_required),
        # Empty for a voluntary case, so the sentence about the order is left out.
        requirement=amounts(data.sessions_required, data.hours_required, ctx.language)
        if data.order_type.strip() else "",
    )
    return ctx


def story(data: CompletionData, c: Composer) -> list[Flowable]:
    # An order saved without its number is still an order.
    intro = "intro_order" if data.order_type.strip() else "intro_voluntary"
    outcome = [c.para(data.outcome)] if data.outcome.strip() else \
        [c.para(c.fill("outcome_empty"))]
    signers = c.signature_lines([c.fill("sign_counselor"), c.fill("sign_supervisor")])
    return [
        *c.letterhead(data.center, data.header),
        *c.title(),
        *c.salutation(),
        *c.paras(intro),
        *c.heading("heading_overview"),
        *present_paras(c, "overview_text"),
        # Goal tables may run over a page (the header row repeats), but not from its foot.
        *c.heading("heading_progress", room=5),
        *c.goal_table(data.goals),
        *c.heading("heading_outcome"),
        *outcome,
        *c.heading("heading_recommendations"),
        *c.numbered(data.recommendations),
        c.issuer_block(data.header.issued_on, [*c.paras("closing"), signers]),
        *c.copy_to(data.header),
    ]
