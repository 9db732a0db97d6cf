"""The dashboard: due lists for a caseload or the center, and QtCharts charts."""

from familyedu.ui.dashboard.view import DashboardView

__all__ = ["DashboardView"]
