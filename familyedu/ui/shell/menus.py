"""The main window's menus and their shortcuts: File, Go, Settings and Help."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Protocol

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QMessageBox, QWidget

from familyedu.ui import font_size, i18n, labels, login
from familyedu.ui.shell.session import SessionControl

Shortcut = QKeySequence | QKeySequence.StandardKey | str | None


class ShellCommands(Protocol):
    """What the menus ask of the main window."""

    def new_case(self) -> None: ...
    def import_register(self) -> None: ...
    def receive_transfer(self) -> None: ...
    def save_current(self) -> None: ...
    def print_current(self) -> None: ...
    def close_current(self) -> None: ...
    def focus_search(self) -> None: ...
    def close(self) -> bool: ...
    def show_page(self, key: str) -> QWidget: ...
    def show_guide(self) -> QWidget: ...
    def about(self) -> None: ...


class ShellMenus(QObject):
    """Builds the menu bar of `window`; every action is also the window's own, so its
    shortcut works even when the menu bar is hidden."""

    def __init__(self, window: QMainWindow, commands: ShellCommands, session: SessionControl,
                 pages: Sequence[tuple[str, str]], *, case_worker: bool) -> None:
        super().__init__(window)
        self._window = window
        self._commands = commands
        self._session = session
        bar = window.menuBar()
        self._file_menu(bar.addMenu(self.tr("&File")), case_worker)
        self._go_menu(bar.addMenu(self.tr("&Go")), pages, case_worker)
        settings_menu = bar.addMenu(self.tr("&Settings"))
        self._language_menu(settings_menu)
        self._shared_desk(settings_menu)
        self._text_size_menu(settings_menu)
        self._help_menu(bar.addMenu(self.tr("&Help")))

    def _action(self, text: str, slot: Callable[[], Any], shortcut: Shortcut,
                name: str) -> QAction:
        action = QAction(text, self._window)
        action.setObjectName(name)
        if isinstance(shortcut, QKeySequence.StandardKey):
            action.setShortcuts(shortcut)  # every binding of the platform (Ctrl+W and Ctrl+F4)
        elif shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self._window.addAction(action)  # shortcuts work even when the menu bar is hidden
        return action

    def _file_menu(self, menu: QMenu, case_worker: bool) -> None:
        c, keys = self._commands, QKeySequence.StandardKey
        if case_worker:
            for text, slot, shortcut, name in (
                    (self.tr("&New case…"), c.new_case, keys.New, "new_case"),
                    (self.tr("&Import a register…"), c.import_register, None,
                     "import_register"),
                    (self.tr("&Receive a transferred case…"), c.receive_transfer, None,
                     "receive_transfer"),
                    (self.tr("&Save"), c.save_current, keys.Save, "save"),
                    (self.tr("&Print…"), c.print_current, keys.Print, "print"),
                    (self.tr("&Close case"), c.close_current, keys.Close, "close_tab")):
                menu.addAction(self._action(text, slot, shortcut, name))
            menu.addSeparator()
        menu.addAction(self._action(self.tr("Change my &password…"),
                                    self._session.change_password, None, "change_password"))
        menu.addAction(self._action(self.tr("&Lock the screen"), self._session.lock_now,
                                    "Ctrl+Alt+L", "lock"))
        menu.addAction(self._action(self.tr("Sign &out / switch user…"),
                                    self._session.sign_out,
                                    "Ctrl+Shift+L", "sign_out"))
        menu.addSeparator()
        menu.addAction(self._action(self.tr("&Quit"), c.close, keys.Quit, "quit"))

    def _go_menu(self, menu: QMenu, pages: Sequence[tuple[str, str]],
                 case_worker: bool) -> None:
        if case_worker:
            menu.addAction(self._action(self.tr("&Find a case"), self._commands.focus_search,
                                        QKeySequence.StandardKey.Find, "find"))
            menu.addSeparator()
        for number, (key, title) in enumerate(pages, start=1):
            menu.addAction(self._action(title, self._go(key), f"Ctrl+{number}", f"go_{key}"))

    def _go(self, key: str) -> Callable[[], None]:
        def go() -> None:
            self._commands.show_page(key)
        return go

    def _language_menu(self, settings_menu: QMenu) -> None:
        menu = settings_menu.addMenu(self.tr("&Language"))
        group = QActionGroup(self._window)
        current = labels.ui_language()
        for code, name in (("zh_CN", "简体中文"), ("en", "English")):
            action = QAction(name, group)
            action.setCheckable(True)
            action.setChecked(code == current)
            action.triggered.connect(self._language_chooser(code))
            menu.addAction(action)

    def _language_chooser(self, code: str) -> Callable[[], None]:
        def choose() -> None:
            self.choose_language(code)
        return choose

    def choose_language(self, code: str) -> None:
        i18n.save_language(code)
        QMessageBox.information(self._window, self.tr("Language"), self.tr(
            "The new language is used from the next start."))

    def _shared_desk(self, settings_menu: QMenu) -> None:
        shared = QAction(self.tr("&Shared desk: do not fill in the last user's name"),
                         self._window)
        shared.setObjectName("shared_desk")
        shared.setCheckable(True)
        shared.setChecked(login.is_shared_desk(i18n.settings()))
        shared.toggled.connect(lambda on: login.set_shared_desk(i18n.settings(), on))
        settings_menu.addAction(shared)

    def _text_size_menu(self, settings_menu: QMenu) -> None:
        menu = settings_menu.addMenu(self.tr("&Text size"))
        group = QActionGroup(self._window)
        app = QApplication.instance()
        chosen = font_size.current(app) if isinstance(app, QApplication) else font_size.STANDARD
        for name in font_size.SIZES:
            action = QAction(font_size.label(name), group)
            action.setObjectName(f"text_size_{name}")
            action.setCheckable(True)
            action.setChecked(name == chosen)
            action.triggered.connect(lambda _on=False, n=name: self.choose_text_size(n))
            menu.addAction(action)

    @staticmethod
    def choose_text_size(name: str) -> None:
        """Every window's text at the chosen size at once, and at the next start."""
        app = QApplication.instance()
        if isinstance(app, QApplication):
            font_size.choose(app, i18n.settings(), name)

    def _help_menu(self, menu: QMenu) -> None:
        c = self._commands
        menu.addAction(self._action(self.tr("&User guide"), c.show_guide,
                                    QKeySequence.StandardKey.HelpContents, "guide"))
        menu.addAction(self._action(self.tr("&About familyedu"), c.about, None, "about"))
