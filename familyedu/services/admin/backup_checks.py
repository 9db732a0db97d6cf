"""What a backup can tell about the live database: audit entries that have gone missing since
it was made, and the accounts a restore would change.

Every backup's signed manifest records the audit chain's head (last id and hash). The live
chain must still hold that entry, unchanged: if its newest entries were deleted (the chain
alone cannot see that) or it was rewritten and re-hashed, the head is missing or differs, and
the range of entries the backup holds but the live database lacks is named.
"""

from __future__ import annotations

import json
import shutil
import tempfile
import zipfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from familyedu.models import AuditEvent, User
from familyedu.security import archive, crypto, sqlite_files
from familyedu.services.core.audit import Action


@dataclass(frozen=True)
class ChainFinding:
    """One backup compared with the live chain. `problem`: None (the live chain continues
    the backup's), "missing" (entries the backup holds are gone: `first_missing`..
    `last_missing`), "rewritten" (the entry with the backup's head id differs), or
    "not_compared" (made before a restore that replaced the chain; `detail` says which)."""

    backup: Path
    created_at: str
    head_id: int
    problem: str | None = None
    first_missing: int | None = None
    last_missing: int | None = None
    detail: str = ""

    def describe(self) -> str:
        """One English line for the command line and the log."""
        made = f"the backup {self.backup.name} ({self.created_at})"
        span = (f"entry {self.first_missing}" if self.first_missing == self.last_missing
                else f"entries {self.first_missing} to {self.last_missing}")
        if self.problem == "missing":
            return (f"audit {span} are missing from the database, though {made} holds them: "
                    "the newest entries were deleted")
        if self.problem == "rewritten":
            return (f"audit {span} differ from what {made} holds: the trail was shortened "
                    f"or rewritten from entry {self.first_missing} on")
        if self.problem == "not_compared":
            return f"{made} was not compared: {self.detail}"
        return f"{made}: the audit trail continues it (up to entry {self.head_id})"


def _manifest(path: Path, key: bytes | None) -> dict[str, Any] | None:
    """The manifest of a backup of this database (signature checked), else None."""
    try:
        with zipfile.ZipFile(path) as zf:
            body = zf.read(archive.MANIFEST)
            signature = zf.read(archive.SIGNATURE).decode("ascii", "replace") \
                if archive.SIGNATURE in zf.namelist() else ""
        manifest = json.loads(body)
    except (OSError, KeyError, ValueError, zipfile.BadZipFile):
        return None
    if not isinstance(manifest, dict) or manifest.get("format") != archive.FORMAT:
        return None
    if key is not None and not crypto.mac_ok(crypto.subkey(key, "backup-manifest"), body,
                                             signature):
        return None  # another database's backup, or an altered one: proves nothing here
    return manifest


def _restores(s: Session) -> list[tuple[datetime, int]]:
    """(when, head id replaced) of each restore the live trail records."""
    found = []
    for at, details in s.execute(select(AuditEvent.at, AuditEvent.details)
                                 .where(AuditEvent.action == Action.RESTORE)):
        try:
            replaced = json.loads(details).get("replaced_audit_head") or {}
            found.append((at, int(replaced.get("id") or 0)))
        except (ValueError, TypeError, AttributeError):
            continue
    return found


def _divergence(s: Session, path: Path, key: bytes | None, head_id: int,
                live_last: int) -> tuple[int, str]:
    """The first entry (by id, up to the backup's head) where the live chain and the
    backup's part ways, and whether the live database lacks them all ("missing") or holds
    other entries under those ids ("rewritten"). Read from the backup's own trail."""
    scratch = Path(tempfile.mkdtemp(prefix=".familyedu-compare-", dir=path.parent))
    try:
        copy = scratch / archive.DATABASE
        with zipfile.ZipFile(path) as zf, zf.open(archive.DATABASE) as src, \
                copy.open("wb") as dst:
            shutil.copyfileobj(src, dst, 1 << 20)
        conn = sqlite_files.connect(copy, key)
        try:
            conn.execute("PRAGMA query_only = ON")
            theirs = dict(conn.execute("SELECT id, hash FROM audit_events WHERE id <= ?",
                                       (head_id,)).fetchall())
        finally:
            conn.close()
    except Exception:  # an unreadable backup: fall back to what the manifest says
        theirs = {}
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    ours: dict[int, str] = {row[0]: row[1] for row in s.execute(
        select(AuditEvent.id, AuditEvent.hash).where(AuditEvent.id <= head_id))}
    first = min((i for i in theirs if ours.get(i) != theirs[i]),
                default=min(live_last + 1, head_id))
    reused = any(i in ours for i in range(first, head_id + 1))
    return first, "rewritten" if reused else "missing"


def compare_chain(s: Session, backups: list[Path], key: bytes | None) -> list[ChainFinding]:
    """Each readable backup of this database against the live audit chain, oldest first."""
    restores = _restores(s)
    live_last = s.scalar(select(func.max(AuditEvent.id))) or 0
    findings = []
    for path in backups:
        manifest = _manifest(path, key)
        if manifest is None:
            continue
        head = manifest.get("audit_head") or {}
        if not isinstance(head, dict) or not isinstance(head.get("id"), int):
            continue
        head_id, head_hash = head["id"], str(head.get("hash") or "")
        created = str(manifest.get("created_at") or "")
        finding = ChainFinding(path, created, head_id)
        try:
            made = datetime.fromisoformat(created)
        except ValueError:
            made = None
        later_restore = [at for at, _replaced in restores if made is not None and at > made]
        live_hash = s.scalar(select(AuditEvent.hash).where(AuditEvent.id == head_id))
        if live_hash == head_hash:
            pass
        elif later_restore:
            finding = ChainFinding(path, created, head_id, "not_compared", detail=(
                f"an older backup was restored on {min(later_restore):%Y-%m-%d %H:%M}"))
        else:
            first, problem = _divergence(s, path, key, head_id, live_last)
            finding = ChainFinding(path, created, head_id, problem, first, head_id)
        findings.append(finding)
    findings.sort(key=lambda f: (f.created_at, f.backup.name))
    return findings


# -- accounts a restore would change ----------------------------------------------------


@dataclass(frozen=True)
class AccountChange:
    """`change`: returns (in the backup only), disappears (live only), enabled_again,
    disabled_again, role, old_password."""

    username: str
    change: str
    before: str = ""  # live state
    after: str = ""  # the backup's

    def describe(self) -> str:
        """The change in words, for the audit entry and the consent question."""
        texts = {
            "returns": "comes back (it exists only in the backup)",
            "disappears": "disappears (it was created after the backup)",
            "enabled_again": "is active again (it is disabled now)",
            "disabled_again": "is disabled again (it is active now)",
            "role": f"becomes {self.after} again (it is {self.before} now)",
            "old_password": "gets back the password it had at the time of the backup",
        }
        return f"{self.username} {texts.get(self.change, self.change)}"


_ACCOUNT_COLUMNS = ("username", "role", "active", "password_hash")


def accounts_of_file(path: Path, key: bytes | None) -> dict[str, dict[str, Any]]:
    """The accounts of a database file (a backup's) by user name, read only."""
    conn = sqlite_files.connect(path, key)
    try:
        conn.execute("PRAGMA query_only = ON")
        rows = conn.execute(f"SELECT {', '.join(_ACCOUNT_COLUMNS)} FROM users").fetchall()
    finally:
        conn.close()
    return {r[0]: {"role": str(r[1]).lower(), "active": bool(r[2]), "password_hash": r[3]}
            for r in rows}


def accounts_live(s: Session) -> dict[str, dict[str, Any]]:
    """The live database's accounts by user name, to compare with a backup's."""
    return {u.username: {"role": u.role.value, "active": bool(u.active),
                         "password_hash": u.password_hash}
            for u in s.scalars(select(User))}


def account_changes(live: dict[str, dict[str, Any]],
                    backup: dict[str, dict[str, Any]]) -> list[AccountChange]:
    """What a restore of `backup` over `live` would do to each account, by name."""
    changes = []
    for name in sorted(set(live) | set(backup)):
        now, then = live.get(name), backup.get(name)
        if now is None:
            changes.append(AccountChange(name, "returns"))
            continue
        if then is None:
            changes.append(AccountChange(name, "disappears"))
            continue
        if now["active"] != then["active"]:
            changes.append(AccountChange(name, "enabled_again" if then["active"]
                                         else "disabled_again"))
        if now["role"] != then["role"]:
            changes.append(AccountChange(name, "role", now["role"], then["role"]))
        if now["password_hash"] != then["password_hash"]:
            changes.append(AccountChange(name, "old_password"))
    return changes


class AccountChangesNeedConsent(archive.BackupRejected):
    """The restore would change accounts (listed); repeat it with the administrator's
    consent (`accept_account_changes=True`)."""

    def __init__(self, changes: list[AccountChange]) -> None:
        super().__init__("account_changes", "; ".join(c.describe() for c in changes))
        self.changes = changes
