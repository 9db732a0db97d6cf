"""A case's workspace (profile, order, plan, sessions, reports, history) and the new-case dialog."""

from familyedu.ui.workspace.workspace import CaseWorkspace

__all__ = ["CaseWorkspace"]
