"""Search box and filters above the case list; builds the CaseQuery the model runs."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from familyedu.models.enums import CaseStatus, OrderType, PlanStatus, RiskLevel
from familyedu.services.admin.dto import UserView
from familyedu.services.casework.dto import CaseQuery
from familyedu.services.core.dto import CategoryView
from familyedu.ui import labels
from familyedu.ui.forms.popups import fit_popup

SEARCH_DELAY_MS = 250


class _ShrinkingCombo(QComboBox):
    """As wide as its longest entry when there is room, narrower on a small screen."""

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), 90), hint.height())


class FilterBar(QWidget):
    """Emits `query_changed` a moment after typing stops, or at once when a filter changes."""

    query_changed = Signal(object)  # CaseQuery (sort is the model's business)

    def __init__(self, *, counselors: list[UserView] | None, situations: list[CategoryView],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build_search()
        self._build_filters(counselors, situations)
        self._name_filters()
        # Connected once every filter exists: the first query reads all of them.
        for combo in self._combos():
            combo.currentIndexChanged.connect(self.apply_now)
        # Two rows: the search box gets the full width, and a narrow window still fits.
        filters = QHBoxLayout()
        filters.setContentsMargins(0, 0, 0, 0)
        for widget in self._combos():
            filters.addWidget(widget)
        filters.addWidget(self.overdue)
        filters.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addLayout(filters)

    def _build_search(self) -> None:
        self.search = QLineEdit(self)
        self.search.setObjectName("case_search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr(
            "Search: name, pinyin (zxm), case no., ID no., phone"))
        self.search.setMinimumWidth(220)
        # Typing only restarts the timer: the query runs once the user pauses.
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self._emit)
        self.search.textChanged.connect(self._debounce.start)
        self.search.returnPressed.connect(self.apply_now)

    def _build_filters(self, counselors: list[UserView] | None,
                       situations: list[CategoryView]) -> None:
        self.status = self._combo("status_filter", self.tr("Any status"), [
            (labels.case_status(s), s) for s in CaseStatus])
        self.status.setCurrentIndex(self.status.findData(CaseStatus.OPEN))
        self.counselor: QComboBox | None = None
        if counselors is not None:
            self.counselor = self._combo("counselor_filter", self.tr("Any counselor"), [
                (u.display_name, u.id) for u in counselors])
        self.risk = self._combo("risk_filter", self.tr("Any risk"), [
            (labels.risk(r), r) for r in RiskLevel])
        self.situation = self._combo("situation_filter", self.tr("Any guardianship situation"), [
            (labels.category(c), c.code) for c in situations])
        # The longest situations are sentences: show the start, the popup shows them whole.
        self.situation.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.situation.setMinimumContentsLength(22)
        self.order = self._combo("order_filter", self.tr("Any order"), [
            (labels.order_type(o), o) for o in OrderType])
        self.plan = self._combo("plan_filter", self.tr("Any plan status"), [
            (labels.plan_status(p), p) for p in PlanStatus])
        self.overdue = QCheckBox(self.tr("Overdue only"), self)
        self.overdue.setObjectName("overdue_filter")
        self.overdue.toggled.connect(self.apply_now)

    def _name_filters(self) -> None:
        """What a screen reader says for each filter (its first item is only its value)."""
        self.search.setAccessibleName(self.tr("Search cases"))
        for combo, name in ((self.status, self.tr("Filter by status")),
                            (self.counselor, self.tr("Filter by counselor")),
                            (self.risk, self.tr("Filter by risk")),
                            (self.situation, self.tr("Filter by guardianship situation")),
                            (self.order, self.tr("Filter by order")),
                            (self.plan, self.tr("Filter by plan status"))):
            if combo is not None:
                combo.setAccessibleName(name)

    def _combos(self) -> list[QComboBox]:
        """The filter combos in the order they stand (the counselor's only for supervisors)."""
        combos = (self.status, self.counselor, self.risk, self.situation, self.order, self.plan)
        return [combo for combo in combos if combo is not None]

    def _combo(self, name: str, any_text: str, items: list[tuple[str, Any]]) -> QComboBox:
        combo = _ShrinkingCombo(self)
        combo.setObjectName(name)
        combo.addItem(any_text, None)
        for text, value in items:
            combo.addItem(text, value)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        return fit_popup(combo)

    def set_situations(self, situations: list[CategoryView]) -> None:
        """The guardianship list changed in the administration screen."""
        chosen = self.situation.currentData()
        self.situation.blockSignals(True)
        self.situation.clear()
        self.situation.addItem(self.tr("Any guardianship situation"), None)
        for entry in situations:
            self.situation.addItem(labels.category(entry), entry.code)
        self.situation.setCurrentIndex(max(0, self.situation.findData(chosen)))
        self.situation.blockSignals(False)

    def query(self) -> CaseQuery:
        # Qt hands item data back as plain str/int: turn it into our enums again.
        status, risk, order = (c.currentData() for c in (self.status, self.risk, self.order))
        counselor = self.counselor.currentData() if self.counselor else None
        situation = self.situation.currentData()
        plan = self.plan.currentData()
        return CaseQuery(
            text=self.search.text().strip(),
            status=CaseStatus(status) if status else None,
            counselor_id=int(counselor) if counselor is not None else None,
            risk_level=RiskLevel(risk) if risk else None,
            guardianship=str(situation) if situation else None,
            order_type=OrderType(order) if order else None,
            overdue_only=self.overdue.isChecked(),
            plan_status=PlanStatus(plan) if plan else None,
        )

    def apply_now(self) -> None:
        self._debounce.stop()
        self._emit()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _emit(self) -> None:
        self.query_changed.emit(self.query())
