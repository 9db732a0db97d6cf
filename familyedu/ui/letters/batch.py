"""Issuing every letter due for a month in the background, with a progress dialog to cancel."""

from __future__ import annotations

import dataclasses
import logging
import threading
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from familyedu.reports import FontSet
from familyedu.services import ServiceContext, Services
from familyedu.services.letters.batch import run_batch
from familyedu.services.letters.dto import BatchItem, BatchResult, DueLetter
from familyedu.ui import formatting, labels
from familyedu.ui.background import run_with_progress
from familyedu.ui.events import AppEvents
from familyedu.ui.forms import punctuation
from familyedu.ui.forms.month_field import MonthField
from familyedu.ui.letters.texts import letter_error_text

log = logging.getLogger(__name__)


def issue_month(ctx: ServiceContext, due: list[DueLetter], out_dir: Path, *,
                combined_name: str | None, language: str | None, fonts: FontSet | None,
                pad_even: bool, cancel: threading.Event,
                ) -> Callable[[Callable[[Any], None]], BatchResult]:
    """The batch as a call for the thread pool. It holds no Qt object and makes its own
    Services there (the same database, new sessions: an ORM session never crosses threads);
    it reports (done, total, letter id or None) after each letter and stops before the next
    one once `cancel` is set."""
    def call(report: Callable[[Any], None]) -> BatchResult:
        # A copy of the whole context: the session's sealed grant (shared) and password
        # cost come along with the database, the actor and the clock.
        services = Services(dataclasses.replace(ctx))
        services.letters.fonts = fonts

        def progress(done: int, total: int, item: BatchItem | None) -> None:
            report((done, total, item.letter_id if item is not None else None))

        try:
            return run_batch(services.letters, due, out_dir, combined_name=combined_name,
                             language=language, progress=progress, cancelled=cancel.is_set,
                             pad_even=pad_even)
        except Exception:  # reported in the dialog; logged here with its traceback
            log.warning("letter batch stopped", exc_info=True)
            raise
    return call


def last_month(today: date) -> date:
    return (today.replace(day=1) - timedelta(days=1)).replace(day=1)


class BatchDialog(QDialog):
    """Month, one file per letter or one combined file, folder; Start issues them."""

    def __init__(self, services: Services, events: AppEvents,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.events = events
        self.batch_result: BatchResult | None = None
        self.due: list[DueLetter] = []
        self._cancel: threading.Event | None = None  # set while a batch runs
        self.progress: QProgressDialog | None = None
        self.setWindowTitle(self.tr("Letters due for a month"))
        form = self._build_form(last_month(services.ctx.today()))
        self.due_list = QListWidget(self)
        self.due_label = QLabel(self)
        # A refused month is said here, apart from the summary of the last batch (which
        # typing in the month field afterwards must not wipe).
        self.month_problem = QLabel(self)
        self.month_problem.setObjectName("month_problem")
        self.month_problem.setWordWrap(True)
        self.month_problem.setStyleSheet("color: #b00020;")
        self.month_problem.hide()
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        buttons = self._build_buttons()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.due_label)
        layout.addWidget(self.due_list, 1)
        layout.addWidget(self.month_problem)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)
        self.month.rejected.connect(self._month_refused)
        self.resize(640, 560)
        self.refresh_due()

    def _build_form(self, month: date) -> QFormLayout:
        """Month, output (separate files or one combined), language and folder."""
        # Typed whole in any common form (2027-03, 2027/3, 2027年3月, 202703).
        self.month = MonthField(self, month, label=self.tr("Month"))
        self.month.messages_shown_elsewhere = True  # in month_problem below the list
        self.month.changed.connect(self.refresh_due)
        self._build_output()
        self.language = QComboBox(self)
        self.language.addItem(self.tr("The center's language"), None)
        self.language.addItem(self.tr("Chinese"), "zh_CN")
        self.language.addItem(self.tr("English"), "en")
        self.folder = QLineEdit(self)
        choose = QPushButton(self.tr("Choose…"), self)
        choose.clicked.connect(self.choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(choose)
        form = QFormLayout()
        form.addRow(self.tr("Month"), self.month)
        form.addRow(self.tr("Output"), self.separate)
        form.addRow("", self.combined)
        form.addRow("", self.pad_even)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Folder"), folder_row)
        return form

    def _build_output(self) -> None:
        """One file per letter, or one combined file padded for duplex printing."""
        self.separate = QRadioButton(self.tr("One PDF file per letter"), self)
        self.combined = QRadioButton(self.tr("One PDF with every letter"), self)
        self.separate.setChecked(True)
        # Duplex printing: each letter starts on its own sheet.
        self.pad_even = QCheckBox(
            self.tr("A blank page after each letter with an odd number of pages"), self)
        self.pad_even.setChecked(True)
        self.pad_even.setEnabled(False)
        self.combined.toggled.connect(self.pad_even.setEnabled)
        group = QButtonGroup(self)
        group.addButton(self.separate)
        group.addButton(self.combined)

    def _build_buttons(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.start_button = QPushButton(self.tr("Issue letters"), self)
        buttons.addButton(self.start_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.start_button.clicked.connect(self.start)
        return buttons

    def _month_refused(self, message: str) -> None:
        """Why the typed month was refused; "" once a month is taken."""
        self.month_problem.setText(message)
        self.month_problem.setVisible(bool(message))

    def selected_month(self) -> date:
        return self.month.value()

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the letters"),
                                                  self.folder.text())
        if folder:
            self.folder.setText(folder)

    def refresh_due(self) -> None:
        month = self.selected_month()
        self.due_list.clear()
        try:
            self.due = self.services.letters.due_for_period(month.year, month.month)
        except Exception as exc:  # shown in the dialog
            self.due = []
            self.due_label.setText(letter_error_text(exc))
            self.start_button.setEnabled(False)
            return
        for d in self.due:
            self.due_list.addItem(
                f"{d.case_number}  {labels.letter_kind(d.kind)}  "
                f"{formatting.short_date(d.period_start)} – {formatting.short_date(d.period_end)}")
        self.due_label.setText(self.tr("%n letter(s) due.", "", len(self.due)))
        self.start_button.setEnabled(bool(self.due))

    def start(self) -> None:
        if not self.folder.text().strip():
            self.summary.setText(self.tr("Choose the folder for the letters first."))
            return
        month = self.selected_month()
        self._cancel = cancel = threading.Event()
        call = issue_month(
            self.services.ctx, list(self.due), Path(self.folder.text().strip()),
            combined_name=f"letters-{month:%Y-%m}.pdf" if self.combined.isChecked() else None,
            language=self.language.currentData(), fonts=self.services.letters.fonts,
            pad_even=self.pad_even.isChecked(), cancel=cancel)
        self.progress = self._open_progress()
        self.start_button.setEnabled(False)
        events = self.events

        def progressed(value: Any) -> None:
            done, total, letter_id = value
            if letter_id is not None:
                events.letter_issued.emit(letter_id)  # the register follows even if closed
            if shiboken6.isValid(self):
                self._progressed(done, total)

        def finished(result: Any) -> None:
            if shiboken6.isValid(self):
                self._finished(result)

        def failed(exc: BaseException) -> None:
            if shiboken6.isValid(self):
                self._failed(exc)

        # Quitting stops the batch before its next letter, as Cancel does.
        run_with_progress(call, progressed, finished, failed, stop=cancel.set)

    def _open_progress(self) -> QProgressDialog:
        progress = QProgressDialog(self.tr("Issuing letters…"), self.tr("Cancel"), 0,
                                   len(self.due), self)
        progress.setWindowTitle(self.windowTitle())
        progress.setMinimumDuration(0)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.canceled.connect(self.cancel_batch)
        progress.open()
        return progress

    def cancel_batch(self) -> None:
        if self._cancel is not None:
            self._cancel.set()  # the batch stops before its next letter

    @property
    def running(self) -> bool:
        return self._cancel is not None

    def _progressed(self, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress.setValue(done)
            self.progress.setLabelText(self.tr("Issued %1 of %2 letters…")
                                       .replace("%1", str(done)).replace("%2", str(total)))

    def _stop(self) -> None:
        if self.progress is not None:
            self.progress.close()
        self._cancel = None

    def _finished(self, result: BatchResult) -> None:
        self._stop()
        self.batch_result = result
        lines = [self.tr("%n letter(s) issued.", "", len(result.issued))]
        if result.cancelled:
            lines.append(self.tr("Cancelled: the letters not yet issued are still due."))
        for failure in result.failed:
            lines.append(punctuation.labelled(
                f"{failure.case_number} {labels.letter_kind(failure.kind)}",
                letter_error_text(failure.error)))
        self.summary.setText("\n".join(lines))
        self.refresh_due()

    def _failed(self, exc: BaseException) -> None:
        self._stop()
        self.summary.setText(letter_error_text(exc))
        self.refresh_due()

    def reject(self) -> None:
        if self._cancel is not None:
            # The letter being laid out is finished and registered in the background (its
            # answer then finds the dialog closed); the rest stay due.
            self._cancel.set()
            self._stop()
        super().reject()
