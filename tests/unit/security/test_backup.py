"""Backups: consistent, encrypted, checked before anything is replaced; restore keeps the old."""

from __future__ import annotations

import json
import zipfile
from datetime import datetime
from pathlib import Path

import pytest

from familyedu import startup
from familyedu.errors import PermissionDenied
from familyedu.models import Center
from familyedu.security import crypto
from familyedu.security.archive import BackupRejected
from familyedu.services import ServiceContext
from familyedu.services.admin.backup import (
    BackupService,
    auto_backup_on_exit,
    backup_folder,
    restore_into_new,
)
from familyedu.services.casework.dto import CaseQuery
from tests.conftest import PASSWORD, World, open_case
from tests.unit.security.conftest import EncryptedCenter


def _backups(center: EncryptedCenter) -> BackupService:
    return BackupService(ServiceContext(center.admin.db, center.admin.actor))


def _made(center: EncryptedCenter, tmp_path: Path) -> Path:
    open_case(center.sign_in("li").services())
    target = tmp_path / "out" / "center.febak"
    info = _backups(center).create(target)
    assert info.encrypted
    assert info.counts["cases"] == 1
    return target


def _case_numbers(center: EncryptedCenter) -> list[str]:
    page = center.sign_in("sup").services().cases.page(CaseQuery())
    return [r.case_number for r in page.rows]


def test_backup_is_encrypted_and_a_good_one_restores(encrypted: EncryptedCenter,
                                                     tmp_path: Path) -> None:
    target = _made(encrypted, tmp_path)
    with zipfile.ZipFile(target) as zf:
        assert set(zf.namelist()) == {"manifest.json", "manifest.hmac", "database.sqlite3",
                                      "keys.json"}
        assert "张小明".encode() not in zf.read("database.sqlite3")
    # Work after the backup is undone by the restore...
    open_case(encrypted.sign_in("li").services(), name="李四")
    assert len(_case_numbers(encrypted)) == 2
    encrypted.close_others()
    result = _backups(encrypted).restore(target)
    assert _case_numbers(encrypted) == ["2026-0001"]
    # ...and the database it replaced is kept, with its key file, and still opens.
    assert result.kept_aside is not None
    assert result.kept_aside.exists()
    kept = startup.open_database(f"sqlite:///{result.kept_aside}")
    page = startup.sign_in(kept, "sup", PASSWORD).services().cases.page(CaseQuery())
    assert page.total == 2
    kept.dispose()


@pytest.mark.parametrize("damage", ["flip", "truncate", "flip_manifest"])
def test_damaged_backup_is_refused_and_live_database_untouched(
        encrypted: EncryptedCenter, tmp_path: Path, damage: str) -> None:
    target = _made(encrypted, tmp_path)
    data = bytearray(target.read_bytes())
    if damage == "flip":
        data[len(data) // 2] ^= 0x01
    elif damage == "truncate":
        del data[len(data) * 2 // 3:]
    else:
        data[data.index(b'"created_by"') + 16] ^= 0x01
    target.write_bytes(bytes(data))
    encrypted.close_others()
    encrypted.admin.db.engine.dispose()
    live_before = crypto.sha256_file(encrypted.path)
    with pytest.raises(BackupRejected) as info:
        _backups(encrypted).restore(target)
    assert info.value.reason in ("corrupt", "tampered")
    encrypted.admin.db.engine.dispose()
    assert crypto.sha256_file(encrypted.path) == live_before
    assert not list(encrypted.path.parent.glob("*.replaced-*"))
    assert not list(encrypted.path.parent.glob(".familyedu-restore-*"))
    assert len(_case_numbers(encrypted)) == 1


def test_rewritten_manifest_without_the_key_is_tampering(encrypted: EncryptedCenter,
                                                        tmp_path: Path) -> None:
    target = _made(encrypted, tmp_path)
    forged = tmp_path / "forged.febak"
    with zipfile.ZipFile(target) as src, zipfile.ZipFile(forged, "w") as dst:
        manifest = json.loads(src.read("manifest.json"))
        manifest["created_by"] = "someone else"
        dst.writestr("manifest.json", json.dumps(manifest))
        for name in ("manifest.hmac", "database.sqlite3", "keys.json"):
            dst.writestr(name, src.read(name))
    with pytest.raises(BackupRejected) as info:
        _backups(encrypted).verify(forged)
    assert info.value.reason == "wrong_password"  # not signed by this database's key
    with pytest.raises(BackupRejected) as info:
        _backups(encrypted).verify(forged, PASSWORD)
    assert info.value.reason == "tampered"


def test_only_the_administrator_backs_up_and_it_is_audited(encrypted: EncryptedCenter,
                                                          tmp_path: Path) -> None:
    sup = encrypted.sign_in("sup")
    with pytest.raises(PermissionDenied):
        BackupService(ServiceContext(sup.db, sup.actor)).create(tmp_path / "x.febak")
    assert not (tmp_path / "x.febak").exists()
    _made(encrypted, tmp_path)
    from familyedu.services.admin.audit_query import AuditService
    from familyedu.services.admin.dto import AuditQuery

    trail = AuditService(ServiceContext(sup.db, sup.actor))
    assert trail.page(AuditQuery(action="backup")).total == 1
    denied = trail.page(AuditQuery(action="permission_denied")).rows
    assert [r.username for r in denied] == ["sup"]


def test_exit_backups_keep_the_last_n(encrypted: EncryptedCenter,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    with encrypted.admin.db.uow() as s:
        center = s.get(Center, encrypted.admin.actor.center_id)
        assert center is not None
        center.backups_to_keep = 2
    li = encrypted.sign_in("li")
    made = []
    for second in range(3):
        moment = datetime(2026, 11, 27, 18, 0, second)
        monkeypatch.setattr(ServiceContext, "now", lambda _self, m=moment: m)
        made.append(auto_backup_on_exit(li))
    folder = backup_folder(li.db)
    assert sorted(folder.glob("auto-*.febak")) == sorted(p for p in made[1:] if p)


def test_restore_of_another_database_needs_its_password(encrypted: EncryptedCenter,
                                                        tmp_path: Path) -> None:
    target = _made(encrypted, tmp_path)
    other_path = tmp_path / "elsewhere" / "other.sqlite3"
    other_path.parent.mkdir()
    db = startup.open_database(f"sqlite:///{other_path}")
    with pytest.raises(BackupRejected) as info:
        restore_into_new(db, target, "admin", "wrong password!")
    assert info.value.reason == "wrong_password"
    result = restore_into_new(db, target, "admin", PASSWORD)
    assert result.kept_aside is None
    restored = startup.open_database(f"sqlite:///{other_path}")
    page = startup.sign_in(restored, "sup", PASSWORD).services().cases.page(CaseQuery())
    assert page.total == 1
    restored.dispose()
    db.dispose()


@pytest.mark.parametrize("db", ["postgresql"], indirect=True)
def test_postgresql_backups_are_left_to_the_server(world: World, tmp_path: Path) -> None:
    with pytest.raises(BackupRejected) as info:
        BackupService(ServiceContext(world.db, world.admin)).create(tmp_path / "x.febak")
    assert info.value.reason == "unsupported"
    assert auto_backup_on_exit(world.services(world.admin)) is None
    assert not (tmp_path / "x.febak").exists()


def test_restore_while_another_program_has_the_file_open_is_refused(
        encrypted: EncryptedCenter, tmp_path: Path) -> None:
    target = _made(encrypted, tmp_path)
    other = encrypted.sign_in("li")
    with other.db.read() as s:  # holds a connection, like another desk's app
        s.connection()
        with pytest.raises(BackupRejected) as info:
            _backups(encrypted).restore(target)
    assert info.value.reason == "in_use"
    assert not list(encrypted.path.parent.glob("*.replaced-*"))
    from familyedu.services.admin.audit_query import AuditService
    from familyedu.services.admin.dto import AuditQuery

    sup = encrypted.sign_in("sup")
    assert AuditService(ServiceContext(sup.db, sup.actor)).page(
        AuditQuery(action="restore")).total == 0
