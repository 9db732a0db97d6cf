"""Upgrades across releases: an older familyedu's database opens; a newer one is refused by name.

tests/fixtures/release-0.1.0 holds a database written by familyedu 0.1.0 (schema revision
0005) with its key file, made once with that code (see its README).
"""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest
from sqlalchemy import text

from familyedu import __version__, startup
from familyedu.cli import _describe
from familyedu.db import Database
from familyedu.errors import DatabaseTooNew
from familyedu.migrations import HEAD_REVISION
from familyedu.security.keyfile import key_file_path
from familyedu.services.casework.dto import CaseQuery
from familyedu.ui.service_errors import error_text

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "release-0.1.0"
SUPERVISOR, PASSWORD = "supervisor001", "demo-5BzhQ3CVdm"


def _copy_fixture(tmp_path: Path) -> Path:
    path = tmp_path / "familyedu.sqlite3"
    shutil.copy(FIXTURE / "familyedu.sqlite3", path)
    shutil.copy(FIXTURE / "familyedu.sqlite3.keys.json", key_file_path(path))
    return path


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_the_previous_releases_database_is_backed_up_and_upgraded(tmp_path: Path) -> None:
    path = _copy_fixture(tmp_path)
    original = _digest(path)

    db = startup.open_database(f"sqlite:///{path}", username=SUPERVISOR, password=PASSWORD)
    try:
        assert db.current_revision() == HEAD_REVISION
        assert db.release_of(HEAD_REVISION) == __version__
        # The automatic copy is the untouched 0.1.0 file, with the key file that opens it.
        assert db.last_backup is not None
        assert _digest(db.last_backup) == original
        assert key_file_path(db.last_backup).exists()
        signed = startup.sign_in(db, SUPERVISOR, PASSWORD)
        services = signed.services()
        page = services.cases.page(CaseQuery(limit=50))
        assert page.total == 6
        opened = services.cases.get(page.rows[0].id)
        assert opened.minor.name
        with db.read() as s:
            assert s.execute(text("SELECT count(*) FROM guidance_sessions")).scalar_one() == 50
            assert s.execute(text("SELECT count(*) FROM letters")).scalar_one() == 3
    finally:
        db.dispose()


def _newer(db: Database, revision: str, version: str | None) -> None:
    """What a later familyedu leaves behind: a revision this code has never seen."""
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = :r"), {"r": revision})
        if version is not None:
            conn.execute(text("INSERT INTO familyedu_releases VALUES (:r, :v)"),
                         {"r": revision, "v": version})
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.dispose()


@pytest.mark.parametrize("version", ["0.4.2", None])
def test_a_newer_database_is_refused_untouched_naming_the_version_to_use(
        new_database: object, version: str | None) -> None:
    assert callable(new_database)
    db = new_database("sqlite")
    _newer(db, "0042", version)
    path = db.sqlite_path
    assert path is not None
    before = _digest(path)

    again = Database(db.url.render_as_string(hide_password=False))
    with pytest.raises(DatabaseTooNew) as caught:
        again.upgrade()
    again.dispose()

    assert _digest(path) == before
    assert caught.value.version == version
    shown, printed = error_text(caught.value), _describe(caught.value)
    if version is None:
        assert "newer version of familyedu" in shown
        assert "use familyedu" not in printed
    else:
        assert f"familyedu {version} or newer" in shown
        assert __version__ in shown  # and which one the user is running
        assert f"use familyedu {version} or newer" in printed
