"""The dashboard's two charts (QtCharts): sessions per month, open cases by situation."""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QMargins, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget

from familyedu.ui.labels import CategoryLabels, ui_language

BAR_COLOR = QColor(46, 110, 166)
_EN_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
              "Dec")


def month_label(key: str) -> str:
    """'2026-11' -> '11月' / 'Nov'; January also names its year so the axis reads."""
    year, month = (int(part) for part in key.split("-"))
    if ui_language().startswith("zh"):
        return f"{year}年1月" if month == 1 else f"{month}月"
    return f"Jan {year}" if month == 1 else _EN_MONTHS[month - 1]


def _nice_max(value: int) -> int:
    """An axis end a little above the largest bar, on a whole number."""
    return max(4, int(value * 1.15) + 1)


class _Chart(QChartView):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        self.chart_ = QChart()
        self.chart_.setTitle(title)
        self.chart_.legend().hide()
        self.chart_.setMargins(QMargins(4, 4, 4, 4))
        self.chart_.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        super().__init__(self.chart_, parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(220)

    def _clear(self) -> None:
        self.chart_.removeAllSeries()
        for axis in self.chart_.axes():
            self.chart_.removeAxis(axis)


class SessionsPerMonthChart(_Chart):
    """Bars of attended sessions for each of the last twelve months."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate(
            "Dashboard", "Sessions held per month (last 12 months)"), parent)
        self.values: list[int] = []

    def set_data(self, months: list[tuple[str, int]]) -> None:
        self._clear()
        self.values = [count for _key, count in months]
        bars = QBarSet(QCoreApplication.translate("Dashboard", "Sessions"))
        bars.setColor(BAR_COLOR)
        bars.append([float(v) for v in self.values])
        series = QBarSeries()
        series.append(bars)
        series.setLabelsVisible(True)
        series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
        self.chart_.addSeries(series)
        x_axis = QBarCategoryAxis()
        x_axis.setTruncateLabels(False)
        x_axis.append([month_label(key) for key, _count in months])
        y_axis = QValueAxis()
        y_axis.setRange(0, _nice_max(max(self.values, default=0)))
        y_axis.setLabelFormat("%d")
        y_axis.setTickCount(5)
        self.chart_.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        self.chart_.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(x_axis)
        series.attachAxis(y_axis)


class OpenBySituationChart(_Chart):
    """Horizontal bars: open cases per guardianship situation, labelled in the UI language."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate(
            "Dashboard", "Open cases by guardianship situation"), parent)
        self.labels: list[str] = []
        self.values: list[int] = []

    def set_data(self, counts: list[tuple[str, int]], names: CategoryLabels) -> None:
        self._clear()
        # Largest at the top: horizontal bar axes grow upwards, so add them smallest first.
        ordered = sorted(counts, key=lambda item: item[1])
        self.labels = [names(code) for code, _n in ordered]
        self.values = [n for _code, n in ordered]
        bars = QBarSet(QCoreApplication.translate("Dashboard", "Open cases"))
        bars.setColor(BAR_COLOR)
        bars.append([float(v) for v in self.values])
        series = QHorizontalBarSeries()
        series.append(bars)
        series.setLabelsVisible(True)
        series.setLabelsPosition(QHorizontalBarSeries.LabelsPosition.LabelsOutsideEnd)
        self.chart_.addSeries(series)
        y_axis = QBarCategoryAxis()
        y_axis.setTruncateLabels(False)  # a category's name is the point of this chart
        y_axis.append(self.labels or [""])
        x_axis = QValueAxis()
        x_axis.setRange(0, _nice_max(max(self.values, default=0)))
        x_axis.setLabelFormat("%d")
        x_axis.setTickCount(5)
        self.chart_.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        self.chart_.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(y_axis)
        series.attachAxis(x_axis)
