"""Use cases over a unit of work: validation, permissions, audit and derived figures.

`Services(ctx)` bundles them for one signed-in user; the UI and the CLI hold one each.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from familyedu.services.admin.categories import CategoryService
from familyedu.services.admin.center import CenterService
from familyedu.services.admin.users import UserService
from familyedu.services.casework.cases import CaseService
from familyedu.services.casework.dashboard import DashboardService
from familyedu.services.casework.mandatory import MandatoryReportService
from familyedu.services.casework.minors import MinorService
from familyedu.services.casework.plans import PlanService
from familyedu.services.casework.sessions import SessionService
from familyedu.services.core.context import Actor, ServiceContext

if TYPE_CHECKING:
    from familyedu.services.admin.audit_query import AuditService
    from familyedu.services.admin.backup import BackupService
    from familyedu.services.admin.export import ExportService
    from familyedu.services.admin.recovery import RecoveryService
    from familyedu.services.casework.importing import ImportService
    from familyedu.services.casework.transfer import TransferService
    from familyedu.services.core.field_sweep import FieldSweepService
    from familyedu.services.letters.center_wording import WordingService
    from familyedu.services.letters.service import LetterService
    from familyedu.services.letters.statistics import StatisticsService


class Services:
    """Every service for one actor, sharing one context."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx
        self.cases = CaseService(ctx)
        self.minors = MinorService(ctx)
        self.plans = PlanService(ctx)
        self.sessions = SessionService(ctx)
        self.mandatory_reports = MandatoryReportService(ctx)
        self.dashboard = DashboardService(ctx)
        self.categories = CategoryService(ctx)
        self.users = UserService(ctx)
        self.center = CenterService(ctx)

    @cached_property
    def letters(self) -> LetterService:
        """Letters about cases: preview, issue, reprint, the register, the letters due."""
        # The letter builders bring reportlab and the fonts (~0.3 s to import): loaded the
        # first time a letter is wanted, not at every start (issue #7).
        from familyedu.services.letters.service import LetterService

        return LetterService(self.ctx)

    @cached_property
    def statistics(self) -> StatisticsService:
        """The center's de-identified statistics, previewed or issued (supervisors)."""
        from familyedu.services.letters.statistics import StatisticsService

        return StatisticsService(self.ctx)

    @cached_property
    def wording(self) -> WordingService:
        """The center's own wording of its letters (supervisors and administrators)."""
        from familyedu.services.letters.center_wording import WordingService

        return WordingService(self.ctx)

    # The rest are used on some screens only: imported (openpyxl, zip and crypto code) the
    # first time they are wanted, not on the way to the first window.

    @cached_property
    def transfers(self) -> TransferService:
        """Moving a case to another center in one encrypted file."""
        from familyedu.services.casework.transfer import TransferService

        return TransferService(self.ctx)

    @cached_property
    def imports(self) -> ImportService:
        """Importing a center's existing register from a spreadsheet."""
        from familyedu.services.casework.importing import ImportService

        return ImportService(self.ctx)

    @cached_property
    def backups(self) -> BackupService:
        """Backups and restores of the database file (administrators)."""
        from familyedu.services.admin.backup import BackupService

        return BackupService(self.ctx)

    @cached_property
    def audit(self) -> AuditService:
        """The audit trail viewer (supervisors)."""
        from familyedu.services.admin.audit_query import AuditService

        return AuditService(self.ctx)

    @cached_property
    def exports(self) -> ExportService:
        """Exports of the case list and the audit trail (xlsx or CSV)."""
        from familyedu.services.admin.export import ExportService

        return ExportService(self.ctx)

    @cached_property
    def recovery(self) -> RecoveryService:
        """Recovery codes for a forgotten administrator's password."""
        from familyedu.services.admin.recovery import RecoveryService

        return RecoveryService(self.ctx)

    @cached_property
    def field_sweep(self) -> FieldSweepService:
        """Encrypting private notes and sealed records still left in the clear."""
        from familyedu.services.core.field_sweep import FieldSweepService

        return FieldSweepService(self.ctx)

    @property
    def actor(self) -> Actor:
        """Who is signed in."""
        return self.ctx.actor


__all__ = ["Actor", "ServiceContext", "Services"]
