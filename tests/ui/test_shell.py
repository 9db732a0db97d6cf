"""The application shell: sign-in, setup, main window, shortcuts, idle lock, errors, screenshots."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from familyedu import app as app_module
from familyedu import startup
from familyedu.db import Database
from familyedu.errors import DatabaseTooNew
from familyedu.models import Role
from familyedu.services import Services
from familyedu.ui.error_hook import ErrorHook, setup_logging
from familyedu.ui.events import AppEvents
from familyedu.ui.login import SetupDialog, SignInDialog
from familyedu.ui.main_window import MainWindow
from familyedu.ui.service_errors import error_text, field_errors
from familyedu.ui.shell.navigation import NAV_ADMIN, NAV_CASES, NAV_DASHBOARD
from tests.conftest import PASSWORD, World, build_world, in_chinese
from tests.ui.conftest import CaseWorld

ROOT = Path(__file__).resolve().parents[2]


def when_modal(act: Callable[[QWidget], None]) -> None:
    """Run `act` on the next modal dialog, once it is up."""
    def run() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, run)
            return
        act(dialog)
    QTimer.singleShot(0, run)


def click_ok(qtbot: QtBot, dialog: QWidget) -> None:
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    qtbot.mouseClick(buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)


class FakeWorkspace(QWidget):
    """Stands in for familyedu.ui.workspace.CaseWorkspace: same small contract."""

    title_changed = Signal(str)
    dirty_changed = Signal(bool)

    def __init__(self, services: Services, events: AppEvents, case_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.case = services.cases.get(case_id)
        self.unsaved = False
        self.calls: list[str] = []
        self.note = QLineEdit(self)

    def title(self) -> str:
        return f"{self.case.case_number} {self.case.minor.name}"

    def has_unsaved_changes(self) -> bool:
        return self.unsaved

    def maybe_close(self) -> bool:
        self.calls.append("maybe_close")
        return not self.unsaved

    def save(self) -> None:
        self.calls.append("save")

    def print_current(self) -> None:
        self.calls.append("print")


def make_window(qtbot: QtBot, services: Services, events: AppEvents) -> MainWindow:
    window = MainWindow(services, events, workspace_factory=FakeWorkspace)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    # Shortcuts need the active window, which offscreen Qt sets only on request.
    window.windowHandle().requestActivate()
    qtbot.waitUntil(window.isActiveWindow)
    return window


# -- sign-in and setup ---------------------------------------------------------------------


def test_sign_in_refuses_a_wrong_password_then_accepts(qtbot: QtBot, world: World) -> None:
    dialog = SignInDialog(lambda u, p: startup.sign_in(world.db, u, p), username="li")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.password, "not the password")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.error.text() == "The user name or the password is not right."
    assert dialog.password.text() == ""  # cleared for the next try
    qtbot.keyClicks(dialog.password, PASSWORD)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.signed_in is not None
    assert dialog.signed_in.actor.display_name == "李老师"


def test_sign_in_says_how_long_a_locked_account_waits(qtbot: QtBot, world: World) -> None:
    dialog = SignInDialog(lambda u, p: startup.sign_in(world.db, u, p), username="zhao")
    qtbot.addWidget(dialog)
    for _ in range(5):
        dialog.password.setText("wrong wrong")
        dialog.accept()
    dialog.password.setText(PASSWORD)
    dialog.accept()  # even the right password waits out the lock
    assert dialog.signed_in is None
    # The real clock runs on between the attempts: 29 or 30 seconds are left.
    assert dialog.error.text() in {f"Too many wrong passwords. Try again in {n} second(s)."
                                   for n in (29, 30)}


def test_first_start_setup_creates_the_administrator(
        qtbot: QtBot, new_database: Callable[[str], Database]) -> None:
    db = new_database("sqlite")
    assert startup.needs_setup(db)
    dialog = SetupDialog(lambda **values: startup.setup(db, **values))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.fields["center_name"], "Kaiyang County Center")
    qtbot.keyClicks(dialog.fields["display_name"], "Admin Wang")
    qtbot.keyClicks(dialog.fields["password"], "short")
    qtbot.keyClicks(dialog.fields["password_again"], "shorter")
    click_ok(qtbot, dialog)
    assert dialog.errors["password_again"].text() == "The two passwords differ."
    dialog.fields["password_again"].setText("short")
    click_ok(qtbot, dialog)
    assert dialog.errors["password"].text() == "A password needs at least 8 characters."
    for name in ("password", "password_again"):
        dialog.fields[name].setText("long enough 9")
    click_ok(qtbot, dialog)
    assert dialog.signed_in is not None
    assert dialog.signed_in.actor.role is Role.ADMIN
    assert not startup.needs_setup(db)


def test_database_too_new_at_start_offers_retry_and_quit(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    attempts: list[str | None] = []

    def refuse(url: str | None = None, **_kw: Any) -> Database:
        attempts.append(url)
        raise DatabaseTooNew("database_too_new", "abc123")

    monkeypatch.setattr(startup, "open_database", refuse)
    seen: list[str] = []

    def answer(button: str) -> Callable[[QWidget], None]:
        def act(box: QWidget) -> None:
            assert isinstance(box, QMessageBox)
            seen.append(box.text())
            chosen = next(b for b in box.findChildren(QPushButton) if b.text() == button)
            chosen.click()
        return act

    when_modal(answer("Retry"))
    QTimer.singleShot(300, lambda: when_modal(answer("Quit")))
    assert app_module.open_database_interactive("sqlite:///x.sqlite3") is None
    assert len(attempts) == 2
    assert "newer version of familyedu" in seen[0]


# -- the main window ----------------------------------------------------------------------


def test_navigation_follows_the_role(qtbot: QtBot, world: World, events: AppEvents) -> None:
    counselor = make_window(qtbot, world.mine, events)
    assert NAV_ADMIN not in counselor.navigation.page_keys()
    assert counselor.navigation.page_keys()[:2] == [NAV_DASHBOARD, NAV_CASES]
    status = counselor.findChild(QLabel, "status_user")
    assert status is not None
    assert status.text() == "Signed in: 李老师 (Counselor)"
    database = counselor.findChild(QLabel, "status_database")
    assert database is not None
    assert "postgres@" not in database.text()
    assert database.text().startswith("Database: ")
    supervisor = make_window(qtbot, world.sup, events)
    assert NAV_ADMIN in supervisor.navigation.page_keys()
    admin = make_window(qtbot, world.services(world.admin), events)
    assert admin.navigation.page_keys() == [NAV_ADMIN]  # no case content for an administrator


def test_open_save_print_and_close_a_case_by_keyboard(
        qtbot: QtBot, case_world: CaseWorld, events: AppEvents) -> None:
    window = make_window(qtbot, case_world.world.mine, events)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.cases is not None
    search = window.cases.list.filters.search
    assert search.hasFocus()
    qtbot.keyClicks(search, "lihua")
    qtbot.waitUntil(lambda: window.cases is not None and window.cases.list.model.total == 1)
    table = window.cases.list.table
    table.setFocus()
    table.setCurrentIndex(table.model().index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    workspace = window.current_workspace()
    assert isinstance(workspace, FakeWorkspace)
    tabs = window.cases.tabs
    assert tabs.tabText(tabs.currentIndex()) == "2026-0002 李华"
    workspace.note.setFocus()
    qtbot.keyClick(workspace.note, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(workspace.note, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert workspace.calls == ["save", "print"]
    # Opening it again shows the same tab, not a second one.
    events.open_case_requested.emit(case_world.ids["li"])
    assert tabs.count() == 2
    workspace.unsaved = True
    qtbot.keyClick(workspace.note, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert tabs.count() == 2  # the workspace said no (unsaved changes)
    assert not window.close()  # nor does the window close over it
    workspace.unsaved = False
    qtbot.keyClick(workspace.note, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert tabs.count() == 1, workspace.calls
    assert window.cases.workspaces == {}


def test_supervisor_gives_a_reason_to_open_a_sealed_case(
        qtbot: QtBot, case_world: CaseWorld, events: AppEvents) -> None:
    world = case_world.world
    case_id = case_world.ids["zhang"]
    world.sup.minors.set_sealed(world.sup.cases.get(case_id).minor.id, True, "判决封存")
    sup = world.sup  # the window's session: the reason given is its grant
    window = make_window(qtbot, sup, events)

    def give_reason(dialog: QWidget) -> None:
        assert isinstance(dialog, QInputDialog)
        assert "sealed" in dialog.labelText()
        dialog.setTextValue("court asked for the file")
        dialog.accept()

    when_modal(give_reason)
    assert isinstance(window.open_case(case_id), FakeWorkspace)
    history = sup.mandatory_reports.history(case_id)
    sealed = [e for e in history if e.action == "sealed_access"]
    assert sealed  # each read of the sealed case is recorded, with the reason given once
    assert all("court asked for the file" in e.details for e in sealed)


def test_window_remembers_its_size_and_columns(qtbot: QtBot, case_world: CaseWorld,
                                               events: AppEvents) -> None:
    window = make_window(qtbot, case_world.world.mine, events)
    # The offscreen screen is 800 x 800: the window must fit a small screen like that one.
    assert window.minimumSizeHint().width() < 780
    width = max(700, window.minimumSizeHint().width() + 10)
    window.resize(width, 555)
    assert window.cases is not None
    window.cases.list.table.horizontalHeader().resizeSection(1, 234)
    assert window.close()
    again = make_window(qtbot, case_world.world.mine, events)
    assert (again.width(), again.height()) == (width, 555)
    assert again.cases is not None
    assert again.cases.list.table.horizontalHeader().sectionSize(1) == 234


# -- idle lock ------------------------------------------------------------------------------


def test_idle_lock_locks_and_unlocks_without_losing_typed_text(
        qtbot: QtBot, world: World, events: AppEvents) -> None:
    window = make_window(qtbot, world.mine, events)
    assert window.cases is not None
    window.show_page(NAV_CASES)
    search = window.cases.list.filters.search
    qtbot.keyClicks(search, "half typed")
    steps: list[str] = []

    def unlock(dialog: QWidget) -> None:
        cover = window.findChild(QWidget, "idle_lock_cover")
        steps.append("covered" if cover is not None and cover.isVisible() else "visible")
        password = dialog.findChild(QLineEdit, "unlock_password")
        assert password is not None
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # does not unlock
        qtbot.keyClicks(password, "wrong password")
        click_ok(qtbot, dialog)
        error = dialog.findChild(QLabel, "unlock_error")
        assert error is not None
        steps.append(error.text())
        assert dialog.isVisible()
        qtbot.keyClicks(password, PASSWORD)
        click_ok(qtbot, dialog)

    lock = window.start_idle_lock(timeout_ms=300)
    when_modal(unlock)
    with qtbot.waitSignal(lock.unlocked, timeout=5000):
        pass
    assert steps == ["covered", "The user name or the password is not right."]
    assert not lock.is_locked
    assert search.text() == "half typed"
    cover = window.findChild(QWidget, "idle_lock_cover")
    assert cover is None or not cover.isVisible()
    lock.stop()


def test_activity_keeps_the_screen_unlocked(qtbot: QtBot, world: World,
                                            events: AppEvents) -> None:
    window = make_window(qtbot, world.mine, events)
    lock = window.start_idle_lock(timeout_ms=60_000)
    for _ in range(2):
        # Let the idle clock run down a little, then press a key: it counts from zero again.
        qtbot.waitUntil(lambda: 0 < lock.remaining_ms < 59_800, timeout=5000)
        pressed = time.monotonic()
        qtbot.keyClick(window.navigation.nav, Qt.Key.Key_Shift)
        remaining = lock.remaining_ms
        since_ms = (time.monotonic() - pressed) * 1000
        # Counted from the press: no more has run down than the press took, however slow the
        # machine (a fixed "> 59 900" failed whenever the UI thread paused 100 ms). Not
        # restarted, over 200 ms more would have.
        assert remaining >= 60_000 - since_ms - 20
    assert not lock.is_locked
    lock.stop()


# -- screenshots ----------------------------------------------------------------------------


def test_screenshot_mode_writes_a_png_per_screen(case_world: CaseWorld, tmp_path: Path) -> None:
    from familyedu.services.casework.dto import GoalInput, PlanInput

    world = case_world.world
    # Plans waiting for approval: the supervisor's plan-approval dialog is among the shots.
    for key, services in (("zhang", world.mine), ("li", world.mine), ("wang", world.theirs)):
        plan = services.plans.create(case_world.ids[key], PlanInput(
            start_on=date(2026, 9, 1), review_on=date(2026, 12, 1), needs="父母长期外出",
            goals=(GoalInput("communication", "每周视频通话两次"),)))
        services.plans.submit(plan.id, plan.version)
    url = world.db.url.render_as_string(hide_password=False)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "FAMILYEDU_USER": "sup",
           "FAMILYEDU_PASSWORD": PASSWORD, "FAMILYEDU_ENCRYPTION": "off",
           "FAMILYEDU_DATA_DIR": str(tmp_path / "data"), "XDG_CONFIG_HOME": str(tmp_path)}
    shots = tmp_path / "shots"
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--db", url, "--lang", "en",
         "--screenshot-dir", str(shots), "--screen-size", "1366x768"],
        env=env, capture_output=True, text=True, timeout=120, check=False, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    names = sorted(p.name for p in shots.glob("*.png"))
    assert names[:3] == ["01_sign_in_dialog.png", "02_dashboard.png", "03_cases.png"]
    assert any(n.endswith("_administration.png") for n in names)
    kinds = {n[3:-4] for n in names}
    assert {"new_case_dialog", "guardian_dialog", "log_session_dialog",
            "issue_letter_dialog", "plan_approval_dialog", "import_dialog"} <= kinds
    assert names[-1].endswith("_guide.png")  # the user guide (F1), for its own pictures
    from PySide6.QtGui import QImage

    # A 1366x768 screen less a 40 px taskbar, the window frame and its title bar.
    image = QImage(str(shots / "03_cases.png"))
    assert (image.width(), image.height()) == (1350, 692)
    for name in names:
        if name.endswith("_dialog.png"):
            dialog = QImage(str(shots / name))
            assert dialog.width() <= 1350, name
            assert dialog.height() <= 692, name


def test_screenshot_mode_refuses_wrong_credentials(
        new_database: Callable[[str], Database], tmp_path: Path) -> None:
    world = build_world(new_database("sqlite"))
    url = world.db.url.render_as_string(hide_password=False)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "FAMILYEDU_USER": "sup",
           "FAMILYEDU_PASSWORD": "wrong", "FAMILYEDU_ENCRYPTION": "off",
           "FAMILYEDU_DATA_DIR": str(tmp_path / "data"), "XDG_CONFIG_HOME": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--db", url, "--screenshot-dir",
         str(tmp_path / "shots")],
        env=env, capture_output=True, text=True, timeout=120, check=False, cwd=ROOT)
    assert result.returncode == 2
    assert "sign-in failed" in result.stderr
    assert not list((tmp_path / "shots").glob("*.png"))


# -- errors -------------------------------------------------------------------------------


@pytest.mark.qt_no_exception_capture
def test_unexpected_error_is_shown_logged_without_names_and_app_goes_on(
        qtbot: QtBot, tmp_path: Path) -> None:
    import logging

    log_file = setup_logging(tmp_path)
    hook = ErrorHook()
    hook.show_dialogs = False
    hook.install()
    typed = QLineEdit()
    qtbot.addWidget(typed)
    typed.setText("what the counselor typed")
    button = QPushButton("go")
    qtbot.addWidget(button)

    def broken() -> None:
        raise ValueError("minor 张小明 failed")  # a message that must not reach the log

    button.clicked.connect(broken)
    try:
        with qtbot.waitSignal(hook.error_shown) as shown:
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    finally:
        hook.uninstall()
        for handler in list(logging.getLogger().handlers):
            if getattr(handler, "baseFilename", "") == str(log_file):
                logging.getLogger().removeHandler(handler)
                handler.close()
    assert "Something went wrong" in shown.args[0]
    assert typed.text() == "what the counselor typed"
    text = log_file.read_text(encoding="utf-8")
    assert "ValueError" in text
    assert "in broken" in text
    assert "张小明" not in text


def test_a_missing_component_is_named_in_the_users_language(
        qtbot: QtBot, qapp: QApplication) -> None:
    """An installation without a module once showed only "出现错误" after 创建."""

    hook = ErrorHook()
    hook.show_dialogs = False
    hook.install()
    button = QPushButton("go")
    qtbot.addWidget(button)

    def administration_screen() -> None:
        raise ModuleNotFoundError("No module named 'pypdf'", name="pypdf")

    button.clicked.connect(administration_screen)
    try:
        with in_chinese(qapp), qtbot.waitSignal(hook.error_shown) as shown:
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    finally:
        hook.uninstall()
    assert shown.args[0].startswith("缺少组件 pypdf")
    assert "重新安装" in shown.args[0]
    missing_file = FileNotFoundError(2, "No such file", "/x/resources/letters/labels.toml")
    assert "labels.toml" in error_text(missing_file)


def test_service_errors_in_plain_words() -> None:
    from familyedu.errors import (
        AuthenticationFailed,
        DatabaseError,
        FieldError,
        PermissionDenied,
        StaleRecord,
        ValidationError,
    )

    exc = ValidationError([
        FieldError("name", "This field is required."),
        FieldError("name", "Too long: at most {max} characters (now {length}).",
                   {"max": 60, "length": 70}),
        FieldError("guardians.0.phone", "Too long: at most {max} characters (now {length}).",
                   {"max": 20, "length": 25}),
    ])
    assert field_errors(exc) == {
        "name": "This field is required.",
        "guardians.0.phone": "Too long: at most 20 characters (now 25).",
    }
    assert error_text(AuthenticationFailed("locked", 125)) == \
        "Too many wrong passwords. Try again in 3 minute(s)."
    assert error_text(AuthenticationFailed("account_disabled")).startswith(
        "This account is disabled")
    assert "not allowed" in error_text(PermissionDenied("read_case"))
    assert "Someone else changed" in error_text(StaleRecord("case", 1))
    assert "newer version" in error_text(DatabaseTooNew("database_too_new"))
    assert "disk is full" in error_text(DatabaseError("disk_full"))
    assert error_text(DatabaseError("some_future_code")) == \
        "The database cannot be used right now."


def test_language_follows_override_then_saved_choice(qapp: QApplication) -> None:
    from familyedu.ui import i18n

    assert i18n.choose_language("zh") == "zh_CN"
    i18n.save_language("en")
    assert i18n.choose_language(None) == "en"
    i18n.save_language("zh_CN")
    assert i18n.choose_language(None) == "zh_CN"
    translators = i18n.Translators()
    try:
        assert translators.install(qapp, "zh_CN") == "zh_CN"
        assert qapp.property("familyedu_language") == "zh_CN"
        # Qt's own strings come from its zh_CN catalogue.
        assert QApplication.translate("QPlatformTheme", "Cancel") == "取消"
    finally:
        for translator in translators.installed:
            qapp.removeTranslator(translator)
        qapp.setProperty("familyedu_language", "en")


def test_bundled_chinese_font_is_the_fallback(qapp: QApplication) -> None:
    from PySide6.QtGui import QFontMetrics

    from familyedu.ui.fonts import install_fonts

    before = qapp.font()
    try:
        fallbacks = install_fonts(qapp)
        assert fallbacks[0] == "WenQuanYi Micro Hei"  # a sans face first, for the screen
        assert qapp.font().families()[1:] == fallbacks
        assert QFontMetrics(qapp.font()).horizontalAdvance("张小明") > 0
    finally:
        qapp.setFont(before)
