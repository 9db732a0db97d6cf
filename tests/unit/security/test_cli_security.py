"""The command line signs in like the app: encrypted init-db, roles, audit-verify, backups."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select, text

from familyedu import startup
from familyedu.cli import main
from familyedu.models import AuditEvent
from familyedu.services.casework.dto import CaseQuery
from tests.conftest import PASSWORD, open_case
from tests.unit.security.conftest import EncryptedCenter


def _as(monkeypatch: pytest.MonkeyPatch, user: str, password: str = PASSWORD) -> None:
    monkeypatch.setenv("FAMILYEDU_USER", user)
    monkeypatch.setenv("FAMILYEDU_PASSWORD", password)


def test_init_db_creates_an_encrypted_database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    url = f"sqlite:///{tmp_path / 'cli.sqlite3'}"
    _as(monkeypatch, "boss")
    assert main(["--db", url, "init-db", "--center", "某县中心"]) == 0
    assert "encrypted" in capsys.readouterr().out
    assert (tmp_path / "cli.sqlite3.keys.json").exists()
    assert not (tmp_path / "cli.sqlite3").read_bytes().startswith(b"SQLite format 3")
    assert main(["--db", url, "check-db"]) == 0
    _as(monkeypatch, "boss", "wrong password")
    assert main(["--db", url, "check-db"]) == 2
    assert "wrong credentials" in capsys.readouterr().err


def test_cli_applies_the_roles(encrypted: EncryptedCenter, tmp_path: Path,
                               monkeypatch: pytest.MonkeyPatch,
                               capsys: pytest.CaptureFixture[str]) -> None:
    open_case(encrypted.sign_in("li").services())
    open_case(encrypted.sign_in("zhao").services(), name="王小红", resident_id=None)
    out = tmp_path / "mine.xlsx"
    _as(monkeypatch, "li")
    assert main(["--db", encrypted.url, "backup", "--out", str(tmp_path / "b.febak")]) == 2
    assert "not allowed" in capsys.readouterr().err
    monkeypatch.setenv("FAMILYEDU_EXPORT_PASSWORD", "export secret 1")
    assert main(["--db", encrypted.url, "export", "--out", str(out)]) == 0
    assert "1 case(s) exported" in capsys.readouterr().out
    _as(monkeypatch, "admin")
    assert main(["--db", encrypted.url, "export", "--out", str(out), "--deidentified"]) == 2
    assert "not allowed" in capsys.readouterr().err
    monkeypatch.setenv("FAMILYEDU_EXPORT_PASSWORD", "export secret 1")
    assert main(["decrypt-export", str(tmp_path / "mine.xlsx.fex"),
                 "--out", str(tmp_path / "plain.xlsx")]) == 0
    assert (tmp_path / "plain.xlsx").read_bytes().startswith(b"PK")
    monkeypatch.setenv("FAMILYEDU_EXPORT_PASSWORD", "not it at all")
    assert main(["decrypt-export", str(tmp_path / "mine.xlsx.fex"),
                 "--out", str(tmp_path / "x.xlsx")]) == 2
    assert "wrong password" in capsys.readouterr().err


@pytest.mark.parametrize("tamper", ["update", "delete"])
def test_audit_verify_reports_the_first_broken_entry(
        encrypted: EncryptedCenter, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str], tamper: str) -> None:
    open_case(encrypted.sign_in("li").services())
    _as(monkeypatch, "sup")
    assert main(["--db", encrypted.url, "audit-verify"]) == 0
    assert "intact" in capsys.readouterr().out
    db = encrypted.admin.db
    with db.read() as s:
        ids = list(s.scalars(select(AuditEvent.id).order_by(AuditEvent.id)))
    middle = ids[len(ids) // 2]
    with db.uow() as s:
        if tamper == "update":
            s.execute(text("UPDATE audit_events SET username = 'nobody' WHERE id = :i"),
                      {"i": middle})
        else:
            s.execute(text("DELETE FROM audit_events WHERE id = :i"), {"i": middle})
    expected = middle if tamper == "update" else ids[ids.index(middle) + 1]
    assert main(["--db", encrypted.url, "audit-verify"]) == 1
    assert f"BROKEN at entry {expected}:" in capsys.readouterr().out


def test_backup_and_restore_from_the_command_line(
        encrypted: EncryptedCenter, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    open_case(encrypted.sign_in("li").services())
    target = tmp_path / "b.febak"
    _as(monkeypatch, "admin")
    assert main(["--db", encrypted.url, "backup", "--out", str(target)]) == 0
    assert main(["--db", encrypted.url, "verify-backup", str(target)]) == 0
    broken = tmp_path / "broken.febak"
    broken.write_bytes(target.read_bytes()[:-100])
    encrypted.close_others()
    encrypted.admin.db.dispose()
    capsys.readouterr()
    assert main(["--db", encrypted.url, "restore", str(broken)]) == 2
    assert "damaged or incomplete" in capsys.readouterr().err
    assert main(["--db", encrypted.url, "restore", str(target)]) == 0
    assert "kept as" in capsys.readouterr().out


def test_encrypt_db_converts_a_plain_database(tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "old.sqlite3"
    monkeypatch.setenv("FAMILYEDU_ENCRYPTION", "off")
    db = startup.open_database(f"sqlite:///{path}")
    signed = startup.setup(db, center_name="中心", username="admin", display_name="管理员",
                           password=PASSWORD)
    from familyedu.models import Role

    signed.services().users.create(username="li", display_name="李", role=Role.COUNSELOR,
                                   password=PASSWORD)
    li = startup.sign_in(db, "li", PASSWORD).services()
    li.users.change_own_password(PASSWORD, "li's own 123")  # a new account's first step
    open_case(li)
    db.dispose()
    assert "张小明".encode() in path.read_bytes()
    monkeypatch.delenv("FAMILYEDU_ENCRYPTION")
    _as(monkeypatch, "admin")
    assert main(["--db", f"sqlite:///{path}", "encrypt-db"]) == 0
    assert "张小明".encode() not in path.read_bytes()
    again = startup.open_database(f"sqlite:///{path}")
    admin = startup.sign_in(again, "admin", PASSWORD)
    assert admin.actor.username == "admin"
    admin.services().users.reset_password(2, "new for li 123")
    li = startup.sign_in(startup.open_database(f"sqlite:///{path}"), "li",
                         "new for li 123").services()
    li.users.change_own_password("new for li 123", "li's own 456")
    assert li.cases.page(CaseQuery()).total == 1
