"""familyedu-admin init-db, check-db and demo-data, in-process and as `python -m familyedu`."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from familyedu.cli import main
from familyedu.db import Database
from familyedu.errors import DatabaseError
from familyedu.startup import open_database, sign_in
from tests.conftest import DEMO_DATA

ROOT = Path(__file__).resolve().parents[2]
ADMIN = {"FAMILYEDU_USER": "admin", "FAMILYEDU_PASSWORD": "admin-demo-1"}


@pytest.fixture(autouse=True)
def _clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("FAMILYEDU_USER", "FAMILYEDU_PASSWORD", "FAMILYEDU_DATABASE_URL",
                 "FAMILYEDU_CENTER", "FAMILYEDU_ENCRYPTION"):
        monkeypatch.delenv(name, raising=False)


def _url(db: Database) -> str:
    return db.url.render_as_string(hide_password=False)


def _plain(db: Database, monkeypatch: pytest.MonkeyPatch) -> str:
    """The test database's URL; its SQLite file is a plain one, allowed for tests only."""
    if db.is_sqlite:
        monkeypatch.setenv("FAMILYEDU_ENCRYPTION", "off")
    return _url(db)


def _login(monkeypatch: pytest.MonkeyPatch, user: str = "admin",
           password: str = "admin-demo-1") -> None:
    monkeypatch.setenv("FAMILYEDU_USER", user)
    monkeypatch.setenv("FAMILYEDU_PASSWORD", password)


def _counselor(output: str) -> tuple[str, str]:
    found = re.search(r"counselors\s+(\S+) .* password (\S+)", output)
    assert found, output
    return found.group(1), found.group(2)


def test_demo_data_creates_an_encrypted_demo_database_and_adds_more(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{tmp_path / 'demo.sqlite3'}"
    assert main(["--db", url, *DEMO_DATA, "--minors", "8", "--seed", "2"]) == 0
    out = capsys.readouterr().out
    assert "admin            password admin-demo-1" in out
    assert "added 8 minors" in out
    assert (tmp_path / "demo.sqlite3.keys.json").exists()
    username, password = _counselor(out)

    # A printed counselor account opens the encrypted file and signs in.
    signed = sign_in(open_database(url), username, password)
    assert signed.actor.role.value == "counselor"
    signed.db.dispose()

    # Without credentials an existing database is not touched.
    assert main(["--db", url, *DEMO_DATA, "--minors", "3"]) == 2
    assert "FAMILYEDU_USER" in capsys.readouterr().err

    _login(monkeypatch)
    assert main(["--db", url, *DEMO_DATA, "--minors", "5", "--seed", "2"]) == 0
    out = capsys.readouterr().out
    assert "added 5 minors" in out
    assert "new database" not in out
    assert main(["--db", url, "check-db"]) == 0
    out = capsys.readouterr().out
    assert "minors 13" in out
    assert "cases 13" in out
    assert out.strip().endswith("ok")


def test_demo_data_refuses_a_wrong_password_and_a_counselor(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{tmp_path / 'demo.sqlite3'}"
    assert main(["--db", url, *DEMO_DATA, "--minors", "2"]) == 0
    username, password = _counselor(capsys.readouterr().out)
    _login(monkeypatch, "admin", "not the password")
    assert main(["--db", url, *DEMO_DATA, "--minors", "2"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "sign-in refused" in err
    _login(monkeypatch, username, password)
    assert main(["--db", url, *DEMO_DATA, "--minors", "2"]) == 2
    assert "administrator or a supervisor" in capsys.readouterr().err


def test_demo_data_and_check_db_on_each_engine(
        db: Database, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    url = _plain(db, monkeypatch)
    assert main(["--db", url, *DEMO_DATA, "--minors", "6", "--seed", "4"]) == 0
    assert "added 6 minors" in capsys.readouterr().out
    _login(monkeypatch)
    assert main(["--db", url, *DEMO_DATA, "--minors", "4", "--seed", "4"]) == 0
    capsys.readouterr()
    assert main(["--db", url, "check-db"]) == 0
    out = capsys.readouterr().out
    assert f"engine: {db.dialect}" in out
    assert "minors 10" in out
    assert out.strip().endswith("ok")

    # check-db notices an altered audit entry.
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE audit_events SET details = '{}' "
                          "WHERE entity_type = 'demo_data'"))
    assert main(["--db", url, "check-db"]) == 2
    captured = capsys.readouterr()
    assert "PROBLEM: audit trail broken" in captured.out
    assert "problem(s) found" in captured.err


@pytest.mark.parametrize("argv", [
    [*DEMO_DATA, "--minors", "0"],
    [*DEMO_DATA, "--minors", "2000000"],
])
def test_bad_sizes_are_one_line_errors(
        argv: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = f"sqlite:///{tmp_path / 'x.sqlite3'}"
    assert main(["--db", url, *argv]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "--minors must be between 1 and 1,000,000" in err
    assert not (tmp_path / "x.sqlite3").exists()


def test_init_db_then_again_and_without_a_center(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _login(monkeypatch, "director", "a long password")
    url = f"sqlite:///{tmp_path / 'center.sqlite3'}"
    assert main(["--db", url, "init-db", "--center", "某某县家庭教育指导中心"]) == 0
    assert "administrator 'director' can sign in" in capsys.readouterr().out
    assert main(["--db", url, "init-db"]) == 0
    assert "accounts exist already" in capsys.readouterr().out
    assert main(["--db", url, "check-db"]) == 0
    assert "users 1" in capsys.readouterr().out
    other = f"sqlite:///{tmp_path / 'other.sqlite3'}"
    assert main(["--db", other, "init-db"]) == 2
    assert "--center NAME is required" in capsys.readouterr().err


def test_an_unreachable_server_is_a_one_line_error(capsys: pytest.CaptureFixture[str]) -> None:
    url = "postgresql+psycopg://postgres@127.0.0.1:1/nothing_here"
    assert main(["--db", url, "check-db"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("familyedu-admin check-db: error:")
    assert err.count("\n") == 1


def _run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full = {k: v for k, v in os.environ.items() if not k.startswith("FAMILYEDU_")}
    full.update(env or {})
    return subprocess.run([sys.executable, "-m", "familyedu", *args], cwd=ROOT, env=full,
                          capture_output=True, text=True, timeout=300, check=False)


def test_python_dash_m_familyedu(db: Database, tmp_path: Path) -> None:
    env = {"FAMILYEDU_ENCRYPTION": "off"} if db.is_sqlite else {}
    url = _url(db)
    done = _run("--db", url, *DEMO_DATA, "--minors", "5", env=env)
    assert done.returncode == 0, done.stderr
    assert "added 5 minors" in done.stdout
    checked = _run("--db", url, "check-db", env={**env, **ADMIN})
    assert checked.returncode == 0, checked.stderr
    assert "minors 5" in checked.stdout
    bad = _run("--db", url, *DEMO_DATA, "--minors", "-3", env={**env, **ADMIN})
    assert bad.returncode == 2
    assert bad.stderr.strip().splitlines() == [
        "familyedu-admin demo-data: error: --minors must be between 1 and 1,000,000"]
    usage = _run("demo-data", env=env)
    assert usage.returncode == 2
    assert "--minors" in usage.stderr


def test_opening_an_unreachable_server_raises_only_our_own_error() -> None:
    # The GUI and the CLI catch DatabaseError, never SQLAlchemy's (issue #15).
    with pytest.raises(DatabaseError) as raised:
        open_database("postgresql+psycopg://postgres@127.0.0.1:1/nothing_here")
    assert raised.value.reason == "unreachable"
    assert raised.value.__cause__ is not None  # the driver's own error kept for the log
