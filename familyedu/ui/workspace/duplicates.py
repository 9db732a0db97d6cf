"""Possible duplicates of a minor being registered, shown before anything is saved."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from familyedu.errors import DuplicateCandidate
from familyedu.ui.forms.rows_model import ColumnSpec, RowsModel


class DuplicateDialog(QDialog):
    def __init__(self, candidates: list[DuplicateCandidate],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("This child may already be registered"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Nothing has been saved yet. These registered minors look like the child you are "
            "registering. If one of them is this child, cancel and open their record instead."),
            self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        reasons = {
            "name_and_birth": self.tr("Same name and date of birth"),
            "guardian_phone": self.tr("A guardian has the same phone number"),
        }
        self.model = RowsModel([
            ColumnSpec(self.tr("Name"), lambda c: c.name),
            ColumnSpec(self.tr("Date of birth"), lambda c: c.date_of_birth),
            ColumnSpec(self.tr("Why it may be the same child"),
                       lambda c: reasons.get(c.reason, c.reason)),
        ], self)
        self.model.set_rows(candidates)
        self.table = QTableView(self)
        self.table.setTabKeyNavigation(False)  # Tab moves on; the arrows move in it
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(self)
        self.different_button = QPushButton(self.tr("This is a different child: register"),
                                            self)
        buttons.addButton(self.different_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.different_button.clicked.connect(self.accept)
        buttons.rejected.connect(self.reject)
        # Cancelling is the safe answer, so it is what Enter does.
        self.cancel_button.setDefault(True)
        layout.addWidget(buttons)
        self.resize(620, 320)

    @classmethod
    def ask(cls, parent: QWidget | None, candidates: list[DuplicateCandidate]) -> bool:
        """True if the user confirms the child is not one of the candidates."""
        dialog = cls(candidates, parent)
        confirmed = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        return confirmed
