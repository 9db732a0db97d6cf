"""No command writes over the live database, its journal files or its key file; the files
that hold children's data are readable by their owner only (issue 12, part 1 and 2)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from familyedu.cli import main
from familyedu.security import archive, private_files
from familyedu.services.admin.dto import CenterInput
from tests.conftest import PASSWORD, open_case
from tests.unit.security.conftest import EncryptedCenter


def _as(monkeypatch: pytest.MonkeyPatch, user: str) -> None:
    monkeypatch.setenv("FAMILYEDU_USER", user)
    monkeypatch.setenv("FAMILYEDU_PASSWORD", PASSWORD)


def _fingerprint(center: EncryptedCenter) -> tuple[bytes, bytes]:
    return center.path.read_bytes(), (center.path.parent / "center.sqlite3.keys.json").read_bytes()


def _letterhead(center: EncryptedCenter) -> None:
    settings = center.admin.services().center
    view = settings.get()
    settings.update(view.version, CenterInput(name=view.name, address="某县人民路1号",
                                              phone="0571-88886666"))


def _targets(center: EncryptedCenter, tmp_path: Path) -> dict[str, Path]:
    link = tmp_path / "innocent.febak"
    link.symlink_to(center.path)
    (tmp_path / "sub").mkdir()
    return {
        "database": center.path,
        "key file": center.path.with_name("center.sqlite3.keys.json"),
        "wal": center.path.with_name("center.sqlite3-wal"),
        "symlink": link,
        "dotdot": tmp_path / "sub" / ".." / "center.sqlite3",
    }


@pytest.mark.parametrize("which", ["database", "key file", "wal", "symlink", "dotdot"])
def test_backup_never_writes_over_the_live_files(
        encrypted: EncryptedCenter, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str], which: str) -> None:
    before = _fingerprint(encrypted)
    target = _targets(encrypted, tmp_path)[which]
    _as(monkeypatch, "admin")
    assert main(["--db", encrypted.url, "backup", "--out", str(target)]) == 2
    err = capsys.readouterr().err
    assert "database or its key file: choose another file name" in err
    assert "Traceback" not in err
    # The center is untouched and still opens.
    assert _fingerprint(encrypted)[1] == before[1]
    assert main(["--db", encrypted.url, "check-db"]) == 0


def test_a_url_spelled_differently_is_the_same_database(
        encrypted: EncryptedCenter, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)
    _as(monkeypatch, "admin")
    assert main(["--db", "sqlite:///./center.sqlite3", "backup",
                 "--out", str(encrypted.path)]) == 2
    assert "choose another file name" in capsys.readouterr().err
    assert main(["--db", encrypted.url, "check-db"]) == 0


def test_backup_refuses_to_replace_a_file_that_is_not_a_backup(
        encrypted: EncryptedCenter, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    report = tmp_path / "report.docx"
    report.write_bytes(b"the annual report")
    _as(monkeypatch, "admin")
    assert main(["--db", encrypted.url, "backup", "--out", str(report)]) == 2
    assert "not a familyedu backup" in capsys.readouterr().err
    assert report.read_bytes() == b"the annual report"
    # An older backup may be replaced by a new one; nothing half-written is left beside it.
    good = tmp_path / "weekly.febak"
    assert main(["--db", encrypted.url, "backup", "--out", str(good)]) == 0
    assert main(["--db", encrypted.url, "backup", "--out", str(good)]) == 0
    assert archive.is_backup(good)
    assert sorted(p.name for p in tmp_path.iterdir() if "partial" in p.name) == []


@pytest.mark.parametrize("which", ["database", "key file", "symlink"])
def test_exports_letters_and_decrypt_never_write_over_the_live_files(
        encrypted: EncryptedCenter, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str], which: str) -> None:
    open_case(encrypted.sign_in("li").services())
    target = _targets(encrypted, tmp_path)[which]
    before = _fingerprint(encrypted)
    _as(monkeypatch, "sup")
    assert main(["--db", encrypted.url, "export", "--deidentified",
                 "--out", str(target)]) == 2
    assert main(["--db", encrypted.url, "stats", "--period", "2026",
                 "--out", str(target)]) == 2
    _as(monkeypatch, "li")
    assert main(["--db", encrypted.url, "letter", "2026-0001", "--kind", "guardian",
                 "--out", str(target)]) == 2
    monkeypatch.setenv("FAMILYEDU_EXPORT_PASSWORD", "export secret 1")
    assert main(["--db", encrypted.url, "export", "--out", str(tmp_path / "mine.csv")]) == 0
    assert main(["--db", encrypted.url, "decrypt-export", str(tmp_path / "mine.csv.fex"),
                 "--out", str(target)]) == 2
    err = capsys.readouterr().err
    assert err.count("choose another file name") == 4
    assert _fingerprint(encrypted)[1] == before[1]
    assert main(["--db", encrypted.url, "check-db"]) == 0


def test_the_guard_compares_hard_links_and_resolved_paths(tmp_path: Path) -> None:
    db = tmp_path / "a.sqlite3"
    db.write_bytes(b"x")
    os.link(db, tmp_path / "hard")
    with pytest.raises(private_files.ProtectedFile):
        private_files.refuse_database_files(tmp_path / "hard", db)
    with pytest.raises(private_files.ProtectedFile):
        private_files.refuse_database_files(tmp_path / "a.sqlite3-shm", db)
    private_files.refuse_database_files(tmp_path / "b.sqlite3", db)


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_database_key_file_backups_exports_and_letters_are_private(
        encrypted: EncryptedCenter, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    open_case(encrypted.sign_in("li").services())
    _letterhead(encrypted)
    _as(monkeypatch, "admin")
    assert main(["--db", encrypted.url, "backup", "--out", str(tmp_path / "b.febak")]) == 0
    _as(monkeypatch, "li")
    monkeypatch.setenv("FAMILYEDU_EXPORT_PASSWORD", "export secret 1")
    assert main(["--db", encrypted.url, "export", "--out", str(tmp_path / "e.xlsx")]) == 0
    assert main(["--db", encrypted.url, "letter", "2026-0001", "--kind", "guardian",
                 "--out", str(tmp_path / "l.pdf")]) == 0
    assert main(["decrypt-export", str(tmp_path / "e.xlsx.fex"),
                 "--out", str(tmp_path / "plain.xlsx")]) == 0
    for name in ("center.sqlite3", "center.sqlite3.keys.json", "b.febak", "e.xlsx.fex",
                 "l.pdf", "plain.xlsx"):
        mode = stat.S_IMODE((tmp_path / name).stat().st_mode)
        assert mode == 0o600, f"{name} is {oct(mode)}"


def test_no_export_password_on_the_command_line(
        encrypted: EncryptedCenter, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    open_case(encrypted.sign_in("li").services())
    _as(monkeypatch, "li")
    assert main(["--db", encrypted.url, "export", "--out", str(tmp_path / "x.xlsx"),
                 "--password", "export secret 1"]) == 2
    assert "use --password-file FILE or FAMILYEDU_EXPORT_PASSWORD" in capsys.readouterr().err
    assert not (tmp_path / "x.xlsx.fex").exists()
    secret = tmp_path / "secret.txt"
    secret.write_text("export secret 1\n", encoding="utf-8")
    assert main(["--db", encrypted.url, "export", "--out", str(tmp_path / "x.xlsx"),
                 "--password-file", str(secret)]) == 0
    assert main(["decrypt-export", str(tmp_path / "x.xlsx.fex"), "--password-file", str(secret),
                 "--out", str(tmp_path / "plain.xlsx")]) == 0
    assert (tmp_path / "plain.xlsx").read_bytes().startswith(b"PK")
