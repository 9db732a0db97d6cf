"""The recovery code: made at first start, it replaces a forgotten administrator password."""

from __future__ import annotations

import json
import logging
import os
import re
from pathlib import Path

import pytest
from sqlalchemy import select

from familyedu import startup
from familyedu.cli import main
from familyedu.errors import AuthenticationFailed, PermissionDenied
from familyedu.models import AuditEvent
from familyedu.security.keyfile import KeyFile, key_file_path
from familyedu.services.admin import recovery
from tests.conftest import PASSWORD
from tests.unit.security.conftest import EncryptedCenter

NEW = "new secret 2026"


def _keys(center: EncryptedCenter) -> KeyFile:
    return KeyFile.load(key_file_path(center.path))


def _recover(center: EncryptedCenter, code: str, user: str = "admin",
             new: str = NEW) -> None:
    db = startup.open_database(center.url)
    try:
        recovery.recover(db, user, code, new)
    finally:
        db.dispose()


def test_the_code_from_setup_unwraps_the_database_key(encrypted: EncryptedCenter) -> None:
    code = encrypted.admin.recovery_code
    assert code is not None
    assert re.fullmatch(r"([2-9A-HJKMNP-Z]{5}-){5}[2-9A-HJKMNP-Z]{5}", code)
    keys = _keys(encrypted)
    assert recovery.unlock_with_code(keys, code) == encrypted.admin.db.key
    # Typed in lower case, without dashes, with spaces: the same code.
    typed = " ".join(code.replace("-", "").lower()[i:i + 3] for i in range(0, 30, 3))
    assert recovery.unlock_with_code(keys, typed) == encrypted.admin.db.key
    assert code.replace("-", "") not in key_file_path(encrypted.path).read_text()


def test_recover_replaces_the_administrator_password(encrypted: EncryptedCenter) -> None:
    code = encrypted.admin.recovery_code
    assert code is not None
    # The administrator forgot the password and locked the account trying.
    for _ in range(5):
        with pytest.raises(AuthenticationFailed):
            encrypted.sign_in("admin", "not the password")
    with pytest.raises(AuthenticationFailed, match="locked"):
        encrypted.sign_in("admin")

    _recover(encrypted, code)

    signed = encrypted.sign_in("admin", NEW)
    assert signed.actor.username == "admin"
    assert not signed.actor.must_change_password
    with pytest.raises(AuthenticationFailed):
        encrypted.sign_in("admin", PASSWORD)
    with signed.db.read() as s:
        entry = s.scalars(select(AuditEvent).where(AuditEvent.action == "password_changed")
                          .order_by(AuditEvent.id.desc())).first()
        assert entry is not None
        assert entry.username == "admin"
        assert json.loads(entry.details) == {"recovery_code": True}
    # The sheet stays valid for the next time; the other accounts are untouched.
    assert recovery.unlock_with_code(_keys(encrypted), code) == signed.db.key
    encrypted.sign_in("li")


def test_a_wrong_code_is_refused_and_locks_out_like_a_password(
        encrypted: EncryptedCenter) -> None:
    code = encrypted.admin.recovery_code
    assert code is not None
    wrong = recovery.new_code()
    for _ in range(5):
        with pytest.raises(recovery.RecoveryFailed) as refused:
            _recover(encrypted, wrong)
        assert refused.value.reason == "wrong_code"
    with pytest.raises(recovery.RecoveryFailed) as refused:
        _recover(encrypted, code)  # even the right code waits now
    assert refused.value.reason == "locked"
    assert refused.value.retry_after_seconds > 0
    signed = encrypted.sign_in("admin")  # nothing was changed
    with signed.db.read() as s:
        reasons = [json.loads(details)["reason"] for details in s.scalars(
            select(AuditEvent.details).where(AuditEvent.action == "login_failed"))]
    assert reasons.count("wrong_recovery_code") == 5
    assert "recovery_locked" in reasons


def test_recovery_only_for_an_active_administrator(encrypted: EncryptedCenter) -> None:
    code = encrypted.admin.recovery_code
    assert code is not None
    with pytest.raises(recovery.RecoveryFailed) as refused:
        _recover(encrypted, code, user="li")
    assert refused.value.reason == "not_admin"
    encrypted.sign_in("li")  # her password still works


def test_a_new_sheet_replaces_the_old_code(encrypted: EncryptedCenter) -> None:
    old = encrypted.admin.recovery_code
    assert old is not None
    with pytest.raises(PermissionDenied):
        recovery.RecoveryService(encrypted.sign_in("sup").context()).replace_code()
    new = recovery.RecoveryService(encrypted.admin.context()).replace_code()
    assert new != old
    with encrypted.admin.db.read() as s:
        details = s.scalars(select(AuditEvent.details).where(
            AuditEvent.action == "account_changed").order_by(AuditEvent.id.desc())).first()
    assert details is not None
    assert json.loads(details) == {"recovery_code": "replaced"}
    with pytest.raises(recovery.RecoveryFailed, match="wrong_code"):
        _recover(encrypted, old)
    _recover(encrypted, new)
    encrypted.sign_in("admin", NEW)


# -- the command line -----------------------------------------------------------------------


def test_init_db_writes_a_private_recovery_sheet(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch,
                                                 capsys: pytest.CaptureFixture[str],
                                                 caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    db_path = tmp_path / "cli.sqlite3"
    sheet = tmp_path / "sheet.txt"
    monkeypatch.setenv("FAMILYEDU_USER", "boss")
    monkeypatch.setenv("FAMILYEDU_PASSWORD", PASSWORD)
    assert main(["-v", "--db", f"sqlite:///{db_path}", "init-db", "--center", "某县中心",
                 "--recovery-sheet", str(sheet)]) == 0
    text = sheet.read_text(encoding="utf-8")
    code = re.search(r"([2-9A-Z]{5}-){5}[2-9A-Z]{5}", text)
    assert code is not None
    assert "某县中心" in text
    assert str(db_path) in text
    if os.name == "posix":
        assert sheet.stat().st_mode & 0o777 == 0o600
    out = capsys.readouterr()
    assert code.group(0) not in out.out + out.err + caplog.text
    # The sheet's code recovers the administrator.
    monkeypatch.setenv("FAMILYEDU_RECOVERY_CODE", code.group(0))
    monkeypatch.setenv("FAMILYEDU_NEW_PASSWORD", NEW)
    assert main(["-v", "--db", f"sqlite:///{db_path}", "recover", "--user", "boss"]) == 0
    out = capsys.readouterr()
    assert "replaced" in out.out
    assert code.group(0) not in out.out + out.err + caplog.text
    assert NEW not in out.out + out.err + caplog.text
    db = startup.open_database(f"sqlite:///{db_path}")
    startup.sign_in(db, "boss", NEW)
    db.dispose()


def test_cli_refuses_a_wrong_code_in_one_sentence(encrypted: EncryptedCenter,
                                                  monkeypatch: pytest.MonkeyPatch,
                                                  capsys: pytest.CaptureFixture[str],
                                                  caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    wrong = recovery.new_code()
    monkeypatch.setenv("FAMILYEDU_RECOVERY_CODE", wrong)
    monkeypatch.setenv("FAMILYEDU_NEW_PASSWORD", NEW)
    assert main(["-v", "--db", encrypted.url, "recover", "--user", "admin"]) == 2
    out = capsys.readouterr()
    assert out.err.strip() == ("familyedu-admin recover: error: the recovery code is not "
                               "right; nothing was changed")
    assert wrong not in out.out + out.err + caplog.text
    encrypted.sign_in("admin")


def test_cli_recovery_sheet_replaces_the_code(encrypted: EncryptedCenter, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("FAMILYEDU_USER", "admin")
    monkeypatch.setenv("FAMILYEDU_PASSWORD", PASSWORD)
    sheet = tmp_path / "new-sheet.txt"
    assert main(["--db", encrypted.url, "recovery-sheet", "--out", str(sheet)]) == 0
    assert "no longer works" in capsys.readouterr().out
    code = re.search(r"([2-9A-Z]{5}-){5}[2-9A-Z]{5}", sheet.read_text(encoding="utf-8"))
    assert code is not None
    assert code.group(0) != encrypted.admin.recovery_code
    assert recovery.unlock_with_code(_keys(encrypted), code.group(0)) == encrypted.admin.db.key
    # The sheet cannot be written over the database or its key file.
    assert main(["--db", encrypted.url, "recovery-sheet", "--out",
                 str(key_file_path(encrypted.path))]) == 2
    assert recovery.unlock_with_code(_keys(encrypted), code.group(0)) == encrypted.admin.db.key


def test_recover_without_a_key_file_says_what_to_do(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("FAMILYEDU_ENCRYPTION", "off")
    url = f"sqlite:///{tmp_path / 'plain.sqlite3'}"
    signed = startup.setup(startup.open_database(url), center_name="某县中心",
                           username="admin", display_name="管理员", password=PASSWORD)
    assert signed.recovery_code is None
    signed.db.dispose()
    monkeypatch.setenv("FAMILYEDU_RECOVERY_CODE", recovery.new_code())
    monkeypatch.setenv("FAMILYEDU_NEW_PASSWORD", NEW)
    assert main(["--db", url, "recover", "--user", "admin"]) == 2
    assert "another administrator resets the password" in capsys.readouterr().err


def test_a_key_file_from_before_recovery_codes_says_so(encrypted: EncryptedCenter,
                                                       monkeypatch: pytest.MonkeyPatch,
                                                       capsys: pytest.CaptureFixture[str]
                                                       ) -> None:
    keys = _keys(encrypted)
    del keys.data["recovery"]
    keys.save()
    monkeypatch.setenv("FAMILYEDU_RECOVERY_CODE", str(encrypted.admin.recovery_code))
    monkeypatch.setenv("FAMILYEDU_NEW_PASSWORD", NEW)
    assert main(["--db", encrypted.url, "recover", "--user", "admin"]) == 2
    assert "has no recovery code" in capsys.readouterr().err
    encrypted.sign_in("admin")  # nothing changed
