"""The case list screen: filter bar, the paged table and a count; Enter or double-click opens."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPoint, QSettings, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from familyedu.models.enums import CaseStatus, CategoryKind, PlanStatus, RiskLevel, Role
from familyedu.services import Services
from familyedu.services.casework.dto import CaseQuery
from familyedu.ui import labels
from familyedu.ui.case_list.filter_bar import FilterBar
from familyedu.ui.case_list.model import CASE_ID_ROLE, CaseTableModel, Column
from familyedu.ui.events import AppEvents
from familyedu.ui.labels import CategoryLabels

HEADER_KEY = "case_list/header"
# The guardianship situation takes what the others leave (it stretches); these leave it room
# at 1280×720 (a 1920×1080 screen at 150 %): a date needs ~80 px, a case number ~90.
DEFAULT_WIDTHS = {Column.CASE_NUMBER: 100, Column.MINOR: 90, Column.AGE: 50,
                  Column.GUARDIANSHIP: 250, Column.COUNSELOR: 90, Column.ORDER: 130,
                  Column.ORDER_DUE: 90, Column.HOURS: 110, Column.NEXT_DUE: 90,
                  Column.RISK: 60, Column.STATUS: 60, Column.PLAN: 80}


class CaseTable(QTableView):
    """A table whose Enter key opens the current case (double-click does too)."""

    open_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabKeyNavigation(False)  # Tab moves on; the arrows move in it
        self.doubleClicked.connect(self._open_index)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._open_index(self.currentIndex())
            return
        super().keyPressEvent(event)

    def _open_index(self, index: QModelIndex) -> None:
        case_id = index.data(CASE_ID_ROLE)
        if case_id is not None:
            self.open_requested.emit(int(case_id))


class CaseListView(QWidget):
    """Searchable, filterable, sortable list of the cases the user may see."""

    def __init__(self, services: Services, events: AppEvents,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._events = events
        situations = services.categories.entries(CategoryKind.GUARDIANSHIP, include_inactive=True)
        counselors = (services.cases.counselors()
                      if services.actor.role is Role.SUPERVISOR else None)
        self.filters = FilterBar(counselors=counselors,
                                 situations=[s for s in situations if s.active], parent=self)
        self.model = CaseTableModel(services.cases, CategoryLabels(situations),
                                    services.ctx.today, self)
        # The query is held until the list is first shown (showEvent): the main window opens
        # on the dashboard. Held before sorting is switched on, whose first sort it keeps.
        self.model.defer(self.filters.query())
        self._build_table()
        self.count = QLabel(self)
        self.count.setObjectName("case_count")
        top = self._build_top()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)

        self.filters.query_changed.connect(self._run)
        self.model.modelReset.connect(self._show_count)
        for signal in (events.case_saved, events.minor_saved, events.session_logged,
                       events.plan_saved):
            signal.connect(self.refresh)
        events.settings_changed.connect(self._reload_categories)
        self._show_count()

    def _build_table(self) -> None:
        self.table = CaseTable(self)
        self.table.setObjectName("case_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(
            self.table.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in DEFAULT_WIDTHS.items():
            header.resizeSection(column, width)
        for column, width in self._label_widths().items():
            header.resizeSection(column, max(width, DEFAULT_WIDTHS[column]))
        self._fit_columns()
        # Right-click on the header: choose the columns shown (kept with the header state).
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._choose_columns)
        header.setSortIndicator(Column.CASE_NUMBER, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.open_requested.connect(self._events.open_case_requested)

    def _label_widths(self) -> dict[Column, int]:
        """Risk, status and plan as wide as their longest word in this language: an English
        plan status ("Awaiting approval") needs twice the room of a Chinese one (待审批)."""
        bold = QFont(self.table.font())
        bold.setBold(True)  # a high risk is shown in bold
        plain, strong = self.table.fontMetrics(), QFontMetrics(bold)
        margin = self.table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin)
        padding = 2 * margin + 12
        words = {
            Column.RISK: max(strong.horizontalAdvance(labels.risk(r)) for r in RiskLevel),
            Column.STATUS: max(plain.horizontalAdvance(labels.case_status(s))
                               for s in CaseStatus),
            Column.PLAN: max(plain.horizontalAdvance(labels.plan_status(p)) for p in PlanStatus),
        }
        return {column: width + padding for column, width in words.items()}

    def _build_top(self) -> QHBoxLayout:
        """The filter bar with the new-case button beside it."""
        self.new_case_button = QPushButton(self.tr("New case…"), self)
        self.new_case_button.setObjectName("new_case_button")
        self.new_case_button.setToolTip(self.tr("Register a minor and open a case (Ctrl+N)"))
        self.new_case_button.clicked.connect(self._events.new_case_requested)
        # Tab reads the top row first: the search, then the button beside it, then the filters.
        QWidget.setTabOrder(self.filters.search, self.new_case_button)
        top = QHBoxLayout()
        top.addWidget(self.filters, 1)
        top.addWidget(self.new_case_button, 0, Qt.AlignmentFlag.AlignTop)
        return top

    def showEvent(self, event: QShowEvent) -> None:
        self.model.start()  # the first page, the first time the list is on screen
        super().showEvent(event)

    def _fit_columns(self) -> None:
        """The guardianship column takes what is left, so the list fits without scrolling."""
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(Column.GUARDIANSHIP, QHeaderView.ResizeMode.Stretch)

    def _choose_columns(self, pos: QPoint) -> None:
        header = self.table.horizontalHeader()
        menu = QMenu(self)
        for column in Column:
            title = self.model.headerData(column, Qt.Orientation.Horizontal)
            action = menu.addAction(str(title))
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            # The case number identifies the row: it always stays.
            action.setEnabled(column is not Column.CASE_NUMBER)
            action.toggled.connect(
                lambda shown, c=column: header.setSectionHidden(c, not shown))
        menu.exec(header.mapToGlobal(pos))
        menu.deleteLater()

    def _run(self, query: CaseQuery) -> None:
        self.model.set_query(query)

    def refresh(self) -> None:
        self.model.refresh()
        self._show_count()

    def _show_count(self) -> None:
        if self.model.more:
            self.count.setText(self.tr(
                "More than %n cases match: type more to narrow the search", "",
                self.model.total))
        else:
            self.count.setText(self.tr("%n case(s)", "", self.model.total))

    def _reload_categories(self) -> None:
        situations = self._services.categories.entries(CategoryKind.GUARDIANSHIP,
                                                       include_inactive=True)
        self.filters.set_situations([s for s in situations if s.active])
        self.model.set_guardianship_labels(CategoryLabels(situations))


    def focus_search(self) -> None:
        self.filters.focus_search()

    def save_settings(self, settings: QSettings) -> None:
        settings.setValue(HEADER_KEY, self.table.horizontalHeader().saveState())

    def restore_settings(self, settings: QSettings) -> None:
        state = settings.value(HEADER_KEY)
        if state is not None:
            self.table.horizontalHeader().restoreState(state)
            self._fit_columns()
