"""The supervisor approves or returns a plan with a comment from the plan tab (issue #14)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton
from pytestqt.qtbot import QtBot

from familyedu.models import PlanStatus
from familyedu.services.casework.dto import GoalInput, PlanInput
from familyedu.ui.events import AppEvents
from familyedu.ui.workspace.plan_decision import PlanDecisionDialog
from tests.conftest import World
from tests.ui.workspace.helpers import MessageBoxes, decide_plan, type_text, when_modal
from tests.ui.workspace.test_workspace import workspace


def submitted(world: World, case_id: int) -> None:
    plan = world.mine.plans.create(case_id, PlanInput(
        start_on=date(2026, 9, 1), review_on=date(2027, 1, 15),
        goals=(GoalInput("schooling", "按时到校"),)))
    world.mine.plans.submit(plan.id, plan.version)


def test_a_return_says_why_and_the_counselor_reads_it(
        qtbot: QtBot, world: World, events: AppEvents, case_id: int,
        boxes: MessageBoxes) -> None:
    submitted(world, case_id)
    sup = workspace(qtbot, world.sup, events, case_id)
    sup.tabs.setCurrentWidget(sup.plan)
    assert sup.plan.workflow.buttons["return"].text() == "Return…"

    # OK with no reason: the dialog stays open and names the field; then the reason is typed.
    messages: list[str] = []

    def try_empty_then_fill(dialog: PlanDecisionDialog) -> None:
        ok = dialog.findChild(QAbstractButton, "decision_ok")
        assert ok is not None
        assert ok.text() == "Return"
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        assert dialog.isVisible()
        label = dialog.fields.error_label("comment")
        messages.append(label.text() if label is not None else dialog.general.text())
        type_text(qtbot, dialog.comment, "请补充上学目标的衡量方式")
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        assert not dialog.isVisible()

    seen: list[PlanDecisionDialog] = []
    when_modal(PlanDecisionDialog, try_empty_then_fill, seen)
    with qtbot.waitSignal(events.plan_saved):
        qtbot.mouseClick(sup.plan.workflow.buttons["return"], Qt.MouseButton.LeftButton)
    assert seen
    assert messages == ["Say why the plan is returned: the counselor reads this comment."]
    assert sup.plan.current is not None
    assert sup.plan.current.status is PlanStatus.DRAFT

    mine = workspace(qtbot, world.mine, AppEvents(), case_id)
    mine.tabs.setCurrentWidget(mine.plan)
    comment = mine.plan.revision_bar.decision_label
    assert comment.isVisible()
    assert comment.text() == "Returned by 王督导: 请补充上学目标的衡量方式"
    assert "returned by 王督导" in mine.plan.revision_bar.status_label.text()
    assert mine.plan.workflow.buttons["submit"].isVisible()


def test_approval_takes_an_optional_comment(
        qtbot: QtBot, world: World, events: AppEvents, case_id: int,
        boxes: MessageBoxes) -> None:
    submitted(world, case_id)
    sup = workspace(qtbot, world.sup, events, case_id)
    sup.tabs.setCurrentWidget(sup.plan)
    assert sup.plan.workflow.buttons["approve"].text() == "Approve…"
    assert decide_plan(qtbot, sup.plan, "approve", "目标清楚，同意")
    assert sup.plan.current is not None
    assert sup.plan.current.status is PlanStatus.ACTIVE
    assert sup.plan.revision_bar.decision_label.text() == "Approved by 王督导: 目标清楚，同意"
    outcome = world.mine.plans.recent_outcomes()[0]
    assert (outcome.decision, outcome.comment) == ("approved", "目标清楚，同意")


def test_cancelling_the_dialog_changes_nothing(
        qtbot: QtBot, world: World, events: AppEvents, case_id: int,
        boxes: MessageBoxes) -> None:
    submitted(world, case_id)
    sup = workspace(qtbot, world.sup, events, case_id)
    sup.tabs.setCurrentWidget(sup.plan)
    seen: list[PlanDecisionDialog] = []
    when_modal(PlanDecisionDialog, lambda d: d.buttons.rejected.emit(), seen)
    qtbot.mouseClick(sup.plan.workflow.buttons["approve"], Qt.MouseButton.LeftButton)
    assert seen
    assert world.sup.plans.current(case_id).status is PlanStatus.PENDING_APPROVAL  # type: ignore[union-attr]
