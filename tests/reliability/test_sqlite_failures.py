"""A locked, read-only, missing or full SQLite database: a clear reason, nothing half-saved.

Each test saves one session (with ratings, guardians present and an audit entry) while the
condition holds: the service raises DatabaseError with the reason the UI translates, no row
of the session is anywhere, and the same action succeeds once the condition is gone.
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from familyedu.db import Database
from familyedu.errors import DatabaseError
from tests.reliability.helpers import consistency
from tests.reliability.helpers.failures import (
    checkpoint,
    counts,
    file_counts,
    make_desk,
    mounted,
    one_more_session,
    remount,
)

NewDatabase = Callable[[str], Database]


def _sqlite(new_database: NewDatabase) -> tuple[Database, Path]:
    db = new_database("sqlite")
    assert db.sqlite_path is not None
    return db, db.sqlite_path


def test_locked_database_says_locked_and_saves_once_free(new_database: NewDatabase) -> None:
    db, path = _sqlite(new_database)
    desk = make_desk(db)
    impatient = Database(f"sqlite:///{path}", busy_timeout_ms=300)
    services = desk.services_on(impatient)
    before = counts(db)
    holder = sqlite3.connect(str(path), isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")  # another program writing for a long time
    try:
        started = time.monotonic()
        with pytest.raises(DatabaseError) as caught:
            services.sessions.log(desk.case.case_id, desk.session())
        assert caught.value.reason == "locked"
        assert caught.value.retryable
        assert time.monotonic() - started < 5  # the busy timeout, not forever
        assert counts(db) == before
        # Reading goes on while another program writes.
        assert services.cases.get(desk.case.case_id).id == desk.case.case_id
    finally:
        holder.rollback()
        holder.close()
    services.sessions.log(desk.case.case_id, desk.session())
    assert one_more_session(before, counts(db), desk)
    assert consistency.problems(db) == []
    impatient.dispose()


def test_read_only_file_says_read_only(new_database: NewDatabase) -> None:
    """Opened read-only (`mode=ro`): reading works, a save is refused, the file unchanged."""
    db, path = _sqlite(new_database)
    desk = make_desk(db)
    checkpoint(db)
    before = file_counts(path)
    read_only = Database(f"sqlite:///file:{path}?mode=ro&uri=true")
    services = desk.services_on(read_only)
    assert services.cases.get(desk.case.case_id).id == desk.case.case_id
    with pytest.raises(DatabaseError) as caught:
        services.sessions.log(desk.case.case_id, desk.session())
    assert caught.value.reason == "read_only"
    assert file_counts(path) == before
    read_only.dispose()


def test_read_only_medium_says_read_only_and_saves_once_writable(
        new_database: NewDatabase, tmp_path: Path) -> None:
    """The database on a write-protected medium (a locked USB stick, a read-only share)."""
    db, path = _sqlite(new_database)
    desk = make_desk(db)
    checkpoint(db)
    db.dispose()
    before = file_counts(path)
    folder = tmp_path / "stick"
    try:
        with mounted("bind", folder, "", source=str(path.parent)):
            remount(folder, "ro")
            app = Database(f"sqlite:///{folder / path.name}")
            services = desk.services_on(app)
            with pytest.raises(DatabaseError) as caught:
                services.sessions.log(desk.case.case_id, desk.session())
            assert caught.value.reason == "read_only"
            assert caught.value.retryable
            assert file_counts(path) == before
            # Reading goes on meanwhile (on connections that stay read-only).
            assert services.cases.get(desk.case.case_id).id == desk.case.case_id
            remount(folder, "rw")  # the user flips the switch and presses Retry
            services.sessions.log(desk.case.case_id, desk.session())
            assert one_more_session(before, counts(app), desk)
            assert consistency.problems(app) == []
            app.dispose()
    except PermissionError as exc:
        pytest.skip(f"needs root to bind-mount a folder read-only: {exc}")


def test_missing_folder_says_missing(tmp_path: Path) -> None:
    db = Database(f"sqlite:///{tmp_path / 'gone' / 'familyedu.sqlite3'}")
    with pytest.raises(DatabaseError) as caught:
        db.upgrade()
    assert caught.value.reason == "missing"
    assert not (tmp_path / "gone").exists()


def test_file_removed_under_a_running_app_takes_no_write(new_database: NewDatabase,
                                                         tmp_path: Path) -> None:
    """Without the guard SQLite writes on into the deleted file, lost at close."""
    db, path = _sqlite(new_database)
    desk = make_desk(db)
    checkpoint(db)
    saved = tmp_path / "copy.sqlite3"
    shutil.copy2(path, saved)
    before = file_counts(saved)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)

    with pytest.raises(DatabaseError) as caught:
        desk.world.mine.sessions.log(desk.case.case_id, desk.session())
    assert caught.value.reason == "missing"
    with pytest.raises(DatabaseError):
        desk.world.mine.cases.get(desk.case.case_id)
    assert not path.exists()  # and no empty database was made in its place

    shutil.copy2(saved, path)  # the stick is back
    desk.world.mine.sessions.log(desk.case.case_id, desk.session())
    assert one_more_session(before, file_counts(path), desk)
    assert consistency.problems(db) == []


def test_file_replaced_under_a_running_app_gets_the_next_write(new_database: NewDatabase,
                                                               tmp_path: Path) -> None:
    """A backup restored by renaming it over the file: the app works on the restored file."""
    db, path = _sqlite(new_database)
    desk = make_desk(db)
    checkpoint(db)
    backup = tmp_path / "backup.sqlite3"
    shutil.copy2(path, backup)
    restored = file_counts(backup)
    desk.world.mine.sessions.log(desk.case.case_id, desk.session("after the backup"))
    checkpoint(db)
    os.replace(backup, path)
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)

    desk.world.mine.sessions.log(desk.case.case_id, desk.session("after the restore"))
    assert one_more_session(restored, file_counts(path), desk)
    notes = [s.private_notes for s in desk.world.mine.sessions.for_case(desk.case.case_id)]
    assert notes == ["after the restore"]


def _fill_up(folder: Path) -> Path:
    filler = folder / "filler"
    chunk = b"\0" * 65536
    with open(filler, "wb", buffering=0) as out:  # unbuffered: close() has nothing to flush
        written: int | None = 1
        while written:
            try:
                written = out.write(chunk)
            except OSError as exc:
                if exc.errno != errno.ENOSPC:
                    raise
                written = 0
    return filler


def test_full_disk_says_disk_full_and_saves_once_space_is_freed(
        new_database: NewDatabase, tmp_path: Path) -> None:
    db, path = _sqlite(new_database)
    desk = make_desk(db)
    checkpoint(db)
    db.dispose()
    disk = tmp_path / "disk"
    size = path.stat().st_size + 3 * 1024 * 1024
    try:
        with mounted("tmpfs", disk, f"size={size}"):
            shutil.copy2(path, disk / path.name)
            app = Database(f"sqlite:///{disk / path.name}")
            services = desk.services_on(app)
            services.cases.get(desk.case.case_id)  # WAL and shared memory exist now
            before = counts(app)
            filler = _fill_up(disk)
            with pytest.raises(DatabaseError) as caught:
                services.sessions.log(desk.case.case_id, desk.session("长" * 10000))
            assert caught.value.reason == "disk_full"
            assert counts(app) == before
            filler.unlink()
            services.sessions.log(desk.case.case_id, desk.session("长" * 10000))
            assert one_more_session(before, counts(app), desk)
            assert consistency.problems(app) == []
            assert consistency.sqlite_integrity(disk / path.name) == []
            app.dispose()
    except PermissionError as exc:
        pytest.skip(f"needs root to mount a small tmpfs: {exc}")


def test_database_at_its_size_limit_says_disk_full(new_database: NewDatabase) -> None:
    """The same without root: SQLite's page limit gives the error a full disk gives."""
    db, path = _sqlite(new_database)
    desk = make_desk(db)
    app = Database(f"sqlite:///{path}")
    limited = [True]

    @event.listens_for(app.engine, "connect")
    def _limit(dbapi_conn: Any, _record: Any) -> None:
        if limited[0]:
            pages = dbapi_conn.execute("PRAGMA page_count").fetchone()[0]
            dbapi_conn.execute(f"PRAGMA max_page_count = {pages}")

    services = desk.services_on(app)
    before = counts(db)
    with pytest.raises(DatabaseError) as caught:
        services.sessions.log(desk.case.case_id, desk.session("长" * 10000))
    assert caught.value.reason == "disk_full"
    assert counts(db) == before
    limited[0] = False
    app.dispose()
    services.sessions.log(desk.case.case_id, desk.session("长" * 10000))
    assert one_more_session(before, counts(db), desk)
    assert consistency.sqlite_integrity(path) == []


def test_commits_reach_the_disk_before_they_are_acknowledged(new_database: NewDatabase,
                                                             monkeypatch: pytest.MonkeyPatch
                                                             ) -> None:
    """WAL with synchronous=NORMAL survives a killed program but may lose the last commits
    to a power cut; the app's default is FULL (2 = FULL in SQLite's numbering)."""
    monkeypatch.delenv("FAMILYEDU_SQLITE_SYNCHRONOUS", raising=False)
    _db, path = _sqlite(new_database)
    app = Database(f"sqlite:///{path}")
    with app.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2
    app.dispose()


def test_a_file_that_is_no_database_says_so(tmp_path: Path) -> None:
    path = tmp_path / "letter.docx"
    path.write_bytes(b"PK\x03\x04" + os.urandom(8192))  # someone picked the wrong file
    with pytest.raises(DatabaseError) as caught:
        Database(f"sqlite:///{path}").upgrade()
    assert caught.value.reason == "not_a_database"
    assert not caught.value.retryable


def test_a_damaged_database_says_corrupt(new_database: NewDatabase) -> None:
    db, path = _sqlite(new_database)
    desk = make_desk(db)
    checkpoint(db)
    db.dispose()
    data = bytearray(path.read_bytes())
    page = 4096
    for offset in range(2 * page, len(data), page):  # every page's header but the first
        data[offset:offset + 16] = b"\xff" * 16
    path.write_bytes(bytes(data))
    app = Database(f"sqlite:///{path}")
    with pytest.raises(DatabaseError) as caught:
        desk.services_on(app).sessions.for_case(desk.case.case_id)
    assert caught.value.reason == "corrupt"
    app.dispose()
