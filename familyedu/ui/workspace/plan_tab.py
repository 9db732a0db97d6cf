"""The guidance plan: its goals, the approval workflow and the earlier revisions."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from familyedu.errors import StaleRecord
from familyedu.models.enums import CategoryKind, PlanStatus
from familyedu.services import Services
from familyedu.services.casework.dto import PlanInput, PlanView
from familyedu.ui import formatting, labels
from familyedu.ui.drafts import DraftKeeper, DraftKey
from familyedu.ui.events import AppEvents
from familyedu.ui.forms import DateField, DirtyTracker, FieldSet, error_label, years_around
from familyedu.ui.workspace.fields import field_label
from familyedu.ui.workspace.goals_model import GoalColumn, GoalsModel, GoalsTable
from familyedu.ui.workspace.plan_decision import PlanDecisionDialog
from familyedu.ui.workspace.saving import run_save, warn
from familyedu.ui.workspace.stale import resolve_stale
from familyedu.ui.workspace.widgets import Vocab, ask_date, text_area

PLAN_FIELDS = ("start_on", "review_on", "end_on", "frequency", "needs", "interventions")
DRAFT_FORM = "plan"


class PlanTab(QWidget):
    def __init__(self, services: Services, events: AppEvents, vocab: Vocab, case_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.events = events
        self.case_id = case_id
        self.revisions: list[PlanView] = []
        self.current: PlanView | None = None
        self.shown: PlanView | None = None
        self._offered = False
        clock = services.ctx.now

        self.revision_combo = QComboBox(self)
        self.revision_combo.setAccessibleName(self.tr("Revision"))
        # Revisions come after the tab is first shown: a size fixed then cut "第 1 版 – 待审".
        self.revision_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.revision_combo.activated.connect(self._revision_chosen)
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        # The supervisor's comment on the last approval or return, for the counselor.
        self.decision_label = QLabel(self)
        self.decision_label.setObjectName("plan_decision_comment")
        self.decision_label.setWordWrap(True)
        self.decision_label.setVisible(False)

        self.fields = FieldSet(self)
        f = self.fields
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

        self.goals = GoalsModel(vocab.labels(CategoryKind.GOAL_DOMAIN), self)
        self.table = GoalsTable(self.goals, vocab, self)
        self.add_goal_button = QPushButton(self.tr("Add goal"), self)
        self.remove_goal_button = QPushButton(self.tr("Remove goal"), self)
        self.add_goal_button.clicked.connect(self.add_goal)
        self.remove_goal_button.clicked.connect(self._remove_goal)
        self.goal_errors = error_label(self)
        self.general = error_label(self)

        self.tracker = DirtyTracker(self)
        self.fields.tracker.changed.connect(self._part_changed)
        self.tracker.watch(self.goals)
        self.drafts = DraftKeeper(DraftKey(services.actor.user_id, case_id, DRAFT_FORM),
                                  self.tracker, self.draft_state, self)

        self.buttons: dict[str, QPushButton] = {}
        actions: list[tuple[str, str, Callable[[], Any]]] = [
            ("create", self.tr("Create plan"), self.save),
            ("new", self.tr("New plan"), self._new_plan),
            ("save", self.tr("Save draft"), self.save),
            ("submit", self.tr("Submit for approval"), self.submit),
            ("approve", self.tr("Approve…"), self.approve),
            ("return", self.tr("Return…") if services.actor.is_supervisor
             else self.tr("Return to draft"), self.return_to_draft),
            ("start_review", self.tr("Start review"), self.start_review),
            ("end_review", self.tr("End review…"), self.end_review),
            ("complete", self.tr("Complete…"), self.complete),
            ("revise", self.tr("Revise"), self.revise),
            ("discard", self.tr("Discard changes"), self.discard),
        ]
        action_row = QHBoxLayout()
        for key, text, slot in actions:
            button = QPushButton(text, self)
            button.clicked.connect(lambda _c=False, s=slot: s())
            self.buttons[key] = button
            action_row.addWidget(button)
        action_row.addStretch(1)

        top = QHBoxLayout()
        self.revision_label = QLabel(field_label("revision"), self)
        top.addWidget(self.revision_label)
        top.addWidget(self.revision_combo)
        top.addWidget(self.status_label, 1)
        goal_buttons = QHBoxLayout()
        goal_buttons.addWidget(QLabel(field_label("goals"), self))
        goal_buttons.addStretch(1)
        goal_buttons.addWidget(self.add_goal_button)
        goal_buttons.addWidget(self.remove_goal_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.decision_label)
        layout.addLayout(grid)
        layout.addLayout(texts)
        layout.addLayout(goal_buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.goal_errors)
        layout.addWidget(self.general)
        layout.addLayout(action_row)
        self.reload()

    def _part_changed(self, dirty: bool) -> None:
        if dirty:
            self.tracker.set_dirty(True)

    # -- showing ------------------------------------------------------------------------

    def reload(self, *, keep_edits: bool = False) -> None:
        """Fetch the revisions; an unsaved edit of the draft stays if `keep_edits`."""
        self.revisions = self.services.plans.revisions(self.case_id)
        self.current = self._pick_current()
        self.revision_combo.clear()
        for plan in self.revisions:
            text = self.tr("Revision %1 – %2").replace("%1", str(plan.revision)).replace(
                "%2", labels.plan_status(plan.status))
            self.revision_combo.addItem(text, plan.id)
        if keep_edits and self.is_dirty():
            self._update_controls()
            return
        self._show(self.current)

    def _pick_current(self) -> PlanView | None:
        for statuses in ((PlanStatus.DRAFT, PlanStatus.PENDING_APPROVAL),
                         (PlanStatus.ACTIVE, PlanStatus.UNDER_REVIEW)):
            for plan in self.revisions:
                if plan.status in statuses:
                    return plan
        return self.revisions[0] if self.revisions else None

    def _show(self, plan: PlanView | None) -> None:
        self.shown = plan
        with self.tracker.paused():
            if plan is None:
                self.fields.load({"start_on": self.services.ctx.today(), "review_on": None,
                                  "end_on": None, "frequency": "", "needs": "",
                                  "interventions": ""})
                self.goals.load([])
            else:
                self.fields.load({name: getattr(plan, name) for name in PLAN_FIELDS})
                self.goals.load(plan.goals)
        self.tracker.mark_clean()
        self.goal_errors.setVisible(False)
        self.general.setVisible(False)
        self._update_controls()

    def is_editable(self) -> bool:
        if self.shown is None:
            return True
        return self._is_current(self.shown) and self.shown.status is PlanStatus.DRAFT

    def _is_current(self, plan: PlanView | None) -> bool:
        # By id: a refresh brings new objects, while an unsaved edit keeps the one it began on.
        if plan is None:
            return True
        return self.current is not None and plan.id == self.current.id

    def _update_controls(self) -> None:
        plan = self.shown
        editable = self.is_editable()
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
        index = self.revision_combo.findData(plan.id) if plan else -1
        self.revision_combo.setCurrentIndex(index)
        self.revision_combo.setEnabled(not self.is_dirty())
        self.revision_combo.setVisible(bool(self.revisions))
        self.revision_label.setVisible(bool(self.revisions))
        self.status_label.setText(self._status_text(plan))
        comment = plan.decision_comment if plan is not None else ""
        self.decision_label.setVisible(bool(comment))
        if plan is not None and comment:
            who = (self.tr("Returned by %1: %2") if plan.decision == "returned"
                   else self.tr("Approved by %1: %2"))
            self.decision_label.setText(who.replace("%1", plan.decided_by_name)
                                        .replace("%2", comment))
        status = plan.status if plan is not None else None
        is_current = self._is_current(plan)
        visible = {
            "create": plan is None,
            "new": is_current and status in (PlanStatus.COMPLETED, PlanStatus.SUPERSEDED),
            "save": is_current and status is PlanStatus.DRAFT,
            "submit": is_current and status is PlanStatus.DRAFT,
            "approve": is_current and status is PlanStatus.PENDING_APPROVAL
            and self.services.actor.is_supervisor,
            "return": is_current and status is PlanStatus.PENDING_APPROVAL,
            "start_review": is_current and status is PlanStatus.ACTIVE,
            "end_review": is_current and status is PlanStatus.UNDER_REVIEW,
            "complete": is_current and status in (PlanStatus.ACTIVE, PlanStatus.UNDER_REVIEW),
            "revise": is_current and status in (PlanStatus.ACTIVE, PlanStatus.UNDER_REVIEW),
            "discard": editable and self.is_dirty(),
        }
        for key, button in self.buttons.items():
            button.setVisible(visible[key])

    def _status_text(self, plan: PlanView | None) -> str:
        if plan is None:
            return self.tr("No plan yet: write the first one below.")
        parts = [labels.plan_status(plan.status)]
        if plan.created_by_name:
            parts.append(self.tr("written by %1").replace("%1", plan.created_by_name))
        if plan.submitted_at:
            parts.append(self.tr("submitted %1").replace(
                "%1", formatting.date_time(plan.submitted_at)))
        if plan.approved_by_name and plan.approved_at:
            parts.append(self.tr("approved by %1 on %2").replace("%1", plan.approved_by_name)
                         .replace("%2", formatting.date_time(plan.approved_at)))
        elif plan.decision == "returned" and plan.decided_at:
            parts.append(self.tr("returned by %1 on %2").replace("%1", plan.decided_by_name)
                         .replace("%2", formatting.date_time(plan.decided_at)))
        if not self._is_current(plan):
            parts.append(self.tr("earlier revision, read only"))
        return " · ".join(parts)

    def _revision_chosen(self, index: int) -> None:
        plan_id = self.revision_combo.itemData(index)
        chosen = next((p for p in self.revisions if p.id == plan_id), None)
        if chosen is not None and chosen is not self.shown:
            self._show(chosen)

    def _new_plan(self) -> None:
        self._show(None)

    # -- editing ------------------------------------------------------------------------

    def is_dirty(self) -> bool:
        return self.tracker.is_dirty()

    def add_goal(self) -> None:
        row = self.goals.add_goal()
        index = self.goals.index(row, GoalColumn.DOMAIN)
        self.table.setCurrentIndex(index)
        self.table.setFocus()
        self._update_controls()

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

    def _show_errors(self, messages: dict[str, str]) -> dict[str, str]:
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

    def save(self) -> bool:
        """Create the plan, or save the draft; False if it was refused."""
        if not self.is_editable():
            return True
        data = self.plan_input()
        shown = self.shown

        def call() -> PlanView:
            if shown is None:
                return self.services.plans.create(self.case_id, data)
            return self.services.plans.update(shown.id, shown.version, data)

        ok, _view = run_save(self, call, sinks=[self._show_errors], general=self.general,
                             on_stale=self._stale)
        if ok:
            self.tracker.mark_clean()
            self.drafts.finish()
            self.reload()
            self.events.plan_saved.emit(self.case_id)
        return ok

    def _stale(self, exc: StaleRecord) -> None:
        resolve_stale(self, self.fields, exc, reload=self.reload, save_again=self.save,
                      keep=self.goals.goal_rows, put_back=self.goals.load)

    def discard(self) -> None:
        self.drafts.finish()
        self.reload()

    # -- workflow -----------------------------------------------------------------------

    def _step(self, call: Callable[[PlanView], PlanView]) -> bool:
        plan = self.current
        if plan is None:
            return False
        ok, _view = run_save(self, lambda: call(plan), general=self.general,
                             on_stale=self._stale_step)
        if ok:
            self.reload()
            self.events.plan_saved.emit(self.case_id)
        return ok

    def _stale_step(self, exc: StaleRecord) -> None:
        warn(self, exc)
        self.reload()

    def submit(self) -> bool:
        if self.is_dirty() and not self.save():
            return False
        return self._step(lambda p: self.services.plans.submit(p.id, p.version))

    def approve(self) -> bool:
        return self._decide(approve=True)

    def return_to_draft(self) -> bool:
        if self.services.actor.is_supervisor:
            return self._decide(approve=False)
        # The counselor withdraws their own submission: no comment to give.
        return self._step(lambda p: self.services.plans.return_to_draft(p.id, p.version))

    def _decide(self, *, approve: bool) -> bool:
        """The supervisor approves or returns the submitted plan with a comment (a small
        dialog that makes the service call and shows its refusals)."""
        plan = self.current
        if plan is None:
            return False
        dialog = PlanDecisionDialog(self.services, plan, approve=approve, parent=self)
        decided = dialog.exec() == PlanDecisionDialog.DialogCode.Accepted
        dialog.deleteLater()
        if decided or dialog.stale:
            self.reload()
        if decided:
            self.events.plan_saved.emit(self.case_id)
        return decided

    def start_review(self) -> bool:
        return self._step(lambda p: self.services.plans.start_review(p.id, p.version))

    def end_review(self) -> bool:
        day = ask_date(self, self.tr("End review"),
                       self.tr("The plan stays as it is. When is the next review?"),
                       self.services.ctx.today() + timedelta(days=90))
        if day is None:
            return False
        return self._step(lambda p: self.services.plans.end_review(p.id, p.version, day))

    def complete(self) -> bool:
        if QMessageBox.question(self, self.tr("Complete the plan"), self.tr(
                "Mark this plan as completed? It can no longer be revised.")) \
                != QMessageBox.StandardButton.Yes:
            return False
        return self._step(lambda p: self.services.plans.complete(p.id, p.version))

    def revise(self) -> bool:
        return self._step(lambda p: self.services.plans.revise(p.id))

    # -- drafts -------------------------------------------------------------------------

    def draft_state(self) -> dict[str, Any]:
        return {"plan_id": self.shown.id if self.shown else None,
                "fields": self.fields.state(), "goals": self.goals.state()}

    def restore_draft(self, state: dict[str, Any]) -> None:
        plan_id = self.shown.id if self.shown else None
        if not self.is_editable() or state.get("plan_id") != plan_id:
            return
        self.fields.restore(state.get("fields", {}))
        self.goals.restore(list(state.get("goals", [])))
        self.tracker.set_dirty(True)
        self._update_controls()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._offered:
            self._offered = True
            QTimer.singleShot(0, lambda: self.drafts.offer_restore(self, self.restore_draft))
