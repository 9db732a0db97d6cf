"""The signed-in person's session: who and which database (status bar), the idle lock,
locking by hand, changing one's password, and signing out so the next person can sign in."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QLabel, QMainWindow

from familyedu.services import Services
from familyedu.ui import labels
from familyedu.ui.events import AppEvents
from familyedu.ui.idle_lock import IdleLock


class SessionControl(QObject):
    """Belongs to one main window; the lock covers that window, signing out closes it."""

    signed_out = Signal()  # the user signed out: the next one signs in at the same desk

    def __init__(self, window: QMainWindow, services: Services, events: AppEvents) -> None:
        super().__init__(window)
        self._window = window
        self.services = services
        self.idle_lock: IdleLock | None = None
        self.did_sign_out = False
        events.settings_changed.connect(self._settings_changed)
        self._show_who_and_where()

    def _show_who_and_where(self) -> None:
        actor = self.services.actor
        who = QLabel(self.tr("Signed in: {name} ({role})").format(
            name=actor.display_name, role=labels.role(actor.role)), self._window)
        who.setObjectName("status_user")
        where = QLabel(self.tr("Database: {name}").format(
            name=self.services.center.database_label()), self._window)
        where.setObjectName("status_database")
        self._window.statusBar().addWidget(who)
        self._window.statusBar().addPermanentWidget(where)

    def start_idle_lock(self, timeout_ms: int | None = None) -> IdleLock:
        """Lock after the center's idle time (or `timeout_ms`) without input."""
        if timeout_ms is None:
            timeout_ms = self.services.center.get().idle_lock_minutes * 60_000
        window = self._window
        self.idle_lock = IdleLock(timeout_ms, self.services.actor.display_name,
                                  self.services.users.check_own_password,
                                  lambda: window, window)
        self.idle_lock.start()
        return self.idle_lock

    def lock_now(self) -> None:
        if self.idle_lock is None:
            self.start_idle_lock()
        assert self.idle_lock is not None
        self.idle_lock.lock(by_hand=True)

    def sign_out(self) -> bool:
        """Close the window as on quitting (unsaved work is asked about first), then let the
        next person sign in; False if the user chose to stay."""
        if not self._window.close():
            return False
        self.did_sign_out = True
        self.signed_out.emit()
        return True

    def stop(self) -> None:
        """The window closes: no lock comes over it any more."""
        if self.idle_lock is not None:
            self.idle_lock.stop()

    def change_password(self) -> None:
        from familyedu.ui.admin import PasswordDialog

        dialog = PasswordDialog(self.services, None, self._window)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._window.statusBar().showMessage(self.tr("Your password was changed."), 5000)

    def _settings_changed(self) -> None:
        if self.idle_lock is not None:
            self.idle_lock.set_timeout(self.services.center.get().idle_lock_minutes * 60_000)
