"""The administrator's backup panel: back up now, check a backup, restore one."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from familyedu.security.archive import SUFFIX, BackupRejected
from familyedu.services import Services
from familyedu.services.admin.backup_checks import AccountChangesNeedConsent
from familyedu.services.admin.dto import BackupInfo, RestoreResult
from familyedu.ui.audit_details import account_change_text
from familyedu.ui.background import run_off_thread
from familyedu.ui.service_errors import error_text


def backup_problem_text(exc: BackupRejected) -> str:
    """A refused backup or restore in the user's words."""
    tr = QCoreApplication.translate
    texts = {
        "not_found": tr("BackupPanel", "The backup file was not found."),
        "corrupt": tr("BackupPanel", "The backup file is damaged or incomplete. "
                                     "Nothing was changed."),
        "not_a_backup": tr("BackupPanel", "This file is not a familyedu backup. "
                                          "Nothing was changed."),
        "tampered": tr("BackupPanel", "The backup file was altered after it was made. "
                                      "Nothing was changed."),
        "too_new": tr("BackupPanel", "The backup comes from a newer version of familyedu. "
                                     "Nothing was changed."),
        "wrong_password": tr("BackupPanel", "This backup is of another database and the "
                                            "password does not open it. Nothing was changed."),
        "unsupported": tr("BackupPanel", "Backups of a PostgreSQL server are made on the "
                                         "server (see the security documentation)."),
        "target_exists": tr("BackupPanel", "A file that is not a familyedu backup already "
                                           "has this name. Choose another name; nothing was "
                                           "written."),
        "account_changes": tr("BackupPanel", "Restoring this backup would change accounts "
                                             "(old passwords or disabled accounts would come "
                                             "back). Nothing was changed."),
        "in_use": tr("BackupPanel", "The database is open in another program. Close "
                                    "familyedu on the other computers and try again."),
    }
    return texts.get(exc.reason, tr("BackupPanel", "The backup could not be used."))


class BackupPanel(QWidget):
    """Self-contained: give it the administrator's Services.

    `database_restored(kept_aside_path)` tells the shell the database was replaced: the
    people and records on screen may no longer exist, so it should sign the user out.
    """

    backup_made = Signal(str)  # path of the new backup
    backup_checked = Signal(str)  # path of a backup found sound
    database_restored = Signal(str)  # where the replaced database was kept ("" if none)
    failed = Signal(str)  # the message shown

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.backups = services.backups
        self._progress: QProgressDialog | None = None
        self._last_restore: tuple[Path, str | None] | None = None
        self.intro = QLabel(self.tr(
            "A backup is a copy of the whole database, encrypted like the database itself, "
            "with a checksum. A backup is also made each time familyedu is closed."))
        self.intro.setWordWrap(True)
        self.recent = QListWidget()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.backup_button = QPushButton(self.tr("Back up now…"))
        self.check_button = QPushButton(self.tr("Check a backup…"))
        self.restore_button = QPushButton(self.tr("Restore a backup…"))
        self.backup_button.clicked.connect(self._choose_backup_target)
        self.check_button.clicked.connect(self._choose_check)
        self.restore_button.clicked.connect(self._choose_restore)
        buttons = QHBoxLayout()
        for button in (self.backup_button, self.check_button, self.restore_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(QLabel(self.tr("Recent backups:")))
        layout.addWidget(self.recent, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self.refresh()

    # -- what the buttons do (public so the shell and tests can drive it) --------------------

    def refresh(self) -> None:
        self.recent.clear()
        try:
            files = self.backups.recent()
        except Exception as exc:
            self._show_problem(exc, quiet=True)
            self._enable(False)
            return
        for path in files:
            stamp = datetime.fromtimestamp(path.stat().st_mtime).strftime("%Y-%m-%d %H:%M")
            size = path.stat().st_size / (1024 * 1024)
            item = QListWidgetItem(self.tr("{stamp}   {name}   {size:.1f} MB").format(
                stamp=stamp, name=path.name, size=size))
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            self.recent.addItem(item)
        if not files:  # an empty white box looked broken
            empty = QListWidgetItem(self.tr(
                "No backup yet. One is made each time familyedu is closed, or now with "
                "Back up now…"))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.recent.addItem(empty)

    # The calls run in the pool and hold only the service, never the panel: a Qt wrapper
    # released there would be freed off the UI thread.

    def back_up_to(self, target: Path) -> None:
        backups = self.backups
        self._start(self.tr("Making the backup…"), lambda: backups.create(target),
                    self._backup_done)

    def check(self, source: Path, password: str | None = None) -> None:
        backups = self.backups
        self._start(self.tr("Checking the backup…"),
                    lambda: backups.verify(source, password), self._check_done)

    def restore_from(self, source: Path, password: str | None = None,
                     accept_account_changes: bool = False) -> None:
        """Restore without asking (the button asks first; account changes are asked about
        when the check finds them)."""
        self._last_restore = (source, password)
        backups = self.backups
        self._start(self.tr("Checking and restoring the backup…"),
                    lambda: backups.restore(
                        source, password, accept_account_changes=accept_account_changes),
                    self._restore_done)

    # -- dialogs ------------------------------------------------------------------------------

    def _folder(self) -> str:
        try:
            return str(self.backups.folder())
        except Exception:
            return ""

    def _choose_backup_target(self) -> None:
        name = f"familyedu-{datetime.now().strftime('%Y%m%d-%H%M')}{SUFFIX}"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the backup as"), str(Path(self._folder()) / name),
            self.tr("familyedu backups (*{suffix})").format(suffix=SUFFIX))
        if path:
            self.back_up_to(Path(path))

    def _choose_source(self) -> Path | None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a backup"), self._folder(),
            self.tr("familyedu backups (*{suffix});;All files (*)").format(suffix=SUFFIX))
        return Path(path) if path else None

    def _choose_check(self) -> None:
        source = self._choose_source()
        if source is not None:
            self.check(source)

    def _choose_restore(self) -> None:
        source = self._choose_source()
        if source is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Restore a backup"),
            self.tr("The database will be replaced by the backup {name}. The current database "
                    "is kept beside it, renamed. Everyone must sign in again afterwards. "
                    "Continue?").format(name=source.name))
        if answer == QMessageBox.StandardButton.Yes:
            self.restore_from(source)

    # -- running and reporting ---------------------------------------------------------------

    def _start(self, label: str, call: Any, done: Any) -> None:
        self._enable(False)
        self.status.setText(label)
        self._progress = QProgressDialog(label, "", 0, 0, self)
        self._progress.setCancelButton(None)  # a snapshot cannot be stopped half-way
        self._progress.setWindowModality(Qt.WindowModality.WindowModal)
        self._progress.setMinimumDuration(500)
        run_off_thread(call, done, self._failed)

    def _finish(self) -> None:
        if self._progress is not None:
            self._progress.reset()
            self._progress.deleteLater()
            self._progress = None
        self._enable(True)

    def _enable(self, on: bool) -> None:
        for button in (self.backup_button, self.check_button, self.restore_button):
            button.setEnabled(on)

    def _backup_done(self, info: BackupInfo) -> None:
        self._finish()
        self.status.setText(self.tr("Backup written to {path}.").format(path=info.path))
        self.refresh()
        self.backup_made.emit(str(info.path))

    def _check_done(self, info: BackupInfo) -> None:
        self._finish()
        self.status.setText(self.tr("The backup is sound: made {when} by {who}.").format(
            when=info.created_at.replace("T", " "), who=info.created_by))
        self.backup_checked.emit(str(info.path))

    def _restore_done(self, result: RestoreResult) -> None:
        self._finish()
        kept = str(result.kept_aside) if result.kept_aside else ""
        self.status.setText(self.tr("The backup made {when} was restored. The replaced "
                                    "database was kept as {kept}.").format(
            when=result.info.created_at.replace("T", " "), kept=kept or "-"))
        self.database_restored.emit(kept)

    def _failed(self, exc: BaseException) -> None:
        self._finish()
        retry = self._last_restore
        self._last_restore = None
        if isinstance(exc, BackupRejected) and exc.reason == "wrong_password" \
                and retry is not None and retry[1] is None and self.isVisible():
            password, ok = QInputDialog.getText(
                self, self.tr("Backup of another database"),
                self.tr("This backup is of another database. Enter your password of the "
                        "time of the backup:"), QLineEdit.EchoMode.Password)
            if ok and password:
                self.restore_from(retry[0], password)
                return
        if isinstance(exc, AccountChangesNeedConsent) and retry is not None \
                and self.isVisible():
            answer = QMessageBox.question(
                self, self.tr("Restore a backup"),
                self.tr("Restoring this backup changes these accounts:") + "\n\n"
                + "\n".join(account_change_text(c) for c in exc.changes) + "\n\n"
                + self.tr("Restore it all the same?"))
            if answer == QMessageBox.StandardButton.Yes:
                self.restore_from(retry[0], retry[1], accept_account_changes=True)
                return
        self._show_problem(exc)

    def _show_problem(self, exc: BaseException, quiet: bool = False) -> None:
        text = backup_problem_text(exc) if isinstance(exc, BackupRejected) else error_text(exc)
        self.status.setText(text)
        self.failed.emit(text)
        if not quiet and self.isVisible():
            QMessageBox.warning(self, self.tr("Backup"), text)
