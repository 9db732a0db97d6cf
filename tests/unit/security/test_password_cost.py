"""The argon2 cost of new passwords: production at the entry points, the context's in services."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from argon2 import extract_parameters
from sqlalchemy import select

from familyedu import startup
from familyedu.models import Role, User
from familyedu.security import crypto
from familyedu.services import ServiceContext, Services
from tests.conftest import CHEAP_KDF, PASSWORD


def _hash_of(signed: startup.SignedIn, username: str) -> str:
    with signed.db.read() as s:
        found = s.scalar(select(User.password_hash).where(User.username == username))
    assert found
    return found


@pytest.mark.production_kdf
def test_first_start_and_sign_in_use_the_production_cost(tmp_path: Path) -> None:
    path = tmp_path / "center.sqlite3"
    signed = startup.setup(startup.open_database(f"sqlite:///{path}"), center_name="某县中心",
                           username="admin", display_name="管理员", password=PASSWORD)
    try:
        real = crypto.KdfParams()
        entry = json.loads((tmp_path / "center.sqlite3.keys.json").read_text())["users"]["admin"]
        assert crypto.KdfParams.from_dict(entry) == real
        stored = extract_parameters(_hash_of(signed, "admin"))
        assert (stored.time_cost, stored.memory_cost, stored.parallelism) == (3, 65_536, 4)
        # An account made through a signed-in person's services gets the production cost too.
        signed.services().users.create(username="li", display_name="李老师",
                                       role=Role.COUNSELOR, password=PASSWORD)
        entry = json.loads((tmp_path / "center.sqlite3.keys.json").read_text())["users"]["li"]
        assert crypto.KdfParams.from_dict(entry) == real
        assert extract_parameters(_hash_of(signed, "li")).memory_cost == 65_536
    finally:
        signed.db.dispose()


def test_services_hash_with_their_contexts_cost(tmp_path: Path) -> None:
    path = tmp_path / "center.sqlite3"
    signed = startup.setup(startup.open_database(f"sqlite:///{path}"), center_name="某县中心",
                           username="admin", display_name="管理员", password=PASSWORD)
    try:
        chosen = crypto.KdfParams(time_cost=2, memory_cost=2048, parallelism=1)
        assert chosen != CHEAP_KDF
        services = Services(ServiceContext(signed.db, signed.actor, password_cost=chosen))
        services.users.create(username="zhao", display_name="赵老师", role=Role.COUNSELOR,
                              password=PASSWORD)
        entry = json.loads((tmp_path / "center.sqlite3.keys.json").read_text())["users"]["zhao"]
        assert crypto.KdfParams.from_dict(entry) == chosen
        stored = extract_parameters(_hash_of(signed, "zhao"))
        assert (stored.time_cost, stored.memory_cost) == (2, 2048)
        # The new account signs in with it.
        again = startup.sign_in(startup.open_database(f"sqlite:///{path}"), "zhao", PASSWORD)
        assert again.actor.username == "zhao"
        again.db.dispose()
    finally:
        signed.db.dispose()
