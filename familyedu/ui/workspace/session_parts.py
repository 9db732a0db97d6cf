"""Parts of the log-session dialog: who came, and the goals worked on with their ratings."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QGridLayout, QLabel, QVBoxLayout, QWidget

from familyedu.services.casework.dto import GoalView, GuardianView
from familyedu.ui import labels
from familyedu.ui.forms.popups import fit_popup
from familyedu.ui.forms.punctuation import aside, labelled
from familyedu.ui.forms.widgets import guard_wheel
from familyedu.ui.labels import CategoryLabels


class AttendeesBox(QWidget):
    """A check box for each guardian and one for the minor."""

    changed = Signal()

    def __init__(self, guardians: Sequence[GuardianView], relations: CategoryLabels,
                 minor_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.guardian_boxes: dict[int, QCheckBox] = {}
        for guardian in guardians:
            box = QCheckBox(aside(guardian.name, relations(guardian.relation)), self)
            box.toggled.connect(lambda _on: self.changed.emit())
            layout.addWidget(box)
            self.guardian_boxes[guardian.id] = box
        self.minor_box = QCheckBox(self.tr("%1 (the minor)").replace("%1", minor_name), self)
        self.minor_box.toggled.connect(lambda _on: self.changed.emit())
        layout.addWidget(self.minor_box)
        if not guardians:
            layout.addWidget(QLabel(self.tr("No guardian is registered."), self))

    def guardian_ids(self) -> tuple[int, ...]:
        return tuple(gid for gid, box in self.guardian_boxes.items() if box.isChecked())

    def set_guardian_ids(self, ids: Any) -> None:
        wanted = {int(i) for i in (ids or ())}
        for gid, box in self.guardian_boxes.items():
            box.setChecked(gid in wanted)


class RatingsBox(QWidget):
    """Each goal of the live plan: ticked if worked on, with a 0–4 rating."""

    changed = Signal()

    def __init__(self, goals: Sequence[GoalView], domains: CategoryLabels,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        self.rows: dict[int, tuple[QCheckBox, QComboBox]] = {}
        for row, goal in enumerate(goals):
            box = QCheckBox(labelled(domains(goal.domain), goal.description), self)
            box.setToolTip(goal.description)
            combo = QComboBox(self)
            for value in range(5):
                combo.addItem(labels.goal_progress(value), value)
            combo.setCurrentIndex(goal.progress)
            combo.setEnabled(False)
            combo.setAccessibleName(self.tr("Rating of goal %1").replace("%1", str(row + 1)))
            guard_wheel(combo)
            fit_popup(combo)
            box.toggled.connect(combo.setEnabled)
            box.toggled.connect(lambda _on: self.changed.emit())
            combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
            grid.addWidget(box, row, 0)
            grid.addWidget(combo, row, 1)
            self.rows[goal.id] = (box, combo)
        grid.setColumnStretch(0, 1)
        if not goals:
            grid.addWidget(QLabel(self.tr("The case has no approved plan yet: no goals to "
                                          "rate."), self), 0, 0)

    def ratings(self) -> tuple[tuple[int, int], ...]:
        return tuple((gid, int(combo.currentData())) for gid, (box, combo) in self.rows.items()
                     if box.isChecked())

    def set_ratings(self, pairs: Any) -> None:
        given = {int(g): int(r) for g, r in (pairs or ())}
        for gid, (box, combo) in self.rows.items():
            box.setChecked(gid in given)
            if gid in given:
                combo.setCurrentIndex(given[gid])
