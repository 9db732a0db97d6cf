"""A small dialog of labelled fields that saves through one service call."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from familyedu.errors import StaleRecord
from familyedu.ui.forms import FieldSet, error_label
from familyedu.ui.forms.fields import field_label
from familyedu.ui.forms.keys import add_save_shortcuts, enter_moves_on
from familyedu.ui.forms.saving import may_close, run_save, warn


class FormDialog(QDialog):
    """Subclasses add rows and implement `submit()` (the service call, which may raise)."""

    def __init__(self, title: str, parent: QWidget | None = None, *, intro: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.fields = FieldSet(self)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.general = error_label(self)
        self.result_value: Any = None
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.save)
        add_save_shortcuts(self, self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if intro:
            text = QLabel(intro, self)
            text.setWordWrap(True)
            layout.addWidget(text)
        layout.addLayout(self.form)
        layout.addWidget(self.general)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)

    def add_row(self, name: str, widget: QWidget, label: str = "") -> None:
        text = label or field_label(name)
        self.form.addRow(text, self.fields.add(name, widget, text))

    def submit(self) -> Any:
        raise NotImplementedError

    def on_stale(self, exc: StaleRecord) -> None:
        warn(self, exc)

    def save(self) -> bool:
        ok, value = run_save(self, self.submit, sinks=[self.fields.show_errors],
                             general=self.general, on_stale=self.on_stale)
        if ok:
            self.result_value = value
            self.fields.tracker.mark_clean()
            self.accept()
        return ok

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not enter_moves_on(self, event, self.save):
            super().keyPressEvent(event)

    def reject(self) -> None:
        if may_close(self, self.fields.tracker, self.save):
            super().reject()
