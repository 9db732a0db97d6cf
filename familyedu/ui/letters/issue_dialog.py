"""Issuing a letter about a case, or the center's statistics: a form, a draft preview, Issue.

The draft is drawn as soon as the dialog opens and again on Preview, off the UI thread (a
letter's layout takes a noticeable moment) with services of its own (a service keeps the
sealed records a unit of work read: one instance is not shared across threads); until it
arrives the pane says what appears there.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date, datetime, time
from functools import partial
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from familyedu.models.enums import LetterKind
from familyedu.services import Services
from familyedu.services.letters.dto import IssuedLetter
from familyedu.services.letters.service import CASE_KINDS, ReissueNeeded
from familyedu.ui import labels, screen_fit
from familyedu.ui.background import run_off_thread
from familyedu.ui.events import AppEvents
from familyedu.ui.forms.date_field import DateField
from familyedu.ui.forms.keys import tab_chain
from familyedu.ui.forms.popups import fit_popup
from familyedu.ui.letters.preview import PdfPane, PreviewDialog
from familyedu.ui.letters.texts import letter_error_text, reissue_question

T = TypeVar("T")


def date_edit(parent: QWidget, value: date) -> DateField:
    """A period's day: typed whole in any common form (2027-03-04, 2027年3月4日…), never
    empty (a refused text goes back to the last good day)."""
    edit = DateField(parent, optional=False, default=lambda: datetime.combine(value, time()))
    edit.set_value(value)
    return edit


def to_date(edit: DateField) -> date:
    value = edit.date_value()
    assert value is not None  # a field that cannot be emptied
    return value


def set_date(edit: DateField, value: date) -> None:
    edit.set_value(value)


def _on_own_services(services: Services,
                     call: Callable[[Services], bytes]) -> Callable[[], bytes]:
    """`call` on services made for it, in the thread that runs it: the same signed-in person
    (context copied, its sealed grant shared) and fonts, its own service instances."""
    ctx = dataclasses.replace(services.ctx)
    fonts = services.letters.fonts

    def run() -> bytes:
        own = Services(ctx)
        own.letters.fonts = own.statistics.fonts = fonts
        return call(own)
    return run


class DocumentDialog(QDialog):
    """A form on the left, the draft on the right; Issue registers and shows the document."""

    # The draft arrived in the pane, or its failure was shown (after the first one, too).
    preview_settled = Signal()

    def __init__(self, services: Services, events: AppEvents, title: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.events = events
        self.issued: IssuedLetter | None = None
        self.preview_dialog: PreviewDialog | None = None
        self._drafts_asked = 0  # a draft asked for earlier than the last one is dropped
        self._shown_once = False
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.language = QComboBox(self)
        self.language.addItem(self.tr("Chinese"), "zh_CN")
        self.language.addItem(self.tr("English"), "en")
        self._build_error_label()
        buttons = self._build_buttons()
        # Made after the buttons: Tab reads the form and its buttons, then the draft.
        self.pane = PdfPane(self)
        self.pane.set_placeholder(self.waiting_text())
        self._lay_out(buttons)
        screen_fit.fit(self, 1100, 800)

    def _build_error_label(self) -> None:
        self.error_label = QLabel(self)
        self.error_label.setObjectName("error_label")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.hide()

    def _build_buttons(self) -> QDialogButtonBox:
        """Preview, Issue (the default) and Cancel."""
        self.preview_button = QPushButton(self.tr("Preview"), self)
        self.issue_button = QPushButton(self.tr("Issue"), self)
        self.issue_button.setDefault(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        buttons.addButton(self.preview_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.issue_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.rejected.connect(self.reject)
        self.preview_button.clicked.connect(self.show_preview)
        self.issue_button.clicked.connect(self.issue)
        return buttons

    def _lay_out(self, buttons: QDialogButtonBox) -> None:
        """The form and its buttons on the left, the draft on the right."""
        fields = QVBoxLayout()
        fields.addLayout(self.form)
        fields.addWidget(self.error_label)
        fields.addStretch(1)
        left = QVBoxLayout()
        # The fields scroll on a low screen; the buttons stay in sight below them.
        self.fields_area = screen_fit.scrolling(fields, self)
        left.addWidget(self.fields_area, 1)
        left.addWidget(buttons)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 0)
        layout.addWidget(self.pane, 1)

    def showEvent(self, event: QShowEvent) -> None:
        # Here, not in a QScrollArea subclass or an event filter on it: either made PySide
        # 6.12 abort the process at exit (bool_dealloc in the final garbage collection).
        screen_fit.fit_to_fields(self.fields_area)
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            self.start_preview()

    def select_language(self, language: str) -> None:
        self.language.setCurrentIndex(max(0, self.language.findData(language)))

    # -- to be provided by each dialog ----------------------------------------------------

    def preview_call(self) -> Callable[[Services], bytes]:
        """The service call that makes the draft, its arguments read from the form now (it
        runs off the UI thread, so it holds no widget), on the services it is given."""
        raise NotImplementedError

    def make_preview(self) -> bytes:
        """The draft made here, on the UI thread (the screenshot set)."""
        return self.preview_call()(self.services)

    def make_issue(self) -> IssuedLetter:
        raise NotImplementedError

    # -- actions -----------------------------------------------------------------------------

    def _run(self, action: Callable[[], T]) -> T | None:
        """Run a service call with a busy cursor; a failure is shown in the form."""
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = action()
        except Exception as exc:  # every failure is worded for the user, none is fatal here
            self.show_error(letter_error_text(exc))
            return None
        finally:
            QApplication.restoreOverrideCursor()
        self.error_label.hide()
        return result

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def waiting_text(self) -> str:
        return self.tr("The draft of the document appears here as soon as it is ready. "
                       "After changing the fields, press Preview to see it again.")

    def show_preview(self) -> None:
        """The draft of the form as it stands (Preview), made off the UI thread."""
        self.start_preview()

    def start_preview(self) -> None:
        """The draft of the form as it stands, made off the UI thread; the pane says it is
        coming meanwhile. A draft asked for earlier that arrives later is dropped."""
        self._drafts_asked += 1
        asked = self._drafts_asked
        self.pane.clear()
        self.pane.set_placeholder(self.tr("Preparing the draft…"))

        def done(pdf: Any) -> None:
            if shiboken6.isValid(self) and asked == self._drafts_asked:
                self.error_label.hide()
                self._settle(pdf)

        def failed(exc: BaseException) -> None:
            if shiboken6.isValid(self) and asked == self._drafts_asked:
                self.show_error(letter_error_text(exc))
                self._settle(None)

        run_off_thread(_on_own_services(self.services, self.preview_call()), done, failed)

    def _settle(self, pdf: bytes | None) -> None:
        if pdf is not None:
            self.pane.show_pdf(pdf)
        else:
            self.pane.clear()
            self.pane.set_placeholder(self.tr("No draft: the message on the left says why. "
                                              "Correct the fields and press Preview."))
        self.preview_settled.emit()

    def issue(self) -> None:
        issued = self._run(self.make_issue)
        if issued is None:
            return
        self.issued = issued
        self.events.letter_issued.emit(issued.id)
        self.preview_dialog = PreviewDialog(issued.pdf, issued.reference, self.parentWidget(),
                                            reference=issued.reference)
        self.preview_dialog.open()
        self.accept()


class IssueLetterDialog(DocumentDialog):
    """A letter about one case: kind, period, language, recipient, assessment, notice stage."""

    def __init__(self, services: Services, events: AppEvents, case_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(services, events, "", parent)
        self.setWindowTitle(self.tr("Issue a letter"))
        self.case_id = case_id
        self._build_fields(services.ctx.today())
        self._add_rows()
        language = self._run(services.letters.center_language)
        self.select_language(language or "zh_CN")
        self.kind.currentIndexChanged.connect(self.kind_changed)
        self.kind_changed()

    def _build_fields(self, today: date) -> None:
        """Kind, period, recipient, notice stage and assessment."""
        self.kind = QComboBox(self)
        for kind in CASE_KINDS:
            self.kind.addItem(labels.letter_kind(kind), kind.value)
        self.period_start = date_edit(self, today)
        self.period_end = date_edit(self, today)
        self.recipient = QLineEdit(self)
        self.recipient.setPlaceholderText(self.tr("As recorded in the case"))
        self.stage = QComboBox(self)
        # A reminder first; non-compliance once a reminder went out and the deadline passed.
        self.stage.addItem(self.tr("Automatic (a reminder first)"), None)
        self.stage.addItem(self.tr("Reminder"), "reminder")
        self.stage.addItem(self.tr("Non-compliance"), "non_compliance")
        fit_popup(self.kind)
        fit_popup(self.stage)
        self.assessment = QPlainTextEdit(self)
        self.assessment.setPlaceholderText(self.tr("The counselor's assessment, for the "
                                                   "referring authority"))
        self.assessment.setMaximumHeight(140)
        self.assessment.setTabChangesFocus(True)  # Tab leaves it for the next field

    def _add_rows(self) -> None:
        self.form.addRow(self.tr("Document"), self.kind)
        self.form.addRow(self.tr("From"), self.period_start)
        self.form.addRow(self.tr("To"), self.period_end)
        self.form.addRow(self.tr("Language"), self.language)
        self.form.addRow(self.tr("Recipient"), self.recipient)
        self.form.addRow(self.tr("Notice"), self.stage)
        self.form.addRow(self.tr("Assessment"), self.assessment)
        # Tab in the form's order (the language box is the base dialog's, made first).
        tab_chain([self.kind, self.period_start, self.period_end, self.language,
                   self.recipient, self.stage, self.assessment])

    def current_kind(self) -> LetterKind:
        return LetterKind(self.kind.currentData())

    def select_kind(self, kind: LetterKind) -> None:
        self.kind.setCurrentIndex(self.kind.findData(kind.value))

    def kind_changed(self) -> None:
        kind = self.current_kind()
        self.stage.setEnabled(kind is LetterKind.NOTICE)
        self.assessment.setEnabled(kind is LetterKind.AUTHORITY)
        dated = kind is not LetterKind.PLAN  # a plan is printed with its own dates
        self.period_start.setEnabled(dated)
        self.period_end.setEnabled(dated)
        period = self._run(lambda: self.services.letters.default_period(self.case_id, kind))
        if period is not None:
            set_date(self.period_start, period[0])
            set_date(self.period_end, period[1])
        if self._shown_once:  # the draft of the document now chosen
            self.start_preview()
        else:
            self.pane.clear()

    def _call(self, action: Callable[..., T]) -> T:
        return self._bound(action)()

    def _bound(self, action: Callable[..., T]) -> Callable[[], T]:
        """`action` with the form's values as they stand now."""
        case_id, kind, values = self._form_values()
        return partial(action, case_id, kind, **values)

    def _form_values(self) -> tuple[int, LetterKind, dict[str, Any]]:
        """The case, the kind and the keyword arguments of the form as it stands now."""
        kind = self.current_kind()
        return self.case_id, kind, dict(
            period_start=to_date(self.period_start), period_end=to_date(self.period_end),
            language=str(self.language.currentData()),
            recipient=self.recipient.text().strip() or None,
            stage=self.stage.currentData() if kind is LetterKind.NOTICE else None,
            assessment=self.assessment.toPlainText() if kind is LetterKind.AUTHORITY else "")

    def preview_call(self) -> Callable[[Services], bytes]:
        case_id, kind, values = self._form_values()
        return lambda services: services.letters.preview(case_id, kind, **values)

    def make_issue(self) -> IssuedLetter:
        try:
            return self._call(self.services.letters.issue)
        except ReissueNeeded as exc:
            if not self.ask_reissue(exc):
                raise  # shown in the form: nothing was issued
            return self._call(lambda *a, **k: self.services.letters.issue(*a, **k, again=True))

    def ask_reissue(self, exc: ReissueNeeded) -> bool:
        """Issuing a letter that covers an issued one's period again is a decision."""
        QApplication.restoreOverrideCursor()
        try:
            answer = QMessageBox.question(
                self, self.tr("Issue again?"), reissue_question(exc),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No)
        finally:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        return answer == QMessageBox.StandardButton.Yes


class StatisticsDialog(DocumentDialog):
    """The center's de-identified statistics for a period (supervisors)."""

    def __init__(self, services: Services, events: AppEvents,
                 parent: QWidget | None = None) -> None:
        super().__init__(services, events, "", parent)
        self.setWindowTitle(self.tr("Statistics"))
        today = services.ctx.today()
        self.period_start = date_edit(self, date(today.year, 1, 1))
        self.period_end = date_edit(self, today)
        self.recipient = QLineEdit(self)
        self.recipient.setPlaceholderText(self.tr("e.g. the county women's federation"))
        self.form.addRow(self.tr("From"), self.period_start)
        self.form.addRow(self.tr("To"), self.period_end)
        self.form.addRow(self.tr("Language"), self.language)
        self.form.addRow(self.tr("Recipient"), self.recipient)
        self.select_language(self._run(services.statistics.center_language) or "zh_CN")

    def preview_call(self) -> Callable[[Services], bytes]:
        start, end = to_date(self.period_start), to_date(self.period_end)
        language, recipient = self.language.currentData(), self.recipient.text()
        return lambda services: services.statistics.preview_statistics(
            start, end, language, recipient=recipient)

    def make_issue(self) -> IssuedLetter:
        return self.services.statistics.statistics(
            to_date(self.period_start), to_date(self.period_end), self.language.currentData(),
            recipient=self.recipient.text())
