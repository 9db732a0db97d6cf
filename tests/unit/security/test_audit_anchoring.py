"""The audit trail cannot be shortened unnoticed, and a restore says which accounts it changes
(issue 12): attacks on the trail by someone holding the database key, caught by the heads the
backups recorded."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select, text

from familyedu.cli import main
from familyedu.models import AuditEvent
from familyedu.services.admin.backup import BackupService, chain_against_backups
from familyedu.services.admin.backup_checks import AccountChangesNeedConsent
from familyedu.services.core.audit import GENESIS, entry_hash
from familyedu.services.core.context import ServiceContext
from tests.conftest import PASSWORD, World, open_case
from tests.unit.security.conftest import EncryptedCenter


def _as(monkeypatch: pytest.MonkeyPatch, user: str) -> None:
    monkeypatch.setenv("FAMILYEDU_USER", user)
    monkeypatch.setenv("FAMILYEDU_PASSWORD", PASSWORD)


def _auto_folder(center: EncryptedCenter) -> Path:
    return center.path.with_name(center.path.name + "-backups")


def _backup_then_work(center: EncryptedCenter, tmp_path: Path) -> tuple[Path, int]:
    """An automatic-folder backup and one kept elsewhere, then more audited work."""
    open_case(center.sign_in("li").services())
    backups = BackupService(ServiceContext(center.admin.db, center.admin.actor))
    backups.create(_auto_folder(center) / "auto-20261127-100000.febak")
    with center.admin.db.read() as s:
        head = s.scalar(select(func.max(AuditEvent.id)))  # what the next backup records
    assert head is not None
    elsewhere = tmp_path / "usb" / "weekly.febak"
    backups.create(elsewhere)
    open_case(center.sign_in("li").services(), name="王小红", resident_id=None)
    return elsewhere, head


def test_deleting_the_newest_entries_is_named_by_check_db_and_verify_backup(
        encrypted: EncryptedCenter, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    elsewhere, head = _backup_then_work(encrypted, tmp_path)
    _as(monkeypatch, "admin")
    assert main(["--db", encrypted.url, "check-db"]) == 0
    capsys.readouterr()
    with encrypted.admin.db.uow() as s:
        s.execute(text("DELETE FROM audit_events WHERE id > :keep"), {"keep": head - 3})
    weekly = [f for f in chain_against_backups(encrypted.admin.db, elsewhere)
              if f.backup == elsewhere]
    assert weekly[0].describe().startswith(
        f"audit entries {head - 2} to {head} are missing from the database, though the "
        "backup weekly.febak")
    # The chain itself cannot see it (and the sign-in appends under the freed ids)...
    assert main(["--db", encrypted.url, "audit-verify"]) == 0
    capsys.readouterr()
    # ...the heads the backups recorded can.
    assert main(["--db", encrypted.url, "check-db"]) == 2
    out = capsys.readouterr().out
    assert f"PROBLEM: audit entries {head - 2} to {head - 1} differ" in out
    # Only the copy on the USB stick knows once the automatic folder is emptied too.
    for auto in _auto_folder(encrypted).iterdir():
        auto.unlink()
    assert main(["--db", encrypted.url, "check-db"]) == 0  # nothing left to compare with
    capsys.readouterr()
    assert main(["--db", encrypted.url, "verify-backup", str(elsewhere)]) == 1
    assert f"PROBLEM: audit entries {head - 2} to {head} differ" in capsys.readouterr().out


def test_deleting_everything_and_starting_a_new_chain_is_caught(
        encrypted: EncryptedCenter, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    elsewhere, _head = _backup_then_work(encrypted, tmp_path)
    with encrypted.admin.db.uow() as s:
        s.execute(text("DELETE FROM audit_events"))
    _as(monkeypatch, "admin")
    assert main(["--db", encrypted.url, "audit-verify"]) == 0  # a fresh, intact chain
    capsys.readouterr()
    assert main(["--db", encrypted.url, "verify-backup", str(elsewhere)]) == 1
    assert "PROBLEM: audit" in capsys.readouterr().out


def test_rewriting_and_rehashing_the_chain_is_caught(
        encrypted: EncryptedCenter, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    elsewhere, _head = _backup_then_work(encrypted, tmp_path)
    with encrypted.admin.db.uow() as s:
        s.execute(text("DELETE FROM audit_events WHERE id = 2"))
        prev = GENESIS
        for event in s.scalars(select(AuditEvent).order_by(AuditEvent.id)):
            event.prev_hash = prev
            event.hash = prev = entry_hash(prev, event)
    _as(monkeypatch, "admin")
    assert main(["--db", encrypted.url, "audit-verify"]) == 0  # re-hashed: looks intact
    capsys.readouterr()
    assert main(["--db", encrypted.url, "check-db"]) == 2
    assert "trail was shortened or rewritten from entry 2 on" in capsys.readouterr().out
    assert main(["--db", encrypted.url, "verify-backup", str(elsewhere)]) == 1


def test_restore_lists_the_accounts_it_would_change_and_asks(
        encrypted: EncryptedCenter, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "before.febak"
    admin = encrypted.admin.services()
    BackupService(admin.ctx).create(target)
    admin.users.reset_password(encrypted.user_ids["li"], "temporary 123")
    admin.users.set_active(encrypted.user_ids["zhao"], False)
    encrypted.close_others()
    with pytest.raises(AccountChangesNeedConsent) as refused:
        BackupService(admin.ctx).restore(target)
    assert [c.describe() for c in refused.value.changes] == [
        "li gets back the password it had at the time of the backup",
        "zhao is active again (it is disabled now)"]
    encrypted.admin.db.dispose()
    _as(monkeypatch, "admin")
    assert main(["--db", encrypted.url, "restore", str(target)]) == 2
    captured = capsys.readouterr()
    assert "zhao is active again" in captured.out
    assert "run restore again with --accept-account-changes" in captured.err
    assert main(["--db", encrypted.url, "restore", str(target),
                 "--accept-account-changes"]) == 0
    capsys.readouterr()
    # A restore on purpose is no false alarm: the backups made before it are not compared.
    assert main(["--db", encrypted.url, "check-db"]) == 0
    # The restored trail says which accounts changed as data, so the audit viewer words it
    # in the reader's language (it held English sentences).
    with encrypted.admin.db.read() as s:
        restores = s.scalars(select(AuditEvent.details).where(AuditEvent.action == "restore"))
        written = [json.loads(d)["account_changes"] for d in restores]
    expected = [{"username": "li", "change": "old_password", "before": "", "after": ""},
                {"username": "zhao", "change": "enabled_again", "before": "", "after": ""}]
    assert written
    assert written == [expected] * len(written)


@pytest.mark.parametrize("db", ["sqlite"], indirect=True)
def test_the_statistics_letter_prints_the_audit_head_of_its_day(world: World) -> None:
    open_case(world.mine)
    with world.db.read() as s:
        last = s.execute(select(AuditEvent.id, AuditEvent.hash)
                         .order_by(AuditEvent.id.desc()).limit(1)).one()
    sup = world.sup
    issued = sup.statistics.statistics(date(2026, 1, 1), date(2026, 12, 31), "zh_CN")
    text = "".join("".join(page.extract_text().split())
                   for page in PdfReader(io.BytesIO(issued.pdf)).pages)
    assert f"审计记录链截至第{last.id}条：{last.hash[:16]}" in text
    # The reprint carries the same anchor, byte for byte.
    assert sup.letters.reprint(issued.reference) == issued.pdf
