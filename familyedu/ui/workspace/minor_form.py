"""The minor's fields (profile tab and new-case dialog), by the service's field names."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any, cast

from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from familyedu.errors import ValidationError
from familyedu.models.enums import CategoryKind, Gender, RiskLevel
from familyedu.services.casework.dto import MinorInput, MinorView
from familyedu.services.core.validation import check_resident_id, resident_id_region_known
from familyedu.ui import labels
from familyedu.ui.forms import DateField, FieldSet, years_around
from familyedu.ui.forms.fields import field_label
from familyedu.ui.forms.widgets import Vocab, category_combo, enum_combo, text_area

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
        self._make_fields(vocab, clock)
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
            row = self.fields.add(name, widget, field_label(name))
            if widget is self.resident_id:
                row = self._with_region_notice(row)
            form.addRow(field_label(name), row)
        columns = QHBoxLayout(self)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.addLayout(left, 1)
        columns.addSpacing(12)
        columns.addLayout(right, 1)

    def _make_fields(self, vocab: Vocab, clock: Any) -> None:
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

    def _with_region_notice(self, row: QWidget) -> QWidget:
        """The ID field with a quiet line for a region code the built-in table lacks."""
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        layout.addWidget(row)
        self.region_notice = QLabel(box)
        self.region_notice.setWordWrap(True)
        self.region_notice.setStyleSheet("color: #8a6d00;")
        self.region_notice.setVisible(False)
        layout.addWidget(self.region_notice)
        self.resident_id.textChanged.connect(self._check_region)
        return box

    def _check_region(self, text: str) -> None:
        number = text.strip().upper()
        unknown = False
        if len(number) == 18:
            try:
                number = check_resident_id(number)
            except ValidationError:
                pass  # the field's own error says what is wrong when saving
            else:
                unknown = not resident_id_region_known(number)
        if unknown:
            self.region_notice.setText(self.tr(
                "Region code %1 is not in the built-in list of districts (a new or renamed "
                "district?). If the number is copied correctly from the document, it is "
                "accepted as it is.").replace("%1", number[:6]))
        self.region_notice.setVisible(unknown)

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
