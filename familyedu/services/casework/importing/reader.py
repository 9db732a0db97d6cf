"""Reading a center's register as it is kept: .xlsx (openpyxl) or .csv in UTF-8 or GB18030."""

from __future__ import annotations

import csv
import io
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from familyedu.errors import ValidationError
from familyedu.services.core.messages import QT_TRANSLATE_NOOP

Cell = Any  # str, int, float, datetime, date, time or None, as the file holds it


@dataclass(frozen=True)
class Sheet:
    """One sheet of the file: its name and its rows of cells."""

    name: str
    rows: list[list[Cell]]


def read_file(path: os.PathLike[str] | str) -> list[Sheet]:
    """Every sheet of the file with merged cells filled in; ValidationError('file') if it
    cannot be read.

    Raises:
        ValidationError: the file cannot be read, or is neither .xlsx nor .csv.
    """
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
    from openpyxl.utils.cell import range_boundaries

    try:
        # Read-only streams the rows (a fully loaded 10,000-row sheet takes 3x as long);
        # merged ranges, which only a loaded sheet lists, are read from the sheet's XML.
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        sheets = []
        for ws in book.worksheets:
            rows = [list(r) for r in ws.iter_rows(values_only=True)]
            with ws._get_source() as source:
                xml = source.read().decode("utf-8", "replace")
            for ref in _MERGED.findall(xml):
                left, top, right, bottom = range_boundaries(ref)
                _fill(rows, top, left, bottom, right)
            sheets.append(Sheet(ws.title, rows))
        book.close()
    except ValidationError:
        raise
    except Exception:  # openpyxl raises many kinds for a damaged or foreign file
        raise ValidationError("file", QT_TRANSLATE_NOOP(
            "Validation", "This is not a readable .xlsx workbook.")) from None
    return sheets


_MERGED = re.compile(r'<(?:\w+:)?mergeCell\s+ref="([A-Z]+\d+:[A-Z]+\d+)"')


def _fill(rows: list[list[Cell]], top: int | None, left: int | None, bottom: int | None,
          right: int | None) -> None:
    """Every cell of a merged range gets the value of its top-left cell."""
    if top is None or left is None or bottom is None or right is None or top > len(rows):
        return
    first = rows[top - 1]
    value = first[left - 1] if left - 1 < len(first) else None
    for r in range(top - 1, min(bottom, len(rows))):
        row = rows[r]
        if len(row) < right:
            row.extend([None] * (right - len(row)))
        for c in range(left - 1, right):
            row[c] = value


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
    save "CSV"; GB18030 decodes any byte string, so UTF-8 must be tried first.

    Raises:
        ValidationError: the text is neither UTF-8 nor GB18030.
    """
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("gb18030")
    except UnicodeDecodeError:
        raise ValidationError("file", QT_TRANSLATE_NOOP(
            "Validation", "The file's text is neither UTF-8 nor GB18030.")) from None
