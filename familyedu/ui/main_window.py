"""The main window: navigation, menus and shortcuts, status bar, remembered layout, idle lock."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, cast

from PySide6.QtCore import QByteArray, QSize, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from familyedu.models.enums import Role
from familyedu.services import Services
from familyedu.services.admin.users import authenticate
from familyedu.ui import font_size, i18n, labels, login, screen_fit
from familyedu.ui.case_list.area import (
    CasesArea,
    Workspace,
    WorkspaceFactory,
    default_workspace_factory,
)
from familyedu.ui.events import AppEvents
from familyedu.ui.idle_lock import IdleLock

log = logging.getLogger(__name__)

NAV_DASHBOARD, NAV_CASES, NAV_LETTERS, NAV_ADMIN = "dashboard", "cases", "letters", "admin"
PageFactory = Callable[[], QWidget]


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
    did_sign_out = False

    def __init__(self, services: Services, events: AppEvents, *,
                 workspace_factory: WorkspaceFactory = default_workspace_factory,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.events = events
        self._workspace_factory = workspace_factory
        actor = services.actor
        self.setWindowTitle(self.tr("familyedu — family education guidance"))
        self.setObjectName("main_window")
        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
        self.nav.setMaximumWidth(220)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stack = QStackedWidget(self)
        self.pages: dict[str, QWidget] = {}
        self._factories: dict[str, PageFactory] = {}
        self.cases: CasesArea | None = None
        is_case_worker = actor.role in (Role.COUNSELOR, Role.SUPERVISOR)
        if is_case_worker:
            self._add_page(NAV_DASHBOARD, self.tr("Dashboard"), self._make_dashboard)
            self._add_page(NAV_CASES, self.tr("Cases"), self._make_cases)
            self._add_page(NAV_LETTERS, self.tr("Letters"),
                           letters_view_factory(services, events, self.stack))
        if actor.role in (Role.SUPERVISOR, Role.ADMIN):
            self._add_page(NAV_ADMIN, self.tr("Administration"), self._make_admin)
        self.nav.currentRowChanged.connect(self._nav_changed)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("main_splitter")
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([150, 1250])
        self.setCentralWidget(self.splitter)
        if is_case_worker:
            self.cases = cast(CasesArea, self.page(NAV_CASES))
        self._build_menus(is_case_worker)
        self._build_status_bar()
        self.idle_lock: IdleLock | None = None
        self.guide: QWidget | None = None
        events.settings_changed.connect(self._settings_changed)
        events.new_case_requested.connect(self.new_case)
        self.nav.setCurrentRow(0)
        self.restore_settings()

    # -- pages --------------------------------------------------------------------------

    def _add_page(self, key: str, title: str, factory: PageFactory) -> None:
        item = QListWidgetItem(title)
        item.setData(Qt.ItemDataRole.UserRole, key)
        item.setSizeHint(QSize(0, self.fontMetrics().height() * 2 + 6))
        self.nav.addItem(item)
        self._factories[key] = factory

    def _make_dashboard(self) -> QWidget:
        from familyedu.ui.dashboard import DashboardView

        return DashboardView(self.services, self.events, self.stack)

    def _make_cases(self) -> QWidget:
        return CasesArea(self.services, self.events, self.stack, self._workspace_factory)

    def _make_admin(self) -> QWidget:
        from familyedu.ui.admin import AdminView

        view = AdminView(self.services, self.events, self.stack)
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

    def nav_keys(self) -> list[str]:
        return [str(self.nav.item(i).data(Qt.ItemDataRole.UserRole))
                for i in range(self.nav.count())]

    def page(self, key: str) -> QWidget:
        """The screen for a nav entry, built the first time it is needed."""
        widget = self.pages.get(key)
        if widget is None:
            widget = self._factories[key]()
            self.pages[key] = widget
            self.stack.addWidget(widget)
            if hasattr(widget, "restore_settings"):
                widget.restore_settings(i18n.settings())
        return widget

    def show_page(self, key: str) -> QWidget:
        keys = self.nav_keys()
        if key in keys:
            self.nav.setCurrentRow(keys.index(key))
        return self.page(key)

    def _nav_changed(self, row: int) -> None:
        if row < 0:
            return
        self.stack.setCurrentWidget(self.page(self.nav_keys()[row]))

    # -- menus ----------------------------------------------------------------------------

    def _action(self, text: str, slot: Callable[[], Any],
                shortcut: QKeySequence | QKeySequence.StandardKey | str | None,
                name: str) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if isinstance(shortcut, QKeySequence.StandardKey):
            action.setShortcuts(shortcut)  # every binding of the platform (Ctrl+W and Ctrl+F4)
        elif shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.addAction(action)  # shortcuts work even when the menu bar is hidden
        return action

    def _build_menus(self, case_worker: bool) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        if case_worker:
            self.new_case_action = self._action(self.tr("&New case…"), self.new_case,
                                                QKeySequence.StandardKey.New, "new_case")
            file_menu.addAction(self.new_case_action)
            file_menu.addAction(self._action(self.tr("&Import a register…"),
                                             self.import_register, None, "import_register"))
            file_menu.addAction(self._action(self.tr("&Receive a transferred case…"),
                                             self.receive_transfer, None, "receive_transfer"))
            self.save_action = self._action(self.tr("&Save"), self.save_current,
                                            QKeySequence.StandardKey.Save, "save")
            self.print_action = self._action(self.tr("&Print…"), self.print_current,
                                             QKeySequence.StandardKey.Print, "print")
            self.close_tab_action = self._action(self.tr("&Close case"), self.close_current,
                                                 QKeySequence.StandardKey.Close, "close_tab")
            for action in (self.save_action, self.print_action, self.close_tab_action):
                file_menu.addAction(action)
            file_menu.addSeparator()
        file_menu.addAction(self._action(self.tr("Change my &password…"),
                                         self.change_password, None, "change_password"))
        file_menu.addAction(self._action(self.tr("&Lock the screen"), self.lock_now,
                                         "Ctrl+Alt+L", "lock"))
        file_menu.addAction(self._action(self.tr("Sign &out / switch user…"), self.sign_out,
                                         "Ctrl+Shift+L", "sign_out"))
        file_menu.addSeparator()
        file_menu.addAction(self._action(self.tr("&Quit"), self.close,
                                         QKeySequence.StandardKey.Quit, "quit"))
        go_menu = bar.addMenu(self.tr("&Go"))
        if case_worker:
            self.find_action = self._action(self.tr("&Find a case"), self.focus_search,
                                            QKeySequence.StandardKey.Find, "find")
            go_menu.addAction(self.find_action)
            go_menu.addSeparator()
        for number, key in enumerate(self.nav_keys(), start=1):
            item = self.nav.item(number - 1)
            go_menu.addAction(self._action(
                item.text(), self._go(key), f"Ctrl+{number}", f"go_{key}"))
        settings_menu = bar.addMenu(self.tr("&Settings"))
        language_menu = settings_menu.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        current = labels.ui_language()
        for code, name in (("zh_CN", "简体中文"), ("en", "English")):
            action = QAction(name, group)
            action.setCheckable(True)
            action.setChecked(code == current)
            action.triggered.connect(self._language_chooser(code))
            language_menu.addAction(action)
        shared = QAction(self.tr("&Shared desk: do not fill in the last user's name"), self)
        shared.setObjectName("shared_desk")
        shared.setCheckable(True)
        shared.setChecked(login.is_shared_desk(i18n.settings()))
        shared.toggled.connect(lambda on: login.set_shared_desk(i18n.settings(), on))
        settings_menu.addAction(shared)
        self._text_size_menu(settings_menu)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self._action(self.tr("&User guide"), self.show_guide,
                                         QKeySequence.StandardKey.HelpContents, "guide"))
        help_menu.addAction(self._action(self.tr("&About familyedu"), self.about, None, "about"))

    def _text_size_menu(self, settings_menu: QMenu) -> None:
        menu = settings_menu.addMenu(self.tr("&Text size"))
        group = QActionGroup(self)
        app = QApplication.instance()
        chosen = font_size.current(app) if isinstance(app, QApplication) else font_size.STANDARD
        for name in font_size.SIZES:
            action = QAction(font_size.label(name), group)
            action.setObjectName(f"text_size_{name}")
            action.setCheckable(True)
            action.setChecked(name == chosen)
            action.triggered.connect(lambda _on=False, n=name: self.choose_text_size(n))
            menu.addAction(action)

    def choose_text_size(self, name: str) -> None:
        """Every window's text at the chosen size at once, and at the next start."""
        app = QApplication.instance()
        if isinstance(app, QApplication):
            font_size.choose(app, i18n.settings(), name)

    def _go(self, key: str) -> Callable[[], None]:
        def go() -> None:
            self.show_page(key)
        return go

    def _language_chooser(self, code: str) -> Callable[[], None]:
        def choose() -> None:
            self.choose_language(code)
        return choose

    def _build_status_bar(self) -> None:
        actor = self.services.actor
        who = QLabel(self.tr("Signed in: {name} ({role})").format(
            name=actor.display_name, role=labels.role(actor.role)), self)
        who.setObjectName("status_user")
        where = QLabel(self.tr("Database: {name}").format(
            name=self.services.ctx.db.label()), self)
        where.setObjectName("status_database")
        self.statusBar().addWidget(who)
        self.statusBar().addPermanentWidget(where)

    # -- commands -----------------------------------------------------------------------

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
        if self.cases is None or self.stack.currentWidget() is not self.cases:
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

    def change_password(self) -> None:
        from familyedu.ui.admin import PasswordDialog

        if PasswordDialog(self.services, None, self).exec() == QDialog.DialogCode.Accepted:
            self.statusBar().showMessage(self.tr("Your password was changed."), 5000)

    def choose_language(self, code: str) -> None:
        i18n.save_language(code)
        QMessageBox.information(self, self.tr("Language"), self.tr(
            "The new language is used from the next start."))

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

    # -- idle lock ----------------------------------------------------------------------

    def start_idle_lock(self, timeout_ms: int | None = None) -> IdleLock:
        """Lock after the center's idle time (or `timeout_ms`) without input."""
        if timeout_ms is None:
            timeout_ms = self.services.center.get().idle_lock_minutes * 60_000
        db, username = self.services.ctx.db, self.services.actor.username
        self.idle_lock = IdleLock(timeout_ms, self.services.actor.display_name,
                                  lambda password: authenticate(db, username, password),
                                  lambda: self, self)
        self.idle_lock.start()
        return self.idle_lock

    def lock_now(self) -> None:
        if self.idle_lock is None:
            self.start_idle_lock()
        assert self.idle_lock is not None
        self.idle_lock.lock(by_hand=True)

    def sign_out(self) -> bool:
        """Close as on quitting (unsaved work is asked about first), then let the next
        person sign in; False if the user chose to stay."""
        if not self.close():
            return False
        self.did_sign_out = True
        self.signed_out.emit()
        return True

    def _settings_changed(self) -> None:
        if self.idle_lock is not None:
            self.idle_lock.set_timeout(self.services.center.get().idle_lock_minutes * 60_000)

    # -- remembered layout ----------------------------------------------------------------

    def restore_settings(self) -> None:
        settings = i18n.settings()
        for key, apply in (("main_window/geometry", self.restoreGeometry),
                           ("main_window/state", self.restoreState),
                           ("main_window/splitter", self.splitter.restoreState)):
            value = settings.value(key)
            if isinstance(value, QByteArray):
                apply(value)
        if not isinstance(settings.value("main_window/geometry"), QByteArray):
            screen_fit.fit(self, 1400, 900)

    def save_settings(self) -> None:
        settings = i18n.settings()
        settings.setValue("main_window/geometry", self.saveGeometry())
        settings.setValue("main_window/state", self.saveState())
        settings.setValue("main_window/splitter", self.splitter.saveState())
        for widget in self.pages.values():
            if hasattr(widget, "save_settings"):
                widget.save_settings(settings)
        settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.cases is not None and not self.cases.close_all():
            event.ignore()
            return
        self.save_settings()
        if self.idle_lock is not None:
            self.idle_lock.stop()
        event.accept()
