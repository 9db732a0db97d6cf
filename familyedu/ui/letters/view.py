"""The Letters screen: the register of issued letters, reprints, batches and statistics."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from familyedu.models.enums import LetterKind, Role
from familyedu.services import Services
from familyedu.services.letters.dto import RegisterQuery
from familyedu.ui import labels
from familyedu.ui.events import AppEvents
from familyedu.ui.forms.keys import tab_chain
from familyedu.ui.letters.batch import BatchDialog
from familyedu.ui.letters.issue_dialog import IssueLetterDialog, StatisticsDialog
from familyedu.ui.letters.model import Column, LetterRegisterModel
from familyedu.ui.letters.preview import PreviewDialog
from familyedu.ui.letters.texts import letter_error_text


class LettersView(QWidget):
    """Every issued letter the user may see, newest first; double-click reprints one."""

    def __init__(self, services: Services, events: AppEvents,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.events = events
        self.setObjectName("letters_view")
        self.dialog: QWidget | None = None  # the last dialog opened (kept alive while shown)
        self.model = LetterRegisterModel(services.letters, self)
        self._build_table()
        self._build_kind_filter()
        toolbar = self._build_toolbar()
        tab_chain([*self._toolbar_stops(toolbar), self.table])
        layout = QVBoxLayout(self)
        layout.addWidget(toolbar)
        layout.addWidget(self.table, 1)
        events.letter_issued.connect(self.refresh)
        self.refresh()

    def _build_table(self) -> None:
        self.table = QTableView(self)
        self.table.setTabKeyNavigation(False)  # Tab moves on; the arrows move in it
        self.table.setObjectName("letter_register")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(
            Column.RECIPIENT, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self._double_clicked)

    def _build_kind_filter(self) -> None:
        self.kind_filter = QComboBox(self)
        self.kind_filter.setAccessibleName(self.tr("Filter by kind of document"))
        self.kind_filter.addItem(self.tr("All documents"), None)
        for kind in LetterKind:
            self.kind_filter.addItem(labels.letter_kind(kind), kind.value)
        self.kind_filter.currentIndexChanged.connect(self.apply_filter)

    def _build_toolbar(self) -> QToolBar:
        toolbar = QToolBar(self)
        self.new_action = toolbar.addAction(self.tr("New letter…"), self.new_letter)
        self.reprint_action = toolbar.addAction(self.tr("Reprint"), self.reprint_selected)
        toolbar.addSeparator()
        self.batch_action = toolbar.addAction(self.tr("Batch…"), self.open_batch)
        self.statistics_action = toolbar.addAction(self.tr("Statistics…"),
                                                   self.open_statistics)
        # The statistics describe the whole center: a supervisor's document.
        self.statistics_action.setVisible(self.services.actor.role is Role.SUPERVISOR)
        toolbar.addSeparator()
        toolbar.addWidget(QLabel(self.tr("Show:"), self))
        toolbar.addWidget(self.kind_filter)
        toolbar.addSeparator()
        toolbar.addAction(self.tr("Refresh"), self.refresh)
        return toolbar

    def _toolbar_stops(self, toolbar: QToolBar) -> list[QWidget]:
        """A toolbar's buttons take no focus by default: Tab reaches them too, left to
        right, then the register below them."""
        stops: list[QWidget] = []
        for action in toolbar.actions():
            widget = toolbar.widgetForAction(action)
            if widget is None or not action.isVisible() or action.isSeparator() \
                    or isinstance(widget, QLabel):
                continue
            if widget is not self.kind_filter:
                widget.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            stops.append(widget)
        return stops

    def refresh(self) -> None:
        try:
            self.model.reload()
        except Exception as exc:  # the register stays as it was; say why
            self._warn(letter_error_text(exc))
        self.table.resizeColumnsToContents()

    def apply_filter(self) -> None:
        kind = self.kind_filter.currentData()
        self.model.set_query(RegisterQuery(kind=LetterKind(kind) if kind else None))

    def selected_reference(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        row = self.model.row_at(rows[0].row()) if rows else None
        return row.reference if row else None

    def _double_clicked(self, index: QModelIndex) -> None:
        row = self.model.row_at(index.row())
        if row is not None:
            self.reprint(row.reference)

    def reprint_selected(self) -> None:
        reference = self.selected_reference()
        if reference is not None:
            self.reprint(reference)

    def reprint(self, reference: str) -> PreviewDialog | None:
        """Rebuild the letter from the register (byte-identical) and show it."""
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            pdf = self.services.letters.reprint(reference)
        except Exception as exc:  # worded for the user
            QApplication.restoreOverrideCursor()
            self._warn(letter_error_text(exc))
            return None
        QApplication.restoreOverrideCursor()
        dialog = PreviewDialog(pdf, reference, self, reference=reference)
        self._show(dialog)
        return dialog

    def new_letter(self) -> None:
        number, ok = QInputDialog.getText(self, self.tr("New letter"),
                                          self.tr("Case number (e.g. 2026-0012):"))
        if ok and number.strip():
            self.open_issue_dialog_for(number.strip())

    def open_issue_dialog_for(self, case_number: str) -> IssueLetterDialog | None:
        try:
            case_id = self.services.letters.case_id_for(case_number)
        except Exception as exc:  # unknown number or a case the user may not see
            self._warn(letter_error_text(exc))
            return None
        dialog = IssueLetterDialog(self.services, self.events, case_id, self)
        self._show(dialog)
        return dialog

    def open_batch(self) -> BatchDialog:
        dialog = BatchDialog(self.services, self.events, self)
        self._show(dialog)
        return dialog

    def open_statistics(self) -> StatisticsDialog:
        dialog = StatisticsDialog(self.services, self.events, self)
        self._show(dialog)
        return dialog

    def _show(self, dialog: QWidget) -> None:
        self.dialog = dialog
        dialog.show()

    def _warn(self, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Letters"), text,
                          QMessageBox.StandardButton.Ok, self)
        box.setObjectName("letters_warning")
        self.dialog = box
        box.open()
