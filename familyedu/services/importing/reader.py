"""Reading a center's register as it is kept: .xlsx (openpyxl) or .csv in UTF-8 or GB18030."""

from __future__ import annotations

import csv
import io
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from familyedu.services.errors import ValidationError
from familyedu.services.messages import QT_TRANSLATE_NOOP

Cell = Any  # str, int, float, datetime, date, time or None, as the file holds it


@dataclass(frozen=True)
class Sheet:
    name: str
    rows: list[list[Cell]]


def read_file(path: os.PathLike[str] | str) -> list[Sheet]:
    """Every sheet of the file with merged cells filled in; ValidationError('file') if it
    cannot be read."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError:
        raise ValidationError("file", QT_TRANSLATE_NOOP(
            "Validation", "The file cannot be read.")) from None
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm") or data[:4] == b"PK\x03\x04":
        return _read_xlsx(data)
    if suffix in (".csv", ".txt") or suffix == "":
        return [Sheet(path.stem, _read_csv(data))]
    raise ValidationError("file", QT_TRANSLATE_NOOP(
        "Validation", "Only .xlsx and .csv files can be imported."))


def _read_xlsx(data: bytes) -> list[Sheet]:
    from openpyxl import load_workbook  # loaded when an import runs, not at start-up

    try:
        # Not read-only: merged ranges are only known to a fully loaded sheet.
        book = load_workbook(io.BytesIO(data), data_only=True)
    except Exception:  # openpyxl raises many kinds for a damaged or foreign file
        raise ValidationError("file", QT_TRANSLATE_NOOP(
            "Validation", "This is not a readable .xlsx workbook.")) from None
    sheets = []
    for ws in book.worksheets:
        merged = [(r.min_row, r.min_col, r.max_row, r.max_col) for r in ws.merged_cells.ranges]
        rows = [list(r) for r in ws.iter_rows(values_only=True)]
        for top, left, bottom, right in merged:
            if top - 1 >= len(rows):
                continue
            value = rows[top - 1][left - 1] if left - 1 < len(rows[top - 1]) else None
            for r in range(top - 1, min(bottom, len(rows))):
                row = rows[r]
                for c in range(left - 1, min(right, len(row))):
                    row[c] = value
        sheets.append(Sheet(ws.title, rows))
    book.close()
    return sheets


def _read_csv(data: bytes) -> list[list[Cell]]:
    text = _decode(data)
    sample = text[:8192]
    try:
        dialect: Any = csv.Sniffer().sniff(sample, delimiters=",\t;")
    except csv.Error:
        dialect = csv.excel
    return [list(row) for row in csv.reader(io.StringIO(text), dialect)]


def _decode(data: bytes) -> str:
    """UTF-8 (with or without the BOM Excel writes), else GB18030 as WPS and Chinese Excel
    save "CSV"; GB18030 decodes any byte string, so UTF-8 must be tried first."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("gb18030")
    except UnicodeDecodeError:
        raise ValidationError("file", QT_TRANSLATE_NOOP(
            "Validation", "The file's text is neither UTF-8 nor GB18030.")) from None
