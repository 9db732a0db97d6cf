"""家庭教育指导情况告知书: what the family took part in, what changed, what comes next."""

from __future__ import annotations

from reportlab.platypus import Flowable

from familyedu.reports.blocks import Composer
from familyedu.reports.data import Appointment, GuardianLetterData
from familyedu.reports.documents.common import Context
from familyedu.reports.templates import Wording
from familyedu.reports.text import clean_text, join_clauses


def _appointment(ctx: Context, appointment: Appointment | None) -> str:
    if appointment is None:
        return ""
    when = " ".join(p for p in (ctx.date(appointment.on), clean_text(appointment.time)) if p)
    return join_clauses((when, clean_text(appointment.mode), clean_text(appointment.place)),
                        ctx.language)


def context(data: GuardianLetterData, wording: Wording) -> Context:
    ctx = Context(data, wording)
    ctx.put(
        minor_name=data.minor_name,
        guardian_names=ctx.names(data.guardian_names),
        period_start=ctx.date(data.period_start),
        period_end=ctx.date(data.period_end),
        sessions_held=str(data.sessions_held),
        sessions_missed=str(data.sessions_missed),
        hours_done=ctx.number(data.hours_done),
        counselor_name=data.counselor_name,
        counselor_phone=data.counselor_phone,
        next_appointment=_appointment(ctx, data.next_appointment),
    )
    return ctx


def story(data: GuardianLetterData, c: Composer) -> list[Flowable]:
    worked_on = [c.fill("worked_on_item", date=c.fmt_date(s.held_on), mode=clean_text(s.mode),
                        summary=s.summary) for s in data.worked_on]
    next_line = "next_appointment_text" if data.next_appointment else "next_appointment_none"
    closing = [*c.paras("closing")]
    if c.context["counselor_name"] or c.context["counselor_phone"]:
        closing.append(c.para(c.fill("contact_line")))
    return [
        *c.letterhead(data.center, data.header),
        *c.title(),
        *c.salutation(),
        *c.paras("intro"),
        *c.heading("heading_sessions"),
        c.para(c.fill("sessions_text")),
        *c.heading("heading_worked_on"),
        *c.numbered(worked_on, "worked_on_empty"),
        # Goal tables may run over a page (the header row repeats), but not from its foot.
        *c.heading("heading_progress", room=5),
        *c.goal_table(data.goals),
        *c.heading("heading_next"),
        *(c.numbered(data.next_steps) if data.next_steps else []),
        c.para(c.fill(next_line)),
        c.issuer_block(data.header.issued_on, closing),
        *c.copy_to(data.header),
    ]
