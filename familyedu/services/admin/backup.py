"""Backups and restores of a SQLite database (administrators), and the backup on exit.

A backup is a consistent snapshot taken while the app runs, still encrypted with the
database's key, packed with the key file and a signed manifest (familyedu.security.archive).
A restore checks everything in a scratch folder first — zip, checksums, signature, SQLCipher
page HMACs, SQLite integrity, schema revision, an administrator — and only then moves the
live database aside (kept, renamed `<file>.replaced-<time>`) and puts the backup in place.
PostgreSQL: backups of a server are the server's job (pg_dump; see docs/SECURITY.md).
"""

from __future__ import annotations

import dataclasses
import logging
import shutil
import tempfile
from datetime import datetime
from pathlib import Path
from typing import Any

from alembic.script import ScriptDirectory
from sqlalchemy import select

from familyedu import paths
from familyedu.db import Database, alembic_config
from familyedu.errors import DatabaseError, PermissionDenied
from familyedu.models import AuditEvent, Center, Role, User
from familyedu.security import archive, private_files, sqlite_files
from familyedu.security.archive import BackupRejected
from familyedu.security.keyfile import KeyFile, key_file_path
from familyedu.services.admin.backup_checks import (
    AccountChangesNeedConsent,
    ChainFinding,
    account_changes,
    accounts_live,
    accounts_of_file,
    compare_chain,
)
from familyedu.services.admin.dto import BackupInfo, RestoreResult
from familyedu.services.admin.users import authenticate
from familyedu.services.core import audit
from familyedu.services.core.audit import Action, EntityType
from familyedu.services.core.base import Service
from familyedu.services.core.context import ServiceContext

log = logging.getLogger(__name__)
AUTO_PREFIX = "auto-"


def backup_folder(db: Database) -> Path:
    """Where automatic backups go: the data folder's, or one beside a database elsewhere."""
    path = db.sqlite_path
    assert path is not None
    if path.resolve() == paths.default_database_path().resolve():
        return paths.backup_dir()
    folder = path.with_name(f"{path.name}-backups")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _info(path: Path, manifest: dict[str, Any]) -> BackupInfo:
    return BackupInfo(path, str(manifest.get("created_at", "")),
                      str(manifest.get("created_by", "")), manifest.get("schema_revision"),
                      bool(manifest.get("encrypted")), dict(manifest.get("counts") or {}))


def make_backup(ctx: ServiceContext, target: Path, *, auto: bool = False) -> BackupInfo:
    """Snapshot, pack and audit; no role check (callers check, the exit backup needs none).

    Raises:
        BackupRejected: the database is not SQLite, or the target is a file that is not
            a backup.
    """
    db = ctx.db
    if not db.is_sqlite:
        raise BackupRejected("unsupported", "PostgreSQL: use the server's own backups")
    private_files.refuse_database_files(target, db.sqlite_path)
    target = target.expanduser().resolve()
    if target.exists() and not archive.is_backup(target):
        # Replacing an older backup is fine; replacing anything else (a document, another
        # database) is not what "backup --out" should ever do.
        raise BackupRejected("target_exists", str(target))
    target.parent.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix=".familyedu-backup-", dir=target.parent))
    try:
        snapshot = scratch / archive.DATABASE
        sqlite_files.snapshot(db, snapshot)
        keys: Path | None = None
        database_id = None
        if db.encrypted:
            live_keys = KeyFile.load(key_file_path(db.sqlite_path or Path()))
            database_id = live_keys.database_id
            copy = KeyFile(scratch / archive.KEYS, {**live_keys.data, "pending_failures": []})
            copy.save()
            keys = copy.path
        manifest = {
            "created_at": ctx.now().isoformat(), "created_by": ctx.actor.username,
            "automatic": auto, "database_id": database_id, "encrypted": db.key is not None,
            "source_file": db.sqlite_path.name if db.sqlite_path else "",
            **sqlite_files.facts(snapshot, db.key),
        }
        archive.write(target, database=snapshot, keys=keys, manifest=manifest, key=db.key)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    with db.uow() as s:
        audit.record(s, at=ctx.now(), action=Action.BACKUP, user_id=ctx.actor.user_id,
                     username=ctx.actor.username, entity_type=EntityType.BACKUP,
                     details={"file": target.name, "automatic": auto,
                              "audit_head": manifest.get("audit_head")})
    return _info(target, manifest)


def auto_backup_on_exit(signed: Any) -> Path | None:
    """The shell calls this when a signed-in user quits: a backup, keeping the last N.

    `signed` is a startup.SignedIn or a Services bundle. Returns the new file, or None for
    a database that is not SQLite or not open. Raises BackupRejected or OSError.
    """
    ctx: ServiceContext = signed.ctx if hasattr(signed, "ctx") else signed.context()
    db = ctx.db
    if not db.is_sqlite or db.needs_key:
        return None
    folder = backup_folder(db)
    stamp = ctx.now().strftime("%Y%m%d-%H%M%S")
    target = folder / f"{AUTO_PREFIX}{stamp}{archive.SUFFIX}"
    make_backup(ctx, target, auto=True)
    with db.read() as s:
        keep = s.scalar(select(Center.backups_to_keep).where(
            Center.id == ctx.actor.center_id)) or 10
    autos = sorted(folder.glob(f"{AUTO_PREFIX}*{archive.SUFFIX}"), reverse=True)
    for old in autos[max(1, keep):]:
        old.unlink(missing_ok=True)
    return target


class BackupService(Service):
    """Backups are the administrator's work (they hold no case content, only the file)."""

    def create(self, target: Path) -> BackupInfo:
        """A backup to `target` (administrators).

        Raises:
            PermissionDenied: the user is not an administrator.
            BackupRejected: the database is not SQLite, or `target` is not a backup.
        """
        self.require_role("backup", Role.ADMIN)
        return make_backup(self.ctx, target)

    def folder(self) -> Path:
        """Where automatic backups go: the data folder's, or one beside a database elsewhere."""
        return backup_folder(self.ctx.db)

    def recent(self) -> list[Path]:
        """The automatic backups, newest first."""
        self.require_role("backup", Role.ADMIN)
        if not self.ctx.db.is_sqlite:
            return []
        return sorted(backup_folder(self.ctx.db).glob(f"*{archive.SUFFIX}"), reverse=True)

    def verify(self, source: Path, password: str | None = None) -> BackupInfo:
        """Check a backup completely without restoring it."""
        self.require_role("restore", Role.ADMIN)
        unpacked = self._checked(source, password)
        unpacked.discard()
        return _info(source, unpacked.manifest)

    def chain_findings(self, named: Path | None = None) -> list[ChainFinding]:
        """The live audit chain against each backup it knows of (the automatic ones and
        `named`): entries deleted or rewritten since a backup are named."""
        self.require_role("restore", Role.ADMIN)
        return chain_against_backups(self.ctx.db, named)

    def restore(self, source: Path, password: str | None = None, *,
                accept_account_changes: bool = False) -> RestoreResult:
        """Replace the live database by the backup, after checking everything.

        `password`: the administrator's password at the time of the backup, needed only
        when the backup is of another database (another key) than the live one.
        A restore that would change accounts (bring back old passwords or disabled
        accounts, drop new ones) raises AccountChangesNeedConsent listing them, unless
        `accept_account_changes`.

        Raises:
            PermissionDenied: the user is not an administrator.
            BackupRejected: the backup is refused, or the database file is in use.
            AccountChangesNeedConsent: the restore would change accounts.
        """
        self.require_role("restore", Role.ADMIN)
        db = self.ctx.db
        unpacked = self._checked(source, password)
        try:
            key = self._key_of(unpacked, password)
            with self.read() as s:
                changes = account_changes(accounts_live(s),
                                          accounts_of_file(unpacked.database, key))
                replaced_head = s.execute(select(AuditEvent.id, AuditEvent.hash)
                                          .order_by(AuditEvent.id.desc()).limit(1)).first()
            if changes and not accept_account_changes:
                raise AccountChangesNeedConsent(changes)
            ensure_sole_user(db)
            with self.write() as s:
                self.audit(s, Action.RESTORE, entity_type=EntityType.BACKUP, details={
                    "file": source.name, "backup_created_at": unpacked.manifest.get(
                        "created_at"), "replaced_by_backup": True,
                    "account_changes": [dataclasses.asdict(c) for c in changes]})
            kept = replace_live(db, unpacked, key)
        finally:
            unpacked.discard()
        record_restore(db, self.ctx, source, unpacked.manifest, kept, extra={
            "replaced_audit_head": {"id": replaced_head[0], "hash": replaced_head[1]}
            if replaced_head else None,
            "account_changes": [dataclasses.asdict(c) for c in changes]})
        return RestoreResult(_info(source, unpacked.manifest), kept)

    # -- checking -------------------------------------------------------------------------

    def _key_of(self, unpacked: archive.Unpacked, password: str | None) -> bytes | None:
        return key_for_backup(unpacked, self.ctx.db, self.actor.username, password)

    def _checked(self, source: Path, password: str | None) -> archive.Unpacked:
        db = self.ctx.db
        if not db.is_sqlite:
            raise BackupRejected("unsupported", "PostgreSQL: use the server's own backups")
        assert db.sqlite_path is not None
        unpacked = archive.unpack(source, db.sqlite_path.parent)
        try:
            check_unpacked(unpacked, self._key_of(unpacked, password))
        except BaseException:
            unpacked.discard()
            raise
        return unpacked


def key_for_backup(unpacked: archive.Unpacked, db: Database | None, username: str,
                   password: str | None) -> bytes | None:
    """The key that opens the backup: the live one if it is the same database, else the
    one its own key file gives for this user's password (at the time of the backup).

    Raises:
        BackupRejected: an unencrypted backup for an encrypted database, or the password
            does not open the backup.
    """
    if not unpacked.encrypted:
        if db is not None and db.encrypted:
            raise BackupRejected("unsupported", "an unencrypted backup for an encrypted "
                                 "database")
        return None
    if db is not None and db.key is not None and unpacked.signed_by(db.key):
        return db.key
    if password is None or unpacked.keys is None:
        raise BackupRejected("wrong_password", "the backup is of another database")
    key = KeyFile.load(unpacked.keys).try_unwrap(username.strip().lower(), password)
    if key is None:
        raise BackupRejected("wrong_password", "the password does not open this backup")
    return key


def check_unpacked(unpacked: archive.Unpacked, key: bytes | None) -> None:
    """Signature, page HMACs, integrity, schema revision and an administrator.

    Raises:
        BackupRejected: the backup is tampered with, corrupt, of a newer schema, or has
            no active administrator.
    """
    if key is not None and not unpacked.signed_by(key):
        raise BackupRejected("tampered", "the manifest's signature does not match")
    problem = sqlite_files.check_file(unpacked.database, key)
    if problem is not None:
        raise BackupRejected("corrupt", problem)
    try:
        found = sqlite_files.facts(unpacked.database, key)
    except DatabaseError as exc:
        raise BackupRejected("corrupt", exc.detail) from exc
    if found["schema_revision"] not in known_revisions():
        raise BackupRejected("too_new", str(found["schema_revision"]))
    if not sqlite_files.active_admins(unpacked.database, key):
        raise BackupRejected("corrupt", "no active administrator")


def known_revisions() -> set[str]:
    """Every schema revision this version's migrations know."""
    script = ScriptDirectory.from_config(alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def ensure_sole_user(db: Database) -> None:
    """Refuse a restore while another program has the SQLite file open.

    Raises:
        BackupRejected: the file is in use (reason `in_use`).
    """
    path = db.sqlite_path
    assert path is not None
    db.engine.dispose()
    wal = path.with_name(path.name + "-wal")
    if wal.exists():
        # Our connections are closed; the last one out removes the WAL. If it is still
        # there after a checkpoint, another program has the database open.
        conn = sqlite_files.connect(path, db.key)
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()
        if wal.exists():
            raise BackupRejected("in_use", str(path))


def replace_live(db: Database, unpacked: archive.Unpacked, key: bytes | None) -> Path | None:
    """Move the live files aside and the checked backup in; `db` then opens the backup."""
    path = db.sqlite_path
    assert path is not None
    ensure_sole_user(db)
    kept: Path | None = None
    if path.exists():
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        # Never over an earlier copy kept aside (two restores in one second).
        base = path.with_name(f"{path.name}.replaced-{stamp}")
        kept, n = base, 0
        while kept.exists() or key_file_path(kept).exists():
            n += 1
            kept = base.with_name(f"{base.name}-{n}")
        path.rename(kept)
        if key_file_path(path).exists():
            key_file_path(path).rename(key_file_path(kept))
    shutil.move(str(unpacked.database), str(path))
    if unpacked.keys is not None:
        shutil.move(str(unpacked.keys), str(key_file_path(path)))
    for live in (path, key_file_path(path)):
        private_files.make_private(live)
    if key is not None:
        db.unlock(key)
    return kept


def chain_against_backups(db: Database, named: Path | None = None) -> list[ChainFinding]:
    """The live chain against the automatic backups and `named` (no role check: check-db)."""
    if not db.is_sqlite:
        return []
    folder = backup_folder(db)
    backups = sorted(folder.glob(f"*{archive.SUFFIX}"))
    if named is not None and named.resolve() not in {b.resolve() for b in backups}:
        backups.append(named)
    with db.read() as s:
        return compare_chain(s, backups, db.key)


def record_restore(db: Database, ctx: ServiceContext, source: Path,
                   manifest: dict[str, Any], kept: Path | None,
                   extra: dict[str, Any] | None = None) -> None:
    """The restored database's own trail says it was restored, by whom, from what."""
    with db.uow() as s:
        user_id = s.scalar(select(User.id).where(User.username == ctx.actor.username))
        audit.record(s, at=ctx.now(), action=Action.RESTORE, user_id=user_id,
                     username=ctx.actor.username, entity_type=EntityType.BACKUP,
                     details={"file": source.name,
                              "backup_created_at": manifest.get("created_at"),
                              "kept_aside": kept.name if kept else None, **(extra or {})})
    log.info("restored %s from %s", db.sqlite_path, source)


def restore_into_new(db: Database, source: Path, username: str, password: str) -> RestoreResult:
    """Disaster recovery: no live database. The credentials must be an administrator's in
    the backup (and, for an encrypted one, unwrap its key).

    Raises:
        BackupRejected: the database is not SQLite or already exists, or the backup is
            refused (see check_unpacked, key_for_backup).
        AuthenticationFailed: the credentials do not sign in to the backup.
        PermissionDenied: they are not an administrator's.
    """
    path = db.sqlite_path
    if not db.is_sqlite or path is None:
        raise BackupRejected("unsupported", "PostgreSQL: use the server's own backups")
    if sqlite_files.classify(path) != "absent":
        raise BackupRejected("in_use", f"{path} exists: sign in and restore over it")
    unpacked = archive.unpack(source, path.parent)
    try:
        key = key_for_backup(unpacked, None, username, password)
        check_unpacked(unpacked, key)
        probe = Database(f"sqlite:///{unpacked.database}", key=key)
        try:
            actor = authenticate(probe, username, password)
        finally:
            probe.dispose()
        if actor.role is not Role.ADMIN:
            raise PermissionDenied("restore", f"role {actor.role.value}")
        kept = replace_live(db, unpacked, key)
    finally:
        unpacked.discard()
    record_restore(db, ServiceContext(db, actor), source, unpacked.manifest, kept)
    return RestoreResult(_info(source, unpacked.manifest), kept)
