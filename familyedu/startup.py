"""Opening familyedu's database for a person: first-start setup and sign-in.

The app and the command line both start here, so encryption, upgrades and sign-in
happen the same way whichever door a user comes in by.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from familyedu.db import Database
from familyedu.paths import resolve_database_url
from familyedu.services import ServiceContext, Services
from familyedu.services.context import Actor
from familyedu.services.users import authenticate, create_center_and_admin, has_users


@dataclass
class SignedIn:
    """An open, migrated database and the person using it."""

    db: Database
    actor: Actor
    clock: Callable[[], datetime] = datetime.now

    def services(self) -> Services:
        return Services(ServiceContext(self.db, self.actor))


def open_database(url: str | None = None) -> Database:
    """The database at `url` (or the configured default), migrated to this version."""
    db = Database(resolve_database_url(url))
    db.upgrade()
    return db


def needs_setup(db: Database) -> bool:
    """True on first start: no account exists yet."""
    return not has_users(db)


def setup(db: Database, *, center_name: str, username: str, display_name: str,
          password: str) -> SignedIn:
    """First start: create the center and its administrator, signed in."""
    actor = create_center_and_admin(db, center_name=center_name, username=username,
                                    display_name=display_name, password=password)
    return SignedIn(db, actor)


def sign_in(db: Database, username: str, password: str) -> SignedIn:
    """Check the password (raises AuthenticationFailed) and return the signed-in user."""
    return SignedIn(db, authenticate(db, username, password))
