"""`main.py --screenshot-dir`: each main screen and each counselor's dialog as a PNG.

With `--screen-size WxH` windows are laid out as on that screen (minus a taskbar), so a
1366×768 office screen can be checked from any desk.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEventLoop, QSize, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from familyedu.errors import ServiceError
from familyedu.models.enums import CaseStatus
from familyedu.services.casework.dto import CaseQuery
from familyedu.ui import screen_fit
from familyedu.ui.admin import AdminView
from familyedu.ui.main_window import (
    NAV_ADMIN,
    NAV_CASES,
    NAV_DASHBOARD,
    NAV_LETTERS,
    MainWindow,
)

if TYPE_CHECKING:
    from familyedu.startup import SignedIn

log = logging.getLogger(__name__)

SIZE = (1400, 900)


def _settle(ms: int = 150) -> None:
    """Let layouts, charts and lazy pages finish before a picture is taken."""
    for _ in range(3):
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()
    QCoreApplication.processEvents()


def parse_screen_size(text: str) -> QSize:
    """"1366x768" -> QSize; ValueError with a plain message otherwise."""
    width, sep, height = text.lower().replace("×", "x").partition("x")
    if not sep or not width.strip().isdigit() or not height.strip().isdigit():
        raise ValueError(f"screen size {text!r} is not WIDTHxHEIGHT, e.g. 1366x768")
    size = QSize(int(width), int(height))
    if size.width() < 640 or size.height() < 480:
        raise ValueError(f"screen size {text!r} is smaller than 640x480")
    return size


def _save(window: QWidget, directory: Path, name: str, shots: list[Path]) -> None:
    _settle()
    path = directory / f"{len(shots) + 1:02d}_{name}.png"
    if not window.grab().save(str(path)):
        raise OSError(f"could not write {path}")
    shots.append(path)
    log.info("screenshot %s", path.name)


def _first_openable_case(window: MainWindow) -> int | None:
    """The first case in the list that opens without a sealed-record reason."""
    services = window.services
    for row in services.cases.page(CaseQuery(status=CaseStatus.OPEN, limit=20)).rows:
        try:
            if not services.cases.get(row.id).minor.sealed:
                return row.id
        except ServiceError:
            continue
    return None


def _dialog(dialog: QDialog, directory: Path, name: str, shots: list[Path]) -> None:
    """Show a dialog as it would open, save its picture, close it without asking."""
    dialog.show()
    try:
        _save(dialog, directory, f"{name}_dialog", shots)
    finally:
        dialog.hide()
        dialog.deleteLater()


def _case_dialogs(window: MainWindow, case_id: int, directory: Path,
                  shots: list[Path]) -> None:
    """What a counselor opens from a case: guardian, session, letter, letter preview, and a
    supervisor's plan approval."""
    from familyedu.ui.letters.issue_dialog import IssueLetterDialog
    from familyedu.ui.letters.preview import PreviewDialog
    from familyedu.ui.workspace.guardian_form import GuardianDialog
    from familyedu.ui.workspace.new_case import NewCaseDialog
    from familyedu.ui.workspace.session_dialog import SessionDialog
    from familyedu.ui.workspace.widgets import Vocab

    services = window.services
    case = services.cases.get(case_id)
    _dialog(NewCaseDialog(services, window.events, window), directory, "new_case", shots)
    vocab = Vocab(services)
    guardian = case.minor.guardians[0] if case.minor.guardians else None
    _dialog(GuardianDialog(services, vocab, case.minor.id, guardian, window), directory,
            "guardian", shots)
    _dialog(SessionDialog(services, window.events, case, None, window), directory,
            "log_session", shots)
    letter = IssueLetterDialog(services, window.events, case_id, window)
    letter.show_preview()
    # The preview window as it opens after 出具, shown here with the draft's pages.
    try:
        pdf = letter.make_preview()
    except ServiceError:
        pdf = None
    _dialog(letter, directory, "issue_letter", shots)
    if pdf is not None:
        preview = PreviewDialog(pdf, case.case_number, window, reference=case.case_number)
        _dialog(preview, directory, "letter_preview", shots)
    if services.actor.is_supervisor:
        from familyedu.ui.workspace.plan_decision import PlanDecisionDialog

        revisions = services.plans.revisions(case_id)
        if revisions:  # a supervisor returning a plan: the comment the counselor will read
            _dialog(PlanDecisionDialog(services, revisions[0], approve=False, parent=window),
                    directory, "plan_approval", shots)


def _import_dialog(window: MainWindow, directory: Path, shots: list[Path]) -> None:
    """The register import wizard's first step."""
    from familyedu.ui.importing.dialog import ImportDialog

    _dialog(ImportDialog(window.services, window.events, window), directory, "import", shots)


def sign_in_dialog(directory: Path, shots: list[Path], center_name: str) -> None:
    """The sign-in box as the next person at the desk sees it."""
    from familyedu.ui.login import SignInDialog

    def refuse(_user: str, _password: str) -> SignedIn:
        raise RuntimeError("screenshots never sign in here")

    _dialog(SignInDialog(refuse, center_name=center_name), directory, "sign_in", shots)


def take_screenshots(window: MainWindow, directory: Path,
                     screen: QSize | None = None) -> list[Path]:
    """Dashboard, case list, a case's workspace, letters and administration, as available,
    and the dialogs a counselor uses."""
    directory.mkdir(parents=True, exist_ok=True)
    # Without a size given: a large office screen, whatever display this runs on.
    screen_fit.set_screen_size(screen or QSize(1920, 1080))
    shots: list[Path] = []
    sign_in_dialog(directory, shots, "")
    screen_fit.fit(window, *SIZE)
    window.show()
    keys = window.nav_keys()
    if NAV_DASHBOARD in keys:
        _dashboard(window, directory, shots)
    if NAV_CASES in keys and window.cases is not None:
        _cases(window, directory, shots)
    if NAV_CASES in keys:
        _import_dialog(window, directory, shots)
    if NAV_LETTERS in keys:
        window.show_page(NAV_LETTERS)
        _save(window, directory, "letters", shots)
    if NAV_ADMIN in keys:
        _administration(window, directory, shots)
    guide = window.show_guide()  # the user guide (F1), as the user's language shows it
    _save(guide, directory, "guide", shots)
    guide.close()
    app = QApplication.instance()
    if app is not None:
        app.processEvents()
    return shots


def _dashboard(window: MainWindow, directory: Path, shots: list[Path]) -> None:
    window.show_page(NAV_DASHBOARD)
    dashboard = window.page(NAV_DASHBOARD)
    wait = getattr(dashboard, "wait_until_loaded", None)
    if wait is not None:  # its figures arrive from a worker thread
        wait()
    _save(window, directory, "dashboard", shots)


def _cases(window: MainWindow, directory: Path, shots: list[Path]) -> None:
    """The case list, the first openable case's workspace and the dialogs opened from it."""
    assert window.cases is not None
    window.show_page(NAV_CASES)
    window.cases.show_list()
    _save(window, directory, "cases", shots)
    case_id = _first_openable_case(window)
    if case_id is not None:
        if window.open_case(case_id) is not None:
            _save(window, directory, "case_workspace", shots)
        window.cases.show_list()
        _case_dialogs(window, case_id, directory, shots)


def _administration(window: MainWindow, directory: Path, shots: list[Path]) -> None:
    admin = window.show_page(NAV_ADMIN)
    _save(window, directory, "administration", shots)
    if isinstance(admin, AdminView):
        admin.tabs.setCurrentWidget(admin.center)
        _save(window, directory, "administration_center", shots)
