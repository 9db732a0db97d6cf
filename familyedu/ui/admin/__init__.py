"""The Administration screen: accounts, the center's settings and the configurable lists."""

from __future__ import annotations

import logging

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from familyedu.models.enums import Role
from familyedu.services import Services
from familyedu.ui.admin.categories import CategoriesPage
from familyedu.ui.admin.center import CenterPage
from familyedu.ui.admin.users import NewUserDialog, PasswordDialog, UsersPage
from familyedu.ui.admin.wording import WordingPage
from familyedu.ui.admin_security import AuditViewer, BackupPanel
from familyedu.ui.events import AppEvents

log = logging.getLogger(__name__)


class AdminView(QWidget):
    """Tabs for administrators and supervisors; the services refuse what a role may not do."""

    # The database was replaced by a restore: whoever is on screen must sign in again.
    database_restored = Signal(str)

    def __init__(self, services: Services, events: AppEvents,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tabs = QTabWidget(self)
        self.users = UsersPage(services, self)
        self.center = CenterPage(services, self)
        self.categories = CategoriesPage(services, self)
        self.tabs.addTab(self.users, self.tr("Accounts"))
        self.tabs.addTab(self.center, self.tr("Center"))
        self.tabs.addTab(self.categories, self.tr("Lists"))
        # The service refuses anyone else; counselors are not shown the page at all.
        self.wording: WordingPage | None = None
        if services.actor.role in (Role.SUPERVISOR, Role.ADMIN):
            self.wording = WordingPage(services, self)
            self.tabs.addTab(self.wording, self.tr("Letter wording"))
        self.backups: QWidget | None = None
        self.audit: QWidget | None = None
        if services.actor.role is Role.ADMIN:
            backups = BackupPanel(services, self)
            backups.database_restored.connect(self.database_restored)
            self.backups = backups
            self.tabs.addTab(backups, self.tr("Backups"))
        if services.actor.role is Role.SUPERVISOR:
            self.audit = AuditViewer(services, self)
            self.tabs.addTab(self.audit, self.tr("Audit trail"))
        self.center.saved.connect(events.settings_changed)
        self.categories.saved.connect(events.settings_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)


__all__ = ["AdminView", "NewUserDialog", "PasswordDialog"]
