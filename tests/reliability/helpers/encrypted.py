"""An encrypted (SQLCipher) center for the reliability tests, set up the way the app does."""

from __future__ import annotations

from pathlib import Path

from familyedu import startup
from familyedu.db import Database
from familyedu.models import Role
from familyedu.services import ServiceContext
from familyedu.services.admin.users import UserService
from familyedu.services.core.context import Actor
from tests.conftest import (
    PASSWORD,
    World,
    fixed_clock,
    give_contact_details,
    passwords_chosen,
)
from tests.signing import signed_actor


def encrypted_world(path: Path) -> tuple[World, bytes]:
    """A new encrypted file with the users of tests.conftest.build_world, and its key."""
    db = Database(f"sqlite:///{path}", encrypted=True)
    admin = startup.setup(db, center_name="测试县家庭教育指导中心", username="admin",
                          display_name="管理员", password=PASSWORD).actor
    users = UserService(ServiceContext(db, admin, fixed_clock))
    people = [("sup", "王督导", Role.SUPERVISOR), ("li", "李老师", Role.COUNSELOR),
              ("zhao", "赵老师", Role.COUNSELOR)]
    created = [Actor(users.create(username=name, display_name=shown, role=role,
                                  password=PASSWORD), name, shown, role, admin.center_id)
               for name, shown, role in people]
    assert db.key is not None
    give_contact_details(db, admin.center_id)
    passwords_chosen(db)
    actors = [signed_actor(db, actor) for actor in created]
    return World(db, admin, *actors), db.key
