"""Typed errors the services raise; only the UI turns them into translated text."""

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
