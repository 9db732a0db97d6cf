"""Audit entries in words: every key the services write has a label in both languages, and the
audit viewer shows an entry's details as a supervisor reads them, the raw JSON kept aside."""

from __future__ import annotations

import ast
import dataclasses
import json
import re
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from familyedu.demo.writer import TABLE_ORDER
from familyedu.models import Attendance, ClosureOutcome, SessionMode
from familyedu.services.admin.dto import AuditQuery, CenterInput
from familyedu.services.casework import cases, mandatory, minors, plans, sessions
from familyedu.services.casework.dto import (
    GoalInput,
    GuardianInput,
    GuardianView,
    MandatoryReportInput,
    PlanInput,
    SessionInput,
)
from familyedu.ui.admin_security import audit_viewer
from familyedu.ui.admin_security.audit_viewer import AuditViewer, Column
from familyedu.ui.audit_details import (
    ValueText,
    describe,
    is_labelled,
    key_label,
    refusal_detail,
    refused_action,
)
from familyedu.ui.forms.widgets import Vocab
from tests.conftest import World, court_order, in_chinese, minor_input, open_case

PACKAGE = Path(__file__).resolve().parents[2] / "familyedu"
CHINESE = re.compile(r"[\u4e00-\u9fff]")


def _keys_in(node: ast.AST) -> set[str]:
    """Every string key of every dict literal inside a node (nested tables, ** spreads)."""
    return {key.value for sub in ast.walk(node) if isinstance(sub, ast.Dict)
            for key in sub.keys if isinstance(key, ast.Constant) and isinstance(key.value, str)}


def written_keys() -> set[str]:
    """The details keys in the code below the UI: read from the source, so a key added to an
    audit call anywhere fails this test until it has words."""
    keys: set[str] = set()
    for path in PACKAGE.rglob("*.py"):
        if PACKAGE / "ui" in path.parents:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(
                    node.func, "id", "")
                for keyword in node.keywords:
                    if keyword.arg == "details" or (keyword.arg == "extra"
                                                    and name == "record_restore"):
                        keys |= _keys_in(keyword.value)
            elif isinstance(node, ast.Assign | ast.AnnAssign):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                for target in targets:
                    if isinstance(target, ast.Name) and target.id == "details" \
                            and node.value is not None:
                        keys |= _keys_in(node.value)
                    if isinstance(target, ast.Subscript) and isinstance(
                            target.value, ast.Name) and target.value.id == "details" \
                            and isinstance(target.slice, ast.Constant):
                        keys.add(str(target.slice.value))
    # The record's own fields (in "changes" and "after") and demo data's counts per table.
    keys |= {*minors.MINOR_FIELDS, *minors.GUARDIAN_FIELDS, *cases.CASE_FIELDS,
             *plans.PLAN_FIELDS, *sessions.SESSION_FIELDS, *mandatory.REPORT_FIELDS,
             "private_notes_length", *(t for t in TABLE_ORDER if t != "users")}
    for dto in (SessionInput, MandatoryReportInput, PlanInput, CenterInput):
        keys |= {f.name for f in dataclasses.fields(dto)}
    return keys


def refusable_actions() -> set[str]:
    """The names the services give what a user may be refused (PermissionDenied.action),
    read from the source: the code passed to deny/require_role, a loader's action."""
    first, third = {"deny", "require_role", "PermissionDenied"}, {"_load", "_load_minor",
                                                                   "_transition"}
    codes = {"read_case"}  # load_case's default
    for path in (PACKAGE / "services").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(
                node.func, "id", "")
            args = [k.value for k in node.keywords if k.arg == "action" and name == "load_case"]
            if name in first and node.args:
                args.append(node.args[0])
            if name in third and len(node.args) > 2:
                args.append(node.args[2])
            codes |= {a.value for a in args
                      if isinstance(a, ast.Constant) and isinstance(a.value, str)}
    return codes


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[None]:
    with in_chinese(qapp):
        yield


def test_the_source_scan_finds_the_keys_it_should() -> None:
    # Guards the scan itself: a scan that found nothing would pass the label test below.
    keys = written_keys()
    assert {"accounts", "closed_cases", "counts", "what", "deidentified", "omitted_sealed", "k",
            "suppressed", "format", "rows", "protected", "file", "filters", "demo", "role",
            "setup", "reason", "by", "step", "replaced_audit_head", "comment",
            "phone", "guardian_ids", "logo_png", "session_goal_ratings"} <= keys


def test_every_key_the_services_write_has_words_in_english(qapp: QApplication) -> None:
    missing = sorted(k for k in written_keys() if not is_labelled(k) or key_label(k) == k)
    assert missing == []


def test_every_key_the_services_write_has_words_in_chinese(chinese: None) -> None:
    untranslated = sorted(k for k in written_keys() if not CHINESE.search(key_label(k)))
    assert untranslated == []


def test_every_refusal_names_what_was_tried_in_english(qapp: QApplication) -> None:
    codes = refusable_actions()
    assert {"reassign_case", "edit_minor", "submit_plan", "transfer_case", "backup"} <= codes
    assert sorted(c for c in codes if refused_action(c) == c) == []
    assert refused_action("a_newer_versions_action") == "a_newer_versions_action"


def test_every_refusal_names_what_was_tried_in_chinese(world: World, chinese: None) -> None:
    assert sorted(c for c in refusable_actions() if not CHINESE.search(refused_action(c))) == []
    shown = describe('{"action": "reassign_case", "detail": "role counselor"}',
                     ValueText(Vocab(world.sup)), hidden=())
    assert shown.splitlines() == ["被拒绝的操作：改派案件", "说明：以指导师身份"]


@pytest.mark.parametrize(("stored", "english", "chinese_words"), [
    ("role supervisor", "as Supervisor", "以督导身份"),
    ("case 17", "Case 17", "案件 17"),
    ("letter 3", "Letter 3", "文书 3"),
    ("minor 5", "Minor 5", "未成年人 5"),
    ("user 4", "Account 4", "账户 4"),
    ("import 2", "Import 2", "导入 2"),
    ("admin holds no cases", "an administrator holds no cases", "管理员不承办案件"),
    ("role newer_role", "role newer_role", "role newer_role"),  # a newer version's: as stored
    ("something newer", "something newer", "something newer"),
])
def test_a_refusals_detail_is_read_back_into_words(
        qapp: QApplication, stored: str, english: str, chinese_words: str) -> None:
    # The services write it for a log ("role supervisor", deny() in services/core/base.py).
    assert refusal_detail(stored) == english
    with in_chinese(qapp):
        assert refusal_detail(stored) == chinese_words


def _exercise(world: World) -> None:
    """Most kinds of entry a center's trail holds, through the services."""
    case_id = open_case(world.mine)
    case = world.mine.cases.get(case_id)
    minor = world.mine.minors.update(case.minor.id, case.minor.version,
                                     minor_input(school="城关第一小学"))
    guardian = minor.guardians[0]
    world.mine.minors.update_guardian(guardian.id, guardian.version,
                                      _as_input(guardian, phone="0851-87221234"))
    world.mine.cases.update(case_id, world.mine.cases.get(case_id).version,
                            court_order(order_hours_required=30))
    report = world.mine.mandatory_reports.add(case_id, MandatoryReportInput(
        date(2026, 10, 2), "疑似忽视", "城关派出所"))
    view = world.mine.mandatory_reports.for_case(case_id)[0]
    world.mine.mandatory_reports.update(report, view.version, MandatoryReportInput(
        date(2026, 10, 2), "疑似忽视", "城关派出所", receipt_number="J-17"))
    plan = world.mine.plans.create(case_id, PlanInput(
        start_on=date(2026, 9, 1), review_on=date(2027, 1, 15),
        goals=(GoalInput("communication", "每周与孩子视频通话两次"),)))
    plan = world.mine.plans.submit(plan.id, plan.version)
    world.sup.plans.approve(plan.id, plan.version, "同意")
    logged = world.mine.sessions.log(case_id, SessionInput(
        held_at=datetime(2026, 11, 20, 14, 0), duration_minutes=60, mode=SessionMode.CENTER,
        attendance=Attendance.ATTENDED, guardian_ids=(guardian.id,), minor_attended=True,
        private_notes="只给指导师看"))
    world.mine.sessions.update(logged.id, logged.version, SessionInput(
        held_at=datetime(2026, 11, 20, 14, 0), duration_minutes=90, mode=SessionMode.HOME_VISIT,
        attendance=Attendance.ATTENDED, guardian_ids=(guardian.id,), minor_attended=True))
    world.sup.minors.set_sealed(case.minor.id, True, "法院要求封存")
    world.sup.cases.open(case_id, sealed_reason="复核")
    sup = world.sup  # one sign-in: the grant holds for its later reads
    sup.cases.grant_sealed_access("结案")
    closing = sup.cases.get(case_id)
    sup.cases.close(closing.id, closing.version, outcome=ClosureOutcome.GOALS_ACHIEVED,
                    closed_on=date(2026, 11, 26))


def _as_input(guardian: GuardianView, **changes: Any) -> GuardianInput:
    fields = {f.name: getattr(guardian, f.name) for f in dataclasses.fields(GuardianInput)}
    return GuardianInput(**{**fields, **changes})


def _all_keys(value: Any, out: set[str]) -> set[str]:
    if isinstance(value, dict):
        for key, item in value.items():
            if key != "ratings":  # goal ids -> a rating, not named keys
                out.add(key)
                _all_keys(item, out)
    elif isinstance(value, list):
        for item in value:
            _all_keys(item, out)
    return out


def test_every_key_in_a_used_trail_has_words(qtbot: QtBot, world: World, tmp_path: Path) -> None:
    _exercise(world)
    world.sup.exports.cases(tmp_path / "cases.xlsx", deidentified=True)
    world.sup.exports.audit_log(AuditQuery(), tmp_path / "audit.csv", password="audit secret 1")
    rows = world.sup.audit.page(AuditQuery(limit=1000)).rows
    keys = set().union(*(_all_keys(json.loads(row.details), set()) for row in rows))
    assert {"changes", "after", "what", "filters", "format", "by", "step"} <= keys
    assert sorted(k for k in keys if not is_labelled(k)) == []
    # The field the source scan reads (changes/after) are the ones the services write.
    assert keys <= written_keys() | {"changes", "after"}


def test_a_key_this_version_does_not_know_is_shown_as_it_is(world: World) -> None:
    shown = describe('{"newer_key": [1, 2], "phone": ["", "0851"]}',
                     ValueText(Vocab(world.sup)), hidden=())
    assert shown.splitlines() == ["newer_key: 1, 2", "Phone: —, 0851"]


def _details(viewer: AuditViewer, action: str) -> tuple[str, str]:
    viewer.action.setCurrentIndex(viewer.action.findData(action))
    viewer.apply_filters()
    index = viewer.model.index(0, Column.DETAILS)
    return (viewer.model.data(index, Qt.ItemDataRole.DisplayRole),
            viewer.model.data(index, Qt.ItemDataRole.ToolTipRole))


def test_the_viewer_shows_a_change_and_an_export_in_chinese_words(
        qtbot: QtBot, world: World, tmp_path: Path, chinese: None) -> None:
    case_id = open_case(world.mine)
    guardian = world.mine.cases.get(case_id).minor.guardians[1]
    world.mine.minors.update_guardian(guardian.id, guardian.version, _as_input(
        guardian, phone="0851-87221234", address="贵州省贵阳市云岩区"))
    world.sup.exports.audit_log(AuditQuery(username="li"), tmp_path / "audit.csv",
                                password="audit secret 1")
    viewer = AuditViewer(world.sup)
    qtbot.addWidget(viewer)

    shown, tip = _details(viewer, "update")
    assert "地址：— → 贵州省贵阳市云岩区" in shown, shown
    assert "；" in shown
    assert "{" not in shown
    assert "\n" not in shown  # one line in the table; the tooltip has a line each
    words, raw = tip.split("\n\n")
    assert "地址：— → 贵州省贵阳市云岩区" in words.splitlines()
    assert json.loads(raw)["changes"]["address"] == ["", "贵州省贵阳市云岩区"]

    shown, tip = _details(viewer, "export")
    assert "导出内容：审计日志" in shown, shown
    assert "筛选条件：操作人 li" in shown
    assert "格式：CSV" in shown
    assert "密码保护" in shown
    assert "文件：audit.csv" in shown
    assert "{" not in shown
    assert json.loads(tip.split("\n\n")[-1])["what"] == "audit"


def test_a_restores_account_changes_read_as_the_consent_question_did(
        world: World, chinese: None) -> None:
    shown = describe(json.dumps({"account_changes": [
        {"username": "li", "change": "old_password", "before": "", "after": ""},
        {"username": "zhao", "change": "enabled_again", "before": "", "after": ""},
    ]}), ValueText(Vocab(world.sup)), hidden=())
    assert shown == "账户变化：li：已恢复备份时的密码、zhao：已重新启用"
    # Entries written before the changes were kept as data hold a sentence: shown as stored.
    old = describe('{"account_changes": ["li gets back the password it had"]}',
                   ValueText(Vocab(world.sup)), hidden=())
    assert old == "账户变化：li gets back the password it had"


def test_an_entry_is_put_into_words_once_not_at_every_repaint(
        qtbot: QtBot, world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    open_case(world.mine)
    calls: list[str] = []
    real = audit_viewer.describe_lines

    def counted(details: str, *args: Any, **kwargs: Any) -> list[str]:
        calls.append(details)
        return real(details, *args, **kwargs)

    monkeypatch.setattr(audit_viewer, "describe_lines", counted)
    viewer = AuditViewer(world.sup)
    qtbot.addWidget(viewer)
    index = viewer.model.index(0, Column.DETAILS)
    shown = viewer.model.data(index, Qt.ItemDataRole.DisplayRole)
    calls.clear()
    for _repaint in range(3):
        assert viewer.model.data(index, Qt.ItemDataRole.DisplayRole) == shown
        viewer.model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert calls == []
