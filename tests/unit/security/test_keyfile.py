"""The key file: the database key wrapped per user, wrong passwords counted and locked out."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from familyedu.errors import AuthenticationFailed
from familyedu.security import crypto
from familyedu.security.keyfile import KeyFile


def _keys(tmp_path: Path) -> tuple[KeyFile, bytes]:
    keys = KeyFile.create(tmp_path / "db.sqlite3.keys.json")
    key = crypto.random_key()
    keys.set_user("li", "password one", key)
    keys.set_user("zhao", "password two", key)
    keys.save()
    return keys, key


def test_each_password_unwraps_the_same_key(tmp_path: Path) -> None:
    keys, key = _keys(tmp_path)
    again = KeyFile.load(keys.path)
    assert again.unlock("li", "password one") == key
    assert again.unlock("ZHAO ", "password two") == key
    # The key itself is nowhere in the file.
    assert key.hex() not in keys.path.read_text()
    assert crypto.b64(key) not in keys.path.read_text()


def test_wrong_password_is_counted_and_left_for_the_audit(tmp_path: Path) -> None:
    keys, _ = _keys(tmp_path)
    with pytest.raises(AuthenticationFailed) as info:
        keys.unlock("li", "password two")
    assert info.value.reason == "wrong_credentials"
    with pytest.raises(AuthenticationFailed):
        keys.unlock("nobody", "whatever")
    again = KeyFile.load(keys.path)
    assert again.data["users"]["li"]["failures"] == 1
    assert [(a.username, a.reason) for a in again.pending_failures()] == [
        ("li", "wrong_password"), ("nobody", "unknown_user")]


def test_lock_out_after_five_wrong_passwords(tmp_path: Path) -> None:
    keys, key = _keys(tmp_path)
    for _ in range(5):
        with pytest.raises(AuthenticationFailed):
            keys.unlock("li", "guess", now=1000.0)
    with pytest.raises(AuthenticationFailed) as info:
        keys.unlock("li", "password one", now=1010.0)
    assert (info.value.reason, info.value.retry_after_seconds) == ("locked", 20)
    assert keys.unlock("li", "password one", now=1031.0) == key
    assert KeyFile.load(keys.path).data["users"]["li"]["failures"] == 0


def test_an_entry_moved_to_another_user_does_not_open(tmp_path: Path) -> None:
    keys, _ = _keys(tmp_path)
    data = json.loads(keys.path.read_text())
    data["users"]["zhao"] = data["users"]["li"]
    keys.path.write_text(json.dumps(data))
    with pytest.raises(AuthenticationFailed):
        KeyFile.load(keys.path).unlock("zhao", "password one")


def test_real_cost_is_rfc_9106_second_choice() -> None:
    real = crypto.KdfParams()
    assert (real.time_cost, real.memory_cost, real.parallelism) == (3, 65_536, 4)
    with pytest.raises(ValueError, match="time cost outside"):
        crypto.KdfParams.from_dict({"time_cost": 0, "memory_cost": 8, "parallelism": 1})
