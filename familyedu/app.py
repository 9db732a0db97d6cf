"""Starts the desktop app: Qt, language, fonts, error hook, sign-in, database, main window.

The sign-in dialog shows before SQLAlchemy, SQLCipher, the models and the services are
imported (issue #14): this module and familyedu.ui.login load only Qt and a few light
modules, and the database is opened on the GUI thread right after the dialog is painted, while
the user types (then the main window's modules are loaded the same way). Only a first start
(the SQLite file does not exist yet) opens the database before its setup dialog.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from familyedu.paths import resolve_database_url
from familyedu.ui import font_size, i18n, login
from familyedu.ui.background import wait_for_background
from familyedu.ui.error_hook import ErrorHook, setup_logging
from familyedu.ui.events import AppEvents
from familyedu.ui.fonts import install_fonts
from familyedu.ui.help import app_icon
from familyedu.ui.login import SignInDialog

if TYPE_CHECKING:
    from familyedu.db import Database
    from familyedu.startup import SignedIn
    from familyedu.ui.main_window import MainWindow

log = logging.getLogger(__name__)
LAST_USER_KEY = login.LAST_USER_KEY


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="familyedu", description="familyedu desktop app")
    parser.add_argument("--db", help="database URL (default: SQLite in the user data folder)")
    parser.add_argument("--lang", choices=list(i18n.SUPPORTED),
                        help="interface language (default: saved choice, else system)")
    parser.add_argument("--screenshot-dir", type=Path,
                        help="sign in from FAMILYEDU_USER/FAMILYEDU_PASSWORD, save a PNG of "
                             "each main screen into this folder, and exit")
    parser.add_argument("--screen-size", metavar="WxH",
                        help="with --screenshot-dir: lay windows out as on a screen of this "
                             "size, e.g. 1366x768 (a taskbar is taken off)")
    return parser.parse_args(argv)


def _tr(text: str) -> str:
    return QCoreApplication.translate("App", text)


def open_database_interactive(url: str | None,
                              parent: QWidget | None = None) -> Database | None:
    """Open (and upgrade) the database; on failure say why and offer Retry or Quit."""
    from familyedu import startup
    from familyedu.errors import DatabaseError
    from familyedu.ui.service_errors import error_text

    while True:
        try:
            return startup.open_database(url)
        except (DatabaseError, OSError) as exc:
            log.warning("database could not be opened: %s", type(exc).__name__)
            box = QMessageBox(QMessageBox.Icon.Critical, _tr("familyedu cannot start"),
                              error_text(exc), parent=parent)
            box.setInformativeText(_tr("Nothing was changed in the database."))
            retry = box.addButton(_tr("Retry"), QMessageBox.ButtonRole.AcceptRole)
            box.addButton(_tr("Quit"), QMessageBox.ButtonRole.RejectRole)
            box.exec()
            if box.clickedButton() is not retry:
                return None


def sign_in_interactive(db: Database) -> SignedIn | None:
    """First start: the setup dialog; afterwards: the sign-in dialog."""
    from familyedu import startup
    from familyedu.services.admin import recovery
    from familyedu.ui.login import SetupDialog

    if startup.needs_setup(db):
        setup = SetupDialog(lambda **values: startup.setup(db, **values))
        if setup.exec() != QDialog.DialogCode.Accepted or setup.signed_in is None:
            return None
        from familyedu.ui.recovery import show_new_code

        show_new_code(setup.signed_in)  # the recovery code, shown once
        return setup.signed_in
    settings = i18n.settings()
    dialog = SignInDialog(lambda user, password: startup.sign_in(db, user, password),
                          username=login.remembered_user(settings))
    dialog.set_recover(recovery.recover_with(db))
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.signed_in is None:
        return None
    login.remember_user(settings, dialog.signed_in.actor.username)
    return dialog.signed_in


def known_first_start(url: str | None) -> bool:
    """True when the database is a SQLite file that does not exist yet (a first start),
    told without loading SQLAlchemy; any other database may have users and is opened behind
    the sign-in dialog."""
    resolved = resolve_database_url(url)
    if not resolved.startswith("sqlite:///"):
        return False
    path = resolved[len("sqlite:///"):].split("?", 1)[0]
    return path not in ("", ":memory:") and not Path(path).exists()


def _load_main_window_modules() -> None:
    """The main window's modules, loaded while the password is typed, and the ORM's mappers
    configured (SQLAlchemy does it at the first query otherwise: ~30 ms after Sign in). The
    dashboard, the first screen, too (with Qt Charts: ~40 ms after Sign in otherwise)."""
    import familyedu.ui.dashboard
    import familyedu.ui.main_window  # noqa: F401
    from familyedu import startup

    startup.configure_orm()


class FirstSignIn(QObject):
    """The sign-in dialog, shown at once; the database opened as soon as it is on screen.

    The opening runs on the GUI thread from a zero-time timer: keys typed meanwhile wait in
    the event queue and arrive when it is done (a worker thread would let Python's garbage
    collector free Qt objects off the GUI thread, see docs/DESIGN.md). When it fails
    the user is asked Retry or Quit; when the database turns out to have no account yet,
    the dialog closes and `needs_setup` is set.
    """

    def __init__(self, url: str | None, settings: QSettings | None = None) -> None:
        super().__init__()
        self.url = url
        self.db: Database | None = None
        self.needs_setup = False
        self.failed = False  # the database could not be opened and the user chose Quit
        self._settings = settings if settings is not None else i18n.settings()
        self.dialog = SignInDialog(None, username=login.remembered_user(self._settings))
        # A turn of the event loop later: whatever else waits for the dialog (keys already
        # typed, a benchmark's clock) goes first.
        self.dialog.first_painted.connect(lambda: QTimer.singleShot(0, self._open))

    def _open(self) -> None:
        from familyedu import startup
        from familyedu.services.admin import recovery

        if not self.dialog.isVisible():  # closed before the database was opened
            return
        db = open_database_interactive(self.url, self.dialog)
        if db is None:
            self.failed = True
            self.dialog.reject()
            return
        self.db = db
        if startup.needs_setup(db):
            self.needs_setup = True
            self.dialog.reject()
            return
        self.dialog.set_sign_in(lambda user, password: startup.sign_in(db, user, password))
        self.dialog.set_recover(recovery.recover_with(db))
        QTimer.singleShot(0, _load_main_window_modules)

    def exec(self) -> SignedIn | None:
        """Shows the dialog until someone signs in (returned) or it is closed (None)."""
        if self.dialog.exec() != QDialog.DialogCode.Accepted or self.dialog.signed_in is None:
            return None
        login.remember_user(self._settings, self.dialog.signed_in.actor.username)
        return self.dialog.signed_in


def _screenshots(db: Database, directory: Path, events: AppEvents,
                 screen_size: str | None = None) -> int:
    from familyedu import startup
    from familyedu.errors import AuthenticationFailed
    from familyedu.ui.main_window import MainWindow
    from familyedu.ui.screenshots import parse_screen_size, take_screenshots

    try:
        screen = parse_screen_size(screen_size) if screen_size else None
    except ValueError as exc:
        print(f"familyedu: {exc}", file=sys.stderr)
        return 2

    user = os.environ.get("FAMILYEDU_USER", "")
    password = os.environ.get("FAMILYEDU_PASSWORD", "")
    try:
        signed = startup.sign_in(db, user, password)
    except AuthenticationFailed as exc:
        print(f"familyedu: sign-in failed ({exc.reason}); set FAMILYEDU_USER and "
              "FAMILYEDU_PASSWORD", file=sys.stderr)
        return 2
    window = MainWindow(signed.services(), events)
    shots = take_screenshots(window, directory, screen)
    for path in shots:
        print(path)
    if window.cases is not None:
        window.cases.close_all()
    window.hide()
    window.deleteLater()
    return 0


def _forced_password_change(signed: SignedIn) -> bool:
    """After an administrator's reset the user picks their own password before working."""
    from familyedu.ui.admin.users import PasswordDialog

    dialog = PasswordDialog(signed.services(), None)
    dialog.setWindowTitle(_tr("Choose your own password before you start"))
    return dialog.exec() == PasswordDialog.DialogCode.Accepted


def _backup_on_exit(signed: SignedIn) -> None:
    """The automatic backup on quitting; a failure is logged, never shown as a crash."""
    from familyedu.services.admin.backup import auto_backup_on_exit

    try:
        made = auto_backup_on_exit(signed)
    except Exception:
        logging.getLogger(__name__).exception("automatic backup on exit failed")
    else:
        if made is not None:
            logging.getLogger(__name__).info("automatic backup written: %s", made.name)


def main(argv: Sequence[str] | None = None) -> int:
    """The `familyedu` GUI entry point (pyproject gui-scripts)."""
    args = parse_args(sys.argv[1:] if argv is None else argv)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setOrganizationName(i18n.ORGANIZATION)
    app.setApplicationName(i18n.APPLICATION)
    setup_logging()
    window: MainWindow | None = None
    hook = ErrorHook(lambda: window)
    hook.install()
    translators = i18n.Translators()
    translators.install(app, i18n.choose_language(args.lang))
    install_fonts(app)
    font_size.apply_saved(app, i18n.settings())
    app.setWindowIcon(app_icon())  # taskbar and window frames
    try:
        if args.screenshot_dir is not None:
            from familyedu import startup
            from familyedu.errors import DatabaseError
            from familyedu.ui.service_errors import error_text

            try:
                db = startup.open_database(args.db)
            except (DatabaseError, OSError) as exc:
                print(f"familyedu: {error_text(exc)}", file=sys.stderr)
                return 1
            try:
                return _screenshots(db, args.screenshot_dir, AppEvents(), args.screen_size)
            finally:
                wait_for_background()  # the drafts the dialogs asked for
                db.dispose()
        signed: SignedIn | None = None
        if known_first_start(args.db):
            opened = open_database_interactive(args.db)
        else:
            first = FirstSignIn(args.db)
            signed = first.exec()
            opened = first.db
            if signed is None and not first.needs_setup:  # closed, or Quit on an error
                if opened is not None:
                    opened.dispose()
                return 1 if first.failed else 0
        if opened is None:
            return 1
        from familyedu.ui.main_window import MainWindow

        try:
            while True:  # until someone quits rather than signs out
                if signed is None:
                    signed = sign_in_interactive(opened)
                if signed is None:
                    return 0
                if signed.actor.must_change_password and not _forced_password_change(signed):
                    return 0
                window = MainWindow(signed.services(), AppEvents())
                window.show()
                window.start_idle_lock()
                status = app.exec()
                signed_out = window.did_sign_out
                # A pool call (the batch's letter in hand, an import) may still be writing.
                wait_for_background()
                _backup_on_exit(signed)
                window.deleteLater()
                window = None
                signed = None
                if not signed_out:
                    return status
        finally:
            wait_for_background()
            opened.dispose()
    finally:
        hook.uninstall()
