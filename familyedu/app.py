"""Starts the desktop app: Qt, language, fonts, error hook, database, sign-in, main window."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from sqlalchemy.exc import SQLAlchemyError

from familyedu import startup
from familyedu.db import Database, DatabaseError
from familyedu.services.errors import AuthenticationFailed
from familyedu.startup import SignedIn
from familyedu.ui import i18n, login
from familyedu.ui.error_hook import ErrorHook, setup_logging
from familyedu.ui.events import AppEvents
from familyedu.ui.fonts import install_fonts
from familyedu.ui.help import app_icon
from familyedu.ui.login import SetupDialog, SignInDialog
from familyedu.ui.main_window import MainWindow
from familyedu.ui.service_errors import error_text

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


def open_database_interactive(url: str | None) -> Database | None:
    """Open (and upgrade) the database; on failure say why and offer Retry or Quit."""
    while True:
        try:
            return startup.open_database(url)
        except (DatabaseError, SQLAlchemyError, OSError) as exc:
            log.warning("database could not be opened: %s", type(exc).__name__)
            box = QMessageBox(QMessageBox.Icon.Critical, _tr("familyedu cannot start"),
                              error_text(exc))
            box.setInformativeText(_tr("Nothing was changed in the database."))
            retry = box.addButton(_tr("Retry"), QMessageBox.ButtonRole.AcceptRole)
            box.addButton(_tr("Quit"), QMessageBox.ButtonRole.RejectRole)
            box.exec()
            if box.clickedButton() is not retry:
                return None


def sign_in_interactive(db: Database) -> SignedIn | None:
    """First start: the setup dialog; afterwards: the sign-in dialog."""
    if startup.needs_setup(db):
        setup = SetupDialog(lambda **values: startup.setup(db, **values))
        return setup.signed_in if setup.exec() == QDialog.DialogCode.Accepted else None
    settings = i18n.settings()
    dialog = SignInDialog(lambda user, password: startup.sign_in(db, user, password),
                          username=login.remembered_user(settings))
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.signed_in is None:
        return None
    login.remember_user(settings, dialog.signed_in.actor.username)
    return dialog.signed_in


def _screenshots(db: Database, directory: Path, events: AppEvents,
                 screen_size: str | None = None) -> int:
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
    from familyedu.services.backup import auto_backup_on_exit

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
    app.setWindowIcon(app_icon())  # taskbar and window frames
    try:
        if args.screenshot_dir is not None:
            try:
                db = startup.open_database(args.db)
            except (DatabaseError, SQLAlchemyError, OSError) as exc:
                print(f"familyedu: {error_text(exc)}", file=sys.stderr)
                return 1
            try:
                return _screenshots(db, args.screenshot_dir, AppEvents(), args.screen_size)
            finally:
                db.dispose()
        opened = open_database_interactive(args.db)
        if opened is None:
            return 1
        try:
            while True:  # until someone quits rather than signs out
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
                _backup_on_exit(signed)
                window.deleteLater()
                window = None
                if not signed_out:
                    return status
        finally:
            opened.dispose()
    finally:
        hook.uninstall()
