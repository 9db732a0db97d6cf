"""The dry run's rows as a table: sheet, row, status, name, duplicate of, column, reason."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from familyedu.errors import FieldError
from familyedu.services.casework.importing.dto import DUPLICATE, ERROR, HIDDEN_CASE, NEW, RowReport
from familyedu.services.core.messages import QT_TRANSLATE_NOOP
from familyedu.ui.forms.fields import field_label
from familyedu.ui.forms.punctuation import labelled
from familyedu.ui.forms.rows_model import ColumnSpec, RowsModel
from familyedu.ui.service_errors import field_error_text

_CONTEXT = "ImportReport"
STATUS = {
    NEW: QT_TRANSLATE_NOOP("ImportReport", "New"),
    DUPLICATE: QT_TRANSLATE_NOOP("ImportReport", "Duplicate"),
    ERROR: QT_TRANSLATE_NOOP("ImportReport", "Error"),
}
HEADERS = (
    QT_TRANSLATE_NOOP("ImportReport", "Sheet"),
    QT_TRANSLATE_NOOP("ImportReport", "Row"),
    QT_TRANSLATE_NOOP("ImportReport", "Status"),
    QT_TRANSLATE_NOOP("ImportReport", "Name"),
    QT_TRANSLATE_NOOP("ImportReport", "Duplicate of"),
    QT_TRANSLATE_NOOP("ImportReport", "Column"),
    QT_TRANSLATE_NOOP("ImportReport", "Reason"),
)
# Fields of the register that have no label of their own in the case forms.
_OWN_LABELS = {
    "guardian_name": QT_TRANSLATE_NOOP("ImportDialog", "Guardian's name"),
    "guardian_relation": QT_TRANSLATE_NOOP("ImportDialog", "Guardian's relation"),
    "guardian_phone": QT_TRANSLATE_NOOP("ImportDialog", "Guardian's phone"),
    "source_case_number": QT_TRANSLATE_NOOP("ImportDialog", "Case number in the register"),
}
_COLOURS = {ERROR: QColor("#b3261e"), DUPLICATE: QColor("#8a5a00")}  # text colours


def tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def target_label(name: str) -> str:
    if name in _OWN_LABELS:
        return QCoreApplication.translate("ImportDialog", _OWN_LABELS[name])
    return field_label(name)


def status_text(status: str) -> str:
    return tr(STATUS.get(status, status))


def duplicate_text(value: str) -> str:
    """'row 7' (of this file) in the user's language; a case number as it is."""
    if value == HIDDEN_CASE:
        return QCoreApplication.translate(
            "ImportReport", "a child you cannot see: ask your supervisor")
    if value.startswith("row "):
        return QCoreApplication.translate("ImportReport", "row {number} of this file").format(
            number=value[4:])
    return value


def columns_text(row: RowReport) -> str:
    """The file's column of each problem; a field without a column in the file by name."""
    return " / ".join(dict.fromkeys(c or target_label(p.field) for c, p in row.problems))


def problem_text(problem: FieldError) -> str:
    return field_error_text(problem)


def reasons_text(row: RowReport) -> str:
    """One reason as it is; several each after its column, so two 'required' say which."""
    if len(row.problems) == 1:
        return problem_text(row.problems[0][1])
    return " ".join(labelled(c or target_label(p.field), problem_text(p))
                    for c, p in row.problems)


def translated_headers() -> tuple[str, ...]:
    return tuple(tr(h) for h in HEADERS)


def translated_statuses() -> dict[str, str]:
    return {key: tr(text) for key, text in STATUS.items()}


def report_model(parent: Any = None) -> RowsModel:
    texts = [
        lambda r: r.sheet, lambda r: str(r.row), lambda r: status_text(r.status),
        lambda r: r.name, lambda r: duplicate_text(r.duplicate_of), columns_text, reasons_text,
    ]
    specs = [ColumnSpec(tr(h), t, align_right=(i == 1))
             for i, (h, t) in enumerate(zip(HEADERS, texts, strict=True))]
    return RowsModel(specs, parent, colour=lambda r: _COLOURS.get(r.status))
