"""Every error familyedu raises on purpose, below every layer: the services' typed errors
(validation, permission, staleness, duplicates, sign-in) and the database's stable reasons.
Only the UI and the command line turn them into translated text."""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field as dc_field
from typing import Any


@dataclass(frozen=True)
class FieldError:
    """One problem with one field. `message` is marked for translation in context Validation."""

    field: str
    message: str
    params: dict[str, Any] = dc_field(default_factory=dict)

    def english(self) -> str:
        return self.message.format(**self.params)


class ServiceError(Exception):
    """Base of every error a service raises on purpose."""


class ValidationError(ServiceError):
    """Input refused; carries every field that is wrong, the first one first."""

    def __init__(self, field_name: str | list[FieldError], message: str = "", **params: Any):
        if isinstance(field_name, list):
            self.errors = field_name
        else:
            self.errors = [FieldError(field_name, message, params)]
        super().__init__("; ".join(f"{e.field}: {e.english()}" for e in self.errors))

    @property
    def field(self) -> str:
        return self.errors[0].field

    @property
    def message(self) -> str:
        return self.errors[0].message

    @property
    def params(self) -> dict[str, Any]:
        return self.errors[0].params


class PermissionDenied(ServiceError):
    """The current user may not do this; the refusal is in the audit trail."""

    def __init__(self, action: str, detail: str = "") -> None:
        super().__init__(f"{action} {detail}".strip())
        self.action = action
        self.detail = detail
        self.case_id: int | None = None
        self.audited = False


class NotFound(ServiceError):
    def __init__(self, entity: str, ident: object) -> None:
        super().__init__(f"{entity} {ident} not found")
        self.entity = entity
        self.ident = ident


class StaleRecord(ServiceError):
    """Someone else saved this record since it was read; `current` holds what they saved."""

    def __init__(self, entity: str, ident: int, current: dict[str, Any] | None = None) -> None:
        super().__init__(f"{entity} {ident} was changed by someone else")
        self.entity = entity
        self.ident = ident
        self.current = current or {}


@dataclass(frozen=True)
class DuplicateCandidate:
    minor_id: int
    name: str
    date_of_birth: str
    reason: str  # "name_and_birth" or "guardian_phone"


class PossibleDuplicate(ServiceError):
    """The minor may be registered already; the user confirms before saving."""

    def __init__(self, candidates: list[DuplicateCandidate]) -> None:
        super().__init__(f"{len(candidates)} possible duplicate(s)")
        self.candidates = candidates


class AuthenticationFailed(ServiceError):
    """Wrong user name or password, a disabled account, or a lock-out."""

    def __init__(self, reason: str, retry_after_seconds: int = 0) -> None:
        super().__init__(reason)
        self.reason = reason
        self.retry_after_seconds = retry_after_seconds


class Reason:
    """The stable codes of DatabaseError.reason (the UI translates them)."""

    LOCKED = "locked"  # another program holds the write lock longer than the busy timeout
    READ_ONLY = "read_only"  # read-only file, medium or PostgreSQL transaction
    MISSING = "missing"  # the file or its folder is not there (any more)
    DISK_FULL = "disk_full"
    SERVER_GONE = "server_gone"  # the PostgreSQL connection was lost mid-way
    UNREACHABLE = "unreachable"  # no connection to the PostgreSQL server could be made
    CORRUPT = "corrupt"
    NOT_A_DATABASE = "not_a_database"
    WRONG_KEY = "wrong_key"
    IO_ERROR = "io_error"
    UPGRADE_FAILED = "upgrade_failed"
    TOO_NEW = "database_too_new"
    NETWORK_SHARE = "network_share"  # an SQLite file on SMB/NFS: its locking is not safe there
    UNAVAILABLE = "unavailable"  # any other operational failure of the database
    REFUSED = "refused"  # the database refused the statement (a constraint, say)


# Conditions that can clear by themselves or by the user's hand: the UI offers "Retry".
RETRYABLE = frozenset({Reason.LOCKED, Reason.READ_ONLY, Reason.MISSING, Reason.DISK_FULL,
                       Reason.SERVER_GONE, Reason.UNREACHABLE, Reason.IO_ERROR,
                       Reason.UNAVAILABLE})


class DatabaseError(Exception):
    """The database cannot be used; `reason` is a stable code the UI translates.

    Raised for a failed unit of work too: its transaction was rolled back, so nothing of
    the action was saved and it can simply be tried again when `retryable`.
    """

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.detail = detail

    @property
    def retryable(self) -> bool:
        return self.reason in RETRYABLE


class DatabaseTooNew(DatabaseError):
    """The database was upgraded by a newer familyedu; this one must not touch it.

    `detail` is the database's schema revision; `version` the familyedu release that wrote
    it, when the database records it (revision 0006 on), so the user can be told what to use.
    """

    def __init__(self, reason: str, detail: str = "", version: str | None = None) -> None:
        super().__init__(reason, detail)
        self.version = version
