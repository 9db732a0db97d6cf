"""家庭教育指导计划书: needs, goals and interventions, signed by every party."""

from __future__ import annotations

from reportlab.platypus import Flowable

from familyedu.reports.blocks import Composer
from familyedu.reports.data import PlanDocumentData
from familyedu.reports.documents.common import Context
from familyedu.reports.templates import Wording
from familyedu.reports.text import clean_text


def context(data: PlanDocumentData, wording: Wording) -> Context:
    ctx = Context(data, wording)
    ctx.put(
        minor_name=data.minor_name,
        guardian_names=ctx.names(data.guardian_names),
        counselor_name=data.counselor_name,
        supervisor_name=data.supervisor_name,
        frequency=_frequency(data, wording),
        start_on=ctx.date(data.start_on),
        review_on=ctx.date(data.review_on),
        end_on=ctx.date(data.end_on),
        revision=str(data.revision),
    )
    return ctx


def _frequency(data: PlanDocumentData, wording: Wording) -> str:
    # Optional even for approval: "指导频次：待定", never "指导频次：。" — except in a plan
    # issued before that rule (layout_edition 1), which a reprint must rebuild byte for byte.
    if data.frequency.strip() or data.layout_edition < 2:
        return data.frequency
    return wording.text("not_specified")


def _goals(data: PlanDocumentData, c: Composer) -> list[Flowable]:
    if not data.goals:
        return [c.para(c.fill("none_text"))]
    head = [c.fill("col_domain"), c.fill("col_goal"), c.fill("col_target_date")]
    rows = [[g.domain, g.description, c.fmt_date(g.target_date) or c.fill("not_specified")]
            for g in data.goals]
    return [c.table(head, rows, [32, 86, 38], centered=(2,))]


def story(data: PlanDocumentData, c: Composer) -> list[Flowable]:
    signers = [c.fill("sign_guardian", name=clean_text(n)) for n in data.guardian_names]
    signers += [c.fill("sign_counselor"), c.fill("sign_supervisor")]
    return [
        *c.letterhead(data.center, data.header),
        *c.title(),
        *c.salutation(),
        *c.paras("intro"),
        *c.heading("heading_needs"),
        *c.numbered(data.needs),
        *c.heading("heading_goals", room=5),
        *_goals(data, c),
        *c.heading("heading_interventions"),
        *c.numbered(data.interventions),
        *c.heading("heading_schedule"),
        *c.paras("schedule_text"),
        c.issuer_block(data.header.issued_on,
                       [*c.heading("heading_signatures"), c.signature_lines(signers)]),
        *c.copy_to(data.header),
    ]
