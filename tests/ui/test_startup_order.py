"""Cold start (issue #14): the sign-in dialog shows before the database layer is loaded,
and the database opens behind it while the password is typed."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from familyedu import app as app_module
from familyedu.db import Database
from familyedu.ui import i18n, login
from tests.conftest import PASSWORD, build_world
from tests.ui.test_shell import click_ok

ROOT = Path(__file__).resolve().parents[2]

# Runs main() as `familyedu` does; at the moment the database starts opening, notes what is
# loaded and whether the dialog is on screen; then types a wrong password and closes.
CHILD = textwrap.dedent("""
    import json, sys
    from familyedu import app

    seen = {}
    open_database = app.FirstSignIn._open

    def spy(self):
        seen["loaded"] = sorted({m.split(".")[0] for m in sys.modules}
                                & {"sqlalchemy", "sqlcipher3", "alembic", "psycopg"})
        seen["app_modules"] = sorted(m for m in sys.modules
                                     if m.startswith(("familyedu.models", "familyedu.services",
                                                      "familyedu.startup", "familyedu.db")))
        seen["shown"] = self.dialog.isVisible()
        open_database(self)
        self.dialog.username.setText("sup")
        self.dialog.password.setText("not the password")
        self.dialog.accept()
        seen["error"] = self.dialog.error.text() if self.dialog.error.isVisible() else ""
        seen["still_open"] = self.dialog.isVisible()
        self.dialog.reject()

    app.FirstSignIn._open = spy
    seen["exit"] = app.main(["--db", sys.argv[1], "--lang", "en"])
    print(json.dumps(seen))
""")


def test_sign_in_dialog_shows_before_the_database_layer_loads(
        new_database: Callable[[str], Database], tmp_path: Path) -> None:
    world = build_world(new_database("sqlite"))
    url = world.db.url.render_as_string(hide_password=False)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "FAMILYEDU_ENCRYPTION": "off",
           "FAMILYEDU_DATA_DIR": str(tmp_path / "data"), "XDG_CONFIG_HOME": str(tmp_path)}
    result = subprocess.run([sys.executable, "-c", CHILD, url], env=env, capture_output=True,
                            text=True, timeout=120, check=False, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["shown"] is True
    assert seen["loaded"] == []
    assert seen["app_modules"] == []
    # Then the database was open: the password was checked against it.
    assert "password" in seen["error"].lower()
    assert seen["still_open"] is True
    assert seen["exit"] == 0


def test_first_sign_in_opens_the_database_once_shown_then_signs_in(
        qtbot: QtBot, new_database: Callable[[str], Database],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FAMILYEDU_ENCRYPTION", "off")  # the test database is a plain file
    world = build_world(new_database("sqlite"))
    url = world.db.url.render_as_string(hide_password=False)
    settings = i18n.settings()
    login.remember_user(settings, "sup")
    first = app_module.FirstSignIn(url, settings)
    dialog = first.dialog
    qtbot.addWidget(dialog)
    assert dialog.username.text() == "sup"
    assert first.db is None  # nothing opened before the dialog is on screen
    with qtbot.waitSignal(dialog.first_painted, timeout=5000):
        dialog.show()
    qtbot.waitUntil(lambda: first.db is not None, timeout=5000)  # the next turn of the loop
    assert first.db is not None
    assert not first.needs_setup
    dialog.username.setText("li")
    dialog.password.setText(PASSWORD)
    click_ok(qtbot, dialog)
    assert dialog.signed_in is not None
    assert dialog.signed_in.actor.username == "li"
    first.db.dispose()


def test_a_database_without_accounts_turns_to_first_start_setup(
        qtbot: QtBot, new_database: Callable[[str], Database],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FAMILYEDU_ENCRYPTION", "off")
    db = new_database("sqlite")  # migrated, no center and no account yet
    first = app_module.FirstSignIn(db.url.render_as_string(hide_password=False),
                                   QSettings())
    qtbot.addWidget(first.dialog)
    with qtbot.waitSignal(first.dialog.finished, timeout=5000):
        first.dialog.show()
    assert first.needs_setup
    assert first.db is not None
    assert app_module.known_first_start(f"sqlite:///{db.sqlite_path}") is False
    assert app_module.known_first_start(f"sqlite:///{db.sqlite_path}.new") is True
    first.db.dispose()


def test_a_database_that_cannot_open_offers_quit_over_the_sign_in_dialog(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

    from familyedu import startup
    from familyedu.errors import DatabaseTooNew

    def refuse(url: str | None = None, **_kw: object) -> Database:
        raise DatabaseTooNew("database_too_new", "abc123")

    monkeypatch.setattr(startup, "open_database", refuse)
    seen: list[str] = []

    def quit_when_asked() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):  # the sign-in dialog is up first
            QTimer.singleShot(20, quit_when_asked)
            return
        seen.append(box.text())
        next(b for b in box.findChildren(QPushButton) if b.text() == "Quit").click()

    QTimer.singleShot(0, quit_when_asked)
    first = app_module.FirstSignIn("sqlite:///x.sqlite3", QSettings())
    assert first.exec() is None
    assert first.failed
    assert first.db is None
    assert not first.dialog.isVisible()
    assert "newer version of familyedu" in seen[0]
