"""Issuing every letter due for a month in a worker thread, with a progress dialog to cancel."""

from __future__ import annotations

import logging
import threading
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal, Slot
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
from familyedu.ui.events import AppEvents
from familyedu.ui.forms.month_field import MonthField
from familyedu.ui.letters.texts import letter_error_text

log = logging.getLogger(__name__)


class BatchWorker(QObject):
    """Runs the batch in its own thread with its own Services: the same database, new
    sessions (an ORM session never crosses threads)."""

    progressed = Signal(int, int)  # done, total
    issued = Signal(int)  # letter register id
    finished = Signal(object)  # BatchResult
    failed = Signal(object)  # the exception that stopped the batch

    def __init__(self, ctx: ServiceContext, due: list[DueLetter], out_dir: Path, *,
                 combined_name: str | None, language: str | None,
                 fonts: FontSet | None = None, pad_even: bool = True) -> None:
        super().__init__()
        self._ctx = ctx
        self._due = due
        self._out_dir = out_dir
        self._combined_name = combined_name
        self._language = language
        self._fonts = fonts
        self._pad_even = pad_even
        self._cancel = threading.Event()

    def cancel(self) -> None:
        """Thread-safe: the batch stops before its next letter."""
        self._cancel.set()

    def _progress(self, done: int, total: int, item: BatchItem | None) -> None:
        if item is not None:
            self.issued.emit(item.letter_id)
        self.progressed.emit(done, total)

    @Slot()
    def run(self) -> None:
        services = Services(ServiceContext(self._ctx.db, self._ctx.actor, self._ctx.clock))
        services.letters.fonts = self._fonts
        try:
            result = run_batch(services.letters, self._due, self._out_dir,
                               combined_name=self._combined_name, language=self._language,
                               progress=self._progress, cancelled=self._cancel.is_set,
                               pad_even=self._pad_even)
        except Exception as exc:  # reported in the dialog; the thread must end cleanly
            log.warning("letter batch stopped", exc_info=True)
            self.failed.emit(exc)
            return
        self.finished.emit(result)


def last_month(today: date) -> date:
    return (today.replace(day=1) - timedelta(days=1)).replace(day=1)


class BatchDialog(QDialog):
    """Month, one file per letter or one combined file, folder; Start runs the worker."""

    def __init__(self, services: Services, events: AppEvents,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.events = events
        self.batch_result: BatchResult | None = None
        self.due: list[DueLetter] = []
        self._thread: QThread | None = None
        self.worker: BatchWorker | None = None
        self.progress: QProgressDialog | None = None
        self.setWindowTitle(self.tr("Letters due for a month"))
        form = self._build_form(last_month(services.ctx.today()))
        self.due_list = QListWidget(self)
        self.due_label = QLabel(self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        buttons = self._build_buttons()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.due_label)
        layout.addWidget(self.due_list, 1)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)
        self.month.rejected.connect(self.summary.setText)
        self.resize(640, 560)
        self.refresh_due()

    def _build_form(self, month: date) -> QFormLayout:
        """Month, output (separate files or one combined), language and folder."""
        # Typed whole in any common form (2027-03, 2027/3, 2027年3月, 202703).
        self.month = MonthField(self, month, label=self.tr("Month"))
        self.month.messages_shown_elsewhere = True  # in the summary below the list
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
        fonts = self.services.letters.fonts
        self.worker = BatchWorker(
            self.services.ctx, list(self.due), Path(self.folder.text().strip()),
            combined_name=f"letters-{month:%Y-%m}.pdf" if self.combined.isChecked() else None,
            language=self.language.currentData(), fonts=fonts,
            pad_even=self.pad_even.isChecked())
        self._thread = QThread(self)
        self.worker.moveToThread(self._thread)
        self._thread.started.connect(self.worker.run)
        self.worker.issued.connect(self.events.letter_issued)
        self.worker.progressed.connect(self._progressed)
        self.worker.finished.connect(self._finished)
        self.worker.failed.connect(self._failed)
        self.progress = QProgressDialog(self.tr("Issuing letters…"), self.tr("Cancel"), 0,
                                        len(self.due), self)
        self.progress.setWindowTitle(self.windowTitle())
        self.progress.setMinimumDuration(0)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        # Not connected to the worker's slot: a queued call would wait for the batch to end.
        self.progress.canceled.connect(self.cancel_batch)
        self.progress.open()
        self.start_button.setEnabled(False)
        self._thread.start()

    def cancel_batch(self) -> None:
        if self.worker is not None:
            self.worker.cancel()

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.isRunning()

    def _progressed(self, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress.setValue(done)
            self.progress.setLabelText(self.tr("Issued %1 of %2 letters…")
                                       .replace("%1", str(done)).replace("%2", str(total)))

    def _stop_thread(self) -> None:
        if self.progress is not None:
            self.progress.close()
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()
            self._thread = None

    def _finished(self, result: BatchResult) -> None:
        self._stop_thread()
        self.batch_result = result
        lines = [self.tr("%n letter(s) issued.", "", len(result.issued))]
        if result.cancelled:
            lines.append(self.tr("Cancelled: the letters not yet issued are still due."))
        for failure in result.failed:
            lines.append(f"{failure.case_number} {labels.letter_kind(failure.kind)}:"
                         f" {letter_error_text(failure.error)}")
        self.summary.setText("\n".join(lines))
        self.refresh_due()

    def _failed(self, exc: Exception) -> None:
        self._stop_thread()
        self.summary.setText(letter_error_text(exc))
        self.refresh_due()

    def reject(self) -> None:
        if self.running and self.worker is not None:
            self.worker.cancel()  # the dialog closes once the current letter is done
            self._stop_thread()
        super().reject()
