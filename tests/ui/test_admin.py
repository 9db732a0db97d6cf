"""The Administration screen: accounts, center settings and lists, as an admin uses them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from familyedu.models import CategoryKind
from familyedu.services.admin.users import authenticate
from familyedu.ui.admin import AdminView, NewUserDialog
from familyedu.ui.admin.center import logo_png_from_file
from familyedu.ui.events import AppEvents
from tests.conftest import World


def type_into(qtbot: QtBot, parent: QWidget, name: str, text: str) -> None:
    edit = parent.findChild(QLineEdit, name)
    assert edit is not None, name
    edit.clear()
    qtbot.keyClicks(edit, text)


def press_ok(qtbot: QtBot, dialog: QWidget) -> None:
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    qtbot.mouseClick(buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)


def when_modal(qtbot: QtBot, act: Callable[[QWidget], None]) -> None:
    """Run `act` on the modal dialog that the next click opens."""
    def run() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, run)
            return
        act(dialog)
    QTimer.singleShot(0, run)


def test_admin_creates_a_user_who_can_then_sign_in(qtbot: QtBot, world: World,
                                                   events: AppEvents) -> None:
    view = AdminView(world.services(world.admin), events)
    qtbot.addWidget(view)
    view.show()
    page = view.users
    assert page.table.rowCount() == 4

    def fill(dialog: QWidget) -> None:
        type_into(qtbot, dialog, "username", "sun")
        type_into(qtbot, dialog, "display_name", "Sun Li")
        type_into(qtbot, dialog, "password", "a good password")
        type_into(qtbot, dialog, "password_again", "a good passwort")
        press_ok(qtbot, dialog)
        # The typo is caught in the dialog, nothing is lost, the user fixes it.
        error = dialog.findChild(QWidget, "password_again_error")
        assert error is not None
        assert error.isVisible()
        assert dialog.findChild(QLineEdit, "username").text() == "sun"
        type_into(qtbot, dialog, "password_again", "a good password")
        press_ok(qtbot, dialog)

    when_modal(qtbot, fill)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    names = [page.table.item(r, 0).text() for r in range(page.table.rowCount())]
    assert "sun" in names
    assert page.table.item(names.index("sun"), 2).text() == "Counselor"
    assert authenticate(world.db, "sun", "a good password").display_name == "Sun Li"


def test_new_user_dialog_shows_field_errors_in_place(qtbot: QtBot, world: World) -> None:
    dialog = NewUserDialog(world.services(world.admin))
    qtbot.addWidget(dialog)
    dialog.show()
    type_into(qtbot, dialog, "username", "li")  # taken
    type_into(qtbot, dialog, "display_name", "Li")
    type_into(qtbot, dialog, "password", "long enough 1")
    type_into(qtbot, dialog, "password_again", "long enough 1")
    press_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.errors["username"].text() == "This user name is taken."
    type_into(qtbot, dialog, "username", "new.person")
    type_into(qtbot, dialog, "password", "short")
    type_into(qtbot, dialog, "password_again", "short")
    press_ok(qtbot, dialog)
    assert dialog.errors["password"].text() == "A password needs at least 8 characters."
    assert dialog.user_id is None


def test_admin_disables_and_resets(qtbot: QtBot, world: World, events: AppEvents) -> None:
    view = AdminView(world.services(world.admin), events)
    qtbot.addWidget(view)
    view.show()
    page = view.users
    row = [u.username for u in page.users].index("zhao")
    page.table.selectRow(row)
    qtbot.mouseClick(page.active_button, Qt.MouseButton.LeftButton)
    assert page.table.item(row, 3).text() == "Disabled"
    assert page.active_button.text() == "Enable"

    page.table.selectRow([u.username for u in page.users].index("li"))

    def reset(dialog: QWidget) -> None:
        type_into(qtbot, dialog, "new_password", "brand new pw 2")
        type_into(qtbot, dialog, "new_password_again", "brand new pw 2")
        press_ok(qtbot, dialog)

    when_modal(qtbot, reset)
    qtbot.mouseClick(page.reset_button, Qt.MouseButton.LeftButton)
    assert authenticate(world.db, "li", "brand new pw 2").username == "li"


def test_supervisor_sees_accounts_but_cannot_change_them(qtbot: QtBot, world: World,
                                                         events: AppEvents) -> None:
    view = AdminView(world.sup, events)
    qtbot.addWidget(view)
    view.show()
    assert view.users.table.rowCount() == 4
    assert not view.users.new_button.isVisible()


def test_center_settings_saved_with_logo(qtbot: QtBot, world: World, events: AppEvents,
                                         tmp_path: Path) -> None:
    view = AdminView(world.services(world.admin), events)
    qtbot.addWidget(view)
    view.show()
    page = view.center
    assert page.name.text() == "测试县家庭教育指导中心"
    page.postcode.setText("55")
    with qtbot.assertNotEmitted(events.settings_changed):
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.errors["postcode"].text() == "A postcode has six digits."
    page.postcode.setText("550001")
    type_into(qtbot, page, "address", "Chengguan Road 1")
    type_into(qtbot, page, "reference_prefix", "QX")
    page.idle_lock.setValue(5)
    picture = QImage(1200, 400, QImage.Format.Format_RGB32)
    picture.fill(QColor("darkred"))
    picture.save(str(tmp_path / "logo.jpg"))
    logo = logo_png_from_file(str(tmp_path / "logo.jpg"))
    assert logo is not None
    assert logo.startswith(b"\x89PNG")
    page.set_logo(logo)
    with qtbot.waitSignal(events.settings_changed):
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    saved = world.sup.center.get()
    assert (saved.postcode, saved.address, saved.reference_prefix) == (
        "550001", "Chengguan Road 1", "QX")
    assert saved.idle_lock_minutes == 5
    stored = QImage.fromData(saved.logo_png or b"")
    assert (stored.width(), stored.height()) == (600, 200)  # scaled down to fit a letterhead


def test_categories_renamed_and_added(qtbot: QtBot, world: World, events: AppEvents) -> None:
    view = AdminView(world.sup, events)
    qtbot.addWidget(view)
    view.show()
    page = view.categories
    page.kind.setCurrentIndex(page.kind.findData(CategoryKind.REFERRAL.value))
    row = [e.code for e in page.entries].index("school")
    page.table.selectRow(row)
    assert page.code.isReadOnly()
    type_into(qtbot, page, "label_en", "School (teacher)")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    page.start_new()
    type_into(qtbot, page, "code", "hospital")
    type_into(qtbot, page, "label_zh", "Yiyuan")
    type_into(qtbot, page, "label_en", "Hospital")
    with qtbot.waitSignal(events.settings_changed):
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    entries = {e.code: e for e in world.sup.categories.entries(CategoryKind.REFERRAL)}
    assert entries["school"].label_en == "School (teacher)"
    assert entries["hospital"].label_en == "Hospital"
