"""The center's own wording of each letter: edit the TOML template, check it, preview, save."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from familyedu.errors import ServiceError, ValidationError
from familyedu.models import LetterKind
from familyedu.services import Services
from familyedu.ui import labels
from familyedu.ui.letters.preview import PreviewDialog
from familyedu.ui.letters.texts import letter_error_text
from familyedu.ui.service_errors import error_text, field_errors

Answer = QMessageBox.StandardButton


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
        self.error = QLabel(self)
        self.error.setObjectName("wording_error")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)

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
        layout.addWidget(self.editor, 1)
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
