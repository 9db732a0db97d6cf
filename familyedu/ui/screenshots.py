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
from familyedu.models.enums import CaseStatus, Role
from familyedu.services.casework.dto import CaseQuery
from familyedu.ui import screen_fit
from familyedu.ui.admin import AdminView
from familyedu.ui.main_window import MainWindow
from familyedu.ui.shell.navigation import NAV_ADMIN, NAV_CASES, NAV_DASHBOARD, NAV_LETTERS

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
    """What a counselor opens from a case: new case, guardian, session, letter, letter
    preview, transfer, and a supervisor's plan approval."""
    from familyedu.ui.forms.widgets import Vocab
    from familyedu.ui.transfer.out_dialog import TransferOutDialog
    from familyedu.ui.workspace.guardian_form import GuardianDialog
    from familyedu.ui.workspace.new_case import NewCaseDialog
    from familyedu.ui.workspace.session_dialog import SessionDialog

    services = window.services
    case = services.cases.get(case_id)
    _dialog(NewCaseDialog(services, window.events, window), directory, "new_case", shots)
    vocab = Vocab(services)
    guardian = case.minor.guardians[0] if case.minor.guardians else None
    _dialog(GuardianDialog(services, vocab, case.minor.id, guardian, window), directory,
            "guardian", shots)
    _dialog(SessionDialog(services, window.events, case, None, window), directory,
            "log_session", shots)
    _letter_dialogs(window, case_id, directory, shots)
    _dialog(TransferOutDialog(services, window.events, case, window), directory,
            "transfer_out", shots)
    _case_record_dialogs(window, case_id, directory, shots)
    if services.actor.is_supervisor:
        _plan_decisions(window, case_id, directory, shots)


def _case_record_dialogs(window: MainWindow, case_id: int, directory: Path,
                         shots: list[Path]) -> None:
    """The smaller forms of a case: consent, a mandatory report, closing the case."""
    from familyedu.ui.workspace.reports_tab import ReportDialog
    from familyedu.ui.workspace.small_dialogs import CloseCaseDialog, ConsentDialog

    services = window.services
    case = services.cases.get(case_id)
    _dialog(ConsentDialog(services, case.minor, window), directory, "consent", shots)
    _dialog(ReportDialog(services, case_id, None, window), directory, "mandatory_report", shots)
    _dialog(CloseCaseDialog(services, case, window), directory, "close_case", shots)


def _letters(window: MainWindow, directory: Path, shots: list[Path]) -> None:
    """The letter register, the batch of due letters and a supervisor's statistics."""
    from familyedu.ui.letters.batch import BatchDialog
    from familyedu.ui.letters.issue_dialog import StatisticsDialog

    window.show_page(NAV_LETTERS)
    _save(window, directory, "letters", shots)
    _dialog(BatchDialog(window.services, window.events, window), directory, "batch_letters",
            shots)
    if window.services.actor.is_supervisor:
        _dialog(StatisticsDialog(window.services, window.events, window), directory,
                "statistics", shots)


def _letter_dialogs(window: MainWindow, case_id: int, directory: Path,
                    shots: list[Path]) -> None:
    """出具文书 with its draft shown, and the preview window as it opens after 出具."""
    from familyedu.ui.letters.issue_dialog import IssueLetterDialog
    from familyedu.ui.letters.preview import PreviewDialog

    case_number = window.services.cases.get(case_id).case_number
    letter = IssueLetterDialog(window.services, window.events, case_id, window)
    letter.show_preview()
    try:
        pdf = letter.make_preview()
    except ServiceError:
        pdf = None
    _dialog(letter, directory, "issue_letter", shots)
    if pdf is not None:
        preview = PreviewDialog(pdf, case_number, window, reference=case_number)
        _dialog(preview, directory, "letter_preview", shots)


def _plan_decisions(window: MainWindow, case_id: int, directory: Path,
                    shots: list[Path]) -> None:
    """A supervisor approving, and returning with a comment, the first plan of the approval
    queue (else the shown case's newest revision)."""
    from familyedu.ui.workspace.plan_decision import PlanDecisionDialog

    plans = window.services.plans
    queue = plans.approval_queue()
    revisions = plans.revisions(queue[0].case_id if queue else case_id)
    chosen = [r for r in revisions if queue and r.id == queue[0].plan_id] or revisions
    if not chosen:
        return
    _dialog(PlanDecisionDialog(window.services, chosen[0], approve=True, parent=window),
            directory, "plan_approval", shots)
    _dialog(PlanDecisionDialog(window.services, chosen[0], approve=False, parent=window),
            directory, "plan_return", shots)


def _workspace_tabs(workspace: QWidget, directory: Path, shots: list[Path]) -> None:
    """Each tab of a case after the first (the profile is the workspace's own picture)."""
    from familyedu.ui.workspace.workspace import CaseWorkspace

    if not isinstance(workspace, CaseWorkspace):
        return
    tabs = workspace.tabs
    names = ["order", "plan", "sessions", "reports", "history"]
    for index in range(1, tabs.count()):
        tabs.setCurrentIndex(index)
        name = names[index - 1] if index - 1 < len(names) else str(index)
        _save(workspace.window(), directory, f"case_{name}", shots)
    tabs.setCurrentIndex(0)


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
    keys = window.navigation.page_keys()
    if NAV_DASHBOARD in keys:
        _dashboard(window, directory, shots)
    if NAV_CASES in keys and window.cases is not None:
        _cases(window, directory, shots)
    if NAV_CASES in keys:
        _import_dialog(window, directory, shots)
        _transfer_in_dialog(window, directory, shots)
    if NAV_LETTERS in keys:
        _letters(window, directory, shots)
    if NAV_ADMIN in keys:
        _administration(window, directory, shots)
    _own_password_dialog(window, directory, shots)
    _about_dialog(window, directory, shots)
    _lock_screen(window, directory, shots)
    first_start_dialogs(directory, shots)
    guide = window.show_guide()  # the user guide (F1), as the user's language shows it
    _save(guide, directory, "guide", shots)
    guide.close()
    app = QApplication.instance()
    if app is not None:
        app.processEvents()
    return shots


def _dashboard(window: MainWindow, directory: Path, shots: list[Path]) -> None:
    window.show_page(NAV_DASHBOARD)
    dashboard = window.navigation.page(NAV_DASHBOARD)
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
        workspace = window.open_case(case_id)
        if workspace is not None:
            _save(window, directory, "case_workspace", shots)
            _workspace_tabs(workspace, directory, shots)
        window.cases.show_list()
        _case_dialogs(window, case_id, directory, shots)


def _administration(window: MainWindow, directory: Path, shots: list[Path]) -> None:
    """Every tab of the administration screen, and an administrator's account dialogs."""
    admin = window.show_page(NAV_ADMIN)
    _save(window, directory, "administration", shots)
    if not isinstance(admin, AdminView):
        return
    for page, name in ((admin.center, "center"), (admin.categories, "lists"),
                       (admin.wording, "wording"), (admin.backups, "backups"),
                       (admin.audit, "audit")):
        if page is not None:
            admin.tabs.setCurrentWidget(page)
            _save(window, directory, f"administration_{name}", shots)
    admin.tabs.setCurrentIndex(0)
    if window.services.actor.role is Role.ADMIN:
        from familyedu.ui.admin.users import NewUserDialog, PasswordDialog

        users = window.services.users.all()
        _dialog(NewUserDialog(window.services, window), directory, "new_account", shots)
        if users:
            _dialog(PasswordDialog(window.services, users[-1], window), directory,
                    "reset_password", shots)


def _own_password_dialog(window: MainWindow, directory: Path, shots: list[Path]) -> None:
    from familyedu.ui.admin.users import PasswordDialog

    _dialog(PasswordDialog(window.services, None, window), directory, "change_password", shots)


def _about_dialog(window: MainWindow, directory: Path, shots: list[Path]) -> None:
    from familyedu.ui.help import AboutDialog

    _dialog(AboutDialog(window.services, window), directory, "about", shots)


def _transfer_in_dialog(window: MainWindow, directory: Path, shots: list[Path]) -> None:
    from familyedu.ui.transfer.in_dialog import TransferInDialog

    _dialog(TransferInDialog(window.services, window.events, window), directory,
            "transfer_in", shots)


def _lock_screen(window: MainWindow, directory: Path, shots: list[Path]) -> None:
    """锁定屏幕 chosen by hand: the covered window, and the unlock box over it."""
    from familyedu.ui.idle_lock import IdleLock

    lock = IdleLock(60_000, window.services.actor.display_name, lambda _password: None,
                    lambda: window)

    def shoot() -> None:
        dialog = lock.dialog
        try:
            _save(window, directory, "lock_screen", shots)
            if dialog is not None:
                _save(dialog, directory, "unlock_dialog", shots)
        finally:  # the check takes any password: the lock ends here
            if dialog is not None:
                dialog.accept()

    QTimer.singleShot(0, shoot)
    lock.lock(by_hand=True)
    lock.deleteLater()


def first_start_dialogs(directory: Path, shots: list[Path]) -> None:
    """What the first start shows: setting up the center, the recovery code it makes, and
    the forgotten-password dialog that code opens."""
    from familyedu.ui.login import SetupDialog
    from familyedu.ui.recovery import RecoverPasswordDialog, RecoveryCodeDialog

    def refuse(**_fields: str) -> SignedIn:
        raise RuntimeError("screenshots never set anything up")

    def keep(_user: str, _code: str, _password: str) -> None:
        raise RuntimeError("screenshots never change a password")

    _dialog(SetupDialog(refuse), directory, "setup", shots)
    sample = "-".join(["ABCDE"] * 6)  # the shape of a code; no real code is shown
    _dialog(RecoveryCodeDialog(sample, center_name="", database="familyedu.sqlite3"),
            directory, "recovery_code", shots)
    _dialog(RecoverPasswordDialog(keep, username="admin"), directory, "recover_password",
            shots)
