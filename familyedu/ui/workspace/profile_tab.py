"""The minor's profile: their details, the guardians, and the guardians' consent."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt
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
from familyedu.services.casework.dto import CaseView, ConsentView, GuardianView, MinorView
from familyedu.ui import formatting
from familyedu.ui.events import AppEvents
from familyedu.ui.forms.form_tab import FormTab
from familyedu.ui.forms.punctuation import listing
from familyedu.ui.forms.rows_model import ColumnSpec, RowsModel
from familyedu.ui.forms.saving import run_save
from familyedu.ui.forms.widgets import Vocab, banner
from familyedu.ui.workspace.guardian_form import GuardianDialog
from familyedu.ui.workspace.minor_form import MinorForm, minor_values
from familyedu.ui.workspace.small_dialogs import ConsentDialog, WithdrawConsentDialog


def _table(model: RowsModel, parent: QWidget) -> QTableView:
    table = QTableView(parent)
    table.setTabKeyNavigation(False)  # Tab moves on; the arrows move in it
    table.setModel(model)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class ProfileTab(FormTab[MinorView]):
    def __init__(self, services: Services, events: AppEvents, vocab: Vocab, case: CaseView,
                 parent: QWidget | None = None) -> None:
        super().__init__(services, events, case.minor, parent)
        self.vocab = vocab
        self.case_id = case.id
        self.dialog: QDialog | None = None  # the guardian or consent dialog that is open

        self.consent_banner = banner(self, colour="#ffebee", border="#c62828")
        self.form = MinorForm(vocab, self, clock=services.ctx.now)
        self._setup_form(self.form.fields, self.tr("Save profile"), self.tr("Discard changes"))

        # Made in the order they stand, which is the order Tab takes.
        self._make_guardians(vocab)
        self._make_consents()
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self._page())
        # Not a Tab stop: its fields are, and it scrolls to the one with the focus.
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self.load(case)

    def _make_guardians(self, vocab: Vocab) -> None:
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

    def _make_consents(self) -> None:
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

    def _page(self) -> QWidget:
        """The banner, the minor's form, the guardians and the consents, one under another."""
        page = QWidget(self)
        page_layout = QVBoxLayout(page)
        page_layout.addWidget(self.consent_banner)
        minor_box = QGroupBox(self.tr("The minor"), page)
        minor_layout = QVBoxLayout(minor_box)
        minor_layout.addWidget(self.form)
        minor_layout.addWidget(self.general)
        minor_layout.addLayout(self.save_row())
        page_layout.addWidget(minor_box)
        page_layout.addWidget(self._list_box(self.tr("Guardians"), self.guardian_table, [
            self.add_guardian_button, self.edit_guardian_button, self.remove_guardian_button]))
        page_layout.addWidget(self._list_box(self.tr("Consent"), self.consent_table, [
            self.record_consent_button, self.withdraw_consent_button]))
        page_layout.addStretch(1)
        return page

    @property
    def minor(self) -> MinorView:
        """The saved version of the minor the form's edit started from."""
        return self.record

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
        return listing(parts)

    def _withdrawn_text(self, c: ConsentView) -> str:
        if c.withdrawn_on is None:
            return ""
        return f"{formatting.long_date(c.withdrawn_on)} {c.withdrawal_reason}".strip()

    # -- loading ------------------------------------------------------------------------

    def load(self, case: CaseView) -> None:
        """Lists always refresh; the form only if the user has no unsaved edit in it."""
        self._take(case.minor)
        self.guardians.set_rows(case.minor.guardians)
        self.consents.set_rows(case.minor.consents)
        self.consent_banner.setText(self.tr(
            "%1 is under 14 and no guardian's consent is on record. Record the guardian's "
            "consent before guidance begins.").replace("%1", case.minor.name))
        self.consent_banner.setVisible(case.minor.needs_consent)
        self._dirty_changed(self.is_dirty())

    # -- the minor (FormTab) -----------------------------------------------------------

    def _values(self, record: MinorView) -> object:
        return minor_values(record)

    def _load_form(self, record: MinorView) -> None:
        self.form.load(record)

    def _save_call(self, record: MinorView) -> Callable[[], MinorView]:
        data = self.form.minor_input()
        return lambda: self.services.minors.update(record.id, record.version, data)

    def _fetch(self, record: MinorView) -> MinorView:
        return self.services.minors.get(record.id)

    def _saved(self, record: MinorView) -> None:
        self.events.minor_saved.emit(self.case_id)

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
