"""Tab walks every screen and dialog a counselor, supervisor or administrator uses in the
order it reads: it reaches each input and button, never runs in a loop or stays inside a
table or text box, and goes left to right along a row of buttons (issue #14)."""

from __future__ import annotations

import io
from datetime import date

from PySide6.QtWidgets import QTabWidget, QWidget
from pytestqt.qtbot import QtBot
from reportlab.pdfgen import canvas

from familyedu.services.casework.dto import GoalInput, PlanInput
from familyedu.ui.admin.users import NewUserDialog, PasswordDialog
from familyedu.ui.events import AppEvents
from familyedu.ui.forms.widgets import Vocab
from familyedu.ui.letters.issue_dialog import IssueLetterDialog
from familyedu.ui.letters.preview import PreviewDialog
from familyedu.ui.login import SignInDialog
from familyedu.ui.main_window import MainWindow
from familyedu.ui.workspace.guardian_form import GuardianDialog
from familyedu.ui.workspace.plan_decision import PlanDecisionDialog
from familyedu.ui.workspace.session_dialog import SessionDialog
from familyedu.ui.workspace.workspace import CaseWorkspace
from tests.conftest import World, open_case
from tests.ui.tab_order import check_tab_order

HEADER = ["Print…", "Transfer…", "Reload", "QTabWidget"]  # a case: its buttons, its tabs


def shown(qtbot: QtBot, window: QWidget) -> QWidget:
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def a_pdf() -> bytes:
    out = io.BytesIO()
    page = canvas.Canvas(out)
    page.drawString(100, 700, "familyedu")
    page.save()
    return out.getvalue()


def test_the_dialogs(qtbot: QtBot, world: World, events: AppEvents) -> None:
    services = world.mine
    case_id = open_case(services)
    case = services.cases.get(case_id)
    plan = services.plans.create(case_id, PlanInput(
        start_on=date(2026, 9, 1), review_on=date(2027, 1, 15),
        goals=(GoalInput("schooling", "按时到校"),)))
    services.plans.submit(plan.id, plan.version)
    submitted = world.sup.plans.current(case_id)
    assert submitted is not None

    def refuse(_user: str, _password: str) -> object:
        raise AssertionError("not signing in")

    guardian = ["Name", "Relation", "Phone", "Works where", "Address", "Lives with the minor",
                "Primary contact", "Named in the order"]
    dialogs: list[tuple[QWidget, list[str]]] = [
        (SignInDialog(refuse, center_name=""),  # type: ignore[arg-type]
         ["User name", "Password", "Forgot the administrator password?", "Sign in", "Cancel",
          "User guide (F1)"]),
        (GuardianDialog(services, Vocab(services), case.minor.id, case.minor.guardians[0]),
         [*guardian, "Save", "Cancel"]),
        (SessionDialog(services, events, case, None),
         ["Date and time", "Duration (minutes)", "Mode", "Attendance", "Next appointment",
          "张建国 (Father)", "刘桂英 (Grandmother)", "The minor attended",
          "Summary for the family", "Private notes", "Next steps", "Save (Ctrl+Enter)",
          "Cancel"]),
        # Notice and Assessment are greyed for a progress letter; the draft pane comes last.
        (IssueLetterDialog(services, events, case_id),
         ["Document", "From", "To", "Language", "Recipient", "Issue", "Preview", "Cancel",
          "PdfPane"]),
        (PlanDecisionDialog(world.sup, submitted, approve=True),
         ["Comment", "Approve", "Cancel"]),
        (PreviewDialog(a_pdf(), "2026-0001"),
         ["PdfPane", "Print…", "Save as PDF…", "Close"]),
        (NewUserDialog(world.services(world.admin)),
         ["User name", "Full name", "Role", "First password", "Password again", "OK",
          "Cancel"]),
        (PasswordDialog(services, None),
         ["Current password", "New password", "New password again", "OK", "Cancel"]),
    ]
    for window, expected in dialogs:
        shown(qtbot, window)
        check_tab_order(qtbot, window, expected)
        window.close()


def test_a_case_on_every_tab(qtbot: QtBot, world: World, events: AppEvents) -> None:
    case_id = open_case(world.mine)
    world.mine.cases.open(case_id)
    workspace = CaseWorkspace(world.mine, events, case_id)
    shown(qtbot, workspace)
    minor = ["Name", "Gender", "Date of birth", "Resident ID number", "School", "Grade",
             "Registered address", "Current address", "Guardianship situation",
             "Living with", "Involvement", "Risk", "Reason for the risk"]
    tabs = {
        "Profile": [*minor, "QTableView", "Add guardian…", "Edit…", "Remove…", "QTableView",
                    "Record consent…", "Withdraw…"],
        "Referral and order": [
            "Referral source", "Referring authority", "Opened on", "Order type",
            "Document number", "Issued on", "Hours required", "Sessions required", "Due by",
            "Feedback to", "Feedback every (days)", "Session every (days)", "Close case…"],
        "Sessions (0)": ["QTableView", "Log session…"],
        "Mandatory reports": ["QTableView", "Add report…", "Edit…"],
        "History": ["QTableView"],
    }
    for index in range(workspace.tabs.count()):
        workspace.tabs.setCurrentIndex(index)
        expected = tabs.get(workspace.tabs.tabText(index))
        if expected is not None:
            check_tab_order(qtbot, workspace, [*HEADER, *expected])


def test_a_plan_being_written(qtbot: QtBot, world: World, events: AppEvents) -> None:
    case_id = open_case(world.mine)
    world.mine.plans.create(case_id, PlanInput(
        start_on=date(2026, 9, 1), review_on=date(2027, 1, 15),
        goals=(GoalInput("schooling", "按时到校"),)))
    world.mine.cases.open(case_id)
    workspace = CaseWorkspace(world.mine, events, case_id)
    shown(qtbot, workspace)
    workspace.tabs.setCurrentWidget(workspace.plan)
    # The goals' table is one stop (the arrows move in it); Tab leaves it for the buttons.
    check_tab_order(qtbot, workspace, [*HEADER, *PLAN_DRAFT])


PLAN_DRAFT = ["Revision", "Start", "Review date", "End", "Frequency", "Needs found at intake",
              "Interventions", "GoalsTable", "Add goal", "Remove goal", "Save draft",
              "Submit for approval"]


def main_window(qtbot: QtBot, services: object, events: AppEvents) -> MainWindow:
    window = MainWindow(services, events)  # type: ignore[arg-type]
    shown(qtbot, window)
    return window


def test_the_main_screens(qtbot: QtBot, world: World, events: AppEvents) -> None:
    open_case(world.mine)
    filters = ["Filter by status", "Filter by risk", "Filter by guardianship situation",
               "Filter by order", "Filter by plan status", "Overdue only"]
    lists = ["due_this_week", "reviews_overdue", "orders_near_deadline", "no_shows"]
    counselor = main_window(qtbot, world.mine, events)
    expected = {
        "dashboard": ["New case…", *lists, "plan_outcomes"],
        "cases": ["case_tabs", "Search cases", "New case…", *filters, "case_table"],
        "letters": ["New letter", "Reprint", "Batch", "Filter by kind of document", "Refresh",
                    "letter_register"],
    }
    for key, names in expected.items():
        page = counselor.show_page(key)
        wait = getattr(page, "wait_until_loaded", None)
        if wait is not None:
            assert wait()
        check_tab_order(qtbot, counselor, ["navigation", *names])

    supervisor = main_window(qtbot, world.sup, events)
    supervisor.show_page("dashboard").wait_until_loaded()  # type: ignore[attr-defined]
    check_tab_order(qtbot, supervisor, ["navigation", "Whole center", "New case…", *lists,
                                        "approval_queue"])
    supervisor.show_page("cases")
    check_tab_order(qtbot, supervisor, [
        "navigation", "case_tabs", "Search cases", "New case…", "Filter by status",
        "Filter by counselor", *filters[1:], "case_table"])
    admin_tabs = {
        "Accounts": ["users_table"],
        "Center": ["Center name", "Address", "Phone", "Postcode", "Letter reference prefix",
                   "Language of letters", "Lock the screen after", "Automatic backups kept",
                   "Choose picture…", "Remove", "Save settings"],
        "Lists": ["Which list", "categories_table", "Code", "Chinese", "English",
                  "Offer this entry for new records", "New entry", "Save entry"],
        "Letter wording": ["Document", "Language", "Wording of the letter",
                           "Placeholders of this document", "Save", "Reset to the default…",
                           "Preview"],
        "Audit trail": ["Who", "Case number", "Action", "From", "To", "Show", "QTableView",
                        "Check the chain", "Export…"],
    }
    for window in (supervisor, main_window(qtbot, world.services(world.admin), events)):
        admin = window.show_page("admin")
        tabs = admin.findChild(QTabWidget)
        assert tabs is not None
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            title = tabs.tabText(index)
            if title == "Backups":  # the administrator's
                names = ["QListWidget", "Back up now…", "Check a backup…",
                         "Restore a backup…"]
            elif title == "Accounts" and window is not supervisor:  # may add accounts
                names = ["users_table", "New account…"]
            else:
                assert title in admin_tabs, title
                names = admin_tabs[title]
            # The administrator has one screen: no navigation list to pass through.
            lead = ["navigation"] if window is supervisor else []
            check_tab_order(qtbot, window, [*lead, "QTabWidget", *names])


def test_a_session_of_a_case_with_a_plan(qtbot: QtBot, world: World,
                                          events: AppEvents) -> None:
    case_id = open_case(world.mine)
    plan = world.mine.plans.create(case_id, PlanInput(
        start_on=date(2026, 9, 1), review_on=date(2027, 1, 15),
        goals=(GoalInput("schooling", "按时到校"), GoalInput("schooling", "写作业"))))
    world.mine.plans.submit(plan.id, plan.version)
    submitted = world.sup.plans.current(case_id)
    assert submitted is not None
    world.sup.plans.approve(submitted.id, submitted.version, "")
    dialog = SessionDialog(world.mine, events, world.mine.cases.get(case_id), None)
    shown(qtbot, dialog)
    # The left column, the goals beside it (a goal's progress opens once it is ticked),
    # then the notes across the dialog and the buttons.
    check_tab_order(qtbot, dialog, [
        "Date and time", "Duration (minutes)", "Mode", "Attendance", "Next appointment",
        "张建国 (Father)", "刘桂英 (Grandmother)", "The minor attended",
        "Schooling and attendance: 按时到校", "Schooling and attendance: 写作业",
        "Summary for the family", "Private notes", "Next steps", "Save (Ctrl+Enter)",
        "Cancel"])
