"""The case workspace: header, profile, order, plan workflow, reports, history, closing."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from shiboken6 import Shiboken

from familyedu.models import CaseStatus, PlanStatus
from familyedu.services import Services
from familyedu.services.casework.dto import CaseQuery, MinorInput
from familyedu.services.core import field_crypto
from familyedu.ui import drafts
from familyedu.ui.audit_details import ValueText, describe
from familyedu.ui.events import AppEvents
from familyedu.ui.forms.stale import StaleDialog
from familyedu.ui.forms.widgets import Vocab
from familyedu.ui.workspace import CaseWorkspace
from familyedu.ui.workspace.minor_form import minor_values
from tests.conftest import World
from tests.ui.workspace.conftest import approved_plan
from tests.ui.workspace.helpers import (
    MessageBoxes,
    choose,
    decide_plan,
    edit_cell,
    replace_text,
    type_text,
    when_modal,
)

Button = QMessageBox.StandardButton


def workspace(qtbot: QtBot, services: Services, events: AppEvents, case_id: int,
              reason: str | None = None) -> CaseWorkspace:
    services.cases.open(case_id, sealed_reason=reason)  # what the shell does first (audited)
    ws = CaseWorkspace(services, events, case_id)
    qtbot.addWidget(ws)
    ws.resize(1200, 800)
    ws.show()
    return ws


def test_header_title_and_refresh_on_events(qtbot: QtBot, world: World, events: AppEvents,
                                            case_id: int, boxes: MessageBoxes) -> None:
    ws = workspace(qtbot, world.mine, events, case_id)
    assert ws.title() == "2026-0001 张小明"
    assert ws.details_label.text().startswith("12 year")
    assert "Risk: Medium" in ws.details_label.text()
    assert not ws.sealed_label.isVisible()
    assert [ws.tabs.tabText(i) for i in range(ws.tabs.count())] == [
        "Profile", "Referral and order", "Plan", "Sessions (0)", "Mandatory reports", "History"]
    assert ws.profile.consent_banner.isVisible()  # 12 years old, no consent yet
    qtbot.mouseClick(ws.profile.record_consent_button, Qt.MouseButton.LeftButton)
    dialog = ws.profile.dialog
    assert dialog is not None
    assert dialog.given_by.currentText() == "张建国"  # type: ignore[attr-defined]
    with qtbot.waitSignal(events.minor_saved):
        qtbot.mouseClick(dialog.buttons.button(  # type: ignore[attr-defined]
            dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)  # type: ignore
    assert not ws.profile.consent_banner.isVisible()
    assert ws.profile.consents.rowCount() == 1
    world.sup.minors.set_sealed(ws.case.minor.id, True, "判决已生效")
    ws.refresh()  # a counselor never sees a sealed record
    assert ws.gone.isVisible()
    assert "not allowed" in ws.gone.text()
    sup = workspace(qtbot, world.sup, AppEvents(), case_id, reason="复核监护情况")
    assert sup.sealed_label.isVisible()


def test_profile_edit_validation_beside_field_then_save(
        qtbot: QtBot, world: World, events: AppEvents, case_id: int,
        boxes: MessageBoxes) -> None:
    ws = workspace(qtbot, world.mine, events, case_id)
    titles: list[str] = []
    ws.title_changed.connect(titles.append)
    form = ws.profile.form
    replace_text(qtbot, form.name_edit, "张小明2")
    assert ws.has_unsaved_changes()
    assert ws.profile.save_button.isEnabled()
    assert not ws.save()
    label = form.fields.error_label("name")
    assert label is not None
    assert label.isVisible()
    assert "digits" in label.text()
    assert form.name_edit.text() == "张小明2"
    replace_text(qtbot, form.name_edit, "张晓明")
    with qtbot.waitSignal(events.minor_saved):
        assert ws.save()
    assert not ws.has_unsaved_changes()
    assert titles == ["2026-0001 张晓明"]
    assert world.mine.cases.get(case_id).minor.name == "张晓明"


def test_stale_minor_shows_their_change_and_reapplies_mine(
        qtbot: QtBot, world: World, events: AppEvents, case_id: int,
        boxes: MessageBoxes) -> None:
    ws = workspace(qtbot, world.mine, events, case_id)
    replace_text(qtbot, ws.profile.form.school, "城关第一小学")
    # The supervisor, at another desk, corrects the grade of the same minor.
    other = world.sup.cases.get(case_id).minor
    values = minor_values(other) | {"grade": "五年级"}
    world.sup.minors.update(other.id, other.version, MinorInput(**values))
    seen: list[StaleDialog] = []
    rows: list[tuple[str, ...]] = []

    def reapply(found: StaleDialog) -> None:
        rows.extend(found.model.rows())
        qtbot.mouseClick(found.reapply_button, Qt.MouseButton.LeftButton)

    when_modal(StaleDialog, reapply, seen)
    qtbot.mouseClick(ws.profile.save_button, Qt.MouseButton.LeftButton)
    assert len(seen) == 1
    assert ("Grade", "六年级", "五年级", "(unchanged)", "") in rows
    assert ("School", "城关第二小学", "(unchanged)", "城关第一小学", "") in rows
    minor = world.mine.cases.get(case_id).minor
    assert (minor.school, minor.grade) == ("城关第一小学", "五年级")
    assert ws.profile.form.grade.text() == "五年级"
    assert not ws.has_unsaved_changes()


def test_stale_minor_reload_discards_mine(qtbot: QtBot, world: World, events: AppEvents,
                                          case_id: int, boxes: MessageBoxes) -> None:
    ws = workspace(qtbot, world.mine, events, case_id)
    replace_text(qtbot, ws.profile.form.school, "城关第一小学")
    other = world.sup.cases.get(case_id).minor
    world.sup.minors.update(other.id, other.version,
                            MinorInput(**(minor_values(other) | {"school": "实验小学"})))
    when_modal(StaleDialog, lambda found: qtbot.mouseClick(
        found.reload_button, Qt.MouseButton.LeftButton), [])
    qtbot.mouseClick(ws.profile.save_button, Qt.MouseButton.LeftButton)
    assert ws.profile.form.school.text() == "实验小学"
    assert not ws.has_unsaved_changes()
    assert world.mine.cases.get(case_id).minor.school == "实验小学"


def test_plan_written_submitted_approved_by_supervisor_only(
        qtbot: QtBot, world: World, events: AppEvents, case_id: int,
        boxes: MessageBoxes) -> None:
    ws = workspace(qtbot, world.mine, events, case_id)
    ws.tabs.setCurrentWidget(ws.plan)
    plan = ws.plan
    assert plan.workflow.buttons["create"].isVisible()
    plan.editor.review_on.set_value(date(2027, 1, 15))
    qtbot.mouseClick(plan.editor.add_goal_button, Qt.MouseButton.LeftButton)
    edit_cell(qtbot, plan.editor.table, 0, 0, "communication")
    qtbot.mouseClick(plan.workflow.buttons["create"], Qt.MouseButton.LeftButton)
    # The goal has no description: the cell is marked and the message is under the table.
    assert plan.editor.goal_errors.isVisible()
    assert "Goal 1, Goal: This field is required." in plan.editor.goal_errors.text()
    assert plan.editor.goals.index(0, 1).data(Qt.ItemDataRole.ToolTipRole) == \
        "This field is required."
    edit_cell(qtbot, plan.editor.table, 0, 1, "每周与孩子视频通话两次")
    with qtbot.waitSignal(events.plan_saved):
        qtbot.mouseClick(plan.workflow.buttons["create"], Qt.MouseButton.LeftButton)
    assert plan.current is not None
    assert plan.current.status is PlanStatus.DRAFT
    assert plan.workflow.buttons["submit"].isVisible()
    qtbot.mouseClick(plan.workflow.buttons["submit"], Qt.MouseButton.LeftButton)
    assert plan.current.status is PlanStatus.PENDING_APPROVAL
    assert not plan.workflow.buttons["approve"].isVisible()  # a counselor cannot approve
    assert plan.workflow.buttons["return"].isVisible()
    assert not plan.editor.goals.flags(plan.editor.goals.index(0, 0)) & Qt.ItemFlag.ItemIsEditable

    sup_events = AppEvents()
    sup = workspace(qtbot, world.sup, sup_events, case_id)
    sup.tabs.setCurrentWidget(sup.plan)
    assert sup.plan.workflow.buttons["approve"].isVisible()
    assert decide_plan(qtbot, sup.plan, "approve")
    assert sup.plan.current is not None
    assert sup.plan.current.status is PlanStatus.ACTIVE

    qtbot.mouseClick(ws.refresh_button, Qt.MouseButton.LeftButton)
    assert plan.current.status is PlanStatus.ACTIVE
    assert "approved by 王督导" in plan.revision_bar.status_label.text()
    qtbot.mouseClick(plan.workflow.buttons["revise"], Qt.MouseButton.LeftButton)
    assert plan.current.revision == 2
    assert plan.revision_bar.revision_combo.count() == 2
    plan.revision_bar.revision_combo.setCurrentIndex(1)
    plan.revision_bar.revision_combo.activated.emit(1)
    assert plan.shown is not None
    assert plan.shown.revision == 1
    assert "earlier revision, read only" in plan.revision_bar.status_label.text()
    assert plan.editor.needs.isReadOnly()
    assert not plan.editor.add_goal_button.isEnabled()


def test_order_terms_progress_close_reopen_and_reassign(
        qtbot: QtBot, world: World, events: AppEvents, case_id: int,
        boxes: MessageBoxes) -> None:
    ws = workspace(qtbot, world.mine, events, case_id)
    ws.tabs.setCurrentWidget(ws.order)
    order = ws.order
    assert order.progress_bar.format() == "0 / 20 h"
    assert not order.reassign_button.isVisible()  # counselors do not reassign
    replace_text(qtbot, order.form.order_hours_required, "24")
    qtbot.mouseClick(order.save_button, Qt.MouseButton.LeftButton)
    assert world.mine.cases.get(case_id).order_hours_required == 24
    assert order.progress_bar.format() == "0 / 24 h"

    qtbot.mouseClick(order.close_button, Qt.MouseButton.LeftButton)
    dialog = order.dialog
    assert dialog is not None
    type_text(qtbot, dialog.note, "家庭已搬离本县")  # type: ignore[attr-defined]
    with qtbot.waitSignal(events.case_saved):
        dialog.save()  # type: ignore[attr-defined]
    assert ws.case.status is CaseStatus.CLOSED
    assert order.reopen_button.isVisible()
    boxes.answer(Button.Yes)
    qtbot.mouseClick(order.reopen_button, Qt.MouseButton.LeftButton)
    assert ws.case.status is CaseStatus.OPEN

    sup = workspace(qtbot, world.sup, AppEvents(), case_id)
    sup.tabs.setCurrentWidget(sup.order)
    assert sup.order.reassign_button.isVisible()
    choose(qtbot, sup.order.counselor_combo, world.other_counselor.user_id)
    qtbot.mouseClick(sup.order.reassign_button, Qt.MouseButton.LeftButton)
    assert world.sup.cases.get(case_id).counselor_name == "赵老师"
    ws.refresh()  # the counselor no longer holds the case
    assert ws.gone.isVisible()


def test_reports_history_and_closing_with_unsaved_changes(
        qtbot: QtBot, world: World, events: AppEvents, case_id: int,
        boxes: MessageBoxes) -> None:
    approved_plan(world, case_id)
    ws = workspace(qtbot, world.mine, events, case_id)
    dialog = ws.reports.add_report()
    type_text(qtbot, dialog.suspected_harm, "孩子身上有多处淤青")
    type_text(qtbot, dialog.police_station, "城关派出所")
    with qtbot.waitSignal(events.report_saved):
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save),
                         Qt.MouseButton.LeftButton)
    assert ws.reports.model.rowCount() == 1
    history = [ws.history.model.index(r, 3).data() for r in range(ws.history.model.rowCount())]
    whats = [ws.history.model.index(r, 2).data() for r in range(ws.history.model.rowCount())]
    assert "Created · Mandatory report" in whats
    assert any("Police station: 城关派出所" in text for text in history)
    assert any("Status: Awaiting approval → Active" in text for text in history)
    assert "Case opened" in whats

    replace_text(qtbot, ws.order.form.feedback_recipient, "少年庭")
    assert ws.has_unsaved_changes()
    boxes.answer(Button.Cancel)
    assert not ws.maybe_close()
    boxes.answer(Button.Save)
    assert ws.maybe_close()
    assert world.mine.cases.get(case_id).feedback_recipient == "少年庭"
    replace_text(qtbot, ws.order.form.feedback_recipient, "不要保存")
    boxes.answer(Button.Discard)
    assert ws.maybe_close()
    assert world.mine.cases.get(case_id).feedback_recipient == "少年庭"
    assert len(boxes.texts("question")) == 3


def test_models_pass_the_model_tester(qtbot: QtBot, world: World, events: AppEvents,
                                      case_id: int, qtmodeltester: ModelTester,
                                      boxes: MessageBoxes) -> None:
    approved_plan(world, case_id)
    ws = workspace(qtbot, world.mine, events, case_id)
    qtmodeltester.check(ws.plan.editor.goals)
    qtmodeltester.check(ws.profile.guardians)
    qtmodeltester.check(ws.history.model)


def test_plan_draft_kept_through_refreshes_and_offered_after_a_crash(
        qtbot: QtBot, world: World, events: AppEvents, case_id: int, boxes: MessageBoxes,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(drafts, "AUTOSAVE_MS", 30)
    ws = workspace(qtbot, world.mine, events, case_id)
    ws.tabs.setCurrentWidget(ws.plan)
    type_text(qtbot, ws.plan.editor.needs, "孩子沉迷手机游戏")
    qtbot.mouseClick(ws.plan.editor.add_goal_button, Qt.MouseButton.LeftButton)
    edit_cell(qtbot, ws.plan.editor.table, 0, 1, "手机使用不超过每天一小时")
    events.case_saved.emit(case_id)  # something else of the case changed meanwhile
    assert ws.plan.editor.needs.toPlainText() == "孩子沉迷手机游戏"
    assert ws.plan.is_editable()
    path = ws.plan.drafts.store.path(ws.plan.drafts.key)
    qtbot.waitUntil(lambda: path.exists() and "每天一小时" in path.read_text("utf-8"),
                    timeout=3000)
    Shiboken.delete(ws.plan.drafts)  # the program dies here
    ws.hide()

    boxes.answer(Button.Yes)
    again = workspace(qtbot, world.mine, AppEvents(), case_id)
    again.tabs.setCurrentWidget(again.plan)
    qtbot.waitUntil(lambda: bool(boxes.texts("question")), timeout=2000)
    assert again.plan.editor.needs.toPlainText() == "孩子沉迷手机游戏"
    assert again.plan.editor.goals.goal_rows()[0]["description"] == "手机使用不超过每天一小时"
    assert again.has_unsaved_changes()
    again.plan.editor.review_on.set_value(date(2027, 1, 15))
    edit_cell(qtbot, again.plan.editor.table, 0, 0, "internet")
    assert again.save()
    assert not path.exists()
    current = world.mine.plans.current(case_id)
    assert current is not None
    assert current.needs == "孩子沉迷手机游戏"


def test_a_supervisor_seals_and_unseals_a_record_with_a_reason(
        qtbot: QtBot, world: World, case_id: int, monkeypatch: pytest.MonkeyPatch) -> None:
    sup = world.sup
    sup.cases.grant_sealed_access("核对")
    events = AppEvents()
    ws = workspace(qtbot, sup, events, case_id)
    ws.tabs.setCurrentWidget(ws.order)
    order = ws.order
    assert order.seal_button.text() == "Seal record…"
    asked: list[str] = []

    def answer(_parent: object, title: str, _prompt: str) -> tuple[str, bool]:
        asked.append(title)
        return "法院封存决定（2026）黔0102刑初15号", True

    monkeypatch.setattr(QInputDialog, "getText", answer)
    with qtbot.waitSignal(events.case_saved):
        qtbot.mouseClick(order.seal_button, Qt.MouseButton.LeftButton)
    assert sup.cases.get(case_id).minor.sealed
    assert world.mine.cases.page(CaseQuery()).total == 0  # gone from the counselor's list
    assert order.seal_button.text() == "Unseal record…"
    with qtbot.waitSignal(events.case_saved):
        qtbot.mouseClick(order.seal_button, Qt.MouseButton.LeftButton)
    assert asked == ["Seal record", "Unseal record"]
    assert not world.mine.cases.get(case_id).minor.sealed
    assert world.mine.cases.get(case_id).minor.name == "张小明"


def test_the_history_shows_a_sealed_value_as_kept_encrypted(world: World) -> None:
    value = ValueText(Vocab(world.sup))
    assert value("school", field_crypto.REDACTED) == "(sealed, kept encrypted)"
    assert value("school", "城关第二小学") == "城关第二小学"


def test_the_history_does_not_name_the_code_that_read_a_sealed_record(world: World) -> None:
    shown = describe('{"by": "SessionService", "reason": "复核"}', ValueText(Vocab(world.sup)))
    assert "SessionService" not in shown
    assert "复核" in shown
