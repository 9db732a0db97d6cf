"""The Letter wording page: a supervisor's edit reaches the next letter; bad templates are named."""

from __future__ import annotations

import io
from datetime import datetime

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from familyedu.models import Attendance, LetterKind, LetterTemplate, SessionMode
from familyedu.reports import default_wording_text
from familyedu.resources import resource_path
from familyedu.services.casework.dto import SessionInput
from familyedu.ui.admin import AdminView
from familyedu.ui.admin.wording import WordingPage, placeholder_text, wording_key_text
from familyedu.ui.events import AppEvents
from familyedu.ui.main_window import MainWindow
from familyedu.ui.shell.navigation import NAV_ADMIN
from tests.conftest import World, in_chinese, open_case

OLD_CLOSING = 'closing = ["特此函告。"]'
NEW_CLOSING = 'closing = ["请贵院审阅，如需补充材料请来电告知。"]'


def pdf_text(pdf: bytes) -> str:
    return "".join("".join(page.extract_text().split())
                   for page in PdfReader(io.BytesIO(pdf)).pages)


def templates(world: World) -> int:
    with world.db.read() as s:
        return s.scalar(select(func.count(LetterTemplate.id))) or 0


def choose(page: WordingPage, kind: str, language: str) -> None:
    page.language.setCurrentIndex(page.language.findData(language))
    page.kind.setCurrentIndex(page.kind.findData(kind))


def test_saved_wording_is_in_the_next_issued_letter(qtbot: QtBot, world: World,
                                                    events: AppEvents) -> None:
    case_id = open_case(world.mine)
    world.mine.sessions.log(case_id, SessionInput(
        held_at=datetime(2026, 10, 9, 14), duration_minutes=90, mode=SessionMode.CENTER,
        attendance=Attendance.ATTENDED))
    view = AdminView(world.sup, events)
    qtbot.addWidget(view)
    view.show()
    page = view.wording
    assert page is not None
    assert view.tabs.indexOf(page) >= 0
    choose(page, "authority", "zh_CN")
    assert OLD_CLOSING in page.editor.toPlainText()
    fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    assert page.editor.font().family() == fixed.family()

    page.editor.setPlainText(page.editor.toPlainText().replace(OLD_CLOSING, NEW_CLOSING))
    assert page.status.text() == "Not saved"
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.error.text() == ""
    assert page.status.text() == "Saved"
    assert not page.dirty

    issued = world.sup.letters.issue(case_id, LetterKind.AUTHORITY, language="zh_CN")
    text = pdf_text(issued.pdf)
    assert "请贵院审阅，如需补充材料请来电告知。" in text
    assert "特此函告" not in text
    # A reprint still uses the wording the letter was issued with, even after a reset.
    page.confirm = lambda _title, _text: True  # type: ignore[method-assign]
    qtbot.mouseClick(page.reset_button, Qt.MouseButton.LeftButton)
    assert OLD_CLOSING in page.editor.toPlainText()
    assert "请贵院审阅" in pdf_text(world.sup.letters.reprint(issued.reference))
    again = world.sup.letters.issue(case_id, LetterKind.AUTHORITY, language="zh_CN", again=True)
    assert "特此函告" in pdf_text(again.pdf)


def test_unknown_placeholder_is_named_and_nothing_is_saved(qtbot: QtBot, world: World,
                                                           events: AppEvents) -> None:
    view = AdminView(world.sup, events)
    qtbot.addWidget(view)
    view.show()
    page = view.wording
    assert page is not None
    choose(page, "guardian", "zh_CN")
    edited = page.editor.toPlainText().replace("{minor_name}", "{child_name}", 1)
    assert edited != page.editor.toPlainText()
    page.editor.setPlainText(edited)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert "{child_name}" in page.error.text()
    assert page.editor.toPlainText() == edited  # the user's text is kept to correct
    assert templates(world) == 0
    assert world.sup.wording.wording_text(LetterKind.GUARDIAN, "zh_CN") == \
        default_wording_text("guardian", "zh_CN")
    # The preview refuses it the same way instead of printing a broken letter.
    qtbot.mouseClick(page.preview_button, Qt.MouseButton.LeftButton)
    assert "{child_name}" in page.error.text()
    assert page.preview_dialog is None


def test_preview_shows_the_edited_wording_with_sample_data(qtbot: QtBot, world: World,
                                                           events: AppEvents) -> None:
    view = AdminView(world.sup, events)
    qtbot.addWidget(view)
    page = view.wording
    assert page is not None
    choose(page, "notice", "en")
    page.editor.setPlainText(page.editor.toPlainText().replace(
        'closing = ["Thank you for your cooperation."]', 'closing = ["Sample closing QXZ."]'))
    qtbot.mouseClick(page.preview_button, Qt.MouseButton.LeftButton)
    dialog = page.preview_dialog
    assert dialog is not None
    assert "SampleclosingQXZ." in pdf_text(dialog.pdf)
    assert dialog.pane.page_count >= 1
    assert templates(world) == 0  # previewing saves nothing
    dialog.close()


@pytest.mark.parametrize(("answer", "kept"), [
    (QMessageBox.StandardButton.Cancel, True),
    (QMessageBox.StandardButton.Discard, False),
    (QMessageBox.StandardButton.Save, False),
])
def test_switching_documents_protects_unsaved_edits(qtbot: QtBot, world: World,
                                                    events: AppEvents,
                                                    answer: QMessageBox.StandardButton,
                                                    kept: bool) -> None:
    view = AdminView(world.sup, events)
    qtbot.addWidget(view)
    page = view.wording
    assert page is not None
    choose(page, "authority", "zh_CN")
    edited = page.editor.toPlainText().replace(OLD_CLOSING, NEW_CLOSING)
    page.editor.setPlainText(edited)
    asked: list[bool] = []

    def ask() -> QMessageBox.StandardButton:
        asked.append(True)
        return answer

    page.ask_unsaved = ask  # type: ignore[method-assign]
    page.kind.setCurrentIndex(page.kind.findData("plan"))
    assert asked == [True]
    if kept:
        assert page.current_kind() == "authority"
        assert page.editor.toPlainText() == edited
        assert templates(world) == 0
    else:
        assert page.current_kind() == "plan"
        assert 'kind = "plan"' in page.editor.toPlainText()
        saved = world.sup.wording.wording_text(LetterKind.AUTHORITY, "zh_CN")
        assert (NEW_CLOSING in saved) is (answer == QMessageBox.StandardButton.Save)


def test_a_counselor_does_not_get_the_page(qtbot: QtBot, world: World,
                                           events: AppEvents) -> None:
    supervisor = AdminView(world.sup, events)
    qtbot.addWidget(supervisor)
    assert "Letter wording" in [supervisor.tabs.tabText(i)
                                for i in range(supervisor.tabs.count())]
    window = MainWindow(world.mine, events)
    qtbot.addWidget(window)
    assert NAV_ADMIN not in window.navigation.page_keys()  # no Administration, so no wording page
    # Were the page put in front of a counselor anyway, the service refuses the change.
    page = WordingPage(world.mine)
    qtbot.addWidget(page)
    choose(page, "authority", "zh_CN")
    page.editor.setPlainText(page.editor.toPlainText().replace(OLD_CLOSING, NEW_CLOSING))
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.error.text() != ""
    assert page.dirty
    assert templates(world) == 0


def placeholder_rows(page: WordingPage) -> dict[str, str]:
    table = page.placeholders
    rows: dict[str, str] = {}
    for row in range(table.rowCount()):
        name, meaning = table.item(row, 0), table.item(row, 1)
        assert name is not None
        assert meaning is not None
        rows[name.text()] = meaning.text()
    return rows


def test_the_placeholders_of_the_document_are_listed_beside_the_text(
        qtbot: QtBot, world: World, events: AppEvents, qapp: QApplication) -> None:
    view = AdminView(world.sup, events)
    qtbot.addWidget(view)
    page = view.wording
    assert page is not None
    view.tabs.setCurrentWidget(page)
    view.show()
    qtbot.waitExposed(view)
    choose(page, "guardian", "zh_CN")
    rows = placeholder_rows(page)
    assert rows["{minor_name}"] == "The child's name"
    assert rows["{page}"] == "The page number (only in the page footer)"
    assert "{cases_open}" not in rows  # a statistics figure, not a guardian letter's
    choose(page, "statistics", "zh_CN")
    rows = placeholder_rows(page)
    assert rows["{cases_open}"] == "Cases open in the period"
    assert "{minor_name}" not in rows  # the statistics name no child

    # A double click writes the placeholder at the text cursor.
    page.editor.setPlainText("intro = []")
    cursor = page.editor.textCursor()
    cursor.setPosition(len("intro = ["))
    page.editor.setTextCursor(cursor)
    table = page.placeholders
    row = next(r for r in range(table.rowCount())
               if (item := table.item(r, 0)) is not None and item.text() == "{cases_new}")
    cell = table.item(row, 1)
    assert cell is not None
    table.scrollToItem(cell)
    rect = table.visualItemRect(cell)
    # A real double click: a press and release, then the second press.
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.editor.toPlainText() == "intro = [{cases_new}]"

    # In the Chinese interface, the meanings are in Chinese.
    with in_chinese(qapp):
        page.load()  # the edit above let go
        choose(page, "guardian", "zh_CN")
        rows = placeholder_rows(page)
    assert rows["{minor_name}"] == "未成年人姓名"
    assert rows["{page}"] == "页码（仅用于页脚）"  # the key named, not its code


@pytest.mark.parametrize("kind", list(LetterKind))
def test_every_placeholder_a_wording_may_use_is_explained(world: World,
                                                          kind: LetterKind) -> None:
    for name, _keys in world.sup.wording.placeholders(kind):
        assert placeholder_text(name), name


def test_every_key_a_placeholder_is_limited_to_is_named_in_both_languages(
        world: World, qapp: QApplication) -> None:
    keys = {key for kind in LetterKind for _name, limited in
            world.sup.wording.placeholders(kind) for key in limited}
    assert "page_footer" in keys  # the premise: some placeholders are limited to a key
    english = {key: wording_key_text(key) for key in keys}
    with in_chinese(qapp):
        chinese = {key: wording_key_text(key) for key in keys}
    for key in keys:
        assert english[key] != key, key  # not its code
        assert chinese[key] != english[key], key


def test_the_shipped_wording_sends_no_center_to_a_source_file() -> None:
    letters = resource_path("letters")
    files = sorted(letters.glob("*/*.toml"))
    assert len(files) == 2 * 7
    for file in files:
        comments = [line for line in file.read_text(encoding="utf-8").splitlines()
                    if line.startswith("#")]
        assert not [line for line in comments if ".py" in line or "familyedu/" in line], file
