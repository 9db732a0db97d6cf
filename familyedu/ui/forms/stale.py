"""When a save meets a newer version: show what the other person changed; reload or re-apply."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from enum import Enum
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor
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

from familyedu.errors import StaleRecord
from familyedu.ui.forms import FieldSet, normalise
from familyedu.ui.forms.rows_model import ColumnSpec, RowsModel


class StaleChoice(Enum):
    RELOAD = "reload"
    REAPPLY = "reapply"
    CANCEL = "cancel"


def conflict_rows(fields: FieldSet, current: Mapping[str, Any]) -> list[tuple[str, ...]]:
    """(field, as you opened it, as saved now, your edit, conflict flag) for changed fields."""
    mine = fields.values()
    same = QCoreApplication.translate("StaleDialog", "(unchanged)")
    rows: list[tuple[str, ...]] = []
    for name in fields.names():
        loaded = fields.loaded.get(name)
        theirs_changed = name in current and normalise(current[name]) != normalise(loaded)
        mine_changed = normalise(mine[name]) != normalise(loaded)
        if not (theirs_changed or mine_changed):
            continue
        rows.append((
            fields.label(name),
            fields.display(name, loaded),
            fields.display(name, current[name]) if theirs_changed else same,
            fields.display(name, mine[name]) if mine_changed else same,
            "both" if theirs_changed and mine_changed else "",
        ))
    return rows


class StaleDialog(QDialog):
    """Lists the other person's changes beside the user's; the user picks what happens."""

    def __init__(self, rows: list[tuple[str, ...]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choice = StaleChoice.CANCEL
        self.setWindowTitle(self.tr("Someone else changed this record"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "While you were editing, someone else saved this record. Your edit has not been "
            "saved yet. Their changes and yours:"), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self._make_table(rows)
        layout.addWidget(self.table)
        if not rows:
            self.table.hide()
            none = QLabel(self.tr("The changes are not in the fields of this form."), self)
            layout.addWidget(none)
        hint = QLabel(self.tr(
            "Re-apply loads their version and puts your changed fields on top of it, then "
            "saves. Reload shows their version and drops your edit."), self)
        hint.setWordWrap(True)
        layout.addWidget(hint)
        buttons = QDialogButtonBox(self)
        self.reapply_button = QPushButton(self.tr("Re-apply my edit"), self)
        self.reload_button = QPushButton(self.tr("Reload (discard my edit)"), self)
        buttons.addButton(self.reapply_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.reload_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.reapply_button.clicked.connect(lambda: self._choose(StaleChoice.REAPPLY))
        self.reload_button.clicked.connect(lambda: self._choose(StaleChoice.RELOAD))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.reapply_button.setDefault(True)
        self.resize(720, 360)

    def _make_table(self, rows: list[tuple[str, ...]]) -> None:
        self.model = RowsModel([
            ColumnSpec(self.tr("Field"), lambda r: r[0]),
            ColumnSpec(self.tr("When you opened it"), lambda r: r[1]),
            ColumnSpec(self.tr("Saved by the other person"), lambda r: r[2]),
            ColumnSpec(self.tr("Your edit"), lambda r: r[3]),
        ], self, colour=lambda r: QColor("#b71c1c") if r[4] else None)
        self.model.set_rows(rows)
        self.table = QTableView(self)
        self.table.setTabKeyNavigation(False)  # Tab moves on; the arrows move in it
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)

    def _choose(self, choice: StaleChoice) -> None:
        self.choice = choice
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, fields: FieldSet,
            current: Mapping[str, Any]) -> StaleChoice:
        dialog = cls(conflict_rows(fields, current), parent)
        dialog.exec()
        choice = dialog.choice
        dialog.deleteLater()
        return choice


def resolve_stale(parent: QWidget | None, fields: FieldSet, exc: StaleRecord, *,
                  reload: Callable[[], None], save_again: Callable[[], object],
                  keep: Callable[[], Any] | None = None,
                  put_back: Callable[[Any], None] | None = None) -> StaleChoice:
    """Ask, then reload, or reload and re-apply the user's changed fields and save again.

    `keep`/`put_back` carry edits that are not plain fields (e.g. a plan's goal table).
    """
    choice = StaleDialog.ask(parent, fields, exc.current)
    if choice is StaleChoice.RELOAD:
        reload()
    elif choice is StaleChoice.REAPPLY:
        mine = fields.values()
        changed = fields.changed_fields()
        extra = keep() if keep is not None else None
        reload()
        fields.set_values({name: mine[name] for name in changed})
        if put_back is not None:
            put_back(extra)
        fields.tracker.set_dirty(True)
        save_again()
    return choice
