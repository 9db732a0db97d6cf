"""The plan's approval workflow: which revision is shown and its status (above the plan), and
the buttons that move it on — submit, approve or return with a comment, review, complete,
revise (below it)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from familyedu.errors import StaleRecord
from familyedu.models.enums import PlanStatus
from familyedu.services import Services
from familyedu.services.casework.dto import PlanView
from familyedu.ui import formatting, labels
from familyedu.ui.forms.fields import field_label
from familyedu.ui.forms.saving import run_save, warn
from familyedu.ui.forms.widgets import ask_date
from familyedu.ui.workspace.plan_decision import PlanDecisionDialog


def is_current(plan: PlanView | None, current: PlanView | None) -> bool:
    """Whether `plan` is the case's current revision (None, a plan yet to be written, is).

    By id: a refresh brings new objects, while an unsaved edit keeps the one it began on.
    """
    if plan is None:
        return True
    return current is not None and plan.id == current.id


class PlanRevisionBar(QWidget):
    """The revision box, the shown revision's status and the supervisor's last comment."""

    revision_chosen = Signal(int)  # the id of the revision the user picked

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.revision_combo = QComboBox(self)
        self.revision_combo.setAccessibleName(self.tr("Revision"))
        # Revisions come after the tab is first shown: a size fixed then cut "第 1 版 – 待审".
        self.revision_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.revision_combo.activated.connect(self._chosen)
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        # The supervisor's comment on the last approval or return, for the counselor.
        self.decision_label = QLabel(self)
        self.decision_label.setObjectName("plan_decision_comment")
        self.decision_label.setWordWrap(True)
        self.decision_label.setVisible(False)
        top = QHBoxLayout()
        self.revision_label = QLabel(field_label("revision"), self)
        top.addWidget(self.revision_label)
        top.addWidget(self.revision_combo)
        top.addWidget(self.status_label, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.decision_label)

    def set_revisions(self, revisions: list[PlanView]) -> None:
        """Offer these revisions in the box (hidden while there is none)."""
        self.revision_combo.clear()
        for plan in revisions:
            text = self.tr("Revision %1 – %2").replace("%1", str(plan.revision)).replace(
                "%2", labels.plan_status(plan.status))
            self.revision_combo.addItem(text, plan.id)
        self.revision_combo.setVisible(bool(revisions))
        self.revision_label.setVisible(bool(revisions))

    def show_plan(self, plan: PlanView | None, current: PlanView | None, *,
                  dirty: bool) -> None:
        """Select the shown revision and say where it stands; no other while edits are
        unsaved."""
        index = self.revision_combo.findData(plan.id) if plan else -1
        self.revision_combo.setCurrentIndex(index)
        self.revision_combo.setEnabled(not dirty)
        self.status_label.setText(self._status_text(plan, current))
        comment = plan.decision_comment if plan is not None else ""
        self.decision_label.setVisible(bool(comment))
        if plan is not None and comment:
            who = (self.tr("Returned by %1: %2") if plan.decision == "returned"
                   else self.tr("Approved by %1: %2"))
            self.decision_label.setText(who.replace("%1", plan.decided_by_name)
                                        .replace("%2", comment))

    def _status_text(self, plan: PlanView | None, current: PlanView | None) -> str:
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
        if not is_current(plan, current):
            parts.append(self.tr("earlier revision, read only"))
        return " · ".join(parts)

    def _chosen(self, index: int) -> None:
        plan_id = self.revision_combo.itemData(index)
        if plan_id is not None:
            self.revision_chosen.emit(plan_id)


class PlanWorkflowBar(QWidget):
    """The buttons the shown revision allows. The workflow steps run here; writing the plan
    (create, save, discard, and saving before a submission) is asked of the tab by signal."""

    save_requested = Signal()  # Create plan / Save draft
    new_requested = Signal()  # a blank plan after a completed one
    discard_requested = Signal()
    submit_requested = Signal()  # the tab saves unsaved edits first, then calls submit()
    stepped = Signal()  # a step changed the plan: read it again and tell the other screens
    outdated = Signal()  # someone else changed the plan first: read it again

    def __init__(self, services: Services, messages: QLabel,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.messages = messages  # where a refused step says why (the tab's message line)
        self.current: PlanView | None = None
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for key, text, slot in self._actions():
            button = QPushButton(text, self)
            button.clicked.connect(lambda _c=False, s=slot: s())
            self.buttons[key] = button
            row.addWidget(button)
        row.addStretch(1)

    def _actions(self) -> list[tuple[str, str, Callable[[], object]]]:
        """(key, text, slot) of each button, in the order they stand."""
        supervisor = self.services.actor.is_supervisor
        return [
            ("create", self.tr("Create plan"), self.save_requested.emit),
            ("new", self.tr("New plan"), self.new_requested.emit),
            ("save", self.tr("Save draft"), self.save_requested.emit),
            ("submit", self.tr("Submit for approval"), self.submit_requested.emit),
            ("approve", self.tr("Approve…"), self.approve),
            ("return", self.tr("Return…") if supervisor else self.tr("Return to draft"),
             self.return_to_draft),
            ("start_review", self.tr("Start review"), self.start_review),
            ("end_review", self.tr("End review…"), self.end_review),
            ("complete", self.tr("Complete…"), self.complete),
            ("revise", self.tr("Revise"), self.revise),
            ("discard", self.tr("Discard changes"), self.discard_requested.emit),
        ]

    def show_plan(self, plan: PlanView | None, current: PlanView | None, *,
                  editable: bool, dirty: bool) -> None:
        """Show the buttons that apply to `plan` (the revision shown); steps act on
        `current`."""
        self.current = current
        status = plan.status if plan is not None else None
        now = is_current(plan, current)
        visible = {
            "create": plan is None,
            "new": now and status in (PlanStatus.COMPLETED, PlanStatus.SUPERSEDED),
            "save": now and status is PlanStatus.DRAFT,
            "submit": now and status is PlanStatus.DRAFT,
            "approve": now and status is PlanStatus.PENDING_APPROVAL
            and self.services.actor.is_supervisor,
            "return": now and status is PlanStatus.PENDING_APPROVAL,
            "start_review": now and status is PlanStatus.ACTIVE,
            "end_review": now and status is PlanStatus.UNDER_REVIEW,
            "complete": now and status in (PlanStatus.ACTIVE, PlanStatus.UNDER_REVIEW),
            "revise": now and status in (PlanStatus.ACTIVE, PlanStatus.UNDER_REVIEW),
            "discard": editable and dirty,
        }
        for key, button in self.buttons.items():
            button.setVisible(visible[key])

    # -- steps ----------------------------------------------------------------------------

    def _step(self, call: Callable[[PlanView], PlanView]) -> bool:
        plan = self.current
        if plan is None:
            return False
        ok, _view = run_save(self, lambda: call(plan), general=self.messages,
                             on_stale=self._stale)
        if ok:
            self.stepped.emit()
        return ok

    def _stale(self, exc: StaleRecord) -> None:
        warn(self, exc)
        self.outdated.emit()

    def submit(self) -> bool:
        """Submit the current draft for approval (saved first by the tab)."""
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
        if decided:
            self.stepped.emit()
        elif dialog.stale:
            self.outdated.emit()
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
