"""The case list: a paged table model over CaseService, its filter bar and its screen."""

from familyedu.ui.case_list.model import CaseTableModel, Column
from familyedu.ui.case_list.view import CaseListView

__all__ = ["CaseListView", "CaseTableModel", "Column"]
