"""The dashboard: what is due for a caseload (or the whole center), and two charts."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import (
    QByteArray,
    QDeadlineTimer,
    QEventLoop,
    QSettings,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from familyedu.models.enums import CategoryKind, Role
from familyedu.services import Services
from familyedu.services.casework.dto import Dashboard, DueItem, PendingPlan, PlanOutcome
from familyedu.services.core.dto import CategoryView
from familyedu.ui import formatting
from familyedu.ui.background import run_off_thread
from familyedu.ui.dashboard.charts import OpenBySituationChart, SessionsPerMonthChart
from familyedu.ui.dashboard.empty_note import EmptyNote
from familyedu.ui.dashboard.plans import ApprovalQueue, PlanOutcomes, fit_columns
from familyedu.ui.events import AppEvents
from familyedu.ui.labels import CategoryLabels
from familyedu.ui.service_errors import error_text

log = logging.getLogger(__name__)
CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class DueList(QTreeWidget):
    """One list of due items; Enter or double-click asks to open the case."""

    open_requested = Signal(int)

    def __init__(self, name: str, date_title: str, detail_title: str | None,
                 empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        titles = [self.tr("Case no."), self.tr("Minor"), date_title]
        self.setHeaderLabels([*titles, detail_title] if detail_title else titles)
        fit_columns(self, stretch=1)  # the minor's name gives way
        self.itemDoubleClicked.connect(lambda item, _col: self._open(item))
        self.empty_note = EmptyNote(self, empty_text)

    def set_items(self, items: list[DueItem]) -> None:
        self.clear()
        for entry in items:
            row = QTreeWidgetItem([entry.case_number, entry.minor_name,
                                   formatting.short_date(entry.due_on), entry.detail])
            row.setData(0, CASE_ID_ROLE, entry.case_id)
            self.addTopLevelItem(row)
        self.empty_note.refresh()

    def case_ids(self) -> list[int]:
        items = (self.topLevelItem(i) for i in range(self.topLevelItemCount()))
        return [int(item.data(0, CASE_ID_ROLE)) for item in items if item is not None]

    def keyPressEvent(self, event: QKeyEvent) -> None:
        item = self.currentItem()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and item is not None:
            self._open(item)
            return
        super().keyPressEvent(event)

    def _open(self, item: QTreeWidgetItem) -> None:
        self.open_requested.emit(int(item.data(0, CASE_ID_ROLE)))


Figures = tuple[Dashboard, list[CategoryView], list[PendingPlan], list[PlanOutcome]]


def read_figures(services: Services, *, mine_only: bool, queue: bool,
                 outcomes: bool) -> Figures:
    """Everything the dashboard shows, read in one go (in the thread pool: it holds no Qt
    object, only the services)."""
    data = services.dashboard.load(mine_only=mine_only)
    entries = services.categories.entries(CategoryKind.GUARDIANSHIP, include_inactive=True)
    plans = services.plans
    return (data, entries, plans.approval_queue() if queue else [],
            plans.recent_outcomes() if outcomes else [])


class DashboardView(QWidget):
    """Sessions due, reviews overdue, orders near their deadline, no-shows; two charts.

    The figures are read once the window is on screen (issue #7); `loaded` is emitted each
    time new figures are shown.
    """

    loaded = Signal()

    def __init__(self, services: Services, events: AppEvents,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.dashboard: Dashboard | None = None
        top = self._build_top(events)
        grid = self._build_due_lists(events)
        self._build_plans(grid, events)
        lists = QWidget(self)
        lists.setLayout(grid)
        grid.setContentsMargins(0, 0, 0, 0)
        self._build_charts(lists)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        self._build_retry(top)
        self._start_loading(events)

    def _build_top(self, events: AppEvents) -> QHBoxLayout:
        """The summary line, a supervisor's scope switch and the new-case button."""
        self.summary = QLabel(self)
        self.summary.setObjectName("dashboard_summary")
        font = self.summary.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.summary.setFont(font)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        self.mine_button: QRadioButton | None = None
        self.center_button: QRadioButton | None = None
        if self._services.actor.role is Role.SUPERVISOR:
            self.mine_button = QRadioButton(self.tr("My caseload"), self)
            self.center_button = QRadioButton(self.tr("Whole center"), self)
            self.center_button.setChecked(True)
            group = QButtonGroup(self)
            group.addButton(self.mine_button)
            group.addButton(self.center_button)
            self.mine_button.toggled.connect(self.reload)
            top.addWidget(self.mine_button)
            top.addWidget(self.center_button)
        self.new_case_button = QPushButton(self.tr("New case…"), self)
        self.new_case_button.setObjectName("new_case_button")
        self.new_case_button.setToolTip(self.tr("Register a minor and open a case (Ctrl+N)"))
        self.new_case_button.clicked.connect(events.new_case_requested)
        top.addWidget(self.new_case_button)
        return top

    def _build_due_lists(self, events: AppEvents) -> QGridLayout:
        """The four lists of what is due, two by two, each in a box titled with its count."""
        self.due = DueList("due_this_week", self.tr("Due on"), None,
                           self.tr("No case is due for a session this week."), self)
        self.reviews = DueList("reviews_overdue", self.tr("Review was due"), None,
                               self.tr("No plan review is overdue."), self)
        self.deadlines = DueList("orders_near_deadline", self.tr("Deadline"),
                                 self.tr("Done / required"),
                                 self.tr("No order is near its deadline with hours missing."),
                                 self)
        self.no_shows = DueList("no_shows", self.tr("Missed on"), self.tr("Time"),
                                self.tr("No missed session is waiting for a follow-up."), self)
        self._boxes: list[tuple[QGroupBox, DueList, Callable[[int], str]]] = []
        grid = QGridLayout()
        for i, (dlist, title) in enumerate([
            (self.due, lambda n: self.tr("Sessions due this week (%n)", "", n)),
            (self.reviews, lambda n: self.tr("Plan reviews overdue (%n)", "", n)),
            (self.deadlines, lambda n: self.tr(
                "Orders near their deadline, hours missing (%n)", "", n)),
            (self.no_shows, lambda n: self.tr("No-shows awaiting follow-up (%n)", "", n)),
        ]):
            box = QGroupBox(self)
            inner = QVBoxLayout(box)
            inner.addWidget(dlist)
            dlist.open_requested.connect(events.open_case_requested)
            grid.addWidget(box, i // 2, i % 2)
            self._boxes.append((box, dlist, title))
        return grid

    def _build_plans(self, grid: QGridLayout, events: AppEvents) -> None:
        """The plans a supervisor must decide on; the decisions on a counselor's plans."""
        self.approval_queue: ApprovalQueue | None = None
        self.plan_outcomes: PlanOutcomes | None = None
        self._plans_box: QGroupBox | None = None
        self.outcome_detail: QLabel | None = None
        role = self._services.actor.role
        if role not in (Role.SUPERVISOR, Role.COUNSELOR):
            return
        plans: ApprovalQueue | PlanOutcomes
        if role is Role.SUPERVISOR:
            plans = self.approval_queue = ApprovalQueue(self)
        else:
            plans = self.plan_outcomes = PlanOutcomes(self)
        self._plans_box = QGroupBox(self)
        inner = QVBoxLayout(self._plans_box)
        inner.addWidget(plans)
        if self.plan_outcomes is not None:
            self._build_outcome_detail(self._plans_box, inner, self.plan_outcomes)
        plans.open_requested.connect(events.open_case_requested)
        grid.addWidget(self._plans_box, 0, 2, 2, 1)
        for column in range(3):
            grid.setColumnStretch(column, 1)

    def _build_outcome_detail(self, box: QGroupBox, inner: QVBoxLayout,
                              outcomes: PlanOutcomes) -> None:
        """The chosen decision whole: who, when and the comment, which the list cuts."""
        detail = self.outcome_detail = QLabel(box)
        detail.setObjectName("plan_outcome_detail")
        detail.setWordWrap(True)
        detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        inner.addWidget(detail)
        outcomes.currentItemChanged.connect(lambda *_: detail.setText(outcomes.detail()))

    def _build_charts(self, lists: QWidget) -> None:
        """The lists above, the two charts side by side below, in a splitter."""
        self.months_chart = SessionsPerMonthChart(self)
        self.situation_chart = OpenBySituationChart(self)
        charts = QSplitter(Qt.Orientation.Horizontal, self)
        charts.addWidget(self.months_chart)
        charts.addWidget(self.situation_chart)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("dashboard_splitter")
        self.splitter.addWidget(lists)
        self.splitter.addWidget(charts)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)

    def _build_retry(self, top: QHBoxLayout) -> None:
        self.retry_button = QPushButton(self.tr("Retry"), self)
        self.retry_button.setObjectName("dashboard_retry")
        self.retry_button.hide()
        self.retry_button.clicked.connect(self.reload)
        top.insertWidget(1, self.retry_button)

    def _start_loading(self, events: AppEvents) -> None:
        # Figures are read once the event loop runs, so the window is on screen first;
        # reloads asked for meanwhile are served by that one read.
        self._load_timer = QTimer(self)
        self._load_timer.setSingleShot(True)
        self._load_timer.setInterval(0)
        self._load_timer.timeout.connect(self._load_now)
        self._reading = False  # a read is in the thread pool
        self._read_again = False  # asked for while it was: its answer is already old
        for signal in (events.session_logged, events.case_saved, events.plan_saved,
                       events.minor_saved, events.settings_changed):
            signal.connect(self.reload)
        self.summary.setText(self.tr("Loading the dashboard…"))
        self.reload()

    def save_settings(self, settings: QSettings) -> None:
        settings.setValue("dashboard/splitter", self.splitter.saveState())

    def restore_settings(self, settings: QSettings) -> None:
        state = settings.value("dashboard/splitter")
        if isinstance(state, QByteArray):
            self.splitter.restoreState(state)

    @property
    def mine_only(self) -> bool:
        if self.mine_button is None:
            return True
        return self.mine_button.isChecked()

    @property
    def loading(self) -> bool:
        """A read is due or under way (its figures are not on screen yet)."""
        return self._load_timer.isActive() or self._reading or self._read_again

    def reload(self) -> None:
        """Read the figures again as soon as the event loop is free (the newest state)."""
        self._load_timer.start()

    def wait_until_loaded(self, timeout_ms: int = 30_000) -> bool:
        """Process events until the newest figures are shown (screenshots, tests)."""
        deadline = QDeadlineTimer(timeout_ms)
        # Waits for events instead of spinning: the figures come from the thread pool, and
        # PySide 6.12 on Python 3.11 loses a reference to None with every call of a Qt
        # function returning nothing (QCoreApplication.processEvents included), so a spin of
        # some thousand turns ended the interpreter ("deallocating None").
        # QEventLoop.processEvents returns a bool. A timer wakes it to look at the deadline.
        loop = QEventLoop()
        wake = QTimer()
        wake.start(50)
        while self.loading and not deadline.hasExpired():
            loop.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
        wake.stop()
        return not self.loading

    def _load_now(self) -> None:
        # In the thread pool (issue #14): the window is on screen and answers at once after
        # signing in; the cold first read of a 100,000-case center takes ~0.2 s. The pool
        # call holds only the services, and the garbage collector pauses while it is away
        # (ui/background.py): a collection in that thread once freed other screens' Qt
        # objects there.
        if self._reading:
            self._read_again = True
            return
        self._reading = True
        services, mine_only = self._services, self.mine_only
        queue, outcomes = self.approval_queue is not None, self.plan_outcomes is not None
        run_off_thread(lambda: read_figures(services, mine_only=mine_only, queue=queue,
                                            outcomes=outcomes),
                       self._answered, self._read_failed)

    def _answered(self, figures: Figures) -> None:
        if not isValid(self):  # closed meanwhile
            return
        self._reading = False
        data, entries, queue, outcomes = figures
        self._plans_loaded(queue, outcomes)  # before _loaded announces the new figures
        self._loaded(data, entries)
        self._read_more()

    def _read_failed(self, exc: BaseException) -> None:
        if not isValid(self):
            return
        self._reading = False
        self._failed(exc)  # said in the view, with Retry; never a crash
        self._read_more()

    def _read_more(self) -> None:
        if self._read_again:  # something changed while the figures were read
            self._read_again = False
            self._load_timer.start()

    def _plans_loaded(self, queue: list[PendingPlan], outcomes: list[PlanOutcome]) -> None:
        if self._plans_box is None:
            return
        if self.approval_queue is not None:
            self.approval_queue.set_items(queue)
            self._plans_box.setTitle(self.tr("Plans awaiting your approval (%n)", "",
                                             len(queue)))
        if self.plan_outcomes is not None:
            self.plan_outcomes.set_items(outcomes)
            if self.outcome_detail is not None:
                self.outcome_detail.setText(self.plan_outcomes.detail())
            self._plans_box.setTitle(self.tr("Decisions on your plans (%n)", "",
                                             len(outcomes)))

    def _failed(self, exc: BaseException) -> None:
        log.warning("dashboard could not be loaded: %s", type(exc).__name__)
        self.summary.setText(self.tr("The dashboard could not be loaded: %1").replace(
            "%1", error_text(exc)))
        self.retry_button.show()

    def _loaded(self, data: Dashboard, entries: list[CategoryView]) -> None:
        self.retry_button.hide()
        self.dashboard = data
        if data.scope_center:
            text = self.tr("%n open case(s) in the center", "", data.open_cases)
        else:
            text = self.tr("%n open case(s) in your caseload", "", data.open_cases)
        self.summary.setText(text)
        for items, dlist in ((data.sessions_due_this_week, self.due),
                             (data.reviews_overdue, self.reviews),
                             (data.orders_near_deadline, self.deadlines),
                             (data.no_shows_to_follow_up, self.no_shows)):
            dlist.set_items(items)
        for box, dlist, title in self._boxes:
            box.setTitle(title(dlist.topLevelItemCount()))
        names = CategoryLabels(entries)
        self.months_chart.set_data(data.sessions_per_month)
        self.situation_chart.set_data(data.open_by_guardianship, names)
        self.loaded.emit()
