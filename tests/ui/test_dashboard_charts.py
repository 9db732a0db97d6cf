"""The dashboard's charts: month labels that do not crowd, round value axes, whole names."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QSplitter
from pytestqt.qtbot import QtBot

from familyedu.services.core.dto import CategoryView
from familyedu.ui.dashboard.charts import (
    NAME_GAP,
    VALUE_COLOR,
    OpenBySituationChart,
    SessionsPerMonthChart,
    month_label,
    nice_scale,
)
from familyedu.ui.labels import CategoryLabels

TWELVE = [(f"2025-{m:02d}", 100 + m) for m in (12,)] + [
    (f"2026-{m:02d}", 120 + m) for m in range(1, 12)]
SITUATIONS = [
    ("parent_detained", "父母服刑或强制隔离戒毒",
     "Parent in prison or compulsory drug rehabilitation", 3),
    ("unsupported", "父母死亡/失踪；事实无人抚养",
     "Parents dead or missing; de facto unsupported child", 5),
    ("both_away", "父母双方外出务工/留守", "Both parents away for work, child left behind", 20),
    ("other", "其他", "Other", 3),
]


@pytest.fixture
def chinese(qapp: QApplication) -> None:
    qapp.setProperty("familyedu_language", "zh_CN")  # ui_sandbox restores English


def names() -> CategoryLabels:
    return CategoryLabels([
        CategoryView(kind="guardianship", code=code, label_zh=zh, label_en=en, active=True)
        for code, zh, en, _n in SITUATIONS])


def test_only_january_names_its_year_on_a_line_of_its_own(chinese: None) -> None:
    assert month_label("2026-01") == "1月\n2026年"
    assert month_label("2025-12") == "12月"
    assert month_label("2026-11") == "11月"


def test_english_month_labels_are_short() -> None:
    assert month_label("2026-01") == "Jan\n2026"
    assert [month_label(f"2026-{m:02d}") for m in (2, 12)] == ["Feb", "Dec"]


@pytest.mark.parametrize(("largest", "scale"), [
    (0, (4, 4)), (3, (4, 4)), (7, (10, 5)), (24, (30, 3)), (166, (200, 4)),
    (1000, (1500, 3))])
def test_value_axis_ends_on_a_round_step_above_the_largest_bar(
        largest: int, scale: tuple[int, int]) -> None:
    top, steps = nice_scale(largest)
    assert (top, steps) == scale
    assert top > largest  # room for the number at the bar's end
    assert steps <= 5


@pytest.mark.parametrize("language", ["en", "zh_CN"])
@pytest.mark.parametrize("width", [660, 470])
def test_month_labels_fit_between_their_neighbours(
        qtbot: QtBot, qapp: QApplication, language: str, width: int) -> None:
    """At the dashboard's default width (~660 px a chart) and a smaller one, no month is
    wider than its share of the plot, so none runs into the next; January's year, on a
    second line of its own, may use its neighbours' room below them."""
    qapp.setProperty("familyedu_language", language)
    chart = SessionsPerMonthChart()
    qtbot.addWidget(chart)
    chart.set_data(TWELVE)
    chart.resize(width, 220)
    chart.show()
    qtbot.waitExposed(chart)
    assert chart.values == [count for _key, count in TWELVE]
    labels = chart.category_axis.categories()
    assert len(labels) == 12
    assert sum("<br>" in label for label in labels) == 1  # January only
    metrics = QFontMetrics(chart.category_axis.labelsFont())
    share = chart.chart_.plotArea().width() / 12
    months = [label.split("<br>") for label in labels]
    assert max(metrics.horizontalAdvance(lines[0]) for lines in months) < share - 2
    assert max(metrics.horizontalAdvance(lines[-1]) for lines in months) < 3 * share - 2


def test_bar_values_are_printed_dark_on_the_white_chart(qtbot: QtBot) -> None:
    chart = SessionsPerMonthChart()
    qtbot.addWidget(chart)
    chart.set_data(TWELVE)
    (bars,) = chart.series.barSets()
    assert bars.labelColor() == VALUE_COLOR
    assert chart.series.isLabelsVisible()


def _shown_names(qtbot: QtBot, width: int) -> OpenBySituationChart:
    chart = OpenBySituationChart()
    qtbot.addWidget(chart)
    chart.set_data([(code, n) for code, _zh, _en, n in SITUATIONS], names())
    chart.resize(width, 240)
    chart.show()
    qtbot.waitExposed(chart)

    def settled() -> bool:  # the plot area has moved over for the names, and they followed
        plot = chart.chart_.plotArea()
        edge = plot.left() - NAME_GAP
        return plot.left() > 100 and all(
            abs(item.mapRectToScene(item.boundingRect()).right() - edge) <= 1.5
            for item in chart.name_items)

    qtbot.waitUntil(settled)
    return chart


def test_english_situation_names_show_whole_beside_their_bars(qtbot: QtBot) -> None:
    chart = _shown_names(qtbot, 670)  # half of the dashboard at its default size
    plot = chart.chart_.plotArea()
    assert chart.labels == [en for _code, _zh, en, _n in sorted(SITUATIONS, key=lambda s: s[3])]
    for row, (item, label) in enumerate(zip(chart.name_items, chart.labels, strict=True)):
        assert item.text() == label
        assert item.toolTip() == ""
        box = item.mapRectToScene(item.boundingRect())
        assert box.left() >= 0  # not cut at the chart's edge
        assert box.right() <= plot.left()  # nor drawn over the bars
        bar = chart.chart_.mapToPosition(QPointF(0, row), chart.series)
        assert box.top() <= bar.y() <= box.bottom()  # beside its own bar
    title = chart.title_item.mapRectToScene(chart.title_item.boundingRect())
    assert chart.title_item.text() == chart.title_text
    assert abs(title.center().x() - chart.width() / 2) <= 2  # centred over the whole chart


def test_narrow_situation_chart_elides_names_and_keeps_them_as_tooltips(
        qtbot: QtBot) -> None:
    chart = _shown_names(qtbot, 420)
    plot = chart.chart_.plotArea()
    assert plot.width() > 420 * 0.3  # the bars keep a fair share
    elided = [item for item in chart.name_items if item.text() != item.toolTip()
              and item.toolTip()]
    assert elided, "the longest English names do not fit in 420 px"
    for item, label in zip(chart.name_items, chart.labels, strict=True):
        assert item.mapRectToScene(item.boundingRect()).left() >= 0
        if item.toolTip():
            assert item.toolTip() == label
            assert item.text().endswith("…")


def test_charts_share_a_splitter_evenly_however_long_the_names(qtbot: QtBot) -> None:
    """The names widen the situation chart's own size hint; the view's splitter must not
    hand it the months chart's room for that."""
    splitter = QSplitter()
    qtbot.addWidget(splitter)
    months = SessionsPerMonthChart(splitter)
    situation = OpenBySituationChart(splitter)
    splitter.addWidget(months)
    splitter.addWidget(situation)
    months.set_data(TWELVE)
    situation.set_data([(code, n) for code, _zh, _en, n in SITUATIONS], names())
    splitter.resize(1340, 240)
    splitter.show()
    qtbot.waitExposed(splitter)
    left, right = splitter.sizes()
    assert abs(left - right) <= 10
