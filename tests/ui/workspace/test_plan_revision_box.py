"""The plan's revision box shows its whole text, also for revisions made after it was shown."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QStyle, QStyleOptionComboBox
from pytestqt.qtbot import QtBot

from familyedu.services.casework.dto import GoalInput, PlanInput
from familyedu.ui.events import AppEvents
from familyedu.ui.workspace.workspace import CaseWorkspace
from tests.conftest import World


def test_a_revision_whose_status_grows_after_the_box_was_shown_is_not_cut(
        qtbot: QtBot, world: World, events: AppEvents, case_id: int) -> None:
    world.mine.cases.open(case_id)
    ws = CaseWorkspace(world.mine, events, case_id)
    qtbot.addWidget(ws)
    ws.resize(1200, 800)
    ws.show()
    ws.tabs.setCurrentWidget(ws.plan)
    plan = world.mine.plans.create(case_id, PlanInput(
        start_on=date(2026, 11, 1), review_on=date(2027, 1, 15),
        goals=(GoalInput("schooling", "按时到校"),)))
    ws.plan.reload()
    combo = ws.plan.revision_bar.revision_combo
    qtbot.waitUntil(combo.isVisible)  # first shown as "Revision 1 – Draft"
    world.mine.plans.submit(plan.id, plan.version)
    ws.plan.reload()
    assert "Revision 1" in combo.currentText()
    assert "approval" in combo.currentText()
    qtbot.waitUntil(lambda: combo.width() >= combo.sizeHint().width(), timeout=1000)
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                         QStyle.SubControl.SC_ComboBoxEditField, combo)
    assert field.width() >= combo.fontMetrics().horizontalAdvance(combo.currentText())
