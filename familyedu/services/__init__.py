"""Use cases over a unit of work: validation, permissions, audit and derived figures.

`Services(ctx)` bundles them for one signed-in user; the UI and the CLI hold one each.
"""

from __future__ import annotations

from familyedu.services.cases import CaseService
from familyedu.services.categories import CategoryService
from familyedu.services.center import CenterService
from familyedu.services.context import Actor, ServiceContext
from familyedu.services.dashboard import DashboardService
from familyedu.services.letters import LetterService
from familyedu.services.mandatory import MandatoryReportService
from familyedu.services.minors import MinorService
from familyedu.services.plans import PlanService
from familyedu.services.sessions import SessionService
from familyedu.services.users import UserService


class Services:
    """Every service for one actor, sharing one context."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx
        self.cases = CaseService(ctx)
        self.minors = MinorService(ctx)
        self.plans = PlanService(ctx)
        self.sessions = SessionService(ctx)
        self.reports = MandatoryReportService(ctx)
        self.dashboard = DashboardService(ctx)
        self.categories = CategoryService(ctx)
        self.users = UserService(ctx)
        self.center = CenterService(ctx)
        self.letters = LetterService(ctx)

    @property
    def actor(self) -> Actor:
        return self.ctx.actor


__all__ = ["Actor", "ServiceContext", "Services"]
