"""The case list as a counselor and a supervisor use it: rows, sorting, search, filters, paging."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from familyedu.models import RiskLevel
from familyedu.services.casework import case_list
from familyedu.services.casework.dto import CaseQuery
from familyedu.ui.case_list import CaseListView, CaseTableModel, Column
from familyedu.ui.case_list.model import OVERDUE_BACKGROUND
from familyedu.ui.events import AppEvents
from familyedu.ui.labels import CategoryLabels
from tests.ui.conftest import CaseWorld


def column_texts(view: CaseListView, column: Column) -> list[str]:
    model = view.table.model()
    return [model.index(r, column).data() for r in range(model.rowCount())]


def make_view(qtbot: QtBot, services: Any, events: AppEvents) -> CaseListView:
    view = CaseListView(services, events)
    qtbot.addWidget(view)
    view.resize(1200, 500)
    view.show()
    return view


def click_header(qtbot: QtBot, view: CaseListView, column: Column) -> None:
    header = view.table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(x, header.height() // 2))


def test_supervisor_sees_open_cases_and_sorts_by_clicking_headers(
        qtbot: QtBot, case_world: CaseWorld, events: AppEvents) -> None:
    view = make_view(qtbot, case_world.world.sup, events)
    assert column_texts(view, Column.CASE_NUMBER) == ["2026-0001", "2026-0002", "2026-0003"]
    assert view.count.text() == "3 case(s)"
    assert column_texts(view, Column.COUNSELOR) == ["李老师", "李老师", "赵老师"]
    assert column_texts(view, Column.GUARDIANSHIP)[1] == \
        "Parents divorced or separated, care absent"
    assert column_texts(view, Column.HOURS) == ["0 / 20 h", "0 h", "0 / 20 h"]

    click_header(qtbot, view, Column.MINOR)  # by pinyin: li hua, wang fang, zhang xiao ming
    assert column_texts(view, Column.MINOR) == ["李华", "王芳", "张小明"]
    click_header(qtbot, view, Column.MINOR)
    assert column_texts(view, Column.MINOR) == ["张小明", "王芳", "李华"]
    click_header(qtbot, view, Column.AGE)
    assert column_texts(view, Column.AGE) == ["11", "12", "14"]


def test_every_column_sorts_both_ways(case_world: CaseWorld, events: AppEvents,
                                      qtbot: QtBot) -> None:
    view = make_view(qtbot, case_world.world.sup, events)
    model = view.model
    for column in Column:
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            model.sort(column, order)
            assert model.rowCount() == 3
            assert model.query.sort is column
            assert model.query.descending is (order == Qt.SortOrder.DescendingOrder)
    model.sort(Column.RISK, Qt.SortOrder.DescendingOrder)
    # Risk sorts by its stored code: the sort is the database's, stable and repeatable.
    assert sorted(column_texts(view, Column.RISK)) == ["High", "Low", "Medium"]


def test_counselor_sees_only_own_cases(qtbot: QtBot, case_world: CaseWorld,
                                       events: AppEvents) -> None:
    view = make_view(qtbot, case_world.world.mine, events)
    assert column_texts(view, Column.MINOR) == ["张小明", "李华"]
    assert view.filters.counselor is None  # nothing to choose: they only hold their own


def test_search_by_pinyin_initials_waits_for_typing_to_stop(
        qtbot: QtBot, case_world: CaseWorld, events: AppEvents) -> None:
    view = make_view(qtbot, case_world.world.sup, events)
    qtbot.keyClicks(view.filters.search, "zxm")
    # Typing does not query on each key: the list still shows everything right after.
    assert view.model.rowCount() == 3
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=2000)
    assert column_texts(view, Column.MINOR) == ["张小明"]
    view.filters.search.clear()
    qtbot.keyClicks(view.filters.search, "wangfang")
    qtbot.waitUntil(lambda: column_texts(view, Column.MINOR) == ["王芳"], timeout=2000)
    view.filters.search.clear()
    qtbot.keyClicks(view.filters.search, "13900000001")  # the guardian's phone
    qtbot.waitUntil(lambda: column_texts(view, Column.MINOR) == ["李华"], timeout=2000)
    view.filters.search.clear()
    qtbot.keyClicks(view.filters.search, "nobody")
    qtbot.waitUntil(lambda: view.model.rowCount() == 0, timeout=2000)
    assert view.count.text() == "0 case(s)"


def test_a_very_broad_search_says_there_are_more(qtbot: QtBot, case_world: CaseWorld,
                                                  events: AppEvents,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    # At 100,000 cases "2" matches every case number; the list counts up to a cap.
    monkeypatch.setattr(case_list, "FEW_HITS_TO_COUNT", 1)
    monkeypatch.setattr(case_list, "COUNT_CAP", 2)
    view = make_view(qtbot, case_world.world.sup, events)
    qtbot.keyClicks(view.filters.search, "2")
    qtbot.waitUntil(lambda: view.model.rowCount() == 2, timeout=2000)
    assert view.count.text() == "More than 2 cases match: type more to narrow the search"
    qtbot.keyClicks(view.filters.search, "026-0001")
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=2000)
    assert view.count.text() == "1 case(s)"


def choose(combo: QComboBox, data: object) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def test_filters(qtbot: QtBot, case_world: CaseWorld, events: AppEvents) -> None:
    world = case_world.world
    view = make_view(qtbot, world.sup, events)
    bar = view.filters
    choose(bar.risk, RiskLevel.HIGH)
    assert column_texts(view, Column.MINOR) == ["李华"]
    bar.risk.setCurrentIndex(0)
    choose(bar.situation, "both_away")
    assert column_texts(view, Column.MINOR) == ["张小明", "王芳"]
    bar.situation.setCurrentIndex(0)
    assert bar.counselor is not None
    choose(bar.counselor, world.other_counselor.user_id)
    assert column_texts(view, Column.MINOR) == ["王芳"]
    bar.counselor.setCurrentIndex(0)
    bar.order.setCurrentIndex(bar.order.findText("Guardianship supervision order"))
    assert column_texts(view, Column.MINOR) == ["王芳"]
    bar.order.setCurrentIndex(0)
    qtbot.mouseClick(bar.overdue, Qt.MouseButton.LeftButton)
    assert column_texts(view, Column.MINOR) == ["张小明"]
    qtbot.mouseClick(bar.overdue, Qt.MouseButton.LeftButton)
    bar.status.setCurrentIndex(0)  # any status: the closed case shows too
    assert column_texts(view, Column.MINOR) == ["张小明", "李华", "王芳", "陈晨"]
    assert column_texts(view, Column.STATUS)[3] == "Closed"


def test_overdue_row_is_marked_with_a_reason(qtbot: QtBot, case_world: CaseWorld,
                                             events: AppEvents) -> None:
    view = make_view(qtbot, case_world.world.sup, events)
    model = view.model
    overdue = model.index(0, Column.MINOR)
    assert overdue.data(Qt.ItemDataRole.BackgroundRole) == OVERDUE_BACKGROUND
    assert "A session was due on 15 Sep 2026" in overdue.data(Qt.ItemDataRole.ToolTipRole)
    on_time = model.index(1, Column.MINOR)
    assert on_time.data(Qt.ItemDataRole.BackgroundRole) is None


def test_enter_and_double_click_open_the_case(qtbot: QtBot, case_world: CaseWorld,
                                              events: AppEvents) -> None:
    view = make_view(qtbot, case_world.world.sup, events)
    opened: list[int] = []
    events.open_case_requested.connect(opened.append)
    view.table.setFocus()
    view.table.setCurrentIndex(view.model.index(1, 0))
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    rect = view.table.visualRect(view.model.index(2, Column.MINOR))
    # A real double-click starts with a click (Qt's view checks the pressed index).
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened == [case_world.ids["li"], case_world.ids["wang"]]


def test_list_refreshes_when_a_case_is_saved(qtbot: QtBot, case_world: CaseWorld,
                                             events: AppEvents) -> None:
    view = make_view(qtbot, case_world.world.mine, events)
    from tests.conftest import open_case

    new_id = open_case(case_world.world.mine, name="赵小红")
    events.case_saved.emit(new_id)
    assert "赵小红" in column_texts(view, Column.MINOR)
    assert view.count.text() == "3 case(s)"


class CountingCases:
    """CaseService stand-in wrapper that counts how many pages are read."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner
        self.offsets: list[int] = []

    def page(self, query: CaseQuery) -> Any:
        self.offsets.append(query.offset)
        return self.inner.page(query)


def test_model_fetches_pages_lazily_and_passes_qtmodeltester(
        qtmodeltester: Any, case_world: CaseWorld) -> None:
    services = case_world.world.sup
    counting = CountingCases(services.cases)
    model = CaseTableModel(counting, CategoryLabels([]), services.ctx.today,  # type: ignore[arg-type]
                           page_size=2)
    model.set_query(CaseQuery())
    assert model.rowCount() == 4
    assert counting.offsets == [0]
    assert model.index(3, Column.MINOR).data() == "陈晨"
    assert counting.offsets == [0, 2]
    assert model.index(0, Column.CASE_NUMBER).data() == "2026-0001"
    assert counting.offsets == [0, 2]  # the first page is cached
    qtmodeltester.check(model)
    model.sort(Column.CASE_NUMBER, Qt.SortOrder.DescendingOrder)
    assert model.index(0, Column.CASE_NUMBER).data() == "2026-0004"
    qtmodeltester.check(model)


def test_columns_fit_a_1366_screen_and_the_new_case_button_asks_for_the_dialog(
        qtbot: QtBot, case_world: CaseWorld, events: AppEvents) -> None:
    view = make_view(qtbot, case_world.world.sup, events)
    view.resize(1170, 500)  # the list's share of a 1366x768 window beside the navigation
    qtbot.waitUntil(lambda: view.table.viewport().width() < 1170)
    header = view.table.horizontalHeader()
    status_right = (header.sectionViewportPosition(Column.STATUS)
                    + header.sectionSize(Column.STATUS))
    assert status_right <= view.table.viewport().width()  # 状态 is not cut off
    assert not view.table.horizontalScrollBar().isVisible()
    with qtbot.waitSignal(events.new_case_requested):
        qtbot.mouseClick(view.new_case_button, Qt.MouseButton.LeftButton)
