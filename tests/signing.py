"""What signing in gives a desk, for tests that build their actors by hand (child processes
included, which should not import pytest's conftest)."""

from __future__ import annotations

import dataclasses
from datetime import datetime

from familyedu.db import Database
from familyedu.models import User
from familyedu.security import crypto
from familyedu.services.core import field_crypto
from familyedu.services.core.context import Actor

PASSWORD = "correct horse 1"
CHEAP_KDF = crypto.KdfParams(time_cost=1, memory_cost=1024, parallelism=1)


def signed_actor(db: Database, actor: Actor, password: str = PASSWORD) -> Actor:
    """`actor` with the field keys its sign-in would open (without the sign-in's audit
    entry): what a desk holds after signing in."""
    with db.uow() as s:
        user = s.get(User, actor.user_id)
        assert user is not None
        keyring = field_crypto.unlock(s, user, password, CHEAP_KDF,
                                      datetime(2026, 11, 1, 9))
    return dataclasses.replace(actor, keyring=keyring)
