"""The center's own wording of each letter: edit the TOML template, check it, preview, save.

Beside the text, the placeholders the chosen document may use, in the UI language (a center
cannot read the source file that defines them); a double click writes one into the text.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from familyedu.errors import ServiceError, ValidationError
from familyedu.models import LetterKind
from familyedu.services import Services
from familyedu.ui import labels
from familyedu.ui.forms import punctuation
from familyedu.ui.letters.preview import PreviewDialog
from familyedu.ui.letters.texts import letter_error_text
from familyedu.ui.service_errors import error_text, field_errors

Answer = QMessageBox.StandardButton


def wording_key_text(key: str) -> str:
    """What a wording key (a text of the letter with placeholders of its own) is, in the UI
    language; the key itself for one not described."""
    # Written out so pyside6-lupdate sees every literal.
    texts = {
        "page_footer": QCoreApplication.translate("WordingPage", "the page footer"),
        "worked_on_item": QCoreApplication.translate(
            "WordingPage", "each session in the list of what was worked on"),
        "duration_cell": QCoreApplication.translate(
            "WordingPage", "a session's length in the sessions table"),
        "sign_guardian": QCoreApplication.translate(
            "WordingPage", "a guardian's signature line"),
    }
    return texts.get(key, key)


def placeholder_text(name: str) -> str:
    """What a placeholder stands for, in the UI language ("" for one not described)."""
    # Written out so pyside6-lupdate sees every literal.
    texts = {
        "center_name": QCoreApplication.translate("WordingPage", "The center's name"),
        "center_address": QCoreApplication.translate("WordingPage", "The center's address"),
        "center_phone": QCoreApplication.translate("WordingPage", "The center's phone number"),
        "reference": QCoreApplication.translate("WordingPage", "The letter's reference number"),
        "issued_on": QCoreApplication.translate("WordingPage", "The day the letter is issued"),
        "recipient": QCoreApplication.translate("WordingPage", "Who the letter is addressed to"),
        "minor_name": QCoreApplication.translate("WordingPage", "The child's name"),
        "guardian_names": QCoreApplication.translate("WordingPage", "The guardians' names"),
        "period_start": QCoreApplication.translate(
            "WordingPage", "First day of the period the letter covers"),
        "period_end": QCoreApplication.translate(
            "WordingPage", "Last day of the period the letter covers"),
        "sessions_held": QCoreApplication.translate("WordingPage", "Sessions held in the period"),
        "sessions_missed": QCoreApplication.translate("WordingPage", "Sessions missed"),
        "sessions_done": QCoreApplication.translate("WordingPage", "Sessions done"),
        "sessions_required": QCoreApplication.translate(
            "WordingPage", "Sessions the order requires"),
        "hours_done": QCoreApplication.translate("WordingPage", "Hours of guidance done"),
        "hours_required": QCoreApplication.translate("WordingPage", "Hours the order requires"),
        "hours_remaining": QCoreApplication.translate("WordingPage", "Hours still to do"),
        "counselor_name": QCoreApplication.translate("WordingPage", "The counselor's name"),
        "counselor_phone": QCoreApplication.translate(
            "WordingPage", "The counselor's phone number"),
        "supervisor_name": QCoreApplication.translate("WordingPage", "The supervisor's name"),
        "next_appointment": QCoreApplication.translate("WordingPage", "The next appointment"),
        "order_type": QCoreApplication.translate("WordingPage", "The kind of order"),
        "order_number": QCoreApplication.translate("WordingPage", "The order's number"),
        "order_name": QCoreApplication.translate(
            "WordingPage", "The order named in full (kind and number)"),
        "order_issued_on": QCoreApplication.translate(
            "WordingPage", "The day the order was issued"),
        "order_issued_when": QCoreApplication.translate(
            "WordingPage", "The order's date as written in a sentence"),
        "deadline": QCoreApplication.translate("WordingPage", "The order's deadline"),
        "deadline_clause": QCoreApplication.translate(
            "WordingPage", "The deadline as a clause (empty without one)"),
        "deadline_by": QCoreApplication.translate(
            "WordingPage", "The deadline as a clause, \"by …\" (empty without one)"),
        "respond_by": QCoreApplication.translate(
            "WordingPage", "The day by which the family should answer"),
        "requirement": QCoreApplication.translate(
            "WordingPage", "What the order requires (sessions, hours)"),
        "done": QCoreApplication.translate("WordingPage", "What is done of the requirement"),
        "remaining": QCoreApplication.translate("WordingPage", "What remains of the requirement"),
        "missed_dates": QCoreApplication.translate(
            "WordingPage", "The days of the missed sessions"),
        "attendance_rate": QCoreApplication.translate(
            "WordingPage", "The share of sessions attended"),
        "closure_reason": QCoreApplication.translate("WordingPage", "Why the case was closed"),
        "frequency": QCoreApplication.translate("WordingPage", "How often guidance takes place"),
        "start_on": QCoreApplication.translate("WordingPage", "The plan's first day"),
        "review_on": QCoreApplication.translate("WordingPage", "The plan's review day"),
        "end_on": QCoreApplication.translate("WordingPage", "The plan's last day"),
        "revision": QCoreApplication.translate("WordingPage", "The plan's version number"),
        "cases_open": QCoreApplication.translate("WordingPage", "Cases open in the period"),
        "cases_new": QCoreApplication.translate("WordingPage", "Cases opened in the period"),
        "cases_closed": QCoreApplication.translate("WordingPage", "Cases closed in the period"),
        "orders_due": QCoreApplication.translate("WordingPage", "Orders that fell due"),
        "orders_on_time": QCoreApplication.translate("WordingPage", "Orders completed on time"),
        "orders_late": QCoreApplication.translate("WordingPage", "Orders completed late"),
        "orders_open": QCoreApplication.translate("WordingPage", "Orders not completed"),
        "on_time_rate": QCoreApplication.translate(
            "WordingPage", "The share of orders completed on time"),
        "page": QCoreApplication.translate("WordingPage", "The page number"),
        "pages": QCoreApplication.translate("WordingPage", "The number of pages"),
        "date": QCoreApplication.translate("WordingPage", "The session's day"),
        "mode": QCoreApplication.translate("WordingPage", "How the session was held"),
        "summary": QCoreApplication.translate(
            "WordingPage", "The session's summary for the family"),
        "minutes": QCoreApplication.translate("WordingPage", "The session's length in minutes"),
        "name": QCoreApplication.translate("WordingPage", "The guardian's name"),
    }
    return texts.get(name, "")



class WordingPage(QWidget):
    """Pick a document and a language; the text is the center's template (or the default).

    The editor holds the whole TOML file so a center can change any sentence; the service
    checks every placeholder on saving, and the preview fills the edited text with invented
    sample data, so trying out a change never needs a real case.
    """

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.preview_dialog: PreviewDialog | None = None
        self._saved_text = ""
        self._current: tuple[LetterKind, str] = (LetterKind.GUARDIAN, "")  # none loaded yet
        self._build_choices()
        self._build_editor()
        self._build_buttons()
        self._lay_out()
        self.kind.currentIndexChanged.connect(self.choice_changed)
        self.language.currentIndexChanged.connect(self.choice_changed)
        self.editor.textChanged.connect(self._text_changed)
        self.save_button.clicked.connect(self.save)
        self.reset_button.clicked.connect(self.reset)
        self.preview_button.clicked.connect(self.preview)
        self.load()

    def _build_choices(self) -> None:
        """Which document, in which language."""
        self.kind = QComboBox(self)
        self.kind.setObjectName("wording_kind")
        for kind in LetterKind:
            self.kind.addItem(labels.letter_kind(kind), kind.value)
        self.language = QComboBox(self)
        self.language.setObjectName("wording_language")
        self.language.addItem(self.tr("Chinese"), "zh_CN")
        self.language.addItem(self.tr("English"), "en")

    def _build_editor(self) -> None:
        """The template's text and the line that says what is wrong with it."""
        self.editor = QPlainTextEdit(self)
        self.editor.setObjectName("wording_editor")
        self.editor.setAccessibleName(self.tr("Wording of the letter"))
        self.editor.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.editor.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.editor.setTabChangesFocus(True)  # a keyboard user can leave it (no tabs in letters)
        self._build_placeholders()
        self.error = QLabel(self)
        self.error.setObjectName("wording_error")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)

    def _build_placeholders(self) -> None:
        """The placeholders of the chosen document and what each stands for."""
        self.placeholders = QTableWidget(0, 2, self)
        self.placeholders.setObjectName("wording_placeholders")
        self.placeholders.setAccessibleName(self.tr("Placeholders of this document"))
        self.placeholders.setHorizontalHeaderLabels([self.tr("Placeholder"),
                                                     self.tr("Stands for")])
        rows = self.placeholders.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # wrapped meanings
        self.placeholders.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.placeholders.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.placeholders.setWordWrap(True)
        self.placeholders.setTabKeyNavigation(False)  # Tab goes on to the buttons
        header = self.placeholders.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.placeholders.itemDoubleClicked.connect(self._insert_placeholder)

    def _fill_placeholders(self, kind: LetterKind) -> None:
        rows = self._services.wording.placeholders(kind)
        self.placeholders.setRowCount(len(rows))
        for row, (name, keys) in enumerate(rows):
            meaning = placeholder_text(name)
            if keys:
                meaning = self.tr("%1 (only in %2)").replace("%1", meaning).replace(
                    "%2", punctuation.listing(wording_key_text(key) for key in keys))
            self.placeholders.setItem(row, 0, QTableWidgetItem("{" + name + "}"))
            self.placeholders.setItem(row, 1, QTableWidgetItem(meaning))

    def _insert_placeholder(self, item: QTableWidgetItem) -> None:
        """Write the placeholder of the double-clicked row at the text cursor."""
        name = self.placeholders.item(item.row(), 0)
        if name is None:
            return
        self.editor.insertPlainText(name.text())
        self.editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def _build_buttons(self) -> None:
        self.status = QLabel(self)
        self.status.setObjectName("wording_status")
        self.save_button = QPushButton(self.tr("Save"), self)
        self.reset_button = QPushButton(self.tr("Reset to the default…"), self)
        self.preview_button = QPushButton(self.tr("Preview"), self)

    def _lay_out(self) -> None:
        hint = QLabel(self.tr(
            "Placeholders are written {name}; write {{ and }} for a brace. A paragraph of the "
            "order letters whose placeholder has nothing to say (no missed sessions, say) is "
            "left out."), self)
        hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Document"), self.kind)
        form.addRow(self.tr("Language"), self.language)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.reset_button)
        buttons.addWidget(self.preview_button)
        buttons.addStretch(1)
        buttons.addWidget(self.status)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        side = QVBoxLayout()
        caption = QLabel(self.tr("Placeholders of this document (double-click to write one "
                                 "into the text):"), self)
        caption.setWordWrap(True)
        side.addWidget(caption)
        side.addWidget(self.placeholders, 1)
        texts = QHBoxLayout()
        texts.addWidget(self.editor, 3)
        texts.addLayout(side, 2)
        layout.addLayout(texts, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)

    # -- state ------------------------------------------------------------------------------

    def current_kind(self) -> LetterKind:
        return LetterKind(self.kind.currentData())

    def current_language(self) -> str:
        return str(self.language.currentData())

    @property
    def dirty(self) -> bool:
        return self.editor.toPlainText() != self._saved_text

    def _text_changed(self) -> None:
        self.status.setText(self.tr("Not saved") if self.dirty else "")

    def load(self) -> None:
        """Show the wording now in force for the chosen document and language."""
        kind, language = self.current_kind(), self.current_language()
        try:
            text = self._services.wording.wording_text(kind, language)
        except ServiceError as exc:
            self._show_error(error_text(exc))
            return
        self._current = (kind, language)
        self._fill_placeholders(kind)
        self._saved_text = text
        self.editor.setPlainText(text)
        self.error.clear()
        self.status.clear()

    def choice_changed(self) -> None:
        """Another document or language: keep unsaved edits unless the user lets them go."""
        if (self.current_kind(), self.current_language()) == self._current:
            return
        if self.dirty:
            answer = self.ask_unsaved()
            if answer == Answer.Cancel or (answer == Answer.Save
                                           and not self._save_as(*self._current)):
                self._select(*self._current)
                return
        self.load()

    def _select(self, kind: LetterKind, language: str) -> None:
        for combo, value in ((self.kind, kind.value), (self.language, language)):
            combo.blockSignals(True)
            combo.setCurrentIndex(combo.findData(value))
            combo.blockSignals(False)

    # -- actions ----------------------------------------------------------------------------

    def save(self) -> bool:
        return self._save_as(*self._current)

    def _save_as(self, kind: LetterKind, language: str) -> bool:
        text = self.editor.toPlainText()
        try:
            self._services.wording.save_wording(kind, language, text)
        except ValidationError as exc:
            self._show_error(self._validation_text(exc))
            return False
        except ServiceError as exc:
            self._show_error(error_text(exc))
            return False
        self._saved_text = text
        self.error.clear()
        self.status.setText(self.tr("Saved"))
        return True

    def reset(self) -> None:
        if not self.confirm(self.tr("Reset the wording"), self.tr(
                "Replace this center's wording of the document with the wording shipped with "
                "familyedu? Your changes to it will be lost.")):
            return
        try:
            self._services.wording.reset_wording(*self._current)
        except ServiceError as exc:
            self._show_error(error_text(exc))
            return
        self.load()
        self.status.setText(self.tr("The default wording is in force."))

    def preview(self) -> None:
        """The edited (perhaps unsaved) wording filled with invented sample data."""
        kind, language = self._current
        try:
            pdf = self._services.wording.preview_wording(kind, language,
                                                         self.editor.toPlainText())
        except ValidationError as exc:
            self._show_error(self._validation_text(exc))
            return
        except Exception as exc:  # any failure is shown beside the editor, never a crash
            self._show_error(letter_error_text(exc))
            return
        self.error.clear()
        if self.preview_dialog is not None:
            self.preview_dialog.close()
            self.preview_dialog.deleteLater()
        self.preview_dialog = PreviewDialog(pdf, self.tr("Sample: %1").replace(
            "%1", labels.letter_kind(kind)), self)
        self.preview_dialog.open()

    # -- questions and messages (separate so tests can answer them) -------------------------

    def ask_unsaved(self) -> QMessageBox.StandardButton:
        return QMessageBox.question(
            self, self.tr("Unsaved wording"),
            self.tr("The wording you edited has not been saved. Save it first?"),
            Answer.Save | Answer.Discard | Answer.Cancel, Answer.Save)

    def confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, title, text, Answer.Yes | Answer.No, Answer.No)
        return answer == Answer.Yes

    def _validation_text(self, exc: ValidationError) -> str:
        messages = field_errors(exc)
        return messages.get("template") or next(iter(messages.values()), error_text(exc))

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.status.clear()
