"""Showing a PDF inside the window (QtPdf), printing it page by page, saving it as a file."""

from __future__ import annotations

import logging
import re
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from familyedu.security import private_files
from familyedu.ui import file_dialogs, screen_fit

log = logging.getLogger(__name__)

# Pages are rasterised for the printer; above 300 dpi an A4 page costs 35 MB and more per
# page for no visible gain on office printers.
MAX_PRINT_DPI = 300
POINTS_PER_INCH = 72


class PdfPane(QPdfView):
    """A scrolling, fit-to-width view of PDF bytes (kept alive with their buffer); while it
    holds none, its placeholder text says what appears there."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        # Owned by the parent, created after this view so it is deleted after it: a document
        # owned by the QPdfView itself crashes Qt 6.12 when the view is destroyed.
        self.pdf_document = QPdfDocument(parent)
        self._buffer: QBuffer | None = None
        self.setPageMode(QPdfView.PageMode.MultiPage)
        self.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.setDocument(self.pdf_document)
        self.setMinimumSize(420, 480)
        self._placeholder = ""

    def set_placeholder(self, text: str) -> None:
        """What the empty pane says (what appears there, and how)."""
        self._placeholder = text
        self.viewport().update()

    def placeholder(self) -> str:
        return self._placeholder

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.page_count or not self._placeholder:
            return
        painter = QPainter(self.viewport())
        try:
            painter.setPen(self.palette().color(QPalette.ColorRole.BrightText))
            painter.drawText(self.viewport().rect().adjusted(32, 32, -32, -32),
                             int(Qt.AlignmentFlag.AlignCenter) | int(Qt.TextFlag.TextWordWrap),
                             self._placeholder)
        finally:
            painter.end()

    def show_pdf(self, pdf: bytes) -> None:
        self.pdf_document.close()
        buffer = QBuffer(self.pdf_document)
        buffer.setData(QByteArray(pdf))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.pdf_document.load(buffer)
        if self._buffer is not None:
            self._buffer.deleteLater()
        self._buffer = buffer

    def clear(self) -> None:
        self.pdf_document.close()
        self.viewport().update()

    @property
    def page_count(self) -> int:
        return int(self.pdf_document.pageCount())


def print_document(document: QPdfDocument, printer: QPrinter) -> int:
    """Render each page at the printer's resolution (at most MAX_PRINT_DPI) and paint it onto
    the paper; returns the number of pages sent."""
    printer.setFullPage(True)
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("the printer could not be started")
    try:
        dpi = min(printer.resolution(), MAX_PRINT_DPI)
        paper = printer.paperRect(QPrinter.Unit.DevicePixel).toRect()
        for index in range(document.pageCount()):
            if index:
                printer.newPage()
            points = document.pagePointSize(index)
            pixels = QSize(round(points.width() / POINTS_PER_INCH * dpi),
                           round(points.height() / POINTS_PER_INCH * dpi))
            image = document.render(index, pixels)
            target = QSize(pixels).scaled(paper.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRect(paper.topLeft(), target), image)
    finally:
        painter.end()
    return document.pageCount()


def file_name_for(reference: str) -> str:
    """A file name from a reference number (characters Windows refuses replaced)."""
    cleaned = re.sub(r'[\\/:*?"<>|\s]+', "_", reference).strip("._")
    return f"{cleaned or 'letter'}.pdf"


class PreviewDialog(QDialog):
    """An issued document: look at it, print it, save it as a PDF."""

    def __init__(self, pdf: bytes, title: str, parent: QWidget | None = None, *,
                 reference: str = "") -> None:
        super().__init__(parent)
        self.pdf = pdf
        self.reference = reference
        self.setWindowTitle(title)
        self.setObjectName("letter_preview")
        self.pane = PdfPane(self)
        self.pane.show_pdf(pdf)
        self.pages_label = QLabel(self.tr("%n page(s)", "", self.pane.page_count), self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.save_button = QPushButton(self.tr("Save as PDF…"), self)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.print_button.clicked.connect(self.ask_print)
        self.save_button.clicked.connect(self.ask_save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pane, 1)
        layout.addWidget(self.pages_label)
        layout.addWidget(buttons)
        screen_fit.fit(self, 760, 900)

    def ask_print(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.reference or self.windowTitle())
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> bool:
        try:
            print_document(self.pane.pdf_document, printer)
        except OSError:
            log.warning("printing failed", exc_info=True)
            self._warn(self.tr("The printer could not be used. Nothing was printed."))
            return False
        return True

    def ask_save(self) -> None:
        path = file_dialogs.save_path(self, self.tr("Save as PDF"),
                                      file_name_for(self.reference or "letter"),
                                      self.tr("PDF documents (*.pdf)"))
        if path is not None:
            self.save_to(path)

    def save_to(self, path: Path) -> bool:
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            private_files.write_private(path, self.pdf)
        except OSError:
            log.warning("saving a letter failed", exc_info=True)
            self._warn(self.tr("The file could not be written. Choose another folder."))
            return False
        return True

    def _warn(self, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.windowTitle(), text,
                          QMessageBox.StandardButton.Ok, self)
        box.open()
