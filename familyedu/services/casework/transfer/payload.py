"""A case as plain JSON for another center: the minor, guardians, consents, the case and its
order, every plan revision with its goals, sessions, mandatory reports and the letters."""

from __future__ import annotations

import base64
from collections.abc import Callable
from datetime import date, datetime
from enum import Enum
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from familyedu.models import (
    Case,
    Center,
    Consent,
    GuidancePlan,
    GuidanceSession,
    MandatoryReport,
    User,
)
from familyedu.models.enums import LetterKind
from familyedu.services.casework import dto

FORMAT = 1
# The case's editable fields (those of CaseInput) and its number.
CASE_FIELDS = ("case_number", *dto.CASE_FIELDS)
MINOR_FIELDS = (
    "name", "gender", "date_of_birth", "resident_id", "school", "grade", "household_address",
    "current_address", "guardianship", "living_with", "involvement", "risk_level",
    "risk_reason", "sealed",
)
GUARDIAN_FIELDS = (
    "name", "relation", "phone", "address", "lives_with_minor", "works_where",
    "is_primary_contact", "is_order_subject", "removed",
)
PLAN_FIELDS = ("revision", "status", "needs", "interventions", "frequency", "start_on",
               "end_on", "review_on", "submitted_at", "approved_at")
GOAL_FIELDS = ("position", "domain", "description", "interventions", "target_on", "progress")
SESSION_FIELDS = ("held_at", "duration_minutes", "mode", "attendance", "minor_attended",
                  "private_notes", "shared_summary", "next_steps", "next_appointment_at",
                  "followed_up")
REPORT_FIELDS = ("reported_on", "suspected_harm", "police_station", "receipt_number",
                 "follow_up")


def plain(value: Any) -> Any:
    """A value as JSON holds it: dates in ISO form, enums by value."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    return value


def pick(obj: Any, fields: tuple[str, ...]) -> dict[str, Any]:
    """The named fields of a row as plain values."""
    return {f: plain(getattr(obj, f)) for f in fields}


def build(s: Session, case: Case, *, sent_at: datetime, sent_by: str,
          to_center: str, letters: list[dict[str, Any]],
          read_note: Callable[[str], str | None]) -> dict[str, Any]:
    """Everything of `case` a receiving center needs; `letters` carry their PDFs. Private
    notes travel readable (`read_note` decrypts them; those the sender cannot read stay)."""
    center = s.get(Center, case.center_id)
    names = {u.id: u.display_name for u in s.scalars(select(User))}
    minor = case.minor
    guardians = list(minor.guardians)
    plans = s.scalars(select(GuidancePlan).where(GuidancePlan.case_id == case.id)
                      .order_by(GuidancePlan.revision)).all()
    revisions = {p.id: p.revision for p in plans}
    sessions = s.scalars(select(GuidanceSession).where(GuidanceSession.case_id == case.id)
                         .order_by(GuidanceSession.held_at, GuidanceSession.id)).all()
    return {
        "format": FORMAT,
        "sent_at": sent_at.isoformat(),
        "from_center": center.name if center else "",
        "sent_by": sent_by,
        "to_center": to_center,
        "case": {**pick(case, CASE_FIELDS), "next_review_on": plain(case.next_review_on)},
        "minor": pick(minor, MINOR_FIELDS),
        "guardians": [{"key": g.id, **pick(g, GUARDIAN_FIELDS)} for g in guardians],
        "consents": [{"guardian": c.guardian_id, "given_by": c.given_by,
                      "given_on": plain(c.given_on), "scope": c.scope,
                      "withdrawn_on": plain(c.withdrawn_on),
                      "withdrawal_reason": c.withdrawal_reason}
                     for c in s.scalars(select(Consent).where(Consent.minor_id == minor.id)
                                        .order_by(Consent.id))],
        "plans": [{**pick(p, PLAN_FIELDS), "created_by": names.get(p.created_by_id, ""),
                   "approved_by": names.get(p.approved_by_id or 0, ""),
                   "supersedes": revisions.get(p.supersedes_id or 0),
                   "goals": [{"key": g.id, **pick(g, GOAL_FIELDS)} for g in p.goals]}
                  for p in plans],
        "sessions": [{**pick(x, SESSION_FIELDS),
                      "private_notes": read_note(x.private_notes) or "",
                      "counselor": names.get(x.counselor_id, ""),
                      "guardians": sorted(g.guardian_id for g in x.guardians_present),
                      "ratings": sorted([r.goal_id, r.rating] for r in x.ratings)}
                     for x in sessions],
        "reports": [{**pick(r, REPORT_FIELDS), "reported_by": names.get(r.reported_by_id, "")}
                    for r in s.scalars(select(MandatoryReport)
                                       .where(MandatoryReport.case_id == case.id)
                                       .order_by(MandatoryReport.id))],
        "letters": letters,
    }


def letter_entry(reference: str, kind: LetterKind, issued_at: datetime, recipient: str,
                 sha256: str, pdf: bytes) -> dict[str, Any]:
    """An issued letter as the transfer file carries it (the PDF in base64)."""
    return {"reference": reference, "kind": kind.value, "issued_at": issued_at.isoformat(),
            "recipient": recipient, "sha256": sha256,
            "pdf": base64.b64encode(pdf).decode("ascii")}

