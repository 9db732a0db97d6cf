"""Encryption at rest: no readable name on disk, wrong passwords open nothing, keys re-wrapped."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select

from familyedu import startup
from familyedu.db import Database
from familyedu.errors import AuthenticationFailed, DatabaseError
from familyedu.models import AuditEvent
from familyedu.security.keyfile import KeyFile, key_file_path
from tests.conftest import PASSWORD, open_case
from tests.unit.security.conftest import EncryptedCenter

NAMES = ["张小明", "张建国", "刘桂英", "城关第二小学", "13812345678", "幸福村"]


def _disk_bytes(path: Path) -> bytes:
    return b"".join(p.read_bytes() for p in (path, path.with_name(path.name + "-wal"))
                    if p.exists())


def test_database_file_and_wal_hold_no_readable_name(encrypted: EncryptedCenter) -> None:
    li = encrypted.sign_in("li")
    case_id = open_case(li.services())
    assert li.services().cases.open(case_id).minor.name == "张小明"
    # While the app runs the newest pages sit in the -wal file: check it too.
    wal = encrypted.path.with_name(encrypted.path.name + "-wal")
    assert wal.exists()
    assert wal.stat().st_size > 0
    for when in ("running", "closed"):
        raw = _disk_bytes(encrypted.path)
        assert not raw.startswith(b"SQLite format 3"), when
        for name in NAMES:
            assert name.encode("utf-8") not in raw, (when, name)
        li.db.dispose()
        encrypted.admin.db.dispose()
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(encrypted.path).execute("SELECT * FROM minors").fetchall()


def test_wrong_password_opens_nothing(encrypted: EncryptedCenter) -> None:
    encrypted.admin.db.dispose()
    before = encrypted.path.read_bytes()
    db = startup.open_database(encrypted.url)
    with pytest.raises(AuthenticationFailed) as info:
        startup.sign_in(db, "li", "not the password")
    assert info.value.reason == "wrong_credentials"
    assert db.needs_key
    with pytest.raises(DatabaseError) as refused:
        db.read().__enter__()
    assert refused.value.reason == "needs_unlock"
    assert encrypted.path.read_bytes() == before
    # The attempt reaches the audit trail with the next sign-in.
    li = startup.sign_in(db, "li", PASSWORD)
    with li.db.read() as s:
        failed = [(e.username, e.user_id, e.details) for e in s.scalars(
            select(AuditEvent).where(AuditEvent.action == "login_failed"))]
    assert [f[:2] for f in failed] == [("li", encrypted.user_ids["li"])]
    assert '"stage":"key_file"' in failed[0][2]


def test_password_change_rewraps_and_old_password_fails(encrypted: EncryptedCenter) -> None:
    keys_path = key_file_path(encrypted.path)
    old_entry = KeyFile.load(keys_path).data["users"]["li"]
    li = encrypted.sign_in("li")
    li.services().users.change_own_password(PASSWORD, "a brand new secret")
    new_entry = KeyFile.load(keys_path).data["users"]["li"]
    assert new_entry["wrapped_key"] != old_entry["wrapped_key"]
    assert KeyFile.load(keys_path).data["users"]["zhao"]["salt"] == \
        KeyFile.load(keys_path).data["users"]["zhao"]["salt"]
    with pytest.raises(AuthenticationFailed):
        encrypted.sign_in("li", PASSWORD)
    assert encrypted.sign_in("li", "a brand new secret").actor.username == "li"


def test_admin_reset_and_disable_change_the_key_file(encrypted: EncryptedCenter) -> None:
    users = encrypted.admin.services().users
    users.reset_password(encrypted.user_ids["zhao"], "reset by admin 1")
    assert encrypted.sign_in("zhao", "reset by admin 1").actor.username == "zhao"
    users.set_active(encrypted.user_ids["zhao"], False)
    assert not KeyFile.load(key_file_path(encrypted.path)).has_user("zhao")
    with pytest.raises(AuthenticationFailed):
        encrypted.sign_in("zhao", "reset by admin 1")
    users.set_active(encrypted.user_ids["zhao"], True)
    users.reset_password(encrypted.user_ids["zhao"], "welcome back 22")
    assert encrypted.sign_in("zhao", "welcome back 22").actor.username == "zhao"


def test_a_failed_setup_leaves_no_file(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"
    db = startup.open_database(f"sqlite:///{path}")
    with pytest.raises(Exception, match="password"):
        startup.setup(db, center_name="中心", username="admin", display_name="管理员",
                      password="short")
    assert list(tmp_path.glob("new.sqlite3*")) == []
    assert startup.needs_setup(db)
    # The form is corrected and sent again, on the same database object.
    signed = startup.setup(db, center_name="中心", username="admin", display_name="管理员",
                           password="long enough 1")
    assert signed.actor.username == "admin"
    assert not startup.needs_setup(db)


def test_plain_file_is_refused_unless_encryption_is_off(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "plain.sqlite3"
    Database(f"sqlite:///{path}").upgrade()
    with pytest.raises(DatabaseError) as info:
        startup.open_database(f"sqlite:///{path}")
    assert info.value.reason == "not_encrypted"
    monkeypatch.setenv("FAMILYEDU_ENCRYPTION", "off")
    db = startup.open_database(f"sqlite:///{path}")
    assert not db.encrypted
    assert startup.needs_setup(db)


def test_missing_or_foreign_key_file_is_named(encrypted: EncryptedCenter,
                                              tmp_path: Path) -> None:
    keys = key_file_path(encrypted.path)
    other = tmp_path / "other.sqlite3"
    db = startup.open_database(f"sqlite:///{other}")
    startup.setup(db, center_name="别的中心", username="admin", display_name="管理员",
                  password=PASSWORD).db.dispose()
    keys.rename(tmp_path / "saved.json")
    with pytest.raises(DatabaseError) as info:
        startup.open_database(encrypted.url)
    assert info.value.reason == "key_file_missing"
    key_file_path(other).replace(keys)
    with pytest.raises(DatabaseError) as info:
        encrypted.sign_in("admin")
    assert info.value.reason == "key_file_mismatch"


def test_session_lock_sign_in_again_on_the_open_database(encrypted: EncryptedCenter) -> None:
    li = encrypted.sign_in("li")
    again = startup.sign_in(li.db, "li", PASSWORD)
    assert again.actor == li.actor
    with pytest.raises(AuthenticationFailed):
        startup.sign_in(li.db, "li", "wrong one")
    assert not li.db.needs_key  # the open window stays usable for the right person
