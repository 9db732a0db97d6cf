"""Registering a minor with guardians and opening their case, in one dialog."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from familyedu.errors import DuplicateCandidate, PossibleDuplicate
from familyedu.services import Services
from familyedu.ui import screen_fit
from familyedu.ui.drafts import DraftKeeper, DraftKey
from familyedu.ui.events import AppEvents
from familyedu.ui.forms import DirtyTracker, error_label
from familyedu.ui.forms.keys import add_save_shortcuts, enter_moves_on, tab_chain
from familyedu.ui.forms.saving import may_close, run_save
from familyedu.ui.forms.widgets import Vocab
from familyedu.ui.workspace.case_form import CaseForm
from familyedu.ui.workspace.duplicates import DuplicateDialog
from familyedu.ui.workspace.guardian_form import GuardianRows
from familyedu.ui.workspace.minor_form import MinorForm
from familyedu.ui.workspace.new_case_consent import ConsentPart

DRAFT_FORM = "new_case"
# Wide enough for the minor's two-column form without crowding it.
MIN_WIDTH = 1000


class NewCaseDialog(QDialog):
    """After it is accepted, `case_id` holds the new case and `case_saved` has been emitted."""

    def __init__(self, services: Services, events: AppEvents,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.events = events
        self.case_id: int | None = None
        self._offered = False
        self.setWindowTitle(self.tr("New case"))
        vocab = Vocab(services)
        actor = services.actor
        self.minor_form = MinorForm(vocab, clock=services.ctx.now)
        self.guardians = GuardianRows(vocab)
        self.guardians.add_row()
        counselors = services.cases.counselors() if actor.is_supervisor else None
        self.case_form = CaseForm(vocab, clock=services.ctx.now, counselors=counselors,
                                  own_id=actor.user_id)
        self.consent = ConsentPart(self._guardian_names, services.ctx.now)

        self.scroll_area = self._scrolling_page()
        self.general = error_label(self)
        buttons = self._buttons()
        layout = self.body = QVBoxLayout(self)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.general)
        layout.addWidget(buttons)
        self._track_changes()
        self._order_tabs()
        self.drafts = DraftKeeper(DraftKey(actor.user_id, None, DRAFT_FORM), self.tracker,
                                  self.draft_state, self)
        wanted = self.wanted_size()
        screen_fit.fit(self, wanted.width(), wanted.height())

    def _scrolling_page(self) -> QScrollArea:
        """The minor, the guardians with the consent under them, the referral and order."""
        page = self.page = QWidget()
        page_layout = QVBoxLayout(page)
        for title, widget in ((self.tr("The minor"), self.minor_form),
                              (self.tr("Guardians"), self.guardians),
                              (self.tr("Referral and order"), self.case_form)):
            group = QGroupBox(title, page)
            inner = QVBoxLayout(group)
            inner.addWidget(widget)
            page_layout.addWidget(group)
            if widget is self.guardians:
                page_layout.addWidget(self.consent)
        page_layout.addStretch(1)
        area = QScrollArea(self)
        area.setWidgetResizable(True)
        area.setWidget(page)
        # Not a Tab stop: its fields are, and it scrolls to the one with the focus.
        area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        return area

    def wanted_size(self) -> QSize:
        """The whole page without a scroll bar, with the message line and the buttons below.
        screen_fit caps it to the screen: 1366x768 scrolls the page as before, 1920x1080 shows
        all but the end of the order (it stayed 1000x760 there, the consent half hidden)."""
        layout, area, page = self.body, self.scroll_area, self.page
        frame = 2 * area.frameWidth()
        margins = layout.contentsMargins()
        width = (page.sizeHint().width() + area.verticalScrollBar().sizeHint().width() + frame
                 + margins.left() + margins.right())
        # The layout's own height, with the page's full height in place of the area's hint.
        height = (layout.sizeHint().height() - area.sizeHint().height()
                  + page.sizeHint().height() + frame)
        return QSize(max(MIN_WIDTH, width), height)

    def _buttons(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox(self)
        self.save_button = QPushButton(self.tr("Register and open the case"), self)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.save_button.clicked.connect(lambda: self.save())
        add_save_shortcuts(self, self.save)
        buttons.rejected.connect(self.reject)
        self.save_button.setAutoDefault(False)
        return buttons

    def _track_changes(self) -> None:
        """One dirty flag for the whole dialog, whichever part was edited."""
        self.tracker = DirtyTracker(self)
        for tracker in (self.minor_form.fields.tracker, self.case_form.fields.tracker,
                        self.consent.fields.tracker):
            tracker.changed.connect(self._part_changed)
        self.guardians.changed.connect(lambda: self.tracker.set_dirty(True))
        self.guardians.changed.connect(self._order_tabs)

    def _order_tabs(self) -> None:
        """Tab follows the page: the minor, each guardian (then Add guardian), the consent,
        the referral and order, then the buttons; a guardian added later is not last."""
        chain: list[QWidget] = [self.minor_form.fields.widget(
            self.minor_form.fields.names()[-1])]
        for form in self.guardians.forms:
            chain += [form.fields.widget(name) for name in form.fields.names()]
            if form.remove_button is not None:
                chain.append(form.remove_button)
        chain += [self.guardians.add_button, self.consent]
        chain += [self.consent.fields.widget(name) for name in self.consent.fields.names()]
        chain.append(self.case_form.fields.widget(self.case_form.fields.names()[0]))
        tab_chain(chain)

    def _guardian_names(self) -> list[str]:
        names = (form.name_edit.text().strip() for form in self.guardians.forms)
        return [name for name in names if name]

    def _part_changed(self, dirty: bool) -> None:
        if dirty:
            self.tracker.set_dirty(True)

    # -- drafts -------------------------------------------------------------------------

    def draft_state(self) -> dict[str, Any]:
        return {"minor": self.minor_form.fields.state(), "guardians": self.guardians.state(),
                "case": self.case_form.fields.state(), "consent": self.consent.state()}

    def restore_draft(self, state: dict[str, Any]) -> None:
        self.minor_form.fields.restore(state.get("minor", {}))
        self.guardians.restore(list(state.get("guardians", [])))
        self.case_form.fields.restore(state.get("case", {}))
        self.consent.restore(state.get("consent", {}))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._offered:
            self._offered = True
            QTimer.singleShot(0, lambda: self.drafts.offer_restore(self, self.restore_draft))

    # -- saving -------------------------------------------------------------------------

    def _place_errors(self, messages: dict[str, str]) -> dict[str, str]:
        left = self.minor_form.fields.place_errors(messages)
        left = self.guardians.show_errors(left)
        left = self.case_form.fields.place_errors(left)
        return self.consent.place_errors(left)

    def _focus_first_error(self) -> None:
        widget = (self.minor_form.fields.errors.first_widget()
                  or self.guardians.first_error_widget()
                  or self.case_form.fields.errors.first_widget()
                  or self.consent.fields.errors.first_widget())
        if widget is not None:
            widget.setFocus()
            self.scroll_area.ensureWidgetVisible(widget)

    def save(self, confirm_not_duplicate: bool = False) -> bool:
        minor = self.minor_form.minor_input()
        guardians = self.guardians.guardian_inputs()
        case = self.case_form.case_input()
        consent = self.consent.consent_input()
        try:
            ok, case_id = run_save(
                self, lambda: self.services.cases.open_new(
                    minor, guardians, case, confirm_not_duplicate=confirm_not_duplicate,
                    consent=consent),
                sinks=[self._place_errors], general=self.general)
        except PossibleDuplicate as exc:
            if self._confirm_new(exc.candidates):
                return self.save(confirm_not_duplicate=True)
            return False
        if not ok or case_id is None:
            self._focus_first_error()
            return False
        self.case_id = case_id
        self.tracker.mark_clean()
        self.drafts.finish()
        self.events.case_saved.emit(case_id)
        self.accept()
        return True

    def _confirm_new(self, candidates: list[DuplicateCandidate]) -> bool:
        return DuplicateDialog.ask(self, candidates)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not enter_moves_on(self, event, self.save):
            super().keyPressEvent(event)

    # -- closing ------------------------------------------------------------------------

    def reject(self) -> None:
        if may_close(self, self.tracker, self.save, on_discard=self.drafts.finish):
            super().reject()
