"""The letters a sending center issued before it transferred the case to us: listed in the
case's history, each opened (preview, print, save) or saved as the PDF that came in the file."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from familyedu.errors import DatabaseError, ServiceError
from familyedu.models.enums import LetterKind
from familyedu.security import private_files
from familyedu.services import Services
from familyedu.services.casework.transfer.dto import ReceivedLetter
from familyedu.ui import file_dialogs, formatting, labels
from familyedu.ui.forms.rows_model import ColumnSpec, RowsModel
from familyedu.ui.service_errors import error_text

log = logging.getLogger(__name__)


def kind_text(kind: LetterKind | str) -> str:
    """A kind in words; one this version does not know (a newer center's) as sent."""
    return labels.letter_kind(kind) if isinstance(kind, LetterKind) else kind


class ReceivedLettersBox(QGroupBox):
    """Hidden for the center's own cases (nothing came with them)."""

    def __init__(self, services: Services, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("received_letters")
        self.transfers = services.transfers
        self.case_id = case_id
        self.dialog: QWidget | None = None  # the preview last opened (kept alive while shown)
        self._make_table()
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.open_button = QPushButton(self.tr("Open…"), self)
        self.open_button.setToolTip(self.tr("Look at the letter as the sending center issued it; "
                                            "print it or save it from there"))
        self.save_button = QPushButton(self.tr("Save as PDF…"), self)
        self.open_button.clicked.connect(self.open_selected)
        self.save_button.clicked.connect(self.ask_save)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.setVisible(False)  # until refresh() finds letters

    def _make_table(self) -> None:
        self.model = RowsModel([
            ColumnSpec(self.tr("Issued"), lambda r: formatting.date_time(r.issued_at)),
            ColumnSpec(self.tr("Reference"), lambda r: r.reference),
            ColumnSpec(self.tr("Document"), lambda r: kind_text(r.kind)),
            ColumnSpec(self.tr("To"), lambda r: r.recipient),
            ColumnSpec(self.tr("Issued by"), lambda r: r.from_center),
        ], self)
        self.table = QTableView(self)
        self.table.setTabKeyNavigation(False)  # Tab moves on; the arrows move in it
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self._double_clicked)
        self.table.setMaximumHeight(160)

    # -- public API -----------------------------------------------------------------------

    def refresh(self) -> None:
        try:
            rows = self.transfers.received_letters(self.case_id)
        except (ServiceError, DatabaseError):
            log.warning("the received letters could not be read", exc_info=True)
            rows = []
        self.model.set_rows(rows)
        self.setVisible(bool(rows))
        if rows:
            center = rows[0].from_center
            self.setTitle(self.tr("Letters issued by %1 before the transfer").replace(
                "%1", center))
            self.note.setText(self.tr(
                "These letters were issued by %1, not by this center; they came with the case "
                "as that center issued them and cannot be reprinted here.").replace("%1", center))
            if not self.table.selectionModel().hasSelection():
                self.table.selectRow(0)
        self._update_buttons()

    def selected(self) -> ReceivedLetter | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def open_selected(self) -> None:
        letter = self.selected()
        pdf = self._pdf(letter)
        if letter is None or pdf is None:
            return
        from familyedu.ui.letters.preview import PreviewDialog  # loaded when first needed

        title = self.tr("%1 %2 (issued by %3)").replace("%1", kind_text(letter.kind)).replace(
            "%2", letter.reference).replace("%3", letter.from_center)
        dialog = PreviewDialog(pdf, title, self, reference=letter.reference)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()

    def ask_save(self) -> None:
        letter = self.selected()
        if letter is None:
            return
        from familyedu.ui.letters.preview import file_name_for

        path = file_dialogs.save_path(self, self.tr("Save as PDF"),
                                      file_name_for(letter.reference),
                                      self.tr("PDF documents (*.pdf)"))
        if path is not None:
            self.save_to(letter, path)

    def save_to(self, letter: ReceivedLetter, path: Path) -> bool:
        pdf = self._pdf(letter)
        if pdf is None:
            return False
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            private_files.write_private(path, pdf)
        except OSError:
            log.warning("saving a received letter failed", exc_info=True)
            self._warn(self.tr("The file could not be written. Choose another folder."))
            return False
        return True

    # -- inside -------------------------------------------------------------------------

    def _pdf(self, letter: ReceivedLetter | None) -> bytes | None:
        if letter is None:
            return None
        try:
            return self.transfers.transferred_letter_pdf(self.case_id, letter.reference)
        except (ServiceError, DatabaseError) as exc:
            self._warn(error_text(exc))
            return None

    def _double_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.table.selectRow(index.row())
            self.open_selected()

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        self.open_button.setEnabled(chosen)
        self.save_button.setEnabled(chosen)

    def _warn(self, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Received letters"), text,
                          QMessageBox.StandardButton.Ok, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
