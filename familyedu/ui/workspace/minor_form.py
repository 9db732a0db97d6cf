"""The minor's fields (profile tab and new-case dialog), by the service's field names."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any, cast

from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLineEdit, QWidget

from familyedu.models.enums import CategoryKind, Gender, RiskLevel
from familyedu.services.dto import MinorInput, MinorView
from familyedu.ui import labels
from familyedu.ui.forms import DateField, FieldSet, years_around
from familyedu.ui.workspace.fields import field_label
from familyedu.ui.workspace.widgets import Vocab, category_combo, enum_combo, text_area

MINOR_FIELDS = (
    "name", "gender", "date_of_birth", "resident_id", "school", "grade", "household_address",
    "current_address", "guardianship", "living_with", "involvement", "risk_level", "risk_reason",
)


def minor_values(view: MinorView) -> dict[str, Any]:
    return {name: getattr(view, name) for name in MINOR_FIELDS}


class MinorForm(QWidget):
    """Two columns: who the child is, and the child's situation."""

    def __init__(self, vocab: Vocab, parent: QWidget | None = None, *,
                 clock: Any = datetime.now) -> None:
        super().__init__(parent)
        self.fields = FieldSet(self)
        f = self.fields
        self.name_edit = QLineEdit(self)
        self.name_edit.setMaxLength(60)
        self.gender = enum_combo(Gender, labels.gender, self, placeholder=True)
        self.date_of_birth = DateField(
            self, optional=True, default=lambda: clock() - timedelta(days=365 * 10),
            **years_around(clock, 30, 0))
        self.resident_id = QLineEdit(self)
        self.resident_id.setMaxLength(18)
        self.resident_id.setPlaceholderText(self.tr("18 characters, optional"))
        self.school = QLineEdit(self)
        self.grade = QLineEdit(self)
        self.household_address = QLineEdit(self)
        self.current_address = QLineEdit(self)
        self.guardianship = category_combo(vocab, CategoryKind.GUARDIANSHIP, self)
        self.living_with = category_combo(vocab, CategoryKind.LIVING, self)
        self.involvement = category_combo(vocab, CategoryKind.INVOLVEMENT, self)
        self.risk_level = enum_combo(RiskLevel, labels.risk, self)
        self.risk_reason = text_area(self, lines=2)

        left = QFormLayout()
        right = QFormLayout()
        for form in (left, right):
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        widgets: list[tuple[QFormLayout, str, QWidget]] = [
            (left, "name", self.name_edit), (left, "gender", self.gender),
            (left, "date_of_birth", self.date_of_birth), (left, "resident_id", self.resident_id),
            (left, "school", self.school), (left, "grade", self.grade),
            (left, "household_address", self.household_address),
            (left, "current_address", self.current_address),
            (right, "guardianship", self.guardianship), (right, "living_with", self.living_with),
            (right, "involvement", self.involvement), (right, "risk_level", self.risk_level),
            (right, "risk_reason", self.risk_reason),
        ]
        for form, name, widget in widgets:
            form.addRow(field_label(name), f.add(name, widget, field_label(name)))
        columns = QHBoxLayout(self)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.addLayout(left, 1)
        columns.addSpacing(12)
        columns.addLayout(right, 1)

    def load(self, view: MinorView) -> None:
        self.fields.load(minor_values(view))

    def minor_input(self) -> MinorInput:
        v = self.fields.values()
        gender = Gender(v["gender"]) if v["gender"] else cast(Gender, "")
        return MinorInput(
            name=v["name"], gender=gender, date_of_birth=v["date_of_birth"],
            guardianship=v["guardianship"] or "", living_with=v["living_with"] or "",
            involvement=v["involvement"] or "", risk_level=RiskLevel(v["risk_level"]),
            risk_reason=v["risk_reason"], resident_id=v["resident_id"].strip() or None,
            school=v["school"], grade=v["grade"], household_address=v["household_address"],
            current_address=v["current_address"],
        )
