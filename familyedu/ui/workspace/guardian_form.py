"""A guardian's fields; the add/edit dialog of the profile and the rows of the new-case dialog."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from familyedu.errors import StaleRecord
from familyedu.models.enums import CategoryKind
from familyedu.services import Services
from familyedu.services.casework.dto import GuardianInput, GuardianView
from familyedu.ui import screen_fit
from familyedu.ui.forms import FieldSet, error_label
from familyedu.ui.forms.fields import field_label
from familyedu.ui.forms.keys import add_save_shortcuts, enter_moves_on
from familyedu.ui.forms.saving import may_close, run_save
from familyedu.ui.forms.stale import resolve_stale
from familyedu.ui.forms.widgets import Vocab, category_combo

GUARDIAN_FIELDS = ("name", "relation", "phone", "address", "works_where", "lives_with_minor",
                   "is_primary_contact", "is_order_subject")


def guardian_values(view: GuardianView) -> dict[str, Any]:
    return {name: getattr(view, name) for name in GUARDIAN_FIELDS}


class GuardianForm(QFrame):
    """Name, relation and phone first (what is always known), then the rest."""

    remove_requested = Signal()

    def __init__(self, vocab: Vocab, parent: QWidget | None = None, *,
                 removable: bool = False) -> None:
        super().__init__(parent)
        self.fields = FieldSet(self)
        self._make_fields(vocab)
        grid = QGridLayout(self)
        grid.setContentsMargins(6, 6, 6, 6)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(4)
        self._lay_out(grid)
        self.remove_button: QPushButton | None = None
        if removable:
            self.setFrameShape(QFrame.Shape.StyledPanel)
            remove = QPushButton(self.tr("Remove"), self)
            remove.setToolTip(self.tr("Remove this guardian from the form"))
            remove.clicked.connect(self.remove_requested.emit)
            grid.addWidget(remove, 0, 6)
            self.remove_button = remove

    def _make_fields(self, vocab: Vocab) -> None:
        self.name_edit = QLineEdit(self)
        self.name_edit.setMaxLength(60)
        self.relation = category_combo(vocab, CategoryKind.RELATION, self)
        self.phone = QLineEdit(self)
        self.phone.setPlaceholderText(self.tr("mobile or 0851-12345678"))
        self.address = QLineEdit(self)
        self.works_where = QLineEdit(self)
        self.lives_with_minor = QCheckBox(field_label("lives_with_minor"), self)
        self.lives_with_minor.setChecked(True)
        self.is_primary_contact = QCheckBox(field_label("is_primary_contact"), self)
        self.is_order_subject = QCheckBox(field_label("is_order_subject"), self)

    def _lay_out(self, grid: QGridLayout) -> None:
        """Two rows of labelled fields, then the three ticks across."""
        f = self.fields
        cells: list[tuple[int, int, str, QWidget]] = [
            (0, 0, "name", self.name_edit), (0, 2, "relation", self.relation),
            (0, 4, "phone", self.phone),
            (1, 0, "works_where", self.works_where), (1, 2, "address", self.address),
        ]
        for row, column, name, widget in cells:
            label = QLabel(field_label(name), self)
            label.setBuddy(widget)
            # Level with the field, above its (reserved) message line.
            label.setMinimumHeight(widget.sizeHint().height())
            grid.addWidget(label, row, column, Qt.AlignmentFlag.AlignTop)
            span = 3 if name == "address" else 1
            grid.addWidget(f.add(name, widget, field_label(name)), row, column + 1, 1, span)
        checks = QHBoxLayout()
        for name in ("lives_with_minor", "is_primary_contact", "is_order_subject"):
            box: QCheckBox = getattr(self, name)
            checks.addWidget(f.add(name, box, field_label(name)))
        checks.addStretch(1)
        grid.addLayout(checks, 2, 0, 1, 6)
        for column in (1, 3, 5):
            grid.setColumnStretch(column, 1)

    def guardian_input(self) -> GuardianInput:
        v = self.fields.values()
        return GuardianInput(
            name=v["name"], relation=v["relation"] or "", phone=v["phone"], address=v["address"],
            lives_with_minor=v["lives_with_minor"], works_where=v["works_where"],
            is_primary_contact=v["is_primary_contact"], is_order_subject=v["is_order_subject"])

    def is_blank(self) -> bool:
        v = self.fields.values()
        return not any(str(v[n] or "").strip() for n in ("name", "phone", "address",
                                                           "works_where"))


class GuardianRows(QWidget):
    """Any number of guardian forms; errors `guardians.N.field` go to the N-th."""

    changed = Signal()

    def __init__(self, vocab: Vocab, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vocab = vocab
        self.forms: list[GuardianForm] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.add_button = QPushButton(self.tr("Add guardian"), self)
        self.add_button.clicked.connect(lambda: self.add_row(focus=True))
        bottom = QHBoxLayout()
        bottom.addWidget(self.add_button)
        bottom.addStretch(1)
        self._layout.addLayout(bottom)

    def add_row(self, *, focus: bool = False) -> GuardianForm:
        form = GuardianForm(self._vocab, self, removable=True)
        form.remove_requested.connect(lambda: self.remove_row(form))
        form.fields.tracker.changed.connect(lambda _d: self.changed.emit())
        self._layout.insertWidget(len(self.forms), form)
        self.forms.append(form)
        self.changed.emit()
        if focus:
            form.name_edit.setFocus()
        return form

    def remove_row(self, form: GuardianForm) -> None:
        if not form.is_blank() and QMessageBox.question(
                self, self.tr("Remove guardian"),
                self.tr("Remove this guardian and what was typed for them?")
        ) != QMessageBox.StandardButton.Yes:
            return
        self.forms.remove(form)
        form.setParent(None)
        form.deleteLater()
        self.changed.emit()

    def guardian_inputs(self) -> list[GuardianInput]:
        return [form.guardian_input() for form in self.forms if not form.is_blank()]

    def show_errors(self, messages: dict[str, str]) -> dict[str, str]:
        filled = [form for form in self.forms if not form.is_blank()]
        leftovers: dict[str, str] = {}
        for form in self.forms:
            form.fields.errors.clear()
        for name, text in messages.items():
            parts = name.split(".", 2)
            if parts[0] == "guardians" and len(parts) == 3 and parts[1].isdigit() \
                    and int(parts[1]) < len(filled):
                left = filled[int(parts[1])].fields.errors.show({parts[2]: text})
                if left:
                    leftovers[name] = text
            else:
                leftovers[name] = text
        return leftovers

    def first_error_widget(self) -> QWidget | None:
        for form in self.forms:
            widget = form.fields.errors.first_widget()
            if widget is not None:
                return widget
        return None

    def state(self) -> list[dict[str, Any]]:
        return [form.fields.state() for form in self.forms]

    def restore(self, rows: list[dict[str, Any]]) -> None:
        for form in list(self.forms):
            self.forms.remove(form)
            form.setParent(None)
            form.deleteLater()
        for row in rows:
            self.add_row().fields.restore(row)


class GuardianDialog(QDialog):
    """Add a guardian to a registered minor, or edit one (with a version check)."""

    def __init__(self, services: Services, vocab: Vocab, minor_id: int,
                 guardian: GuardianView | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.minor_id = minor_id
        self.guardian = guardian
        self.setWindowTitle(self.tr("Edit guardian") if guardian else self.tr("Add guardian"))
        self.form = GuardianForm(vocab, self)
        self.general = error_label(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.save)
        add_save_shortcuts(self, self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.general)
        layout.addWidget(buttons)
        if guardian is not None:
            self.form.fields.load(guardian_values(guardian))
        screen_fit.fit(self, 640, self.sizeHint().height())

    def save(self) -> bool:
        def call() -> GuardianView:
            data = self.form.guardian_input()
            if self.guardian is None:
                return self.services.minors.add_guardian(self.minor_id, data)
            return self.services.minors.update_guardian(self.guardian.id, self.guardian.version,
                                                        data)

        ok, _view = run_save(self, call, sinks=[self.form.fields.show_errors],
                             general=self.general, on_stale=self._stale)
        if ok:
            self.form.fields.tracker.mark_clean()
            self.accept()
        return ok

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not enter_moves_on(self, event, self.save):
            super().keyPressEvent(event)

    def _stale(self, exc: StaleRecord) -> None:
        resolve_stale(self, self.form.fields, exc, reload=self._reload, save_again=self.save)

    def _reload(self) -> None:
        minor = self.services.minors.get(self.minor_id)
        fresh = next((g for g in minor.guardians if self.guardian and g.id == self.guardian.id),
                     None)
        if fresh is not None:
            self.guardian = fresh
            self.form.fields.load(guardian_values(fresh))

    def reject(self) -> None:
        if may_close(self, self.form.fields.tracker, self.save):
            super().reject()
