"""The dashboard's two charts (QtCharts): sessions per month, open cases by situation."""

from __future__ import annotations

import html
import math

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QMargins, QPointF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter
from PySide6.QtWidgets import QGraphicsSimpleTextItem, QWidget

from familyedu.ui.labels import CategoryLabels, ui_language

BAR_COLOR = QColor(46, 110, 166)
BASE_MARGIN = 4
VALUE_COLOR = QColor(40, 40, 40)  # the number at a bar's end, on the chart's white
_EN_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
              "Dec")
# The names beside horizontal bars may take up to this share of the chart's width (QtCharts
# gives an axis's labels at most 40% and then cuts them at the chart's edge).
NAME_SHARE = 0.55
NAME_GAP = 6  # pixels between a name and the plot area
TITLE_PAD = 5  # pixels above and below the title of the chart that draws its own


def month_label(key: str) -> str:
    """'2026-11' -> '11月' / 'Nov'. January names its year on a second line, so that twelve
    months read as a time line without each label carrying a year and crowding the axis."""
    year, month = (int(part) for part in key.split("-"))
    if ui_language().startswith("zh"):
        return f"1月\n{year}年" if month == 1 else f"{month}月"
    return f"Jan\n{year}" if month == 1 else _EN_MONTHS[month - 1]


def nice_scale(largest: int) -> tuple[int, int]:
    """(axis end, steps) for bars up to `largest`: whole round steps (1, 2, 5 × 10ⁿ), at
    most five of them, and room above the largest bar for the number at its end."""
    wanted = max(4.0, largest * 1.15)
    exponent = 0
    while True:
        for mantissa in (1, 2, 5):
            step = mantissa * 10 ** exponent
            steps = math.ceil(wanted / step)
            if steps <= 5:
                return step * steps, steps
        exponent += 1


def _axis_text(label: str) -> str:
    """Category axis labels are rich text: escape the name, keep its line breaks."""
    return html.escape(label).replace("\n", "<br>")


class _BarChart(QChartView):
    """One series of bars with a category axis and a value axis starting at zero.

    Vertical bars have their categories along the bottom, horizontal ones up the left."""

    def __init__(self, title: str, horizontal: bool, parent: QWidget | None = None) -> None:
        self.chart_ = QChart()
        self.chart_.setTitle(title)
        self.chart_.legend().hide()
        self.chart_.setMargins(QMargins(BASE_MARGIN, BASE_MARGIN, BASE_MARGIN, BASE_MARGIN))
        self.chart_.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        super().__init__(self.chart_, parent)
        self.horizontal = horizontal
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a picture: no keys act on it
        self.setMinimumHeight(220)
        self.values: list[int] = []
        self.category_axis = QBarCategoryAxis()
        self.series: QAbstractBarSeries = QBarSeries()

    def sizeHint(self) -> QSize:
        # Fixed, not the chart's own: it grows with the room the names take, and a splitter
        # would then widen this chart at its neighbour's expense, again and again.
        return QSize(480, 260)

    def minimumSizeHint(self) -> QSize:
        return QSize(240, 220)

    def _plot(self, name: str, categories: list[str], values: list[int]) -> None:
        self.chart_.removeAllSeries()
        for axis in self.chart_.axes():
            self.chart_.removeAxis(axis)
        self.values = values
        bars = QBarSet(name)
        bars.setColor(BAR_COLOR)
        bars.setLabelColor(VALUE_COLOR)
        bars.append([float(v) for v in values])
        series = QHorizontalBarSeries() if self.horizontal else QBarSeries()
        self.series = series
        series.append(bars)
        series.setLabelsVisible(True)
        series.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsOutsideEnd)
        self.chart_.addSeries(series)
        category_axis = QBarCategoryAxis()
        category_axis.setTruncateLabels(False)
        category_axis.append([_axis_text(c) for c in categories] or [""])
        self.category_axis = category_axis
        top, steps = nice_scale(max(values, default=0))
        value_axis = QValueAxis()
        value_axis.setRange(0, top)
        value_axis.setTickCount(steps + 1)
        value_axis.setLabelFormat("%d")
        category_side, value_side = (Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignBottom)
        if not self.horizontal:
            category_side, value_side = value_side, category_side
        self.chart_.addAxis(category_axis, category_side)
        self.chart_.addAxis(value_axis, value_side)
        series.attachAxis(category_axis)
        series.attachAxis(value_axis)



class SessionsPerMonthChart(_BarChart):
    """Bars of attended sessions for each of the last twelve months."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate(
            "Dashboard", "Sessions held per month (last 12 months)"), False, parent)

    def set_data(self, months: list[tuple[str, int]]) -> None:
        self._plot(QCoreApplication.translate("Dashboard", "Sessions"),
                   [month_label(key) for key, _count in months],
                   [count for _key, count in months])


class OpenBySituationChart(_BarChart):
    """Horizontal bars: open cases per guardianship situation, labelled in the UI language.

    The names are drawn beside the bars by this chart rather than as the category axis's
    labels: QtCharts lets an axis take at most 40% of the width and cuts longer labels at the
    chart's edge, and English names are long. Here they may take up to NAME_SHARE of the
    width, in the chart's left margin; only narrower than that are they elided, with the
    whole name as a tooltip. The title is drawn here too: QtCharts would centre it between
    the margins, over the bars only, and elide it when the names are long.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate(
            "Dashboard", "Open cases by guardianship situation"), True, parent)
        self.labels: list[str] = []
        self.name_items: list[QGraphicsSimpleTextItem] = []
        self.title_text = self.chart_.title()
        self.title_item = QGraphicsSimpleTextItem(self.title_text, self.chart_)
        self.title_item.setFont(self.chart_.titleFont())
        self.title_item.setBrush(self.chart_.titleBrush())
        self.chart_.setTitle("")
        self.chart_.plotAreaChanged.connect(self._layout_names)

    def set_data(self, counts: list[tuple[str, int]], names: CategoryLabels) -> None:
        # Largest at the top: horizontal bar axes grow upwards, so add them smallest first.
        ordered = sorted(counts, key=lambda item: item[1])
        self.labels = [names(code) for code, _n in ordered]
        self._plot(QCoreApplication.translate("Dashboard", "Open cases"), self.labels,
                   [n for _code, n in ordered])
        self.category_axis.setLabelsVisible(False)
        for item in self.name_items:
            scene = item.scene()
            if scene is not None:
                scene.removeItem(item)
        self.name_items = []
        for label in self.labels:
            item = QGraphicsSimpleTextItem(label, self.chart_)
            item.setFont(self.category_axis.labelsFont())
            item.setBrush(self.category_axis.labelsBrush())
            self.name_items.append(item)
        self._layout_names()

    def name_column(self) -> int:
        """The width, in pixels, that the names may take at the chart's present size."""
        metrics = QFontMetrics(self.category_axis.labelsFont())
        widest = max((metrics.horizontalAdvance(label) for label in self.labels), default=0)
        # A pixel or two of slack: elidedText measures in fractions, horizontalAdvance not.
        return min(widest + 2, int(self.chart_.size().width() * NAME_SHARE))

    def _layout_names(self) -> None:
        column = self.name_column()
        title_metrics = QFontMetrics(self.title_item.font())
        wanted = QMargins(BASE_MARGIN + column + NAME_GAP,
                          BASE_MARGIN + TITLE_PAD + title_metrics.height() + TITLE_PAD,
                          BASE_MARGIN, BASE_MARGIN)
        if self.chart_.margins() != wanted:
            # The plot area moves; plotAreaChanged calls this again to place the texts.
            self.chart_.setMargins(wanted)
            return
        width = self.chart_.size().width()
        title_width = min(title_metrics.horizontalAdvance(self.title_text),
                          int(width) - 2 * BASE_MARGIN)
        self.title_item.setText(title_metrics.elidedText(
            self.title_text, Qt.TextElideMode.ElideRight, title_width + 2))
        # Lower in its band than centred, where QtCharts puts the neighbouring chart's title.
        self.title_item.setPos((width - title_width) / 2, BASE_MARGIN + 2 * TITLE_PAD - 1)
        metrics = QFontMetrics(self.category_axis.labelsFont())
        plot = self.chart_.plotArea()
        for row, (item, label) in enumerate(zip(self.name_items, self.labels, strict=True)):
            shown = metrics.elidedText(label, Qt.TextElideMode.ElideRight, column)
            item.setText(shown)
            item.setToolTip(label if shown != label else "")
            centre = self.chart_.mapToPosition(QPointF(0, row), self.series)
            item.setPos(plot.left() - NAME_GAP - metrics.horizontalAdvance(shown),
                        centre.y() - metrics.height() / 2)
