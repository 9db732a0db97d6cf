"""Help menu: F1 opens the user guide offline in the interface language; About tells what
support needs to know (version, schema revision, where the database is, licences)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QImage, QTextDocument
from PySide6.QtWidgets import QApplication, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from familyedu import __version__
from familyedu.migrations import HEAD_REVISION
from familyedu.resources import resource_path
from familyedu.services import Services
from familyedu.ui.events import AppEvents
from familyedu.ui.help import AboutDialog, GuideWindow, guide_file
from familyedu.ui.main_window import MainWindow
from tests.conftest import World

SECTIONS = ("install", "first", "accounts", "case", "letters", "backup", "desks", "trouble")


def _window(qtbot: QtBot, services: Services) -> MainWindow:
    window = MainWindow(services, AppEvents())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.windowHandle().requestActivate()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def _images(document: QTextDocument) -> list[str]:
    names = []
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            if fmt.isImageFormat():
                names.append(fmt.toImageFormat().name())
            it += 1
        block = block.next()
    return names


# The second F1 raises the open window, which the offscreen platform cannot do.
@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_f1_opens_the_guide_with_every_section_and_its_pictures(
        qtbot: QtBot, world: World) -> None:
    window = _window(qtbot, world.mine)

    qtbot.keyClick(window, Qt.Key.Key_F1)

    guide = window.guide
    assert isinstance(guide, GuideWindow)
    qtbot.waitExposed(guide)
    text = guide.browser.toPlainText()
    assert "familyedu user guide" in text
    for heading in ("First start", "Accounts and roles", "from referral to completion",
                    "Letters and the register", "Backups and restore",
                    "When something goes wrong"):
        assert heading in text
    pictures = _images(guide.browser.document())
    assert len(pictures) >= 6
    source = Path(guide.browser.source().toLocalFile())
    for name in pictures:  # every picture is shipped, so none shows as a broken icon
        assert not QImage(str(source.parent / name)).isNull(), name
    # The contents link to every section.
    for anchor in SECTIONS:
        assert f'href="#{anchor}"' in guide_file("en").read_text(encoding="utf-8")
    # F1 again brings the same window back rather than opening a second one.
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert window.guide is guide


def test_the_guide_fits_a_small_screen_and_is_chinese_in_chinese(
        qtbot: QtBot, qapp: QApplication) -> None:
    qapp.setProperty("familyedu_language", "zh_CN")  # ui_sandbox restores English
    guide = GuideWindow()
    qtbot.addWidget(guide)
    guide.show()
    qtbot.waitExposed(guide)
    assert "使用手册" in guide.browser.toPlainText()
    assert "出现问题时怎么办" in guide.browser.toPlainText()
    assert guide.width() <= 1366
    assert guide.height() <= 768 - 60
    zh = guide_file("zh_CN").read_text(encoding="utf-8")
    for anchor in SECTIONS:
        assert f'name="{anchor}"' in zh


def test_about_names_version_revision_database_and_licences(
        qtbot: QtBot, world: World) -> None:
    window = _window(qtbot, world.sup)
    seen: list[AboutDialog] = []

    def look_and_close() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, AboutDialog)
        seen.append(dialog)
        dialog.reject()

    QTimer.singleShot(0, look_and_close)
    action = window.findChild(QAction, "about")
    assert action is not None
    action.trigger()

    assert len(seen) == 1
    about = seen[0]
    head = about.findChild(QLabel, "about_summary")
    assert head is not None
    shown = head.text()
    assert __version__ in shown
    assert HEAD_REVISION in shown
    db_path = world.db.sqlite_path
    assert db_path is not None
    assert str(db_path.resolve()) in shown
    licences = about.licences.toPlainText()
    for expected in ("AR PL UMing CN", "Arphic Public License", "WenQuanYi Micro Hei",
                     "SQLAlchemy", "MIT", "LGPL-3.0", "SQLCipher", "reportlab"):
        assert expected in licences
    assert str(resource_path("fonts")) in licences


def test_the_first_start_offers_the_guide_before_anyone_has_signed_in(qtbot: QtBot) -> None:
    from familyedu.ui.login import SetupDialog

    def never(**_values: object) -> object:
        raise AssertionError("nothing is set up in this test")

    dialog = SetupDialog(never)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    button = dialog.findChild(QPushButton, "guide_button")
    assert button is not None

    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    guide = dialog.findChild(GuideWindow)
    assert guide is not None
    qtbot.waitExposed(guide)
    assert "First start: setting up the center" in guide.browser.toPlainText()
    assert dialog.isVisible()  # the setup form stays open beside the guide
