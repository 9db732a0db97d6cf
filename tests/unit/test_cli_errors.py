"""Whatever is typed on the command line, the answer is one plain sentence: never a class name."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from familyedu.cli import main
from familyedu.security import crypto, fex

CLASS_NAME = re.compile(r"\b[A-Z]\w*(Error|Exception|Failed)\b|Traceback")


@pytest.fixture(autouse=True)
def _environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name in ("FAMILYEDU_USER", "FAMILYEDU_PASSWORD", "FAMILYEDU_DATABASE_URL",
                 "FAMILYEDU_ENCRYPTION", "FAMILYEDU_EXPORT_PASSWORD"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("FAMILYEDU_DATA_DIR", str(tmp_path / "data"))


def _one_plain_line(capsys: pytest.CaptureFixture[str], command: str) -> str:
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1, err
    assert err[0].startswith(f"familyedu-admin {command}: error: "), err
    assert not CLASS_NAME.search(err[0]), err[0]
    return err[0]


@pytest.mark.parametrize(("url", "expected"), [
    ("foo://x", "familyedu works with SQLite and PostgreSQL, not foo"),
    ("garbage", "garbage is not a database URL"),
    ("mysql://root@127.0.0.1/test", "not mysql"),
    ("postgresql://someone:secret@host:port/db", "is not a database URL"),
])
def test_a_database_url_familyedu_cannot_use_is_named(
        url: str, expected: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", url, "check-db"]) == 2
    line = _one_plain_line(capsys, "check-db")
    assert expected in line
    assert "secret" not in line  # a password in a mistyped URL is not repeated


def test_folders_and_missing_files_are_named(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    assert main(["--db", f"sqlite:///{tmp_path}", "check-db"]) == 2
    assert f"{tmp_path} is a folder" in _one_plain_line(capsys, "check-db")

    missing = tmp_path / "nowhere" / "center.sqlite3"
    monkeypatch.setenv("FAMILYEDU_USER", "admin")
    monkeypatch.setenv("FAMILYEDU_PASSWORD", "admin-pass-1")
    assert main(["--db", f"sqlite:///{missing}", "init-db", "--center", "某县中心"]) == 2
    assert f"the folder {missing.parent} does not exist" in _one_plain_line(capsys, "init-db")
    assert not missing.parent.exists()

    absent = tmp_path / "absent.sqlite3"
    assert main(["--db", f"sqlite:///{absent}", "check-db"]) == 2
    line = _one_plain_line(capsys, "check-db")
    assert f"there is no database at {absent}" in line
    assert "init-db" in line
    assert not absent.exists()


def test_a_backup_into_a_folder_and_an_impossible_period_are_refused(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    url = f"sqlite:///{tmp_path / 'center.sqlite3'}"
    monkeypatch.setenv("FAMILYEDU_USER", "admin")
    monkeypatch.setenv("FAMILYEDU_PASSWORD", "admin-pass-1")
    assert main(["--db", url, "init-db", "--center", "某县家庭教育指导中心",
                 "--phone", "0851-12345678", "--address", "某县城关镇1号"]) == 0
    capsys.readouterr()
    folder = tmp_path / "backups"
    folder.mkdir()
    assert main(["--db", url, "backup", "--out", str(folder)]) != 0
    assert str(folder) in _one_plain_line(capsys, "backup")
    for command in (["letter", "2026-0001", "--kind", "guardian", "--period", "9999-12",
                     "--out", str(tmp_path / "x.pdf")],
                    ["stats", "--period", "9999-12", "--out", str(tmp_path / "s.pdf")]):
        assert main(["--db", url, *command]) == 2
        assert "the year must be between" in _one_plain_line(capsys, command[0])


def test_an_export_with_an_altered_header_is_called_damaged(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    protected = fex.protect(b"a,b\n1,2\n", "export-pass-1", "cases.csv")
    header_end = protected.index(b"\n", len(fex.MAGIC))
    header = json.loads(protected[len(fex.MAGIC):header_end])
    header["salt"] = crypto.b64(b"ab")  # too short for argon2
    tampered = (fex.MAGIC + json.dumps(header).encode() + protected[header_end:])
    source = tmp_path / "cases.fex"
    source.write_bytes(tampered)
    monkeypatch.setenv("FAMILYEDU_EXPORT_PASSWORD", "export-pass-1")
    assert main(["decrypt-export", str(source), "--out", str(tmp_path / "out.csv")]) == 2
    assert "damaged" in _one_plain_line(capsys, "decrypt-export")
    assert not (tmp_path / "out.csv").exists()


def test_a_refused_field_is_named_in_words_not_as_a_path() -> None:
    from familyedu.cli import _describe
    from familyedu.errors import FieldError, ValidationError

    refused = ValidationError([FieldError("guardians.0.phone", "This field is required."),
                               FieldError("date_of_birth", "This field is required.")])
    text = _describe(refused)
    assert text == ("guardian 1 phone: This field is required.; "
                    "date of birth: This field is required.")
