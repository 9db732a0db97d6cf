"""Accounts as an insider would attack them (issue 12): a disabled account's open session, a
reset password used as is, a save without the version read, a doctored key file, timing that
tells who exists, demo data poured into a real center."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, update

from familyedu.cli import main
from familyedu.errors import AuthenticationFailed, DatabaseError, ValidationError
from familyedu.models import AuditEvent, Role, User
from familyedu.security import keyfile
from familyedu.services.admin import users as users_module
from familyedu.services.admin.users import authenticate
from familyedu.services.casework.dto import CaseQuery
from tests.conftest import PASSWORD, World, court_order, minor_input, open_case
from tests.unit.security.conftest import EncryptedCenter


def _as(monkeypatch: pytest.MonkeyPatch, user: str, password: str = PASSWORD) -> None:
    monkeypatch.setenv("FAMILYEDU_USER", user)
    monkeypatch.setenv("FAMILYEDU_PASSWORD", password)


@pytest.mark.parametrize("db", ["sqlite"], indirect=True)
def test_a_save_without_the_version_read_is_refused(world: World) -> None:
    case_id = open_case(world.mine)
    case = world.mine.cases.get(case_id)
    with pytest.raises(ValidationError) as refused:
        world.mine.cases.update(case_id, None, court_order(  # type: ignore[arg-type]
            referring_authority="改过的"))
    assert refused.value.field == "expected_version"
    minor = case.minor
    with pytest.raises(ValidationError):
        world.mine.minors.update(minor.id, None, minor_input(  # type: ignore[arg-type]
            name="改名"))
    assert world.mine.minors.get(minor.id).name == minor.name


def test_a_disabled_account_stops_at_its_next_action(encrypted: EncryptedCenter) -> None:
    li = encrypted.sign_in("li").services()
    open_case(li)
    encrypted.admin.services().users.set_active(encrypted.user_ids["li"], False)
    with pytest.raises(AuthenticationFailed) as refused:
        li.cases.page(CaseQuery())
    assert refused.value.reason == "account_disabled"
    with pytest.raises(AuthenticationFailed):
        open_case(li, name="王小红", resident_id=None)


def test_a_changed_role_is_not_carried_on(encrypted: EncryptedCenter) -> None:
    sup = encrypted.sign_in("sup").services()
    assert sup.cases.page(CaseQuery()).total == 0
    with encrypted.admin.db.uow() as s:
        s.execute(update(User).where(User.username == "sup").values(role=Role.COUNSELOR))
    with pytest.raises(AuthenticationFailed) as refused:
        sup.cases.page(CaseQuery())
    assert refused.value.reason == "account_changed"


def test_a_reset_password_is_changed_before_anything_else(
        encrypted: EncryptedCenter, monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    encrypted.admin.services().users.reset_password(encrypted.user_ids["li"], "temporary 123")
    _as(monkeypatch, "li", "temporary 123")
    monkeypatch.setenv("FAMILYEDU_EXPORT_PASSWORD", "export secret 1")
    assert main(["--db", encrypted.url, "export", "--out", str(tmp_path / "x.csv")]) == 2
    assert "change it first with `familyedu-admin passwd`" in capsys.readouterr().err
    assert not (tmp_path / "x.csv.fex").exists()
    li = encrypted.sign_in("li", "temporary 123").services()
    with pytest.raises(AuthenticationFailed) as refused:
        li.cases.page(CaseQuery())
    assert refused.value.reason == "password_change_required"
    monkeypatch.setenv("FAMILYEDU_NEW_PASSWORD", "li's own 1234")
    assert main(["--db", encrypted.url, "passwd"]) == 0
    assert li.cases.page(CaseQuery()).total == 0  # the same session, once it is changed


def _doctor(center: EncryptedCenter, **fields: Any) -> None:
    path = keyfile.key_file_path(center.path)
    data = json.loads(path.read_text(encoding="utf-8"))
    data["users"]["li"].update(fields)
    path.write_text(json.dumps(data), encoding="utf-8")


@pytest.mark.parametrize(("fields", "why"), [
    ({"memory_cost": 4 * 1024 * 1024, "time_cost": 50}, "time cost outside 1..10"),
    ({"memory_cost": 4 * 1024 * 1024}, "memory cost above 1 GiB"),
    ({"time_cost": 11}, "time cost outside 1..10"),
    ({"salt": None}, "salt missing"),
    ({"memory_cost": "65536"}, "not whole numbers"),
    ({"nonce": 12}, "nonce missing"),
    ({"failures": "many"}, "lock-out counters unreadable"),
])
def test_a_doctored_key_file_is_refused_at_once_with_a_clear_message(
        encrypted: EncryptedCenter, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str], fields: dict[str, Any], why: str) -> None:
    _doctor(encrypted, **fields)
    started = time.perf_counter()
    with pytest.raises(DatabaseError) as refused:
        encrypted.sign_in("li")
    assert time.perf_counter() - started < 2
    assert refused.value.reason == "key_file_damaged"
    assert why in refused.value.detail
    _as(monkeypatch, "li")
    assert main(["--db", encrypted.url, "audit-verify"]) == 2
    err = capsys.readouterr().err
    assert "is damaged; restore it from a backup" in err
    assert "Error" not in err
    encrypted.sign_in("admin")  # the other entries still open the database


def _verified_costs(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    seen: list[str] = []
    real = users_module._verifier

    class Recording:
        def verify(self, stored: str, password: str) -> bool:
            seen.append(stored.split("$")[3])  # "m=…,t=…,p=…": the work a check does
            return real.verify(stored, password)

    monkeypatch.setattr(users_module, "_verifier", Recording())
    return seen


@pytest.mark.parametrize("db", ["sqlite"], indirect=True)
def test_unknown_disabled_and_known_users_cost_the_same_work(
        world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    seen = _verified_costs(monkeypatch)
    world.services(world.admin).users.set_active(world.other_counselor.user_id, False)
    for username in ("li", "nobody", "zhao"):
        with pytest.raises(AuthenticationFailed):
            authenticate(world.db, username, "wrong password")
    assert len(seen) == 3
    assert len(set(seen)) == 1


def test_demo_data_goes_only_into_a_demo_database(
        encrypted: EncryptedCenter, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    _as(monkeypatch, "sup")
    assert main(["--db", encrypted.url, "demo-data", "--minors", "3",
                 "--today", "2026-11-27"]) == 2
    captured = capsys.readouterr()
    assert "this is a real center's database" in captured.err
    assert "password" not in captured.out
    with encrypted.admin.db.read() as s:
        assert s.scalar(select(func.count(User.id))) == 4
    assert sorted(keyfile.KeyFile.load(keyfile.key_file_path(encrypted.path)).usernames()) \
        == ["admin", "li", "sup", "zhao"]



def test_the_idle_lock_checks_the_own_password_by_the_services_clock(world: World) -> None:
    world.mine.users.check_own_password(PASSWORD)
    with pytest.raises(AuthenticationFailed):
        world.mine.users.check_own_password("not the password")
    with world.db.uow() as s:
        failed = s.scalars(select(AuditEvent).where(AuditEvent.action == "login_failed")).one()
    assert (failed.username, failed.at) == (world.mine.actor.username, world.mine.ctx.now())


def test_the_about_box_reads_the_schema_through_the_center_service(world: World) -> None:
    about = world.mine.center.database_about()
    assert about.revision_readable
    assert about.revision == about.head == world.db.head_revision()
    assert about.location == world.db.location()
    assert world.mine.center.database_label() == world.db.label()
