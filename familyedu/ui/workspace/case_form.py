"""The referral and the order's terms (order tab and new-case dialog)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLineEdit, QWidget

from familyedu.models.enums import CategoryKind, OrderType
from familyedu.services.admin.dto import UserView
from familyedu.services.casework.dto import CASE_FIELDS, CaseInput, CaseView
from familyedu.ui import labels
from familyedu.ui.forms import DateField, FieldSet, years_around
from familyedu.ui.forms.fields import field_label
from familyedu.ui.forms.widgets import (
    Vocab,
    category_combo,
    enum_combo,
    guard_wheel,
    hours_spin,
    spin,
)

ORDER_ONLY = ("order_document_number", "order_issued_on", "order_hours_required",
              "order_sessions_required", "order_due_on")


def case_values(view: CaseView) -> dict[str, Any]:
    return {name: getattr(view, name) for name in CASE_FIELDS}


class CaseForm(QWidget):
    """`counselors` given: a supervisor assigns the case while opening it."""

    def __init__(self, vocab: Vocab, parent: QWidget | None = None, *,
                 clock: Callable[[], datetime] = datetime.now,
                 counselors: list[UserView] | None = None, own_id: int | None = None) -> None:
        super().__init__(parent)
        self.fields = FieldSet(self)
        self._make_fields(vocab, clock)
        self.counselor: QComboBox | None = None
        left = QFormLayout()
        right = QFormLayout()
        rows: list[tuple[QFormLayout, str, QWidget]] = [
            (left, "referral_source", self.referral_source),
            (left, "referring_authority", self.referring_authority),
            (left, "opened_on", self.opened_on),
            (left, "order_type", self.order_type),
            (left, "order_document_number", self.order_document_number),
            (left, "order_issued_on", self.order_issued_on),
            (right, "order_hours_required", self.order_hours_required),
            (right, "order_sessions_required", self.order_sessions_required),
            (right, "order_due_on", self.order_due_on),
            (right, "feedback_recipient", self.feedback_recipient),
            (right, "feedback_interval_days", self.feedback_interval_days),
            (right, "session_interval_days", self.session_interval_days),
        ]
        if counselors is not None:
            self.counselor = self._counselor_combo(counselors, own_id)
            rows.append((left, "assigned_counselor_id", self.counselor))
        for form, name, widget in rows:
            form.addRow(field_label(name), self.fields.add(name, widget, field_label(name)))
        columns = QHBoxLayout(self)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.addLayout(left, 1)
        columns.addSpacing(12)
        columns.addLayout(right, 1)
        self.order_type.currentIndexChanged.connect(self._order_changed)
        self._order_changed()

    def _make_fields(self, vocab: Vocab, clock: Callable[[], datetime]) -> None:
        none = self.tr("none")
        self.referral_source = category_combo(vocab, CategoryKind.REFERRAL, self)
        self.referring_authority = QLineEdit(self)
        self.order_type = enum_combo(OrderType, labels.order_type, self)
        self.order_document_number = QLineEdit(self)
        self.order_issued_on = DateField(self, optional=True, default=clock,
                                         **years_around(clock, 20, 2))
        self.order_hours_required = hours_spin(self, none_text=none)
        self.order_hours_required.setSuffix(self.tr(" h"))
        self.order_sessions_required = spin(self, 0, 500, none_text=none)
        self.order_due_on = DateField(self, optional=True, default=clock,
                                      **years_around(clock, 20, 10))
        self.feedback_recipient = QLineEdit(self)
        self.feedback_interval_days = spin(self, 0, 365, none_text=none,
                                           suffix=self.tr(" days"))
        self.session_interval_days = spin(self, 1, 365, suffix=self.tr(" days"))
        self.session_interval_days.setValue(14)
        self.opened_on = DateField(self, optional=False, default=clock,
                                   **years_around(clock, 20, 1))
        self.opened_on.set_value(clock().date())

    def _counselor_combo(self, counselors: list[UserView], own_id: int | None) -> QComboBox:
        """The counselors to assign, the supervisor's own entry chosen if there is one."""
        combo = QComboBox(self)
        for user in counselors:
            combo.addItem(user.display_name, user.id)
        if own_id is not None and combo.findData(own_id) >= 0:
            combo.setCurrentIndex(combo.findData(own_id))
        guard_wheel(combo)
        return combo

    def has_order(self) -> bool:
        return self.order_type.currentData() not in (None, OrderType.NONE.value)

    def _order_changed(self) -> None:
        # The order's terms only mean something with an order; kept (greyed) if switched off.
        for name in ORDER_ONLY:
            self.fields.widget(name).setEnabled(self.has_order())

    def load(self, view: CaseView) -> None:
        self.fields.load(case_values(view))
        self._order_changed()

    def case_input(self) -> CaseInput:
        v = self.fields.values()
        order = self.has_order()
        hours = v["order_hours_required"] if order else None
        sessions = v["order_sessions_required"] if order else None
        return CaseInput(
            referral_source=v["referral_source"] or "", opened_on=v["opened_on"],
            order_type=OrderType(v["order_type"]),
            referring_authority=v["referring_authority"],
            order_document_number=v["order_document_number"] if order else "",
            order_issued_on=v["order_issued_on"] if order else None,
            order_hours_required=float(hours) if hours is not None else None,
            order_sessions_required=int(sessions) if sessions is not None else None,
            order_due_on=v["order_due_on"] if order else None,
            feedback_recipient=v["feedback_recipient"],
            feedback_interval_days=v["feedback_interval_days"],
            session_interval_days=v["session_interval_days"],
            assigned_counselor_id=v.get("assigned_counselor_id"),
        )
