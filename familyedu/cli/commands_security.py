"""Security commands: audit-verify, backup, verify-backup, restore, export, decrypt-export,
passwd and encrypt-db. Each signs in like the app and the services apply the same roles."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from familyedu.cli import CommandError, command, credentials
from familyedu.db import Database
from familyedu.db_errors import sqlite_file
from familyedu.models import Role
from familyedu.paths import resolve_database_url
from familyedu.security import crypto, fex, private_files, sqlite_files
from familyedu.security.archive import BackupRejected
from familyedu.security.keyfile import KeyFile, key_file_path
from familyedu.services import ServiceContext, Services
from familyedu.services.admin.backup import restore_into_new
from familyedu.services.admin.backup_checks import AccountChangesNeedConsent, ChainFinding
from familyedu.services.admin.users import authenticate
from familyedu.startup import SignedIn, needs_setup, open_database, sign_in

_LINK_PROBLEMS = {
    "content": "its content was changed after it was written",
    "link": "it does not follow the entry before it (an entry was deleted or inserted)",
}


_BACKUP_REASONS = {
    "not_found": "no such file: {detail}",
    "corrupt": "the backup is damaged or incomplete ({detail}); nothing was changed",
    "not_a_backup": "this is not a familyedu backup; nothing was changed",
    "tampered": "the backup was altered after it was made ({detail}); nothing was changed",
    "too_new": "the backup comes from a newer familyedu ({detail}); nothing was changed",
    "wrong_password": "this backup is of another database: set FAMILYEDU_BACKUP_PASSWORD to "
                      "the administrator's password of that time ({detail})",
    "unsupported": "{detail}",
    "target_exists": "{detail} exists and is not a familyedu backup: choose another file "
                     "name (nothing was written)",
    "in_use": "the database is open in another program (close familyedu everywhere first): "
              "{detail}",
}


@contextmanager
def _signed(args: argparse.Namespace) -> Iterator[tuple[SignedIn, str]]:
    """Sign in (asking once); close the database afterwards; word backup refusals."""
    user, password = credentials()
    signed = sign_in(open_database(args.db), user, password)
    try:
        yield signed, password
    except BackupRejected as exc:
        raise CommandError(_BACKUP_REASONS.get(exc.reason, "{detail}").format(
            detail=exc.detail or exc.reason)) from None
    finally:
        signed.db.dispose()


def _secret(env: str, prompt: str, *, confirm: bool = False) -> str:
    value = os.environ.get(env)
    if value:
        return value
    if not sys.stdin.isatty():
        raise CommandError(f"set {env}, or run in a terminal")
    value = getpass.getpass(prompt)
    if confirm and getpass.getpass("Again: ") != value:
        raise CommandError("the two entries differ")
    return value


def _add_password_file(parser: argparse.ArgumentParser) -> None:
    # No --password: a secret on the command line is visible to every user in the process list.
    parser.add_argument("--password-file", default=None, metavar="FILE",
                        help="read the export's password from the first line of FILE (or set "
                             "FAMILYEDU_EXPORT_PASSWORD, or type it when asked)")
    # Named so that `--password X` is refused, not taken as an abbreviation of --password-file.
    parser.add_argument("--password", default=None, help=argparse.SUPPRESS)


def _password_file(args: argparse.Namespace) -> str | None:
    if args.password is not None:
        raise CommandError("a password on the command line can be read by every user of this "
                           "computer: use --password-file FILE or FAMILYEDU_EXPORT_PASSWORD, "
                           "or type it when asked")
    if not args.password_file:
        return None
    try:
        with open(args.password_file, encoding="utf-8") as fh:
            line = fh.readline().rstrip("\r\n")
    except OSError as exc:
        raise CommandError(f"cannot read the password file {args.password_file}: "
                           f"{exc.strerror or exc}") from None
    if not line:
        raise CommandError(f"the password file {args.password_file} is empty")
    return line


# -- audit-verify ---------------------------------------------------------------------------


@command("audit-verify", "check the audit trail's hash chain; report the first broken entry")
def configure_audit_verify(parser: argparse.ArgumentParser) -> None:
    parser.set_defaults(run=run_audit_verify)


def run_audit_verify(args: argparse.Namespace) -> int:
    with _signed(args) as (signed, _):
        check = signed.services().audit.verify()
        if check.ok:
            print(f"audit trail intact: {check.entries} entries verified")
            return 0
        print(f"audit trail BROKEN at entry {check.first_broken_id}: "
              f"{_LINK_PROBLEMS.get(check.problem, check.problem)} "
              f"({check.entries} entries before it are intact)")
        return 1


@command("encrypt-fields", "encrypt every private note and sealed record an older version "
                           "left in the clear (a supervisor; each sign-in otherwise does a part)")
def configure_encrypt_fields(parser: argparse.ArgumentParser) -> None:
    parser.set_defaults(run=run_encrypt_fields)


def run_encrypt_fields(args: argparse.Namespace) -> int:
    with _signed(args) as (signed, _):
        sweep = signed.services().field_sweep
        batches = 0
        while sweep.encrypt_a_batch():
            batches += 1
            print(f"… {batches * 20_000:,} private notes encrypted so far", flush=True)
        print("nothing is left in the clear")
        return 0


# -- backups --------------------------------------------------------------------------------


@command("backup", "write an encrypted, checksummed backup of the SQLite database")
def configure_backup(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--out", required=True, metavar="FILE", help="the backup file to write")
    parser.set_defaults(run=run_backup)


def run_backup(args: argparse.Namespace) -> int:
    with _signed(args) as (signed, _):
        info = signed.services().backups.create(Path(args.out))
        counts = ", ".join(f"{k} {v}" for k, v in info.counts.items())
        how = "encrypted" if info.encrypted else "NOT encrypted"
        print(f"backup written to {info.path} ({how}; {counts})")
        return 0


@command("verify-backup", "check a backup file completely without restoring it")
def configure_verify_backup(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE")
    parser.set_defaults(run=run_verify_backup)


def run_verify_backup(args: argparse.Namespace) -> int:
    with _signed(args) as (signed, password):
        service = signed.services().backups
        info = service.verify(
            Path(args.file), os.environ.get("FAMILYEDU_BACKUP_PASSWORD") or password)
        print(f"backup ok: made {info.created_at} by {info.created_by}, "
              f"schema {info.schema_revision}")
        return _report_chain(service.chain_findings(Path(args.file)))


def _report_chain(findings: list[ChainFinding]) -> int:
    """Print what the backups say about the live audit trail; 1 if entries went missing."""
    broken = [f for f in findings if f.problem in ("missing", "rewritten")]
    for finding in findings:
        if finding.problem is not None:
            print(("PROBLEM: " if finding in broken else "note: ") + finding.describe())
    compared = [f for f in findings if f.problem is None]
    if compared and not broken:
        print(f"audit trail continues all {len(compared)} backup(s) known here")
    return 1 if broken else 0


@command("restore", "replace the database by a checked backup (the old one is kept aside)")
def configure_restore(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE")
    parser.add_argument("--accept-account-changes", action="store_true",
                        help="go ahead although the backup brings back other passwords, "
                             "disabled or deleted accounts (they are listed without it)")
    parser.set_defaults(run=run_restore)


def run_restore(args: argparse.Namespace) -> int:
    source = Path(args.file)
    db = open_database(args.db)
    if needs_setup(db):
        user, password = credentials()
        try:
            result = restore_into_new(db, source, user, password)
        except BackupRejected as exc:
            raise CommandError(_BACKUP_REASONS.get(exc.reason, "{detail}").format(
                detail=exc.detail or exc.reason)) from None
        finally:
            db.dispose()
    else:
        db.dispose()
        with _signed(args) as (signed, password):
            try:
                # The backup of another database (another key) opens with its own admin
                # password.
                result = signed.services().backups.restore(
                    source, os.environ.get("FAMILYEDU_BACKUP_PASSWORD") or password,
                    accept_account_changes=args.accept_account_changes)
            except AccountChangesNeedConsent as exc:
                print("restoring this backup would change these accounts:")
                for change in exc.changes:
                    print(f"  {change.describe()}")
                raise CommandError(f"{len(exc.changes)} account change(s) listed above: run "
                                   "restore again with --accept-account-changes to go ahead "
                                   "(nothing was changed)") from None
    print(f"restored the backup made {result.info.created_at} by {result.info.created_by}")
    if result.kept_aside is not None:
        print(f"the database it replaced was kept as {result.kept_aside}")
    return 0


# -- exports --------------------------------------------------------------------------------


@command("export", "export the case list (xlsx or csv); a full export needs a password")
def configure_export(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--out", required=True, metavar="FILE.xlsx|FILE.csv")
    parser.add_argument("--deidentified", action="store_true",
                        help="no names, ID numbers, phones or addresses; age bands")
    _add_password_file(parser)
    parser.add_argument("--lang", default="zh_CN", choices=["zh_CN", "en"])
    parser.set_defaults(run=run_export)


def run_export(args: argparse.Namespace) -> int:
    with _signed(args) as (signed, _):
        password = _password_file(args) or os.environ.get("FAMILYEDU_EXPORT_PASSWORD") or None
        if password is None and not args.deidentified and sys.stdin.isatty():
            password = _secret("FAMILYEDU_EXPORT_PASSWORD", "Password for the export file: ",
                               confirm=True)
        result = signed.services().exports.cases(
            Path(args.out), deidentified=args.deidentified, password=password, language=args.lang)
        print(f"{result.rows} case(s) exported to {result.path}"
              + (" (password-protected; open with `familyedu-admin decrypt-export`)"
                 if result.protected else ""))
        if result.suppressed:
            print(f"{result.suppressed} row(s) left out: too rare to stay unrecognisable even "
                  "when generalised (every combination of gender, age, month, guardianship, "
                  "living arrangement and involvement occurs at least 5 times)")
        if result.omitted_sealed:
            print(f"{result.omitted_sealed} sealed record(s) left out (sealed records are "
                  "never exported)")
        return 0


@command("decrypt-export", "turn a password-protected export (.fex) back into xlsx/csv")
def configure_decrypt(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE.fex")
    parser.add_argument("--out", default=None, metavar="FILE",
                        help="where to write (default: the name inside, beside FILE)")
    _add_password_file(parser)
    parser.set_defaults(run=run_decrypt)


def run_decrypt(args: argparse.Namespace) -> int:
    source = Path(args.file)
    password = _password_file(args) or _secret("FAMILYEDU_EXPORT_PASSWORD",
                                               "Export password: ")
    try:
        name, content = fex.unprotect(source.read_bytes(), password)
    except fex.ExportFileError as exc:
        raise CommandError({"not_an_export": "not a familyedu export file",
                            "damaged": "the file is damaged",
                            "wrong_password_or_damaged": "wrong password, or the file was "
                                                         "altered"}[exc.reason]) from None
    except OSError as exc:
        raise CommandError(f"cannot read {source}: {exc.strerror}") from None
    # The name inside comes from the file: a bare name beside it, never a path elsewhere.
    inner = Path(name.replace("\\", "/")).name or "export"
    target = Path(args.out) if args.out else source.with_name(inner)
    if target.exists() and not args.out:
        raise CommandError(f"{target} exists; choose another name with --out")
    private_files.refuse_database_files(target, sqlite_file(resolve_database_url(args.db)))
    crypto.write_atomically(target, content)
    print(f"written {target}")
    return 0


# -- accounts and encryption ----------------------------------------------------------------


@command("passwd", "change your own password (FAMILYEDU_NEW_PASSWORD for scripts)")
def configure_passwd(parser: argparse.ArgumentParser) -> None:
    parser.set_defaults(run=run_passwd)


def run_passwd(args: argparse.Namespace) -> int:
    with _signed(args) as (signed, password):
        new = _secret("FAMILYEDU_NEW_PASSWORD", "New password: ", confirm=True)
        signed.services().users.change_own_password(password, new)
        print(f"password of '{signed.actor.username}' changed")
        return 0


@command("encrypt-db", "encrypt an existing unencrypted SQLite database (administrator)")
def configure_encrypt(parser: argparse.ArgumentParser) -> None:
    parser.set_defaults(run=run_encrypt)


def run_encrypt(args: argparse.Namespace) -> int:
    url = resolve_database_url(args.db)
    plain = Database(url)
    path = plain.sqlite_path
    if path is None or sqlite_files.classify(path) != "plain":
        raise CommandError("only an unencrypted SQLite database can be encrypted")
    plain.upgrade()
    user, password = credentials()
    actor = authenticate(plain, user, password)
    if actor.role is not Role.ADMIN:
        raise CommandError("only an administrator can encrypt the database")
    others = [u.username for u in Services(ServiceContext(plain, actor)).users.all()
              if u.active and u.username != actor.username]
    with plain.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    plain.dispose()
    key = crypto.random_key()
    temp = path.with_name(path.name + ".encrypting")
    sqlite_files.encrypt_plain(path, temp, key)
    problem = sqlite_files.check_file(temp, key)
    if problem is not None:
        temp.unlink(missing_ok=True)
        raise CommandError(f"the encrypted copy failed its check ({problem}); nothing changed")
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    aside = path.with_name(f"{path.name}.unencrypted-{stamp}")
    path.rename(aside)
    temp.rename(path)
    keys = KeyFile.create(key_file_path(path))
    keys.set_user(actor.username, password, key)
    keys.save()
    print(f"{path} is now encrypted; the unencrypted original is {aside}: delete it "
          "(securely) once you have checked the new database")
    if others:
        print("these accounts can sign in only after the administrator resets their "
              "password: " + ", ".join(others))
    return 0


