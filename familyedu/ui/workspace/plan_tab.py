"""The guidance plan tab: the revision bar above, the editor, the workflow buttons below; the
tab keeps which revision is shown, saves drafts of the plan and offers them back."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from familyedu.errors import StaleRecord
from familyedu.models.enums import PlanStatus
from familyedu.services import Services
from familyedu.services.casework.dto import PlanView
from familyedu.ui.drafts import DraftKeeper, DraftKey
from familyedu.ui.events import AppEvents
from familyedu.ui.forms import error_label
from familyedu.ui.forms.saving import run_save
from familyedu.ui.forms.stale import resolve_stale
from familyedu.ui.forms.widgets import Vocab
from familyedu.ui.workspace.plan_editor import PlanEditor
from familyedu.ui.workspace.plan_workflow import PlanRevisionBar, PlanWorkflowBar, is_current

DRAFT_FORM = "plan"


class PlanTab(QWidget):
    """Composes the revision bar, the editor and the workflow bar, which talk to it by
    signal; it reads the revisions and tells each part what is shown."""

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
        # Made in the order they stand, which is the order Tab takes.
        self.revision_bar = PlanRevisionBar(self)
        self.editor = PlanEditor(services.ctx.now, vocab, self)
        self.general = error_label(self)
        self.workflow = PlanWorkflowBar(services, self.general, self)
        self.drafts = DraftKeeper(DraftKey(services.actor.user_id, case_id, DRAFT_FORM),
                                  self.editor.tracker, self.draft_state, self)
        self._connect()
        layout = QVBoxLayout(self)
        layout.addWidget(self.revision_bar)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.general)
        layout.addWidget(self.workflow)
        self.reload()

    def _connect(self) -> None:
        self.revision_bar.revision_chosen.connect(self._revision_chosen)
        self.editor.goal_added.connect(self._update_controls)
        self.workflow.save_requested.connect(self.save)
        self.workflow.new_requested.connect(self._new_plan)
        self.workflow.discard_requested.connect(self.discard)
        self.workflow.submit_requested.connect(self.submit)
        self.workflow.stepped.connect(self._stepped)
        self.workflow.outdated.connect(self.reload)

    # -- showing ------------------------------------------------------------------------

    def reload(self, *, keep_edits: bool = False) -> None:
        """Fetch the revisions; an unsaved edit of the draft stays if `keep_edits`."""
        self.revisions = self.services.plans.revisions(self.case_id)
        self.current = self._pick_current()
        self.revision_bar.set_revisions(self.revisions)
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
        self.editor.load(plan)
        self.general.setVisible(False)
        self._update_controls()

    def is_editable(self) -> bool:
        if self.shown is None:
            return True
        return is_current(self.shown, self.current) and self.shown.status is PlanStatus.DRAFT

    def _update_controls(self) -> None:
        editable, dirty = self.is_editable(), self.is_dirty()
        self.editor.set_editable(editable)
        self.revision_bar.show_plan(self.shown, self.current, dirty=dirty)
        self.workflow.show_plan(self.shown, self.current, editable=editable, dirty=dirty)

    def _revision_chosen(self, plan_id: int) -> None:
        chosen = next((p for p in self.revisions if p.id == plan_id), None)
        if chosen is not None and chosen is not self.shown:
            self._show(chosen)

    def _new_plan(self) -> None:
        self._show(None)

    # -- writing ------------------------------------------------------------------------

    def is_dirty(self) -> bool:
        return self.editor.is_dirty()

    def save(self) -> bool:
        """Create the plan, or save the draft; False if it was refused."""
        if not self.is_editable():
            return True
        data = self.editor.plan_input()
        shown = self.shown

        def call() -> PlanView:
            if shown is None:
                return self.services.plans.create(self.case_id, data)
            return self.services.plans.update(shown.id, shown.version, data)

        ok, _view = run_save(self, call, sinks=[self.editor.show_errors],
                             general=self.general, on_stale=self._stale)
        if ok:
            self.editor.tracker.mark_clean()
            self.drafts.finish()
            self.reload()
            self.events.plan_saved.emit(self.case_id)
        return ok

    def _stale(self, exc: StaleRecord) -> None:
        goals = self.editor.goals
        resolve_stale(self, self.editor.fields, exc, reload=self.reload, save_again=self.save,
                      keep=goals.goal_rows, put_back=goals.load)

    def discard(self) -> None:
        self.drafts.finish()
        self.reload()

    def submit(self) -> bool:
        """Save unsaved edits, then submit the draft for approval."""
        if self.is_dirty() and not self.save():
            return False
        return self.workflow.submit()

    def _stepped(self) -> None:
        self.reload()
        self.events.plan_saved.emit(self.case_id)

    # -- drafts -------------------------------------------------------------------------

    def draft_state(self) -> dict[str, Any]:
        return {"plan_id": self.shown.id if self.shown else None, **self.editor.state()}

    def restore_draft(self, state: dict[str, Any]) -> None:
        plan_id = self.shown.id if self.shown else None
        if not self.is_editable() or state.get("plan_id") != plan_id:
            return
        self.editor.restore(state)
        self._update_controls()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._offered:
            self._offered = True
            QTimer.singleShot(0, lambda: self.drafts.offer_restore(self, self.restore_draft))
