"""The case list's plan-status column and filter (issue #14)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from familyedu.models import PlanStatus
from familyedu.services.casework.dto import GoalInput, PlanInput
from familyedu.ui.case_list import CaseListView, Column
from familyedu.ui.events import AppEvents
from tests.ui.conftest import CaseWorld


def column_texts(view: CaseListView, column: Column) -> list[str]:
    model = view.table.model()
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_plan_status_shows_filters_and_sorts(qtbot: QtBot, case_world: CaseWorld,
                                            events: AppEvents) -> None:
    world, ids = case_world.world, case_world.ids
    plan = world.mine.plans.create(ids["zhang"], PlanInput(
        start_on=date(2026, 9, 1), review_on=date(2027, 1, 15),
        goals=(GoalInput("schooling", "按时到校"),)))
    world.mine.plans.submit(plan.id, plan.version)
    world.mine.plans.create(ids["li"], PlanInput(start_on=date(2026, 11, 20)))

    view = CaseListView(world.sup, events)
    qtbot.addWidget(view)
    view.resize(1170, 500)  # the list's share of a 1366x768 window
    view.show()
    assert column_texts(view, Column.MINOR) == ["张小明", "李华", "王芳"]
    assert column_texts(view, Column.PLAN) == ["Awaiting approval", "Draft", ""]
    qtbot.waitUntil(lambda: view.table.viewport().width() < 1170)
    header = view.table.horizontalHeader()
    plan_right = header.sectionViewportPosition(Column.PLAN) + header.sectionSize(Column.PLAN)
    assert plan_right <= view.table.viewport().width()  # the new column is not cut off

    bar = view.filters
    bar.plan.setCurrentIndex(bar.plan.findData(PlanStatus.PENDING_APPROVAL))
    assert column_texts(view, Column.MINOR) == ["张小明"]
    assert view.count.text() == "1 case(s)"
    bar.plan.setCurrentIndex(0)
    assert view.count.text() == "3 case(s)"

    x = header.sectionViewportPosition(Column.PLAN) + header.sectionSize(Column.PLAN) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(x, header.height() // 2))
    # By the status code, the case without a plan last.
    assert column_texts(view, Column.PLAN) == ["Draft", "Awaiting approval", ""]
