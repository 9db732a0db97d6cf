"""The configurable lists: rename an entry, add one, or retire it (never delete: records use it)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from familyedu.errors import ServiceError, ValidationError
from familyedu.models.enums import CategoryKind
from familyedu.services import Services
from familyedu.services.core.dto import CategoryView
from familyedu.ui.service_errors import error_text, field_errors


def kind_label(kind: CategoryKind) -> str:
    tr = QCoreApplication.translate
    return {
        CategoryKind.GUARDIANSHIP: tr("Categories", "Guardianship situation"),
        CategoryKind.LIVING: tr("Categories", "Living with"),
        CategoryKind.INVOLVEMENT: tr("Categories", "Involvement in a case"),
        CategoryKind.REFERRAL: tr("Categories", "Referral source"),
        CategoryKind.GOAL_DOMAIN: tr("Categories", "Goal domain"),
        CategoryKind.RELATION: tr("Categories", "Guardian's relation"),
    }[kind]


class CategoriesPage(QWidget):
    """Pick a list, pick an entry (or none, for a new one), edit its labels, save."""

    saved = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.entries: list[CategoryView] = []
        self._build_list()
        form = self._build_form()
        new_button = QPushButton(self.tr("New entry"), self)
        self.save_button = QPushButton(self.tr("Save entry"), self)
        self.save_button.setObjectName("save_category")
        buttons = QHBoxLayout()
        buttons.addWidget(new_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        hint = QLabel(self.tr("Entries are never deleted, because older records use them: "
                              "clear “Offer this entry” to retire one."), self)
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.kind)
        layout.addWidget(self.table, 1)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(buttons)

        self.kind.currentIndexChanged.connect(self.reload)
        self.table.itemSelectionChanged.connect(self._load_selected)
        new_button.clicked.connect(self.start_new)
        self.save_button.clicked.connect(self.save)
        self.reload()

    def _build_list(self) -> None:
        """The choice of list and the table of its entries."""
        self.kind = QComboBox(self)
        self.kind.setObjectName("category_kind")
        self.kind.setAccessibleName(self.tr("Which list"))
        for kind in CategoryKind:
            self.kind.addItem(kind_label(kind), kind.value)
        self.table = QTableWidget(0, 4, self)
        self.table.setTabKeyNavigation(False)  # Tab moves on; the arrows move in it
        self.table.setObjectName("categories_table")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Code"), self.tr("Chinese"), self.tr("English"), self.tr("In use")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

    def _build_form(self) -> QFormLayout:
        """The chosen entry's code and labels, and its error line."""
        self.code = QLineEdit(self)
        self.code.setObjectName("code")
        self.label_zh = QLineEdit(self)
        self.label_zh.setObjectName("label_zh")
        self.label_en = QLineEdit(self)
        self.label_en.setObjectName("label_en")
        self.active = QCheckBox(self.tr("Offer this entry for new records"), self)
        self.active.setChecked(True)
        self.error = QLabel(self)
        self.error.setObjectName("category_error")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Code"), self.code)
        form.addRow(self.tr("Chinese"), self.label_zh)
        form.addRow(self.tr("English"), self.label_en)
        form.addRow("", self.active)
        return form

    @property
    def current_kind(self) -> CategoryKind:
        return CategoryKind(self.kind.currentData())

    def reload(self) -> None:
        self.entries = self._services.categories.entries(self.current_kind,
                                                         include_inactive=True)
        self.table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            in_use = self.tr("Yes") if entry.active else self.tr("Retired")
            for column, text in enumerate((entry.code, entry.label_zh, entry.label_en, in_use)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.start_new()

    def start_new(self) -> None:
        self.table.clearSelection()
        self.code.setReadOnly(False)
        for edit in (self.code, self.label_zh, self.label_en):
            edit.clear()
        self.active.setChecked(True)
        self.error.clear()

    def _load_selected(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.entries) or not self.table.selectedItems():
            return
        entry = self.entries[row]
        self.code.setText(entry.code)
        self.code.setReadOnly(True)  # records refer to the code; only the labels change
        self.label_zh.setText(entry.label_zh)
        self.label_en.setText(entry.label_en)
        self.active.setChecked(entry.active)
        self.error.clear()

    def save(self) -> None:
        try:
            self._services.categories.save(
                self.current_kind, self.code.text().strip(), self.label_zh.text(),
                self.label_en.text(), active=self.active.isChecked())
        except ValidationError as exc:
            self.error.setText("\n".join(field_errors(exc).values()))
            return
        except ServiceError as exc:
            self.error.setText(error_text(exc))
            return
        self.reload()
        self.saved.emit()
