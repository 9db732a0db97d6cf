"""Subprocess side of the benchmark: a cold start, measured from outside, and peak memory.

`child.py bare` shows a bare PySide6 window. `child.py signin URL` starts the way
`familyedu.app.main` does (Qt, translators, fonts, then `FirstSignIn`: the sign-in dialog
shown before the database layer is loaded) and prints DIALOG once the dialog is painted, then
OPENED once the database behind it is open (the Sign in button works). `child.py app URL`
goes on: it waits until the main window's modules are loaded too (what happens while a
password is typed) unless `--no-wait` (a password "typed" in no time), prints CLICK, signs in
through the dialog with FAMILYEDU_USER / FAMILYEDU_PASSWORD, builds and shows `MainWindow`
as main() does, prints READY once its pending events are processed (the window is on screen
and answers; the dashboard's figures are being read in the thread pool, and the case list
reads its first page when it is first shown), DASHBOARD when the dashboard's figures are on
screen, then CASES once the case list, opened then, shows its first page.
Each then prints the peak RSS in MB and exits.
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


def _first_sign_in(url: str) -> tuple[Any, Any, Any]:
    """What main() does before the database: Qt, translators, fonts, the sign-in dialog;
    prints DIALOG when it is painted and OPENED when the database behind it is open."""
    from PySide6.QtWidgets import QApplication

    from familyedu.app import FirstSignIn
    from familyedu.ui import i18n
    from familyedu.ui.fonts import install_fonts

    qt = QApplication(sys.argv[:1])
    qt.setOrganizationName("familyedu-benchmark")
    qt.setApplicationName("familyedu-benchmark")
    translators = i18n.Translators()
    translators.install(qt, "zh_CN")
    install_fonts(qt)
    first = FirstSignIn(url)
    first.dialog.first_painted.connect(lambda: print("DIALOG", flush=True))
    first.dialog.show()
    while first.db is None:  # painted, then opened (on the GUI thread, like the app)
        qt.processEvents()
    print("OPENED", flush=True)
    return qt, translators, first


def signin(url: str) -> None:
    _first_sign_in(url)


def app(url: str, wait: bool = True) -> None:
    from familyedu.ui.events import AppEvents

    qt, _translators, first = _first_sign_in(url)
    if wait:  # the main window's modules load while the password is typed
        while "familyedu.ui.main_window" not in sys.modules:
            qt.processEvents()
        _settle(qt)
    print("CLICK", flush=True)
    first.dialog.username.setText(os.environ["FAMILYEDU_USER"])
    first.dialog.password.setText(os.environ["FAMILYEDU_PASSWORD"])
    first.dialog.accept()
    signed = first.dialog.signed_in
    if signed is None:
        raise SystemExit(f"sign-in failed: {first.dialog.error.text()}")
    from familyedu.ui.main_window import MainWindow

    window = MainWindow(signed.services(), AppEvents())
    window.resize(1400, 900)
    window.show()
    _settle(qt)
    # On screen and answering: the user can act (the dashboard says it is loading until its
    # figures, read in the thread pool, arrive; the case list reads when it is opened).
    print("READY" if window.cases is not None else "READY-no-case-list", flush=True)
    dashboard = window.page("dashboard")
    if not dashboard.wait_until_loaded():  # type: ignore[attr-defined]
        raise SystemExit("the dashboard did not load")
    print("DASHBOARD", flush=True)
    window.show_page("cases")
    _settle(qt)
    assert window.cases is not None
    assert not window.cases.list.model.deferred
    print("CASES", flush=True)


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
        app(sys.argv[2], wait="--no-wait" not in sys.argv[3:])
    print(f"RSS {peak_rss_kb() / 1024:.1f}", flush=True)
    os._exit(0)  # the measurement is over; skip tearing Qt down


if __name__ == "__main__":
    main()
