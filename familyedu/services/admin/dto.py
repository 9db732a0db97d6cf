"""Plain frozen values the administration services take and return."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path


@dataclass(frozen=True)
class UserView:
    """A user account as the user list shows it."""

    id: int
    username: str
    display_name: str
    role: str
    active: bool


@dataclass(frozen=True)
class CenterView:
    """The center's settings as the administration page shows them."""

    id: int
    version: int
    name: str
    address: str
    phone: str
    postcode: str
    logo_png: bytes | None
    default_language: str
    reference_prefix: str
    idle_lock_minutes: int
    backups_to_keep: int


@dataclass(frozen=True)
class CenterInput:
    """The center's settings as the administration page enters them."""

    name: str
    address: str = ""
    phone: str = ""
    postcode: str = ""
    logo_png: bytes | None = None
    default_language: str = "zh_CN"
    reference_prefix: str = "家指"
    idle_lock_minutes: int = 10
    backups_to_keep: int = 10


@dataclass(frozen=True)
class DatabaseAbout:
    """Which database this is and its schema, as the About box shows them."""

    location: str  # the file's full path, or server:port/database (never a password)
    revision: str | None  # None: not stamped yet, or not readable
    revision_readable: bool
    head: str  # the revision this version of familyedu writes


@dataclass(frozen=True)
class AuditQuery:
    """Filters of the audit viewer; every one is optional. Dates are inclusive."""

    username: str = ""
    case_number: str = ""
    action: str = ""
    date_from: date | None = None
    date_to: date | None = None
    offset: int = 0
    limit: int = 200


@dataclass(frozen=True)
class AuditRow:
    """One entry of the audit trail as the viewer lists it."""

    id: int
    at: datetime
    username: str
    action: str
    entity_type: str
    entity_id: int | None
    case_id: int | None
    case_number: str
    details: str  # canonical JSON, as hashed


@dataclass(frozen=True)
class BackupInfo:
    """What a backup's manifest says: file, when, by whom, schema revision."""

    path: Path
    created_at: str
    created_by: str
    schema_revision: str | None
    encrypted: bool
    counts: dict[str, int]


@dataclass(frozen=True)
class RestoreResult:
    """The backup restored, and where the database it replaced was set aside."""

    info: BackupInfo
    kept_aside: Path | None  # the database that was replaced, renamed


@dataclass(frozen=True)
class ExportResult:
    """An export just written: where, how many rows, whether password-protected."""

    path: Path
    rows: int
    protected: bool
    omitted_sealed: int = 0  # sealed records left out (never exported)
    suppressed: int = 0  # de-identified rows left out: too rare even when generalised


@dataclass(frozen=True)
class DatabaseCheck:
    """What check-db found: engine, schema revision, row counts and problems in words."""

    engine: str
    revision: str | None
    head: str
    rows: dict[str, int]
    audit_entries: int
    problems: list[str] = field(default_factory=list)
