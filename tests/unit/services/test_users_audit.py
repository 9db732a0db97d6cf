"""Sign-in, lock-out, accounts, and the tamper-evident audit trail."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlalchemy import select, update

from familyedu.errors import AuthenticationFailed, PermissionDenied, ValidationError
from familyedu.models import AuditEvent, Role
from familyedu.services.admin.users import authenticate
from familyedu.services.core.audit import verify_chain
from tests.conftest import NOW, PASSWORD, World, open_case


def test_sign_in_and_wrong_password(world: World) -> None:
    actor = authenticate(world.db, "LI", PASSWORD, now=lambda: NOW)
    assert (actor.username, actor.role) == ("li", Role.COUNSELOR)
    with pytest.raises(AuthenticationFailed) as info:
        authenticate(world.db, "li", "wrong", now=lambda: NOW)
    assert info.value.reason == "wrong_credentials"
    with pytest.raises(AuthenticationFailed):
        authenticate(world.db, "nobody", PASSWORD, now=lambda: NOW)


def test_lock_out_after_repeated_failures(world: World) -> None:
    for _ in range(5):
        with pytest.raises(AuthenticationFailed):
            authenticate(world.db, "li", "wrong", now=lambda: NOW)
    with pytest.raises(AuthenticationFailed) as info:
        authenticate(world.db, "li", PASSWORD, now=lambda: NOW)
    assert info.value.reason == "locked"
    assert info.value.retry_after_seconds == 30
    later = NOW + timedelta(seconds=31)
    assert authenticate(world.db, "li", PASSWORD, now=lambda: later).username == "li"


def test_disabled_account_cannot_sign_in_and_is_kept(world: World) -> None:
    admin = world.services(world.admin)
    admin.users.set_active(world.counselor.user_id, False)
    with pytest.raises(AuthenticationFailed) as info:
        authenticate(world.db, "li", PASSWORD, now=lambda: NOW)
    assert info.value.reason == "account_disabled"
    assert "li" in [u.username for u in admin.users.all()]


def test_only_admin_manages_accounts(world: World) -> None:
    with pytest.raises(PermissionDenied):
        world.sup.users.create(username="x", display_name="X", role=Role.COUNSELOR,
                               password=PASSWORD)
    with pytest.raises(ValidationError) as info:
        world.services(world.admin).users.create(username="li", display_name="重复",
                                                 role=Role.COUNSELOR, password=PASSWORD)
    assert info.value.field == "username"
    with pytest.raises(ValidationError) as info:
        world.services(world.admin).users.create(username="new", display_name="新人",
                                                 role=Role.COUNSELOR, password="short")
    assert info.value.field == "password"


def test_password_change(world: World) -> None:
    mine = world.mine
    with pytest.raises(ValidationError) as info:
        mine.users.change_own_password("not it", "another good one")
    assert info.value.field == "old_password"
    mine.users.change_own_password(PASSWORD, "another good one")
    assert authenticate(world.db, "li", "another good one", now=lambda: NOW).username == "li"


def test_audit_chain_detects_an_edited_entry(world: World) -> None:
    open_case(world.mine)
    with world.db.read() as s:
        check = verify_chain(s)
        ids = list(s.scalars(select(AuditEvent.id).order_by(AuditEvent.id)))
    assert check.ok
    assert check.entries == len(ids) >= 5
    target = ids[len(ids) // 2]
    with world.db.uow() as s:
        s.execute(update(AuditEvent).where(AuditEvent.id == target)
                  .values(at=datetime(2020, 1, 1)))
    with world.db.read() as s:
        broken = verify_chain(s)
    assert broken.first_broken_id == target


def test_audit_chain_detects_a_deleted_entry(world: World) -> None:
    open_case(world.mine)
    with world.db.read() as s:
        ids = list(s.scalars(select(AuditEvent.id).order_by(AuditEvent.id)))
    with world.db.uow() as s:
        s.execute(AuditEvent.__table__.delete().where(AuditEvent.id == ids[2]))
    with world.db.read() as s:
        assert verify_chain(s).first_broken_id == ids[3]


def test_reset_password_forces_a_change_at_next_sign_in(world: World) -> None:
    world.services(world.admin).users.reset_password(world.counselor.user_id, "temporary pw 1")
    actor = authenticate(world.db, "li", "temporary pw 1", now=lambda: NOW)
    assert actor.must_change_password
    world.services(actor).users.change_own_password("temporary pw 1", "my own secret 1")
    assert not authenticate(world.db, "li", "my own secret 1", now=lambda: NOW).must_change_password
