"""familyedu.platform: network shares are recognised and an SQLite file there is refused."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from familyedu import platform
from familyedu.cli import _describe
from familyedu.db import ALLOW_NETWORK_ENV, Database
from familyedu.errors import DatabaseError
from familyedu.ui.service_errors import error_text


def _line(number: int, point: str, fstype: str, source: str = "src") -> str:
    escaped = point.replace("\\", "\\134").replace(" ", "\\040")
    return (f"{number} 1 0:{number} / {escaped} rw,relatime shared:{number} - "
            f"{fstype} {source} rw")


def _mountinfo(*mounts: tuple[str, str]) -> str:
    return "\n".join(_line(i + 20, point, fstype) for i, (point, fstype) in enumerate(mounts))


def test_the_deepest_mount_decides_and_escaped_spaces_are_read(tmp_path: Path) -> None:
    share = tmp_path / "center share"
    share.mkdir()
    text = _mountinfo(("/", "ext4"), (str(tmp_path), "tmpfs"), (str(share), "cifs"))

    assert platform.mounts(text)[2] == (str(share), "cifs")
    assert platform.network_filesystem(share / "familyedu.sqlite3", text) == "cifs"
    # A file that does not exist yet is judged by the folder it would go in.
    assert platform.network_filesystem(share / "new" / "db.sqlite3", text) == "cifs"
    # A sibling whose name only starts like the share is not on it.
    assert platform.network_filesystem(tmp_path / "center shared.sqlite3", text) is None
    assert platform.linux_filesystem(tmp_path / "x.sqlite3", text) == "tmpfs"


@pytest.mark.parametrize("fstype", ["nfs", "nfs4", "cifs", "smb3", "fuse.sshfs"])
def test_network_file_systems_are_named(tmp_path: Path, fstype: str) -> None:
    assert platform.network_filesystem(tmp_path, _mountinfo(("/", "ext4"),
                                                            (str(tmp_path), fstype))) == fstype


@pytest.fixture
def nfs_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder this process's mount table (a copy with one more line) says is NFS."""
    folder = tmp_path / "office-share"
    folder.mkdir()
    real = platform.MOUNTINFO.read_text(encoding="utf-8") if platform.MOUNTINFO.exists() else ""
    fake = tmp_path / "mountinfo"
    fake.write_text(real.rstrip("\n") + "\n" + _line(999, str(folder), "nfs4") + "\n",
                    encoding="utf-8")
    monkeypatch.setattr(platform, "MOUNTINFO", fake)
    monkeypatch.delenv(ALLOW_NETWORK_ENV, raising=False)
    return folder


def test_an_sqlite_file_on_a_network_share_is_refused_with_the_reason(
        nfs_folder: Path, tmp_path: Path) -> None:
    path = nfs_folder / "familyedu.sqlite3"

    with pytest.raises(DatabaseError) as caught:
        Database(f"sqlite:///{path}")

    assert caught.value.reason == "network_share"
    assert not path.exists()  # refused before SQLite touched anything
    shown = error_text(caught.value)
    assert "nfs4" in shown
    assert "locking" in shown
    assert "PostgreSQL" in shown
    printed = _describe(caught.value)
    assert "network share (nfs4)" in printed
    assert "PostgreSQL" in printed
    # The same file on a local disk opens.
    local = Database(f"sqlite:///{tmp_path / 'local.sqlite3'}")
    local.upgrade()
    local.dispose()


def test_one_desk_may_insist_on_its_network_home_folder(
        nfs_folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ALLOW_NETWORK_ENV, "1")
    db = Database(f"sqlite:///{nfs_folder / 'familyedu.sqlite3'}")
    try:
        assert db.upgrade()
    finally:
        db.dispose()


@pytest.mark.skipif(platform.WINDOWS, reason="Unix permission bits")
def test_private_folders_and_files_are_the_owners_alone(tmp_path: Path) -> None:
    folder = platform.make_private_dir(tmp_path / "a" / "drafts")
    target = folder / "x.json"
    target.write_text("old")
    target.chmod(0o644)
    fd = platform.open_private_file(target)
    os.write(fd, b"new")
    os.close(fd)

    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert target.read_bytes() == b"new"
