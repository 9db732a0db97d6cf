"""The main window: composes the navigation, the menus and the session control; runs the
commands on cases, and remembers its layout."""

from __future__ import annotations

import logging
from typing import cast

from PySide6.QtCore import QByteArray, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QMainWindow, QMessageBox, QWidget

from familyedu.models.enums import Role
from familyedu.services import Services
from familyedu.ui import i18n, screen_fit
from familyedu.ui.case_list.area import (
    CasesArea,
    Workspace,
    WorkspaceFactory,
    default_workspace_factory,
)
from familyedu.ui.events import AppEvents
from familyedu.ui.idle_lock import IdleLock
from familyedu.ui.shell.menus import ShellMenus
from familyedu.ui.shell.navigation import (
    NAV_ADMIN,
    NAV_CASES,
    NAV_DASHBOARD,
    NAV_LETTERS,
    Navigation,
    PageFactory,
)
from familyedu.ui.shell.session import SessionControl

log = logging.getLogger(__name__)


def letters_view_factory(services: Services, events: AppEvents,
                         parent: QWidget) -> PageFactory:
    """The Letters screen, imported (with reportlab) when it is first opened."""

    def make() -> QWidget:
        from familyedu.ui.letters import LettersView

        return LettersView(services, events, parent)

    return make


class MainWindow(QMainWindow):
    """Dashboard, Cases, Letters and Administration, for one signed-in user."""

    signed_out = Signal()  # the user signed out: the next one signs in at the same desk

    def __init__(self, services: Services, events: AppEvents, *,
                 workspace_factory: WorkspaceFactory = default_workspace_factory,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.events = events
        self._workspace_factory = workspace_factory
        self.setWindowTitle(self.tr("familyedu — family education guidance"))
        self.setObjectName("main_window")
        self.navigation = Navigation(self)
        is_case_worker = services.actor.role in (Role.COUNSELOR, Role.SUPERVISOR)
        self._add_pages(is_case_worker)
        self.setCentralWidget(self.navigation)
        self.cases: CasesArea | None = None
        if is_case_worker:
            self.cases = cast(CasesArea, self.navigation.page(NAV_CASES))
        self.session = SessionControl(self, services, events)
        self.session.signed_out.connect(self.signed_out)
        self.menus = ShellMenus(self, self, self.session, self.navigation.entries(),
                                case_worker=is_case_worker)
        self.guide: QWidget | None = None
        events.new_case_requested.connect(self.new_case)
        self.navigation.nav.setCurrentRow(0)
        self.restore_settings()

    # -- pages --------------------------------------------------------------------------

    def _add_pages(self, case_worker: bool) -> None:
        """The screens this user's role may see, in the order of the navigation."""
        nav, stack = self.navigation, self.navigation.stack
        if case_worker:
            nav.add_page(NAV_DASHBOARD, self.tr("Dashboard"), self._make_dashboard)
            nav.add_page(NAV_CASES, self.tr("Cases"), self._make_cases)
            nav.add_page(NAV_LETTERS, self.tr("Letters"),
                         letters_view_factory(self.services, self.events, stack))
        if self.services.actor.role in (Role.SUPERVISOR, Role.ADMIN):
            nav.add_page(NAV_ADMIN, self.tr("Administration"), self._make_admin)

    def _make_dashboard(self) -> QWidget:
        from familyedu.ui.dashboard import DashboardView

        return DashboardView(self.services, self.events, self.navigation.stack)

    def _make_cases(self) -> QWidget:
        return CasesArea(self.services, self.events, self.navigation.stack,
                         self._workspace_factory)

    def _make_admin(self) -> QWidget:
        from familyedu.ui.admin import AdminView

        view = AdminView(self.services, self.events, self.navigation.stack)
        view.database_restored.connect(self._database_restored)
        return view

    def _database_restored(self, _kept_aside: str) -> None:
        """Records on screen may no longer exist: close, and the next start signs in anew."""
        QMessageBox.information(self, self.tr("Database restored"), self.tr(
            "The database was replaced by the backup. familyedu closes now; "
            "start it again and sign in."))
        if self.cases is not None:
            for workspace in list(self.cases.workspaces.values()):
                workspace.deleteLater()  # their edits belong to the replaced database
            self.cases.workspaces.clear()
        self.close()

    def show_page(self, key: str) -> QWidget:
        return self.navigation.show_page(key)

    # -- commands on cases --------------------------------------------------------------

    def new_case(self) -> None:
        from familyedu.ui.workspace.new_case import NewCaseDialog

        dialog = NewCaseDialog(self.services, self.events, self)
        # The dialog has announced the new case (case_saved); the window only opens it.
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.case_id is not None:
            self.open_case(dialog.case_id)

    def import_register(self) -> None:
        from familyedu.ui.importing import ImportDialog

        ImportDialog(self.services, self.events, self).exec()

    def receive_transfer(self) -> None:
        from familyedu.ui.transfer import TransferInDialog

        dialog = TransferInDialog(self.services, self.events, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.case_id is not None:
            self.open_case(dialog.case_id)

    def open_case(self, case_id: int) -> QWidget | None:
        if self.cases is None:
            return None
        self.show_page(NAV_CASES)
        return self.cases.open_case(case_id)

    def current_workspace(self) -> QWidget | None:
        if self.cases is None or self.navigation.current_page() is not self.cases:
            return None
        return self.cases.current_workspace()

    def save_current(self) -> None:
        workspace = self.current_workspace()
        if isinstance(workspace, Workspace):
            workspace.save()

    def print_current(self) -> None:
        workspace = self.current_workspace()
        if isinstance(workspace, Workspace):
            workspace.print_current()

    def close_current(self) -> None:
        if self.cases is not None and self.current_workspace() is not None:
            self.cases.close_current()

    def focus_search(self) -> None:
        if self.cases is not None:
            self.show_page(NAV_CASES)
            self.cases.show_list()
            self.cases.list.focus_search()

    # -- help ---------------------------------------------------------------------------

    def show_guide(self) -> QWidget:
        """The user guide (F1), one window kept for the session."""
        from familyedu.ui.help import GuideWindow

        if self.guide is None:
            self.guide = GuideWindow(self)
        if self.guide.isVisible():  # open behind the main window: bring it forward
            self.guide.raise_()
            self.guide.activateWindow()
        self.guide.show()
        return self.guide

    def about(self) -> None:
        from familyedu.ui.help import AboutDialog

        AboutDialog(self.services, self).exec()

    # -- session ------------------------------------------------------------------------

    def start_idle_lock(self, timeout_ms: int | None = None) -> IdleLock:
        """Lock after the center's idle time (or `timeout_ms`) without input."""
        return self.session.start_idle_lock(timeout_ms)

    @property
    def did_sign_out(self) -> bool:
        """Whether the window closed for the next person to sign in (not to quit)."""
        return self.session.did_sign_out

    # -- remembered layout ----------------------------------------------------------------

    def restore_settings(self) -> None:
        settings = i18n.settings()
        for key, apply in (("main_window/geometry", self.restoreGeometry),
                           ("main_window/state", self.restoreState),
                           ("main_window/splitter", self.navigation.restoreState)):
            value = settings.value(key)
            if isinstance(value, QByteArray):
                apply(value)
        if not isinstance(settings.value("main_window/geometry"), QByteArray):
            screen_fit.fit(self, 1400, 900)

    def save_settings(self) -> None:
        settings = i18n.settings()
        settings.setValue("main_window/geometry", self.saveGeometry())
        settings.setValue("main_window/state", self.saveState())
        settings.setValue("main_window/splitter", self.navigation.saveState())
        for widget in self.navigation.pages.values():
            if hasattr(widget, "save_settings"):
                widget.save_settings(settings)
        settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.cases is not None and not self.cases.close_all():
            event.ignore()
            return
        self.save_settings()
        self.session.stop()
        event.accept()
