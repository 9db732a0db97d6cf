"""Writing and verifying the hash-chained audit trail."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import Enum, StrEnum
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from familyedu.models import AuditEvent

GENESIS = "0" * 64
# Arbitrary constant naming the PostgreSQL advisory lock that serialises chain appends.
_PG_CHAIN_LOCK = 7_311_204


class Action(StrEnum):
    """Every audit action code (stable strings stored in the trail; each one's words are in
    [audit_action] of resources/letters/<language>/labels.toml, which the screens and the
    exported trail both read, and tests/unit/test_translations.py checks that every code has
    a label in both languages)."""

    LOGIN_OK = "login_ok"
    LOGIN_FAILED = "login_failed"
    LOGOUT = "logout"
    CASE_OPENED = "case_opened"
    SEALED_ACCESS = "sealed_access"
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"
    PRINT = "print"
    EXPORT = "export"
    BACKUP = "backup"
    RESTORE = "restore"
    DENIED = "permission_denied"
    PASSWORD_CHANGED = "password_changed"
    ACCOUNT_CHANGED = "account_changed"
    IMPORT = "import"
    IMPORT_UNDONE = "import_undone"
    TRANSFER_OUT = "transfer_out"
    TRANSFER_IN = "transfer_in"


class EntityType(StrEnum):
    """Every kind of record an audit entry is about (stable strings stored in the trail's
    entity_type; '' for an entry about no record, such as a sign-in). Each one's words are in
    [record_kind] of resources/letters/<language>/labels.toml (screens and exported trail),
    and tests/unit/test_translations.py checks that every kind has a label in both languages
    and that every kind the code writes is listed here."""

    BACKUP = "backup"
    CASE = "case"
    CATEGORY = "category"
    CENTER = "center"
    CONSENT = "consent"
    DEMO_DATA = "demo_data"
    EXPORT = "export"
    GUARDIAN = "guardian"
    IMPORT = "import"
    LETTER = "letter"
    LETTER_TEMPLATE = "letter_template"
    MANDATORY_REPORT = "mandatory_report"
    MINOR = "minor"
    PLAN = "plan"
    SESSION = "session"
    USER = "user"


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, bytes):
        return f"<{len(value)} bytes>"
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


def canonical_json(value: Any) -> str:
    """The one JSON text of a value (sorted keys, no spaces), as the chain hashes it."""
    return json.dumps(_plain(value), sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def entry_hash(prev_hash: str, event: AuditEvent) -> str:
    """The entry's hash, chained to the previous entry's: an edit breaks every later one."""
    body = canonical_json(
        [
            event.at.isoformat(),
            event.user_id,
            event.username,
            event.action,
            event.entity_type,
            event.entity_id,
            event.case_id,
            event.details,
        ]
    )
    return hashlib.sha256(f"{prev_hash}|{body}".encode()).hexdigest()


def diff(before: dict[str, Any], after: dict[str, Any]) -> dict[str, Any]:
    """Only the fields that changed, as {field: [before, after]}."""
    return {
        key: [_plain(before.get(key)), _plain(after.get(key))]
        for key in sorted(set(before) | set(after))
        if _plain(before.get(key)) != _plain(after.get(key))
    }


def record(
    session: Session,
    *,
    at: datetime,
    action: str,
    user_id: int | None,
    username: str = "",
    entity_type: str = "",
    entity_id: int | None = None,
    case_id: int | None = None,
    details: dict[str, Any] | None = None,
) -> AuditEvent:
    """Append one entry in the caller's transaction (so it commits or rolls back with it)."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_CHAIN_LOCK})
    prev = session.execute(
        select(AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1)
    ).scalar_one_or_none()
    event = AuditEvent(
        at=at,
        user_id=user_id,
        username=username,
        action=action,
        entity_type=entity_type,
        entity_id=entity_id,
        case_id=case_id,
        details=canonical_json(details or {}),
        prev_hash=prev or GENESIS,
        hash="",
    )
    event.hash = entry_hash(event.prev_hash, event)
    session.add(event)
    session.flush()
    return event


@dataclass(frozen=True)
class ChainCheck:
    """The result of checking the audit chain: entries read, the first broken one."""

    entries: int
    first_broken_id: int | None
    problem: str = ""

    @property
    def ok(self) -> bool:
        """Whether the whole chain is intact."""
        return self.first_broken_id is None


def verify_chain(session: Session, batch: int = 5000) -> ChainCheck:
    """Walk the trail in order; report the first entry whose link or content was altered."""
    expected_prev = GENESIS
    count = 0
    last_id = 0
    while True:
        rows = session.scalars(
            select(AuditEvent).where(AuditEvent.id > last_id).order_by(AuditEvent.id).limit(batch)
        ).all()
        if not rows:
            return ChainCheck(count, None)
        for event in rows:
            if event.prev_hash != expected_prev:
                return ChainCheck(count, event.id, "link")
            if entry_hash(event.prev_hash, event) != event.hash:
                return ChainCheck(count, event.id, "content")
            expected_prev = event.hash
            count += 1
            last_id = event.id
        session.expunge_all()
