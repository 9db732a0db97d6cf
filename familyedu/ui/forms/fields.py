"""Translated names of the services' fields (audit actions and record kinds: ui/labels)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from familyedu.services.core.messages import QT_TRANSLATE_NOOP


def _tr(text: str) -> str:
    return QCoreApplication.translate("Fields", text)


# Each service field by its last dotted part (guardians.0.phone is "phone").
FIELD_LABELS = {
    "name": QT_TRANSLATE_NOOP("Fields", "Name"),
    "gender": QT_TRANSLATE_NOOP("Fields", "Gender"),
    "date_of_birth": QT_TRANSLATE_NOOP("Fields", "Date of birth"),
    "age": QT_TRANSLATE_NOOP("Fields", "Age"),
    "resident_id": QT_TRANSLATE_NOOP("Fields", "Resident ID number"),
    "school": QT_TRANSLATE_NOOP("Fields", "School"),
    "grade": QT_TRANSLATE_NOOP("Fields", "Grade"),
    "household_address": QT_TRANSLATE_NOOP("Fields", "Registered address"),
    "current_address": QT_TRANSLATE_NOOP("Fields", "Current address"),
    "guardianship": QT_TRANSLATE_NOOP("Fields", "Guardianship situation"),
    "living_with": QT_TRANSLATE_NOOP("Fields", "Living with"),
    "involvement": QT_TRANSLATE_NOOP("Fields", "Involvement"),
    "risk_level": QT_TRANSLATE_NOOP("Fields", "Risk"),
    "risk_reason": QT_TRANSLATE_NOOP("Fields", "Reason for the risk"),
    "sealed": QT_TRANSLATE_NOOP("Fields", "Sealed record"),
    "relation": QT_TRANSLATE_NOOP("Fields", "Relation"),
    "phone": QT_TRANSLATE_NOOP("Fields", "Phone"),
    "address": QT_TRANSLATE_NOOP("Fields", "Address"),
    "lives_with_minor": QT_TRANSLATE_NOOP("Fields", "Lives with the minor"),
    "works_where": QT_TRANSLATE_NOOP("Fields", "Works where"),
    "is_primary_contact": QT_TRANSLATE_NOOP("Fields", "Primary contact"),
    "is_order_subject": QT_TRANSLATE_NOOP("Fields", "Named in the order"),
    "referral_source": QT_TRANSLATE_NOOP("Fields", "Referral source"),
    "referring_authority": QT_TRANSLATE_NOOP("Fields", "Referring authority"),
    "order_type": QT_TRANSLATE_NOOP("Fields", "Order type"),
    "order_document_number": QT_TRANSLATE_NOOP("Fields", "Document number"),
    "order_issued_on": QT_TRANSLATE_NOOP("Fields", "Issued on"),
    "order_hours_required": QT_TRANSLATE_NOOP("Fields", "Hours required"),
    "order_sessions_required": QT_TRANSLATE_NOOP("Fields", "Sessions required"),
    "order_due_on": QT_TRANSLATE_NOOP("Fields", "Due by"),
    "feedback_recipient": QT_TRANSLATE_NOOP("Fields", "Feedback to"),
    "feedback_interval_days": QT_TRANSLATE_NOOP("Fields", "Feedback every (days)"),
    "session_interval_days": QT_TRANSLATE_NOOP("Fields", "Session every (days)"),
    "opened_on": QT_TRANSLATE_NOOP("Fields", "Opened on"),
    "assigned_counselor_id": QT_TRANSLATE_NOOP("Fields", "Counselor"),
    "closure_outcome": QT_TRANSLATE_NOOP("Fields", "Outcome"),
    "outcome": QT_TRANSLATE_NOOP("Fields", "Outcome"),
    "closed_on": QT_TRANSLATE_NOOP("Fields", "Closed on"),
    "closure_note": QT_TRANSLATE_NOOP("Fields", "Note"),
    "status": QT_TRANSLATE_NOOP("Fields", "Status"),
    "needs": QT_TRANSLATE_NOOP("Fields", "Needs found at intake"),
    "interventions": QT_TRANSLATE_NOOP("Fields", "Interventions"),
    "frequency": QT_TRANSLATE_NOOP("Fields", "Frequency"),
    "start_on": QT_TRANSLATE_NOOP("Fields", "Start"),
    "end_on": QT_TRANSLATE_NOOP("Fields", "End"),
    "review_on": QT_TRANSLATE_NOOP("Fields", "Review date"),
    "revision": QT_TRANSLATE_NOOP("Fields", "Revision"),
    "goals": QT_TRANSLATE_NOOP("Fields", "Goals"),
    "domain": QT_TRANSLATE_NOOP("Fields", "Domain"),
    "description": QT_TRANSLATE_NOOP("Fields", "Goal"),
    "target_on": QT_TRANSLATE_NOOP("Fields", "Target date"),
    "progress": QT_TRANSLATE_NOOP("Fields", "Progress"),
    "held_at": QT_TRANSLATE_NOOP("Fields", "Date and time"),
    "duration_minutes": QT_TRANSLATE_NOOP("Fields", "Duration (minutes)"),
    "mode": QT_TRANSLATE_NOOP("Fields", "Mode"),
    "attendance": QT_TRANSLATE_NOOP("Fields", "Attendance"),
    "minor_attended": QT_TRANSLATE_NOOP("Fields", "The minor attended"),
    "guardian_ids": QT_TRANSLATE_NOOP("Fields", "Who came"),
    "ratings": QT_TRANSLATE_NOOP("Fields", "Goals worked on"),
    "private_notes": QT_TRANSLATE_NOOP("Fields", "Private notes"),
    "shared_summary": QT_TRANSLATE_NOOP("Fields", "Summary for the family"),
    "next_steps": QT_TRANSLATE_NOOP("Fields", "Next steps"),
    "next_appointment_at": QT_TRANSLATE_NOOP("Fields", "Next appointment"),
    "followed_up": QT_TRANSLATE_NOOP("Fields", "Followed up"),
    "reported_on": QT_TRANSLATE_NOOP("Fields", "Reported on"),
    "suspected_harm": QT_TRANSLATE_NOOP("Fields", "Suspected harm"),
    "police_station": QT_TRANSLATE_NOOP("Fields", "Police station"),
    "receipt_number": QT_TRANSLATE_NOOP("Fields", "Receipt number"),
    "follow_up": QT_TRANSLATE_NOOP("Fields", "Follow-up"),
    "given_by": QT_TRANSLATE_NOOP("Fields", "Given by"),
    "given_on": QT_TRANSLATE_NOOP("Fields", "Given on"),
    "scope": QT_TRANSLATE_NOOP("Fields", "Scope"),
    "withdrawn_on": QT_TRANSLATE_NOOP("Fields", "Withdrawn on"),
    "withdrawal_reason": QT_TRANSLATE_NOOP("Fields", "Reason for withdrawal"),
    "reason": QT_TRANSLATE_NOOP("Fields", "Reason"),
    "case_number": QT_TRANSLATE_NOOP("Fields", "Case number"),
    "closed": QT_TRANSLATE_NOOP("Fields", "Closed"),
    "reopened": QT_TRANSLATE_NOOP("Fields", "Reopened"),
    "sealed_reason": QT_TRANSLATE_NOOP("Fields", "Reason for opening a sealed record"),
    # A transfer's audit entry (#17).
    "to_center": QT_TRANSLATE_NOOP("Fields", "Receiving center"),
    "from_center": QT_TRANSLATE_NOOP("Fields", "Sending center"),
    "from_case_number": QT_TRANSLATE_NOOP("Fields", "Their case number"),
    "sha256": QT_TRANSLATE_NOOP("Fields", "File checksum (SHA-256)"),
    "size": QT_TRANSLATE_NOOP("Fields", "File size (bytes)"),
    "sessions": QT_TRANSLATE_NOOP("Fields", "Sessions"),
    "plans": QT_TRANSLATE_NOOP("Fields", "Plan revisions"),
    "reports": QT_TRANSLATE_NOOP("Fields", "Mandatory reports"),
    "letters": QT_TRANSLATE_NOOP("Fields", "Issued letters"),
    "transfer": QT_TRANSLATE_NOOP("Fields", "Part of a transfer"),
}


def field_label(name: str) -> str:
    """'guardians.0.phone' -> 'Phone'; an unknown name is shown as it is."""
    base = name.rsplit(".", 1)[-1]
    return _tr(FIELD_LABELS[base]) if base in FIELD_LABELS else name
