"""The plan's own text: its dates, needs, interventions and goals, editable while a draft."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from familyedu.models.enums import CategoryKind
from familyedu.services.casework.dto import PlanInput, PlanView
from familyedu.ui.forms import DateField, DirtyTracker, FieldSet, error_label, years_around
from familyedu.ui.forms.fields import field_label
from familyedu.ui.forms.widgets import Vocab, text_area
from familyedu.ui.workspace.goals_model import GoalColumn, GoalsModel, GoalsTable

PLAN_FIELDS = ("start_on", "review_on", "end_on", "frequency", "needs", "interventions")


class PlanEditor(QWidget):
    """One revision's fields and goals table; `tracker` turns dirty on the user's edits."""

    goal_added = Signal()  # a blank goal row was added (the tab's buttons follow)

    def __init__(self, clock: Callable[[], datetime], vocab: Vocab,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self.fields = FieldSet(self)
        grid, texts = self._make_fields()
        goal_buttons = self._make_goals(vocab)
        self.tracker = DirtyTracker(self)
        self.fields.tracker.changed.connect(self._part_changed)
        self.tracker.watch(self.goals)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(grid)
        layout.addLayout(texts)
        layout.addLayout(goal_buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.goal_errors)

    def _make_fields(self) -> tuple[QGridLayout, QFormLayout]:
        """The dates and frequency in a row, the needs and interventions under them."""
        clock, f = self._clock, self.fields
        self.start_on = DateField(self, optional=True, default=clock,
                                  **years_around(clock, 20, 10))
        self.review_on = DateField(self, optional=True, default=clock,
                                   **years_around(clock, 20, 10))
        self.end_on = DateField(self, optional=True, default=clock,
                                **years_around(clock, 20, 10))
        self.frequency = QLineEdit(self)
        self.frequency.setPlaceholderText(self.tr("e.g. every two weeks"))
        self.needs = text_area(self, 3)
        self.interventions = text_area(self, 3)
        grid = QGridLayout()
        for column, name in enumerate(("start_on", "review_on", "end_on", "frequency")):
            grid.addWidget(QLabel(field_label(name), self), 0, column)
            grid.addWidget(f.add(name, getattr(self, name), field_label(name)), 1, column)
        texts = QFormLayout()
        texts.addRow(field_label("needs"), f.add("needs", self.needs, field_label("needs")))
        texts.addRow(field_label("interventions"),
                     f.add("interventions", self.interventions, field_label("interventions")))
        return grid, texts

    def _make_goals(self, vocab: Vocab) -> QHBoxLayout:
        """The goals' table with its add and remove buttons (their row is returned)."""
        self.goals = GoalsModel(vocab.labels(CategoryKind.GOAL_DOMAIN), self)
        self.table = GoalsTable(self.goals, vocab, self)
        self.add_goal_button = QPushButton(self.tr("Add goal"), self)
        self.remove_goal_button = QPushButton(self.tr("Remove goal"), self)
        self.add_goal_button.clicked.connect(self.add_goal)
        self.remove_goal_button.clicked.connect(self._remove_goal)
        self.goal_errors = error_label(self)
        row = QHBoxLayout()
        row.addWidget(QLabel(field_label("goals"), self))
        row.addStretch(1)
        row.addWidget(self.add_goal_button)
        row.addWidget(self.remove_goal_button)
        return row

    def _part_changed(self, dirty: bool) -> None:
        if dirty:
            self.tracker.set_dirty(True)

    # -- showing --------------------------------------------------------------------------

    def load(self, plan: PlanView | None) -> None:
        """Show a revision (None: a blank first plan starting today), clean and error-free."""
        with self.tracker.paused():
            if plan is None:
                self.fields.load({"start_on": self._clock().date(), "review_on": None,
                                  "end_on": None, "frequency": "", "needs": "",
                                  "interventions": ""})
                self.goals.load([])
            else:
                self.fields.load({name: getattr(plan, name) for name in PLAN_FIELDS})
                self.goals.load(plan.goals)
        self.tracker.mark_clean()
        self.goal_errors.setVisible(False)

    def set_editable(self, editable: bool) -> None:
        for name in PLAN_FIELDS:
            widget = self.fields.widget(name)
            # Read-only rather than disabled: an approved plan must stay easy to read.
            if isinstance(widget, QLineEdit | QPlainTextEdit):
                widget.setReadOnly(not editable)
            elif isinstance(widget, DateField):
                widget.set_read_only(not editable)
        self.goals.editable = editable
        self.add_goal_button.setEnabled(editable)
        self.remove_goal_button.setEnabled(editable)

    # -- editing --------------------------------------------------------------------------

    def is_dirty(self) -> bool:
        return self.tracker.is_dirty()

    def add_goal(self) -> None:
        row = self.goals.add_goal()
        index = self.goals.index(row, GoalColumn.DOMAIN)
        self.table.setCurrentIndex(index)
        self.table.setFocus()
        self.goal_added.emit()

    def _remove_goal(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.goals.remove_goal(index.row())

    def plan_input(self) -> PlanInput:
        v = self.fields.values()
        return PlanInput(start_on=v["start_on"], needs=v["needs"],
                         interventions=v["interventions"], frequency=v["frequency"],
                         end_on=v["end_on"], review_on=v["review_on"],
                         goals=self.goals.goal_inputs())

    def show_errors(self, messages: dict[str, str]) -> dict[str, str]:
        """Mark the fields and goal cells the messages name; returns those left over."""
        with self.tracker.paused():  # marking cells is not an edit
            left = self.goals.show_errors(messages)
        left = self.fields.place_errors(left)
        lines = self.goals.error_lines()
        if "goals" in left:
            lines.append(left.pop("goals"))
        self.goal_errors.setText("\n".join(lines))
        self.goal_errors.setVisible(bool(lines))
        if self.fields.focus_first_error() is None and lines:
            self.table.setFocus()
        return left

    # -- drafts ---------------------------------------------------------------------------

    def state(self) -> dict[str, Any]:
        """What was typed, for a crash-safe draft."""
        return {"fields": self.fields.state(), "goals": self.goals.state()}

    def restore(self, state: dict[str, Any]) -> None:
        """Put a draft's text back; the editor is then dirty."""
        self.fields.restore(state.get("fields", {}))
        self.goals.restore(list(state.get("goals", [])))
        self.tracker.set_dirty(True)
