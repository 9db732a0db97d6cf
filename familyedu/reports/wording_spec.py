"""Which wording keys each document kind needs and which placeholders each key may use."""

from __future__ import annotations

from dataclasses import dataclass

from familyedu.models.enums import LetterKind

KINDS = ("guardian", "authority", "plan", "completion", "notice", "statistics")


@dataclass(frozen=True)
class KeySpec:
    """A wording key: a single text or a list of paragraphs, and its own extra placeholders."""

    is_list: bool = False
    extra: frozenset[str] = frozenset()
    length: int | None = None  # exact list length, e.g. five progress levels
    # Added after centers had saved their own wording: a template without it takes the
    # shipped default's text, so saved templates and the register's snapshots still load.
    optional: bool = False


TEXT = KeySpec()
PARAGRAPHS = KeySpec(is_list=True)


def _extra(*names: str) -> KeySpec:
    return KeySpec(extra=frozenset(names))


COMMON_PLACEHOLDERS = frozenset(
    {"center_name", "center_address", "center_phone", "reference", "issued_on", "recipient"}
)

COMMON_KEYS: dict[str, KeySpec] = {
    "title": TEXT,
    "salutation": TEXT,
    "issuer": TEXT,
    "confidentiality": TEXT,
    "sealed_mark": TEXT,
    "page_footer": _extra("page", "pages"),
    "copy_to_label": TEXT,
    "none_text": TEXT,
}

_GOAL_TABLE: dict[str, KeySpec] = {
    "heading_progress": TEXT,
    "col_domain": TEXT,
    "col_goal": TEXT,
    "col_progress": TEXT,
    "progress_levels": KeySpec(is_list=True, length=5),
}

_SIGNATURES: dict[str, KeySpec] = {
    "sign_counselor": TEXT,
    "sign_supervisor": TEXT,
    "sign_date": TEXT,
}

KIND_PLACEHOLDERS: dict[LetterKind, frozenset[str]] = {
    LetterKind.GUARDIAN: frozenset({
        "minor_name", "guardian_names", "period_start", "period_end", "sessions_held",
        "sessions_missed", "hours_done", "counselor_name", "counselor_phone", "next_appointment",
    }),
    LetterKind.AUTHORITY: frozenset({
        "minor_name", "guardian_names", "order_type", "order_number", "order_issued_on",
        "order_name", "order_issued_when", "period_start", "period_end", "sessions_required",
        "hours_required", "deadline", "deadline_clause",
        "sessions_done", "sessions_missed", "hours_done", "attendance_rate", "counselor_name",
        "supervisor_name", "requirement",
    }),
    LetterKind.PLAN: frozenset({
        "minor_name", "guardian_names", "counselor_name", "supervisor_name", "frequency",
        "start_on", "review_on", "end_on", "revision",
    }),
    LetterKind.COMPLETION: frozenset({
        "minor_name", "guardian_names", "period_start", "period_end", "closure_reason",
        "order_type", "order_number", "order_name", "hours_required", "hours_done",
        "sessions_done",
        "sessions_missed", "counselor_name", "supervisor_name", "sessions_required",
        "requirement",
    }),
    LetterKind.NOTICE: frozenset({
        "minor_name", "guardian_names", "order_type", "order_number", "order_name",
        "hours_required", "hours_done", "hours_remaining", "sessions_missed", "missed_dates",
        "deadline", "deadline_by", "respond_by", "counselor_name", "counselor_phone",
        "sessions_required",
        "sessions_done",
        "requirement", "done", "remaining",
    }),
    LetterKind.STATISTICS: frozenset({
        "period_start", "period_end", "cases_open", "cases_new", "cases_closed",
        "sessions_held", "sessions_missed", "hours_done", "orders_due", "orders_on_time",
        "orders_late", "orders_open", "on_time_rate",
    }),
}

KIND_KEYS: dict[LetterKind, dict[str, KeySpec]] = {
    LetterKind.GUARDIAN: {
        "intro": PARAGRAPHS,
        "heading_sessions": TEXT,
        "sessions_text": TEXT,
        "heading_worked_on": TEXT,
        "worked_on_item": _extra("date", "mode", "summary"),
        "worked_on_empty": TEXT,
        **_GOAL_TABLE,
        "heading_next": TEXT,
        "next_appointment_text": TEXT,
        "next_appointment_none": TEXT,
        "closing": PARAGRAPHS,
        "contact_line": TEXT,
    },
    LetterKind.AUTHORITY: {
        "intro": PARAGRAPHS,
        "heading_overview": TEXT,
        "overview_text": PARAGRAPHS,
        **_GOAL_TABLE,
        "heading_assessment": TEXT,
        "assessment_empty": TEXT,
        "heading_sessions": TEXT,
        "col_index": TEXT,
        "col_date": TEXT,
        "col_mode": TEXT,
        "col_duration": TEXT,
        "col_attendance": TEXT,
        "duration_cell": _extra("minutes"),
        "closing": PARAGRAPHS,
        **_SIGNATURES,
        "not_specified": TEXT,
    },
    LetterKind.PLAN: {
        "intro": PARAGRAPHS,
        "heading_needs": TEXT,
        "heading_goals": TEXT,
        "col_domain": TEXT,
        "col_goal": TEXT,
        "col_target_date": TEXT,
        "heading_interventions": TEXT,
        "heading_schedule": TEXT,
        "schedule_text": PARAGRAPHS,
        "heading_signatures": TEXT,
        "sign_guardian": _extra("name"),
        **_SIGNATURES,
        "not_specified": TEXT,
    },
    LetterKind.COMPLETION: {
        "intro_order": PARAGRAPHS,
        "intro_voluntary": PARAGRAPHS,
        "heading_overview": TEXT,
        "overview_text": PARAGRAPHS,
        **_GOAL_TABLE,
        "heading_outcome": TEXT,
        "outcome_empty": TEXT,
        "heading_recommendations": TEXT,
        "closing": PARAGRAPHS,
        **_SIGNATURES,
        "not_specified": TEXT,
    },
    LetterKind.NOTICE: {
        "body_reminder": PARAGRAPHS,
        "body_non_compliance": PARAGRAPHS,
        "closing": PARAGRAPHS,
        "contact_line": TEXT,
        "heading_receipt": TEXT,
        "receipt_text": PARAGRAPHS,
        "sign_receipt": TEXT,
        "sign_date": TEXT,
        "not_specified": TEXT,
    },
    LetterKind.STATISTICS: {
        "intro": PARAGRAPHS,
        "heading_cases": TEXT,
        "cases_text": PARAGRAPHS,
        "heading_situation": TEXT,
        "heading_involvement": TEXT,
        "heading_referral": TEXT,
        "heading_modes": TEXT,
        "col_category": TEXT,
        "col_count": TEXT,
        "col_share": TEXT,
        "total_label": TEXT,
        "heading_sessions": TEXT,
        "sessions_text": PARAGRAPHS,
        "heading_orders": TEXT,
        "orders_text": PARAGRAPHS,
        "deidentified_note": TEXT,
        # Small-count suppression (familyedu.reports.small_counts), added later.
        "suppression_note": KeySpec(optional=True),
        "withheld_label": KeySpec(optional=True),
        "orders_text_partial": KeySpec(is_list=True, optional=True),
        "orders_text_total": KeySpec(is_list=True, optional=True),
    },
}


def keys_for(kind: LetterKind) -> dict[str, KeySpec]:
    """Every key a wording of this kind must define."""
    if kind not in KIND_KEYS:
        raise ValueError(f"unknown document kind {kind!r}; expected one of {KINDS}")
    return {**COMMON_KEYS, **KIND_KEYS[kind]}


def placeholders_for(kind: LetterKind, key: str) -> frozenset[str]:
    """Placeholders allowed in one key of one kind."""
    return COMMON_PLACEHOLDERS | KIND_PLACEHOLDERS[kind] | keys_for(kind)[key].extra
