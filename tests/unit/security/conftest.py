"""Fixtures for the security tests: cheap key derivation, and encrypted databases on disk."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from sqlalchemy import update

from familyedu import startup
from familyedu.models import Role, User
from familyedu.startup import SignedIn
from tests.conftest import PASSWORD


@pytest.fixture(autouse=True)
def _private_data_dir(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    # The password cost is lowered for every test in tests/conftest.py.
    monkeypatch.setenv("FAMILYEDU_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("FAMILYEDU_ENCRYPTION", raising=False)
    monkeypatch.delenv("FAMILYEDU_DATABASE_URL", raising=False)
    for name in ("FAMILYEDU_USER", "FAMILYEDU_PASSWORD", "FAMILYEDU_NEW_PASSWORD",
                 "FAMILYEDU_EXPORT_PASSWORD", "FAMILYEDU_BACKUP_PASSWORD"):
        monkeypatch.delenv(name, raising=False)


@dataclass
class EncryptedCenter:
    """An encrypted SQLite database made through startup, like the app's first start."""

    path: Path
    admin: SignedIn
    user_ids: dict[str, int]
    opened: list[SignedIn] = field(default_factory=list)

    @property
    def url(self) -> str:
        return f"sqlite:///{self.path}"

    def sign_in(self, username: str, password: str = PASSWORD) -> SignedIn:
        """A fresh process's view: open the file locked and sign in."""
        db = startup.open_database(self.url)
        signed = startup.sign_in(db, username, password)
        self.opened.append(signed)
        return signed

    def close_others(self) -> None:
        """Close the connections of every other "program" on the file (not the admin's)."""
        for signed in self.opened:
            signed.db.dispose()


@pytest.fixture
def encrypted(tmp_path: Path) -> Iterator[EncryptedCenter]:
    path = tmp_path / "center.sqlite3"
    db = startup.open_database(f"sqlite:///{path}")
    assert startup.needs_setup(db)
    admin = startup.setup(db, center_name="测试县家庭教育指导中心", username="admin",
                          display_name="管理员", password=PASSWORD)
    users = admin.services().users
    ids = {name: users.create(username=name, display_name=shown, role=role, password=PASSWORD)
           for name, shown, role in [("sup", "王督导", Role.SUPERVISOR),
                                     ("li", "李老师", Role.COUNSELOR),
                                     ("zhao", "赵老师", Role.COUNSELOR)]}
    # As if each had chosen their own password after the administrator created the account
    # (an account still waiting for that change can do nothing else: test_accounts.py).
    with admin.db.uow() as s:
        s.execute(update(User).values(must_change_password=False))
    center = EncryptedCenter(path, admin, ids)
    yield center
    center.close_others()
    admin.db.dispose()
