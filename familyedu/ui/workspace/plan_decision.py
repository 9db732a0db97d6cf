"""The supervisor's decision on a submitted plan: approve it or return it, with a comment."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from familyedu.errors import StaleRecord
from familyedu.services import Services
from familyedu.services.casework.dto import PlanView
from familyedu.ui import formatting
from familyedu.ui.forms.form_dialog import FormDialog
from familyedu.ui.forms.saving import warn
from familyedu.ui.forms.widgets import text_area


class PlanDecisionDialog(FormDialog):
    """Approve (the comment is optional) or return (the comment says why: required) one
    revision; the counselor reads the comment on their dashboard and on the plan tab."""

    def __init__(self, services: Services, plan: PlanView, *, approve: bool,
                 parent: QWidget | None = None) -> None:
        if approve:
            title = self.tr("Approve the plan")
            intro = self.tr("Revision %1, submitted %2, becomes the case's active plan. "
                            "A comment for the counselor is optional.")
        else:
            title = self.tr("Return the plan")
            intro = self.tr("Revision %1, submitted %2, goes back to the counselor as a "
                            "draft. Say what should change: the counselor reads this.")
        submitted = formatting.date_time(plan.submitted_at) if plan.submitted_at else "—"
        super().__init__(title, parent, intro=intro.replace("%1", str(plan.revision))
                         .replace("%2", submitted))
        self.setObjectName("plan_decision_dialog")
        self.services = services
        self.plan = plan
        self.approving = approve
        self.stale = False  # someone else changed the plan meanwhile: the tab re-reads it
        self.comment = text_area(self, 4)
        self.comment.setObjectName("decision_comment")
        self.comment.setPlaceholderText(
            self.tr("e.g. well-measured goals; agreed") if approve
            else self.tr("e.g. the schooling goal needs a way to measure it"))
        label = self.tr("Comment") if approve else self.tr("Reason for return")
        self.add_row("comment", self.comment, label)
        self.fields.load({"comment": ""})
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        ok.setText(self.tr("Approve") if approve else self.tr("Return"))
        ok.setObjectName("decision_ok")
        ok.setIcon(QIcon())  # not a file being saved: no floppy disk
        self.comment.setFocus()

    def on_stale(self, exc: StaleRecord) -> None:
        warn(self, exc)
        self.stale = True
        QDialog.reject(self)  # nothing of theirs to keep: the plan is no longer what they read

    def submit(self) -> Any:
        text = self.comment.toPlainText()
        plans = self.services.plans
        if self.approving:
            return plans.approve(self.plan.id, self.plan.version, text)
        return plans.return_to_draft(self.plan.id, self.plan.version, text)
