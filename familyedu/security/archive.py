"""The backup file: a zip of the encrypted database, its key file and a signed manifest.

    manifest.json     what, when, by whom, schema revision, audit head, SHA-256 of each file
    manifest.hmac     HMAC-SHA256 of manifest.json under a key derived from the database key
    database.sqlite3  a consistent snapshot, SQLCipher-encrypted with the database's own key
    keys.json         the key file as it was (the key wrapped per user; no plain key)

A flipped or missing byte anywhere fails the zip's CRC, a checksum or the HMAC; someone
without the database key cannot write a manifest that verifies. Reading never touches the
live database: everything is checked in a scratch folder first.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from familyedu import platform
from familyedu.errors import ServiceError
from familyedu.security import crypto

FORMAT = "familyedu-backup"
VERSION = 1
MANIFEST = "manifest.json"
SIGNATURE = "manifest.hmac"
DATABASE = "database.sqlite3"
KEYS = "keys.json"
SUFFIX = ".febak"
_MAC_PURPOSE = "backup-manifest"
_MAX_MANIFEST = 1 << 20


class BackupRejected(ServiceError):
    """A backup that cannot be made or used. `reason` is a stable code the UI translates.

    not_found, corrupt (damaged or truncated), not_a_backup, tampered, too_new,
    wrong_password (the backup is of another database: its own password is needed),
    unsupported (PostgreSQL), in_use (another program has the database open).
    """

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.detail = detail


@dataclass(frozen=True)
class Unpacked:
    """A structurally sound backup extracted into `folder` (the caller removes it)."""

    folder: Path
    manifest: dict[str, Any]
    manifest_bytes: bytes
    signature: str

    @property
    def database(self) -> Path:
        return self.folder / DATABASE

    @property
    def keys(self) -> Path | None:
        path = self.folder / KEYS
        return path if path.exists() else None

    @property
    def encrypted(self) -> bool:
        return bool(self.manifest.get("encrypted"))

    def signed_by(self, key: bytes) -> bool:
        return crypto.mac_ok(crypto.subkey(key, _MAC_PURPOSE), self.manifest_bytes,
                             self.signature)

    def discard(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)


def write(target: Path, *, database: Path, keys: Path | None, manifest: dict[str, Any],
          key: bytes | None) -> None:
    """Pack the files with their checksums into `target` (atomically)."""
    members = {DATABASE: database, **({KEYS: keys} if keys is not None else {})}
    manifest = {**manifest, "format": FORMAT, "version": VERSION,
                "encrypted": key is not None,
                "files": {name: {"size": path.stat().st_size,
                                 "sha256": crypto.sha256_file(path)}
                          for name, path in members.items()}}
    body = json.dumps(manifest, indent=1, sort_keys=True, ensure_ascii=False).encode("utf-8")
    temp = target.with_name(f".{target.name}.partial-{os.getpid()}")
    # An encrypted file does not compress; a plain one (tests) may as well.
    method = zipfile.ZIP_STORED if key is not None else zipfile.ZIP_DEFLATED
    try:
        with os.fdopen(platform.open_private_file(temp), "wb") as raw, \
                zipfile.ZipFile(raw, "w", compression=method) as zf:
            zf.writestr(MANIFEST, body)
            if key is not None:
                zf.writestr(SIGNATURE, crypto.mac(crypto.subkey(key, _MAC_PURPOSE), body))
            for name, path in members.items():
                zf.write(path, name)
        with temp.open("rb+") as fh:
            os.fsync(fh.fileno())
        # Only now, complete and on disk, does the backup take the target's name.
        os.replace(temp, target)
    finally:
        temp.unlink(missing_ok=True)


def is_backup(path: Path) -> bool:
    """True if `path` is a zip whose manifest says it is a familyedu backup (not checked)."""
    try:
        with zipfile.ZipFile(path) as zf:
            if zf.getinfo(MANIFEST).file_size > _MAX_MANIFEST:
                return False
            manifest = json.loads(zf.read(MANIFEST))
    except (OSError, KeyError, ValueError, zipfile.BadZipFile, zipfile.LargeZipFile,
            EOFError, zlib.error):
        return False
    return isinstance(manifest, dict) and manifest.get("format") == FORMAT


def unpack(source: Path, scratch_parent: Path) -> Unpacked:
    """Check the zip, the manifest and every checksum; extract into a scratch folder.

    The signature is checked later, by the caller who knows the key (`signed_by`).
    """
    if not source.is_file():
        raise BackupRejected("not_found", str(source))
    folder = Path(tempfile.mkdtemp(prefix=".familyedu-restore-", dir=scratch_parent))
    try:
        return _unpack(source, folder)
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise


def _unpack(source: Path, folder: Path) -> Unpacked:
    try:
        with zipfile.ZipFile(source) as zf:
            names = set(zf.namelist())
            if MANIFEST not in names:
                raise BackupRejected("not_a_backup", "no manifest")
            if zf.getinfo(MANIFEST).file_size > _MAX_MANIFEST:
                raise BackupRejected("tampered", "manifest too large")
            body = zf.read(MANIFEST)
            try:
                manifest = json.loads(body)
            except ValueError:
                raise BackupRejected("tampered", "manifest unreadable") from None
            if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
                raise BackupRejected("not_a_backup", "unknown format")
            if manifest.get("version") != VERSION:
                raise BackupRejected("too_new", f"backup format {manifest.get('version')}")
            files = manifest.get("files")
            if not isinstance(files, dict) or DATABASE not in files \
                    or set(files) - {DATABASE, KEYS} or not set(files) <= names:
                raise BackupRejected("tampered", "file list does not match")
            if bool(manifest.get("encrypted")) != (KEYS in files) \
                    or bool(manifest.get("encrypted")) != (SIGNATURE in names):
                raise BackupRejected("tampered", "encryption marks do not match")
            signature = zf.read(SIGNATURE).decode("ascii", "replace") \
                if SIGNATURE in names else ""
            for name, expected in files.items():
                target = folder / name
                # Streams through the zip's CRC check; a bad block raises BadZipFile.
                with zf.open(name) as src, target.open("wb") as dst:
                    shutil.copyfileobj(src, dst, 1 << 20)
                if target.stat().st_size != expected.get("size") \
                        or crypto.sha256_file(target) != expected.get("sha256"):
                    raise BackupRejected("tampered", f"{name} does not match its checksum")
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, zlib.error) as exc:
        raise BackupRejected("corrupt", str(exc)) from None
    except (KeyError, TypeError, AttributeError) as exc:
        raise BackupRejected("tampered", str(exc)) from None
    return Unpacked(folder, manifest, body, signature)
