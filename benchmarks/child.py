"""Subprocess side of the benchmark: a cold start, measured from outside, and peak memory.

`child.py bare` shows a bare PySide6 window; `child.py app URL` starts familyedu the way
`main.py` does (Qt, translators, fonts, open and sign in, main window with its dashboard and
case list), signed in from FAMILYEDU_USER / FAMILYEDU_PASSWORD instead of the dialog, and
prints READY once the window is shown with the case list's first page and its pending events
are processed, then DASHBOARD when the dashboard's figures (read once the window shows) are on
screen. `child.py signin URL` starts the same way up to the sign-in dialog, shown (what a user
sees first). Each then prints the peak RSS in MB and exits.
"""

from __future__ import annotations

import os
import resource
import sys
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def _settle(app: object) -> None:
    from PySide6.QtWidgets import QApplication

    assert isinstance(app, QApplication)
    for _ in range(3):
        app.processEvents()


def bare() -> None:
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setCentralWidget(QLabel("familyedu"))
    window.resize(1400, 900)
    window.show()
    _settle(app)
    print("READY", flush=True)


def stack() -> None:
    """The bare window plus the libraries every start needs before it can show data:
    SQLAlchemy (with its ORM) and the SQLCipher driver — the stack's own floor."""
    import sqlalchemy.orm  # noqa: F401
    import sqlcipher3  # noqa: F401

    bare()


def _start_app(url: str) -> tuple[Any, Any, Any]:
    """What main.py does before anything is shown: Qt, translators, fonts, the database."""
    from PySide6.QtWidgets import QApplication

    from familyedu import startup
    from familyedu.ui import i18n
    from familyedu.ui.fonts import install_fonts

    qt = QApplication(sys.argv[:1])
    qt.setOrganizationName("familyedu-benchmark")
    qt.setApplicationName("familyedu-benchmark")
    translators = i18n.Translators()
    translators.install(qt, "zh_CN")
    install_fonts(qt)
    return qt, translators, startup.open_database(url)


def app(url: str) -> None:
    from familyedu import startup
    from familyedu.ui.events import AppEvents
    from familyedu.ui.main_window import MainWindow

    qt, _translators, db = _start_app(url)
    signed = startup.sign_in(db, os.environ["FAMILYEDU_USER"], os.environ["FAMILYEDU_PASSWORD"])
    window = MainWindow(signed.services(), AppEvents())
    window.resize(1400, 900)
    window.show()
    _settle(qt)
    # The case list (built with the window) holds its first page and the navigation answers:
    # the window is usable. The dashboard's figures follow once it is on screen.
    print("READY" if window.cases is not None else "READY-no-case-list", flush=True)
    dashboard = window.page("dashboard")
    if not dashboard.wait_until_loaded():  # type: ignore[attr-defined]
        raise SystemExit("the dashboard did not load")
    print("DASHBOARD", flush=True)
    window.show_page("cases")
    _settle(qt)


def signin(url: str) -> None:
    from familyedu import startup
    from familyedu.ui.login import SignInDialog

    qt, _translators, db = _start_app(url)
    dialog = SignInDialog(lambda user, password: startup.sign_in(db, user, password))
    dialog.show()
    _settle(qt)
    print("READY", flush=True)


def peak_rss_kb() -> int:
    """This program's peak RSS. getrusage's ru_maxrss would do, but Linux carries it over
    from the parent across fork + exec (the benchmark's own hundreds of MB), so VmHWM of
    /proc/self/status, which belongs to this program's memory alone, when it exists."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def main() -> None:
    mode = sys.argv[1]
    if mode == "bare":
        bare()
    elif mode == "stack":
        stack()
    elif mode == "signin":
        signin(sys.argv[2])
    else:
        app(sys.argv[2])
    print(f"RSS {peak_rss_kb() / 1024:.1f}", flush=True)
    os._exit(0)  # the measurement is over; skip tearing Qt down


if __name__ == "__main__":
    main()
