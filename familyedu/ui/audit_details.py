"""An audit entry's details in words, for the case history and the audit viewer.

The services write each entry's details as JSON with English keys and stored codes; a reader
sees "Field: before → after" lines in the interface's language. A key or code this version
does not know (a newer database's) is shown as it is, never dropped.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Collection
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from familyedu.models.enums import (
    Attendance,
    CaseStatus,
    CategoryKind,
    ClosureOutcome,
    Gender,
    LetterKind,
    OrderType,
    PlanStatus,
    RiskLevel,
    Role,
    SessionMode,
)
from familyedu.services.admin.backup_checks import AccountChange
from familyedu.services.core.field_crypto import REDACTED
from familyedu.services.core.messages import QT_TRANSLATE_NOOP
from familyedu.ui import formatting, labels
from familyedu.ui.forms.fields import FIELD_LABELS, field_label
from familyedu.ui.forms.punctuation import labelled, listing
from familyedu.ui.forms.widgets import Vocab

_CONTEXT = "AuditDetails"
_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?)?$")
# A refusal's "detail" as the services write it (in English, for a log): "role supervisor",
# "case 17", "admin holds no cases" — read back into words.
_REFUSAL_RECORD = re.compile(r"^(case|letter|minor|user|import) (\d+)$")
_REFUSAL_ROLE = re.compile(r"^role (\w+)$")
# Keys that say nothing to a counselor reading a case's history (ids, the length of private
# notes). "by" (which part of familyedu read a sealed record) is for auditors, in the viewer.
HISTORY_HIDDEN = frozenset({"minor_id", "step", "private_notes_length", "action", "detail", "by"})

# Keys the audit trail writes besides the record's own fields (those are FIELD_LABELS), and the
# keys of the small tables inside some entries (an export's filters, demo data's counts).
AUDIT_LABELS = {
    # what an edit changed and what a new record held (shown field by field when well formed)
    "changes": QT_TRANSLATE_NOOP("AuditDetails", "Changes"),
    "after": QT_TRANSLATE_NOOP("AuditDetails", "Entered"),
    # the center's settings
    "postcode": QT_TRANSLATE_NOOP("AuditDetails", "Postcode"),
    "logo_png": QT_TRANSLATE_NOOP("AuditDetails", "Logo"),
    "default_language": QT_TRANSLATE_NOOP("AuditDetails", "Language of letters"),
    "reference_prefix": QT_TRANSLATE_NOOP("AuditDetails", "Letter reference prefix"),
    "idle_lock_minutes": QT_TRANSLATE_NOOP("AuditDetails", "Lock the screen after (minutes)"),
    "backups_to_keep": QT_TRANSLATE_NOOP("AuditDetails", "Automatic backups kept"),
    # sign-in, accounts, recovery
    "role": QT_TRANSLATE_NOOP("AuditDetails", "Role"),
    "setup": QT_TRANSLATE_NOOP("AuditDetails", "Set up the center"),
    "demo": QT_TRANSLATE_NOOP("AuditDetails", "Demonstration data"),
    "failures": QT_TRANSLATE_NOOP("AuditDetails", "Failed attempts in a row"),
    "stage": QT_TRANSLATE_NOOP("AuditDetails", "Refused at"),
    "created": QT_TRANSLATE_NOOP("AuditDetails", "Account created"),
    "reset_by_admin": QT_TRANSLATE_NOOP("AuditDetails", "Reset by the administrator"),
    "active": QT_TRANSLATE_NOOP("AuditDetails", "Active"),
    "recovery_code": QT_TRANSLATE_NOOP("AuditDetails", "Recovery code"),
    "field_keys": QT_TRANSLATE_NOOP("AuditDetails", "Field keys"),
    "keys": QT_TRANSLATE_NOOP("AuditDetails", "Keys"),
    "grant": QT_TRANSLATE_NOOP("AuditDetails", "Reason for opening sealed records"),
    "by": QT_TRANSLATE_NOOP("AuditDetails", "Read by (part of the program)"),
    "action": QT_TRANSLATE_NOOP("AuditDetails", "Refused action"),  # a refusal's entry
    "filters.action": QT_TRANSLATE_NOOP("AuditDetails", "Action"),  # an export's filter
    "detail": QT_TRANSLATE_NOOP("AuditDetails", "Detail"),
    # backups and restores
    "file": QT_TRANSLATE_NOOP("AuditDetails", "File"),
    "automatic": QT_TRANSLATE_NOOP("AuditDetails", "Automatic"),
    "audit_head": QT_TRANSLATE_NOOP("AuditDetails", "Last audit entry in the file"),
    "backup_created_at": QT_TRANSLATE_NOOP("AuditDetails", "Backup made"),
    "replaced_by_backup": QT_TRANSLATE_NOOP("AuditDetails", "Replaced by the backup"),
    "replaced_audit_head": QT_TRANSLATE_NOOP("AuditDetails", "Last audit entry replaced"),
    "account_changes": QT_TRANSLATE_NOOP("AuditDetails", "Account changes"),
    "kept_aside": QT_TRANSLATE_NOOP("AuditDetails", "Previous database kept as"),
    "id": QT_TRANSLATE_NOOP("AuditDetails", "Entry no."),
    "hash": QT_TRANSLATE_NOOP("AuditDetails", "Hash"),
    # exports
    "what": QT_TRANSLATE_NOOP("AuditDetails", "Exported"),
    "deidentified": QT_TRANSLATE_NOOP("AuditDetails", "De-identified"),
    "omitted_sealed": QT_TRANSLATE_NOOP("AuditDetails", "Sealed records left out"),
    "k": QT_TRANSLATE_NOOP("AuditDetails", "Smallest group shown (k)"),
    "suppressed": QT_TRANSLATE_NOOP("AuditDetails", "Values suppressed"),
    "filters": QT_TRANSLATE_NOOP("AuditDetails", "Filters"),
    "format": QT_TRANSLATE_NOOP("AuditDetails", "Format"),
    "rows": QT_TRANSLATE_NOOP("AuditDetails", "Rows"),
    "protected": QT_TRANSLATE_NOOP("AuditDetails", "Password-protected"),
    "username": QT_TRANSLATE_NOOP("AuditDetails", "Who"),
    "from": QT_TRANSLATE_NOOP("AuditDetails", "From"),
    "to": QT_TRANSLATE_NOOP("AuditDetails", "To"),
    # categories, letters, wording
    "kind": QT_TRANSLATE_NOOP("AuditDetails", "Kind"),
    "code": QT_TRANSLATE_NOOP("AuditDetails", "Code"),
    "before": QT_TRANSLATE_NOOP("AuditDetails", "Before"),
    "label_zh": QT_TRANSLATE_NOOP("AuditDetails", "Chinese label"),
    "label_en": QT_TRANSLATE_NOOP("AuditDetails", "English label"),
    "reference": QT_TRANSLATE_NOOP("AuditDetails", "Reference"),
    "reprint": QT_TRANSLATE_NOOP("AuditDetails", "Reprint"),
    "supersedes": QT_TRANSLATE_NOOP("AuditDetails", "Replaces"),
    "language": QT_TRANSLATE_NOOP("AuditDetails", "Language"),
    # imports, plans, sessions, cases
    "new": QT_TRANSLATE_NOOP("AuditDetails", "New cases"),
    "duplicates": QT_TRANSLATE_NOOP("AuditDetails", "Duplicates"),
    "errors": QT_TRANSLATE_NOOP("AuditDetails", "Rows with errors"),
    "counselor_id": QT_TRANSLATE_NOOP("AuditDetails", "Counselor (user no.)"),
    "case_ids": QT_TRANSLATE_NOOP("AuditDetails", "Cases (record nos.)"),
    "removed": QT_TRANSLATE_NOOP("AuditDetails", "Removed"),
    "minor_id": QT_TRANSLATE_NOOP("AuditDetails", "Minor (record no.)"),
    "step": QT_TRANSLATE_NOOP("AuditDetails", "Step"),
    "comment": QT_TRANSLATE_NOOP("AuditDetails", "Comment"),
    "private_notes_length": QT_TRANSLATE_NOOP("AuditDetails", "Length of the private notes"),
    # demo data and its counts, one per table
    "seed": QT_TRANSLATE_NOOP("AuditDetails", "Seed"),
    "minors": QT_TRANSLATE_NOOP("AuditDetails", "Minors"),
    "counts": QT_TRANSLATE_NOOP("AuditDetails", "Records added"),
    "accounts": QT_TRANSLATE_NOOP("AuditDetails", "Accounts"),
    "open_cases": QT_TRANSLATE_NOOP("AuditDetails", "Open cases"),
    "closed_cases": QT_TRANSLATE_NOOP("AuditDetails", "Closed cases"),
    "sealed_minors": QT_TRANSLATE_NOOP("AuditDetails", "Sealed records"),
    "guardians": QT_TRANSLATE_NOOP("AuditDetails", "Guardians"),
    "consents": QT_TRANSLATE_NOOP("AuditDetails", "Consents"),
    "cases": QT_TRANSLATE_NOOP("AuditDetails", "Cases"),
    "guidance_plans": QT_TRANSLATE_NOOP("AuditDetails", "Plan revisions"),
    "guidance_sessions": QT_TRANSLATE_NOOP("AuditDetails", "Sessions"),
    "session_guardians": QT_TRANSLATE_NOOP("AuditDetails", "Guardians at sessions"),
    "session_goal_ratings": QT_TRANSLATE_NOOP("AuditDetails", "Goal ratings"),
    "mandatory_reports": QT_TRANSLATE_NOOP("AuditDetails", "Mandatory reports"),
}

_LANGUAGES = {"zh_CN": QT_TRANSLATE_NOOP("AuditDetails", "Simplified Chinese"),
              "en": QT_TRANSLATE_NOOP("AuditDetails", "English")}
# Stored codes of the audit trail's own keys, by key.
_CODES = {
    "reason": {
        "unknown_user": QT_TRANSLATE_NOOP("AuditDetails", "no such account"),
        "disabled": QT_TRANSLATE_NOOP("AuditDetails", "account disabled"),
        "locked": QT_TRANSLATE_NOOP("AuditDetails", "account locked"),
        "wrong_password": QT_TRANSLATE_NOOP("AuditDetails", "wrong password"),
    },
    "stage": {"key_file": QT_TRANSLATE_NOOP("AuditDetails", "the database key file")},
    "what": {"cases": QT_TRANSLATE_NOOP("AuditDetails", "the case list"),
             "audit": QT_TRANSLATE_NOOP("AuditDetails", "the audit trail")},
    "format": {"xlsx": QT_TRANSLATE_NOOP("AuditDetails", "Excel workbook"),
               "csv": QT_TRANSLATE_NOOP("AuditDetails", "CSV")},
    "recovery_code": {"created": QT_TRANSLATE_NOOP("AuditDetails", "created"),
                      "replaced": QT_TRANSLATE_NOOP("AuditDetails", "replaced")},
    "field_keys": {"restored_from_escrow": QT_TRANSLATE_NOOP(
        "AuditDetails", "restored with the recovery code")},
    "language": _LANGUAGES,
    "default_language": _LANGUAGES,
    "step": {
        "submit_plan": QT_TRANSLATE_NOOP("AuditDetails", "submitted for approval"),
        "approve_plan": QT_TRANSLATE_NOOP("AuditDetails", "approved"),
        "return_plan": QT_TRANSLATE_NOOP("AuditDetails", "returned to draft"),
        "review_plan": QT_TRANSLATE_NOOP("AuditDetails", "put under review"),
        "complete_plan": QT_TRANSLATE_NOOP("AuditDetails", "completed"),
    },
}
# What a refused user tried to do (PermissionDenied.action; the services' names for it).
_REFUSED = {
    "add_report": QT_TRANSLATE_NOOP("AuditDetails", "record a mandatory report"),
    "approval_queue": QT_TRANSLATE_NOOP("AuditDetails", "see the plans awaiting approval"),
    "approve_plan": QT_TRANSLATE_NOOP("AuditDetails", "approve a plan"),
    "assign_case": QT_TRANSLATE_NOOP("AuditDetails", "assign a case to a counselor"),
    "backup": QT_TRANSLATE_NOOP("AuditDetails", "make a backup"),
    "close_case": QT_TRANSLATE_NOOP("AuditDetails", "close a case"),
    "complete_plan": QT_TRANSLATE_NOOP("AuditDetails", "complete a plan"),
    "create_user": QT_TRANSLATE_NOOP("AuditDetails", "create an account"),
    "disable_user": QT_TRANSLATE_NOOP("AuditDetails", "disable or enable an account"),
    "edit_case": QT_TRANSLATE_NOOP("AuditDetails", "edit a case"),
    "edit_categories": QT_TRANSLATE_NOOP("AuditDetails", "edit the lists"),
    "edit_center": QT_TRANSLATE_NOOP("AuditDetails", "edit the center's settings"),
    "edit_minor": QT_TRANSLATE_NOOP("AuditDetails", "edit a minor's record"),
    "edit_plan": QT_TRANSLATE_NOOP("AuditDetails", "edit a plan"),
    "edit_report": QT_TRANSLATE_NOOP("AuditDetails", "edit a mandatory report"),
    "edit_session": QT_TRANSLATE_NOOP("AuditDetails", "edit a session"),
    "edit_wording": QT_TRANSLATE_NOOP("AuditDetails", "edit letter wording"),
    "encrypt_fields": QT_TRANSLATE_NOOP("AuditDetails", "encrypt notes and sealed records"),
    "export_cases": QT_TRANSLATE_NOOP("AuditDetails", "export the case list"),
    "import": QT_TRANSLATE_NOOP("AuditDetails", "import a register"),
    "list_users": QT_TRANSLATE_NOOP("AuditDetails", "list the accounts"),
    "log_session": QT_TRANSLATE_NOOP("AuditDetails", "log a session"),
    "open_case": QT_TRANSLATE_NOOP("AuditDetails", "open a new case"),
    "plan_outcomes": QT_TRANSLATE_NOOP("AuditDetails", "see plan decisions"),
    "print_letter": QT_TRANSLATE_NOOP("AuditDetails", "issue a letter"),
    "print_statistics": QT_TRANSLATE_NOOP("AuditDetails", "issue the statistics"),
    "read_audit": QT_TRANSLATE_NOOP("AuditDetails", "read the audit trail"),
    "read_case": QT_TRANSLATE_NOOP("AuditDetails", "read a case"),
    "read_minor": QT_TRANSLATE_NOOP("AuditDetails", "read a minor's record"),
    "reassign_case": QT_TRANSLATE_NOOP("AuditDetails", "reassign a case"),
    "receive_transfer": QT_TRANSLATE_NOOP("AuditDetails", "take in a transferred case"),
    "reopen_case": QT_TRANSLATE_NOOP("AuditDetails", "reopen a case"),
    "replace_recovery_code": QT_TRANSLATE_NOOP("AuditDetails", "replace the recovery code"),
    "reprint_letter": QT_TRANSLATE_NOOP("AuditDetails", "reprint a letter"),
    "reset_password": QT_TRANSLATE_NOOP("AuditDetails", "reset a password"),
    "restore": QT_TRANSLATE_NOOP("AuditDetails", "restore a backup"),
    "restore_field_keys": QT_TRANSLATE_NOOP("AuditDetails", "restore the field keys"),
    "return_plan": QT_TRANSLATE_NOOP("AuditDetails", "return a plan"),
    "review_plan": QT_TRANSLATE_NOOP("AuditDetails", "start a plan review"),
    "seal_record": QT_TRANSLATE_NOOP("AuditDetails", "seal or unseal a record"),
    "sealed_access": QT_TRANSLATE_NOOP("AuditDetails", "open a sealed record"),
    "submit_plan": QT_TRANSLATE_NOOP("AuditDetails", "submit a plan"),
    "transfer_case": QT_TRANSLATE_NOOP("AuditDetails", "transfer a case"),
    "undo_import": QT_TRANSLATE_NOOP("AuditDetails", "undo an import"),
    "verify_audit": QT_TRANSLATE_NOOP("AuditDetails", "check the audit chain"),
}
_CATEGORY_OF = {
    "guardianship": CategoryKind.GUARDIANSHIP, "living_with": CategoryKind.LIVING,
    "involvement": CategoryKind.INVOLVEMENT, "referral_source": CategoryKind.REFERRAL,
    "relation": CategoryKind.RELATION, "domain": CategoryKind.GOAL_DOMAIN,
}
_ENUM_OF: dict[str, tuple[type[Any], Callable[[Any], str]]] = {
    "gender": (Gender, labels.gender), "risk_level": (RiskLevel, labels.risk),
    "order_type": (OrderType, labels.order_type), "mode": (SessionMode, labels.session_mode),
    "attendance": (Attendance, labels.attendance),
    "closure_outcome": (ClosureOutcome, labels.closure_outcome),
    "outcome": (ClosureOutcome, labels.closure_outcome),
    "role": (Role, labels.role),
}

Values = Callable[[str, Any], str]


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def is_labelled(key: str) -> bool:
    """Whether a details key has words of its own (else it is shown as it is)."""
    base = key.rsplit(".", 1)[-1]
    return key in AUDIT_LABELS or base in FIELD_LABELS or base in AUDIT_LABELS


def key_label(key: str) -> str:
    """A details key ('filters.action' inside a small table) in words; shown as it is when
    this version has none."""
    base = key.rsplit(".", 1)[-1]
    if key in AUDIT_LABELS:
        return _tr(AUDIT_LABELS[key])
    if base in FIELD_LABELS:
        return field_label(base)
    return _tr(AUDIT_LABELS[base]) if base in AUDIT_LABELS else key


def refused_action(code: str) -> str:
    """What a refused user tried to do, in words; a name this version lacks as it is."""
    return _tr(_REFUSED[code]) if code in _REFUSED else code


def refusal_detail(text: str) -> str:
    """Why or on what a user was refused, in words; a text this version cannot read back
    is shown as stored."""
    if text == "admin holds no cases":
        return _tr("an administrator holds no cases")
    if record := _REFUSAL_RECORD.match(text):
        # The record kinds' words, as the viewer's Record column writes them ("案件 17").
        return f"{labels.entity_type(record[1])} {record[2]}"
    if role := _REFUSAL_ROLE.match(text):
        try:
            return _tr("as %1").replace("%1", labels.role(Role(role[1])))
        except ValueError:
            return text
    return text


def account_change_text(change: AccountChange, *, done: bool = False) -> str:
    """One account a restore would change (the consent question) or changed (`done`: the
    restore's audit entry), in the user's words; a change this version does not know is
    the account's name alone."""
    tr = QCoreApplication.translate
    if done:
        texts = {
            "returns": tr("BackupPanel", "{user}: came back (it existed only in the backup)"),
            "disappears": tr("BackupPanel", "{user}: disappeared (it was created after the "
                                            "backup)"),
            "enabled_again": tr("BackupPanel", "{user}: became active again"),
            "disabled_again": tr("BackupPanel", "{user}: was disabled again"),
            "role": tr("BackupPanel", "{user}: got its former role back"),
            "old_password": tr("BackupPanel", "{user}: got back its password of the time of "
                                              "the backup"),
        }
    else:
        texts = {
            "returns": tr("BackupPanel", "{user}: comes back (it exists only in the backup)"),
            "disappears": tr("BackupPanel", "{user}: disappears (it was created after the "
                                            "backup)"),
            "enabled_again": tr("BackupPanel", "{user}: becomes active again (it is disabled "
                                               "now)"),
            "disabled_again": tr("BackupPanel", "{user}: is disabled again (it is active now)"),
            "role": tr("BackupPanel", "{user}: gets its former role back"),
            "old_password": tr("BackupPanel", "{user}: gets back its password of the time of "
                                              "the backup"),
        }
    return texts.get(change.change, "{user}").format(user=change.username)


def _kind(value: str) -> str:
    # Letters and wording name a letter kind; the lists' entries a list (the same key).
    if value in {k.value for k in LetterKind}:
        return labels.letter_kind(LetterKind(value))
    if value in {k.value for k in CategoryKind}:
        return {
            CategoryKind.GUARDIANSHIP: field_label("guardianship"),
            CategoryKind.LIVING: field_label("living_with"),
            CategoryKind.INVOLVEMENT: field_label("involvement"),
            CategoryKind.REFERRAL: field_label("referral_source"),
            CategoryKind.GOAL_DOMAIN: field_label("domain"),
            CategoryKind.RELATION: field_label("relation"),
        }[CategoryKind(value)]
    return value


class ValueText:
    """Stored values (codes, ISO dates, lists, small tables) as a reader sees them."""

    def __init__(self, vocab: Vocab) -> None:
        self._categories = {field: vocab.labels(kind) for field, kind in _CATEGORY_OF.items()}

    def __call__(self, field: str, value: Any) -> str:
        if value is None or value == "":
            return "—"
        if value == REDACTED:  # a sealed record's value: the entry keeps only that it changed
            return QCoreApplication.translate("HistoryTab", "(sealed, kept encrypted)")
        if isinstance(value, bool):
            if value:
                return QCoreApplication.translate("HistoryTab", "yes")
            return QCoreApplication.translate("HistoryTab", "no")
        if isinstance(value, list):
            return listing(self(field, item) for item in value) or "—"
        if field == "account_changes" and isinstance(value, dict) \
                and isinstance(value.get("username"), str) and isinstance(value.get("change"), str):
            # One account a restore changed (entries before 2026-12 hold a sentence instead).
            return account_change_text(AccountChange(
                value["username"], value["change"], str(value.get("before", "")),
                str(value.get("after", ""))), done=True)
        if isinstance(value, dict):
            # A small table (an export's filters, demo data's counts): "key value" pairs.
            return listing(f"{key_label(f'{field}.{k}')} {self(f'{field}.{k}', v)}"
                           for k, v in value.items() if v not in (None, "")) or "—"
        return self._scalar(field, value)

    def _scalar(self, name: str, value: Any) -> str:
        if name == "action" and isinstance(value, str):
            return refused_action(value)
        if name == "detail" and isinstance(value, str):
            return refusal_detail(value)
        if name == "filters.action" and isinstance(value, str):
            return labels.action(value)  # unknown codes come back as they are
        field = name.rsplit(".", 1)[-1]
        if field in self._categories:
            return self._categories[field](str(value))
        if field in _ENUM_OF:
            enum_cls, label = _ENUM_OF[field]
            try:
                return label(enum_cls(value))
            except ValueError:
                return str(value)
        if field == "status":
            if value in {s.value for s in PlanStatus}:
                return labels.plan_status(PlanStatus(value))
            if value in {s.value for s in CaseStatus}:
                return labels.case_status(CaseStatus(value))
        if field == "kind" and isinstance(value, str):
            return _kind(value)
        if isinstance(value, str) and value in _CODES.get(field, {}):
            return _tr(_CODES[field][value])
        if isinstance(value, str) and _ISO.match(value):
            moment = datetime.fromisoformat(value)
            if "T" in value:
                return formatting.date_time(moment)
            return formatting.long_date(moment.date())
        return str(value)


def describe_lines(details: str, value: Values,
                   hidden: Collection[str] = HISTORY_HIDDEN) -> list[str]:
    """The details JSON of an audit entry as lines of 'Field: before → after'."""
    try:
        data = json.loads(details or "{}")
    except ValueError:
        return [details]
    if not isinstance(data, dict):
        return [str(data)]
    lines: list[str] = []
    for key, item in data.items():
        if key in hidden:
            continue
        if key == "changes" and isinstance(item, dict):
            lines.extend(labelled(key_label(f), f"{value(f, pair[0])} → {value(f, pair[1])}")
                         for f, pair in item.items() if isinstance(pair, list) and len(pair) == 2)
        elif key == "after" and isinstance(item, dict):
            lines.extend(labelled(key_label(f), value(f, v)) for f, v in item.items()
                         if v not in (None, "", False) and f not in hidden
                         and f != "private_notes")
        elif key == "status" and isinstance(item, list) and len(item) == 2:
            lines.append(labelled(key_label("status"),
                                  f"{value('status', item[0])} → {value('status', item[1])}"))
        elif key == "ratings" and isinstance(item, dict):
            if item:
                text = QCoreApplication.translate("HistoryTab", "Goals rated: %1")
                lines.append(text.replace("%1", str(len(item))))
        elif item is True:
            lines.append(key_label(key))
        else:
            lines.append(labelled(key_label(key), value(key, item)))
    return lines


def describe(details: str, value: Values, hidden: Collection[str] = HISTORY_HIDDEN) -> str:
    """describe_lines, one line each."""
    return "\n".join(describe_lines(details, value, hidden))
