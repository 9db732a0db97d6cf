"""督促履行通知书: a reminder, or notice of non-compliance, to guardians under an order."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.platypus import Flowable, HRFlowable, KeepTogether, Spacer

from familyedu.reports.blocks import Composer
from familyedu.reports.data import NoticeData
from familyedu.reports.documents.common import (
    Context,
    amounts,
    deadline_by,
    order_name,
    order_number,
    present_paras,
    remaining_amounts,
)
from familyedu.reports.templates import Wording
from familyedu.reports.text import join_names


def context(data: NoticeData, wording: Wording) -> Context:
    ctx = Context(data, wording)
    remaining = None if data.hours_required is None else \
        max(0.0, data.hours_required - data.hours_done)
    ctx.put(
        minor_name=data.minor_name,
        guardian_names=ctx.names(data.guardian_names),
        order_type=data.order_type,
        order_number=order_number(data.order_number, data.order_type),
        order_name=order_name(data.order_number, data.order_type, ctx.language),
        hours_required=ctx.number(data.hours_required),
        hours_done=ctx.number(data.hours_done),
        hours_remaining=ctx.number(remaining),
        sessions_missed=str(data.sessions_missed),
        # Empty when nothing was missed: the sentence about missed sessions is left out.
        # "9 June 2026, 1 July 2026 and 13 October 2026"
        missed_dates=join_names((ctx.date(d) for d in data.missed_dates), ctx.language),
        deadline=ctx.date(data.deadline),
        deadline_by=deadline_by(data.deadline, ctx.language),
        respond_by=ctx.date(data.respond_by),
        counselor_name=data.counselor_name,
        counselor_phone=data.counselor_phone,
        sessions_required=ctx.number(data.sessions_required),
        sessions_done=str(data.sessions_done),
        requirement=amounts(data.sessions_required, data.hours_required, ctx.language),
        done=amounts(None if data.sessions_required is None else data.sessions_done,
                     None if data.hours_required is None else data.hours_done, ctx.language),
        remaining=remaining_amounts((data.sessions_required, data.hours_required),
                                    (data.sessions_done, data.hours_done), ctx.language),
    )
    return ctx


def _receipt(c: Composer) -> Flowable:
    # A tear-off acknowledgement the guardian signs and returns: proof the notice was served.
    return KeepTogether([
        Spacer(1, 10),
        HRFlowable(width="100%", thickness=0.6, color=colors.grey, dash=(3, 3), spaceAfter=8),
        c.para(c.fill("heading_receipt"), c.st.receipt_title),
        *c.paras("receipt_text"),
        c.signature_lines([c.fill("sign_receipt")]),
    ])


def story(data: NoticeData, c: Composer) -> list[Flowable]:
    body = "body_reminder" if data.stage == "reminder" else "body_non_compliance"
    closing = [*c.paras("closing")]
    if c.context["counselor_name"] or c.context["counselor_phone"]:
        closing.append(c.para(c.fill("contact_line")))
    return [
        *c.letterhead(data.center, data.header),
        *c.title(),
        *c.salutation(),
        *present_paras(c, body),
        c.issuer_block(data.header.issued_on, closing),
        _receipt(c),
        *c.copy_to(data.header),  # the 版记 closes the last page, after the receipt
    ]
