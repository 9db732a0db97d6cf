"""The minor's profile: their details, the guardians, and the guardians' consent."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from familyedu.models.enums import CategoryKind
from familyedu.services import Services
from familyedu.services.dto import CaseView, ConsentView, GuardianView, MinorView
from familyedu.services.errors import StaleRecord
from familyedu.ui import formatting
from familyedu.ui.events import AppEvents
from familyedu.ui.forms import error_label
from familyedu.ui.workspace.guardian_form import GuardianDialog
from familyedu.ui.workspace.minor_form import MinorForm, minor_values
from familyedu.ui.workspace.rows_model import ColumnSpec, RowsModel
from familyedu.ui.workspace.saving import run_save
from familyedu.ui.workspace.small_dialogs import ConsentDialog, WithdrawConsentDialog
from familyedu.ui.workspace.stale import resolve_stale
from familyedu.ui.workspace.widgets import Vocab, banner


class GuardianColumn(IntEnum):
    NAME = 0
    RELATION = 1
    PHONE = 2
    LIVES_WITH = 3
    WORKS_WHERE = 4
    ROLE = 5


def _table(model: RowsModel, parent: QWidget) -> QTableView:
    table = QTableView(parent)
    table.setModel(model)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class ProfileTab(QWidget):
    def __init__(self, services: Services, events: AppEvents, vocab: Vocab, case: CaseView,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.events = events
        self.vocab = vocab
        self.case_id = case.id
        self.minor: MinorView = case.minor
        self.dialog: QDialog | None = None  # the guardian or consent dialog that is open

        self.consent_banner = banner(self, colour="#ffebee", border="#c62828")
        self.form = MinorForm(vocab, self, clock=services.ctx.now)
        self.general = error_label(self)
        self.save_button = QPushButton(self.tr("Save profile"), self)
        self.discard_button = QPushButton(self.tr("Discard changes"), self)
        self.save_button.clicked.connect(self.save)
        self.discard_button.clicked.connect(self.discard)
        self.form.fields.tracker.changed.connect(self._dirty_changed)

        relations = vocab.labels(CategoryKind.RELATION)
        yes = self.tr("yes")
        self.guardians = RowsModel([
            ColumnSpec(self.tr("Name"), lambda g: g.name),
            ColumnSpec(self.tr("Relation"), lambda g: relations(g.relation)),
            ColumnSpec(self.tr("Phone"), lambda g: g.phone),
            ColumnSpec(self.tr("Lives with the minor"),
                       lambda g: yes if g.lives_with_minor else ""),
            ColumnSpec(self.tr("Works where"), lambda g: g.works_where),
            ColumnSpec(self.tr("Role"), self._guardian_role),
        ], self)
        self.guardian_table = _table(self.guardians, self)
        self.guardian_table.doubleClicked.connect(lambda _i: self.edit_guardian())
        self.add_guardian_button = QPushButton(self.tr("Add guardian…"), self)
        self.edit_guardian_button = QPushButton(self.tr("Edit…"), self)
        self.remove_guardian_button = QPushButton(self.tr("Remove…"), self)
        self.add_guardian_button.clicked.connect(self.add_guardian)
        self.edit_guardian_button.clicked.connect(self.edit_guardian)
        self.remove_guardian_button.clicked.connect(self.remove_guardian)

        self.consents = RowsModel([
            ColumnSpec(self.tr("Given by"), lambda c: c.given_by),
            ColumnSpec(self.tr("Given on"), lambda c: formatting.long_date(c.given_on)),
            ColumnSpec(self.tr("Scope"), lambda c: c.scope),
            ColumnSpec(self.tr("Withdrawn"), self._withdrawn_text),
        ], self)
        self.consent_table = _table(self.consents, self)
        self.record_consent_button = QPushButton(self.tr("Record consent…"), self)
        self.withdraw_consent_button = QPushButton(self.tr("Withdraw…"), self)
        self.record_consent_button.clicked.connect(self.record_consent)
        self.withdraw_consent_button.clicked.connect(self.withdraw_consent)

        page = QWidget(self)
        page_layout = QVBoxLayout(page)
        page_layout.addWidget(self.consent_banner)
        minor_box = QGroupBox(self.tr("The minor"), page)
        minor_layout = QVBoxLayout(minor_box)
        minor_layout.addWidget(self.form)
        minor_layout.addWidget(self.general)
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        save_row.addWidget(self.discard_button)
        save_row.addWidget(self.save_button)
        minor_layout.addLayout(save_row)
        page_layout.addWidget(minor_box)
        page_layout.addWidget(self._list_box(self.tr("Guardians"), self.guardian_table, [
            self.add_guardian_button, self.edit_guardian_button, self.remove_guardian_button]))
        page_layout.addWidget(self._list_box(self.tr("Consent"), self.consent_table, [
            self.record_consent_button, self.withdraw_consent_button]))
        page_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self.load(case)

    def _list_box(self, title: str, table: QTableView, buttons: list[QPushButton]) -> QGroupBox:
        box = QGroupBox(title, self)
        layout = QHBoxLayout(box)
        table.setMinimumHeight(110)
        layout.addWidget(table, 1)
        column = QVBoxLayout()
        for button in buttons:
            column.addWidget(button)
        column.addStretch(1)
        layout.addLayout(column)
        return box

    def _guardian_role(self, g: GuardianView) -> str:
        parts = []
        if g.is_primary_contact:
            parts.append(self.tr("primary contact"))
        if g.is_order_subject:
            parts.append(self.tr("named in the order"))
        return ", ".join(parts)

    def _withdrawn_text(self, c: ConsentView) -> str:
        if c.withdrawn_on is None:
            return ""
        return f"{formatting.long_date(c.withdrawn_on)} {c.withdrawal_reason}".strip()

    # -- loading ------------------------------------------------------------------------

    def load(self, case: CaseView) -> None:
        """Lists always refresh; the form only if the user has no unsaved edit in it."""
        if not self.is_dirty():
            self.minor = case.minor
            self.form.load(case.minor)
        elif minor_values(case.minor) == minor_values(self.minor):
            # Only other things changed (a guardian, the seal): the edit still applies as is.
            self.minor = case.minor
        self.guardians.set_rows(case.minor.guardians)
        self.consents.set_rows(case.minor.consents)
        self.consent_banner.setText(self.tr(
            "%1 is under 14 and no guardian's consent is on record. Record the guardian's "
            "consent before guidance begins.").replace("%1", case.minor.name))
        self.consent_banner.setVisible(case.minor.needs_consent)
        self._dirty_changed(self.is_dirty())

    def _dirty_changed(self, dirty: bool) -> None:
        self.save_button.setEnabled(dirty)
        self.discard_button.setEnabled(dirty)

    def is_dirty(self) -> bool:
        return self.form.fields.tracker.is_dirty()

    # -- the minor ----------------------------------------------------------------------

    def save(self) -> bool:
        data = self.form.minor_input()
        minor = self.minor
        ok, view = run_save(
            self, lambda: self.services.minors.update(minor.id, minor.version, data),
            sinks=[self.form.fields.show_errors], general=self.general, on_stale=self._stale)
        if ok and view is not None:
            self.minor = view
            self.form.load(view)
            self.events.minor_saved.emit(self.case_id)
        return ok

    def _stale(self, exc: StaleRecord) -> None:
        resolve_stale(self, self.form.fields, exc, reload=self.reload_minor,
                      save_again=self.save)

    def reload_minor(self) -> None:
        self.minor = self.services.minors.get(self.minor.id)
        self.form.load(self.minor)

    def discard(self) -> None:
        self.reload_minor()

    # -- guardians and consent ----------------------------------------------------------

    def _selected(self, table: QTableView, model: RowsModel) -> object | None:
        index: QModelIndex = table.currentIndex()
        return model.row(index.row()) if index.isValid() else None

    def _open(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.accepted.connect(lambda: self.events.minor_saved.emit(self.case_id))
        dialog.open()

    def add_guardian(self) -> None:
        self._open(GuardianDialog(self.services, self.vocab, self.minor.id, None, self))

    def edit_guardian(self) -> None:
        guardian = self._selected(self.guardian_table, self.guardians)
        if isinstance(guardian, GuardianView):
            self._open(GuardianDialog(self.services, self.vocab, self.minor.id, guardian, self))

    def remove_guardian(self) -> None:
        guardian = self._selected(self.guardian_table, self.guardians)
        if not isinstance(guardian, GuardianView):
            return
        if QMessageBox.question(self, self.tr("Remove guardian"), self.tr(
                "Remove %1 from the guardians of this minor? Sessions that list them keep "
                "their name.").replace("%1", guardian.name)) != QMessageBox.StandardButton.Yes:
            return
        ok, _none = run_save(self, lambda: self.services.minors.remove_guardian(guardian.id))
        if ok:
            self.events.minor_saved.emit(self.case_id)

    def record_consent(self) -> None:
        self._open(ConsentDialog(self.services, self.minor, self))

    def withdraw_consent(self) -> None:
        consent = self._selected(self.consent_table, self.consents)
        if not isinstance(consent, ConsentView):
            return
        if consent.withdrawn_on is not None:
            QMessageBox.information(self, self.tr("Withdraw consent"),
                                    self.tr("This consent has already been withdrawn."))
            return
        self._open(WithdrawConsentDialog(self.services, consent, self))
