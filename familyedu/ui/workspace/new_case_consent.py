"""The guardian's consent as part of the new-case dialog (a child under 14 needs it)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QLineEdit, QWidget

from familyedu.services.casework.dto import ConsentInput
from familyedu.ui.forms import DateField, FieldSet
from familyedu.ui.forms.fields import field_label

PREFIX = "consent."


class _GuardianNames(QComboBox):
    """An editable list of the guardians typed so far, refreshed whenever it opens."""

    def __init__(self, names: Callable[[], list[str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._names = names
        self.setEditable(True)

    def refresh(self) -> None:
        text = self.currentText()
        self.blockSignals(True)
        self.clear()
        self.addItems(self._names())
        self.setCurrentText(text)
        self.blockSignals(False)

    def showPopup(self) -> None:
        self.refresh()
        super().showPopup()


class ConsentPart(QGroupBox):
    """Ticked: who gave consent, on which day, to what. Unticked: no consent recorded."""

    def __init__(self, guardian_names: Callable[[], list[str]], clock: Callable[[], datetime],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("A guardian has given consent to guidance"))
        self.setAccessibleName(self.title())
        self.setCheckable(True)
        self.setChecked(False)
        self._guardian_names = guardian_names
        self.fields = FieldSet(self)
        self.given_by = _GuardianNames(guardian_names, self)
        self.given_on = DateField(self, optional=False, default=clock)
        self.given_on.set_value(clock().date())
        self.scope = QLineEdit(self)
        self.scope.setPlaceholderText(self.tr("e.g. guidance sessions and home visits"))
        note = QLabel(self.tr("A child under 14 needs a guardian's consent before guidance "
                              "begins; it can also be recorded later on the profile."), self)
        note.setWordWrap(True)
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(note)
        for name, widget in (("given_by", self.given_by), ("given_on", self.given_on),
                             ("scope", self.scope)):
            label = QLabel(field_label(name), self)
            label.setBuddy(widget)
            form.addRow(label, self.fields.add(PREFIX + name, widget, field_label(name)))
        self.toggled.connect(self._ticked)
        self.fields.tracker.watch_signal(self.toggled)

    def _ticked(self, on: bool) -> None:
        if on and not self.given_by.currentText().strip():
            names = self._guardian_names()
            if names:
                self.given_by.setCurrentText(names[0])
        if on:
            self.given_by.setFocus()

    def consent_input(self) -> ConsentInput | None:
        if not self.isChecked():
            return None
        return ConsentInput(given_by=self.given_by.currentText(),
                            given_on=self.given_on.date_value(), scope=self.scope.text())

    def state(self) -> dict[str, Any]:
        return {"given": self.isChecked(), **self.fields.state()}

    def restore(self, state: dict[str, Any]) -> None:
        self.setChecked(bool(state.get("given")))
        self.fields.restore({k: v for k, v in state.items() if k.startswith(PREFIX)})

    def place_errors(self, messages: dict[str, str]) -> dict[str, str]:
        return self.fields.place_errors(messages)
