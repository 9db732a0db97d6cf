"""The dry run's row-by-row report as CSV (UTF-8 with BOM, so Excel and WPS open it)."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from pathlib import Path

from familyedu.errors import FieldError
from familyedu.services.casework.importing.dto import ImportPreview, RowReport


def english(problem: FieldError) -> str:
    """A row's problem in English (the command line's report)."""
    return problem.english()


def reason_text(row: RowReport, translate: Callable[[FieldError], str] = english,
                label: Callable[[str], str] = str) -> str:
    """One reason as it is; several each after its column (or the field's `label` where the
    file has no such column), so that two 'This field is required.' say which."""
    if len(row.problems) == 1:
        return translate(row.problems[0][1])
    return " ".join(f"{c or label(p.field)}: {translate(p)}" for c, p in row.problems)


def report_csv(preview: ImportPreview, headers: tuple[str, ...],
               statuses: dict[str, str], translate: Callable[[FieldError], str] = english,
               label: Callable[[str], str] = str) -> str:
    """One line per row of the file: sheet, row, status, name, duplicate of, column(s),
    reason(s). `headers`, `statuses`, `translate` and `label` carry the caller's
    language."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(headers)
    for row in (*preview.rows, *preview.sessions):
        columns = " / ".join(dict.fromkeys(c or label(p.field) for c, p in row.problems))
        writer.writerow([row.sheet, row.row, statuses.get(row.status, row.status), row.name,
                         row.duplicate_of, columns, reason_text(row, translate, label)])
    return out.getvalue()


ENGLISH_HEADERS = ("sheet", "row", "status", "name", "duplicate of", "column", "reason")


def write_report(preview: ImportPreview, path: Path,
                 headers: tuple[str, ...] = ENGLISH_HEADERS,
                 statuses: dict[str, str] | None = None,
                 translate: Callable[[FieldError], str] = english) -> None:
    """Write the dry run's report as CSV (UTF-8 with a BOM, for Excel) to `path`."""
    text = report_csv(preview, headers, statuses or {}, translate)
    path.write_bytes(text.encode("utf-8-sig"))
