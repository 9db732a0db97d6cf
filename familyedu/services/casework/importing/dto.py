"""Plain frozen values the import service takes and returns: the dry run's verdicts and what an
import did."""

from __future__ import annotations

from dataclasses import dataclass

from familyedu.errors import FieldError

# A row's verdict in the dry run (RowReport.status).
NEW, DUPLICATE, ERROR = "new", "duplicate", "error"
# In place of a case number the importing user may not read ("ask your supervisor").
HIDDEN_CASE = "?"


@dataclass(frozen=True)
class RowReport:
    """One row of the file as the dry run found it. `row` is the spreadsheet's row number."""

    sheet: str
    row: int
    status: str  # new / duplicate / error
    name: str
    duplicate_of: str = ""  # an existing case number, or "row N" of this file
    problems: tuple[tuple[str, FieldError], ...] = ()  # (column header, problem)


@dataclass(frozen=True)
class ColumnInfo:
    """A column of the sheet and the field it was mapped to (None: not imported)."""

    index: int
    header: str
    field: str | None
    sample: str = ""  # the first value below the header, to recognise the column by


@dataclass(frozen=True)
class ImportPreview:
    """The dry run of an import: the sheets' mapping and each row's verdict."""

    file_name: str
    sha256: str
    sheet: str
    header_row: int  # spreadsheet row number of the header; 0 when none was found
    columns: tuple[ColumnInfo, ...]
    rows: tuple[RowReport, ...]
    session_sheet: str
    session_columns: tuple[ColumnInfo, ...]
    sessions: tuple[RowReport, ...]
    unknown_categories: dict[str, tuple[str, ...]]  # field -> raw values not in the lists

    def count(self, status: str, sessions: bool = False) -> int:
        """How many rows (or session rows) have this status."""
        return sum(1 for r in (self.sessions if sessions else self.rows) if r.status == status)

    @property
    def readable(self) -> bool:
        """Whether a header row was found."""
        return self.header_row > 0

    @property
    def sessions_unmapped(self) -> bool:
        """A sheet of past sessions was found without a date column or without the case's
        number or ID number: its rows wait for the user's mapping."""
        fields = {c.field for c in self.session_columns}
        return bool(self.session_sheet) and (
            "held_at" not in fields or not {"source_case_number", "resident_id"} & fields)


@dataclass(frozen=True)
class ImportResult:
    """What an import did: its audit entry, the rows taken, skipped and refused."""

    import_id: int  # the audit entry of the import
    new: int
    duplicates: int
    errors: int
    sessions: int
    case_numbers: tuple[str, ...]
    case_ids: tuple[int, ...]


@dataclass(frozen=True)
class ImportRecord:
    """A past import, for the undo list."""

    import_id: int
    at: str
    username: str
    file_name: str
    new: int
    undone: bool
