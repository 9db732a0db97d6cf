"""Database commands: init-db, check-db, and the recovery code (recover, recovery-sheet,
restore-keys)."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from datetime import datetime
from pathlib import Path

from familyedu.cli import CommandError, command, credentials, database
from familyedu.db import Database
from familyedu.errors import ValidationError
from familyedu.security import private_files
from familyedu.services.admin import recovery
from familyedu.services.admin.center import check_contact
from familyedu.services.admin.database_check import check_database
from familyedu.startup import needs_setup, open_database, setup, sign_in


@command("init-db", "create and migrate the database and its administrator")
def configure_init(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--center", default=os.environ.get("FAMILYEDU_CENTER", ""),
                        help="the center's name (or FAMILYEDU_CENTER)")
    parser.add_argument("--display-name", default="", help="the administrator's shown name")
    parser.add_argument("--phone", default="", help="the center's phone number (printed on "
                                                    "every letter; letters need it)")
    parser.add_argument("--address", default="", help="the center's address (letters need it)")
    parser.add_argument("--recovery-sheet", default=None, metavar="FILE",
                        help="write the recovery sheet (the code that replaces a forgotten "
                             "administrator password) to FILE instead of printing the code")
    parser.set_defaults(run=run_init)


def run_init(args: argparse.Namespace) -> int:
    # Not `database(args)`: a new encrypted file has no key to unlock it with yet.
    db = open_database(args.db)
    if not needs_setup(db):
        if db.needs_key:
            print("encrypted database exists (accounts exist already)")
        else:
            print(f"database ready at revision {db.current_revision()} "
                  "(accounts exist already)")
        return 0
    if not args.center:
        raise CommandError("--center NAME is required for a new database")
    try:  # checked before anything is created, so a typo can be corrected and sent again
        phone, address = check_contact(args.phone, args.address)
    except ValidationError as exc:
        raise CommandError(f"--{exc.field}: {exc.errors[0].english()}") from None
    sheet = Path(args.recovery_sheet) if args.recovery_sheet else None
    if sheet is not None:
        _check_sheet_target(sheet, db)
    user, password = credentials("Administrator user name: ")
    signed = setup(db, center_name=args.center, username=user,
                   display_name=args.display_name or user, password=password)
    if phone or address:
        signed.services().center.set_contact(phone=phone, address=address)
    if not (phone and address):
        print("letters need the center's phone and address: enter them in Administration "
              "(Center) or give --phone and --address")
    how = "encrypted (SQLCipher), key file beside it" if db.encrypted else "not encrypted"
    print(f"database created at revision {db.current_revision()}, {how}; "
          f"administrator '{signed.actor.username}' can sign in")
    if signed.recovery_code is not None:
        _hand_out_code(db, signed.recovery_code, sheet, args.center)
    return 0


# -- the recovery code ----------------------------------------------------------------------


def _check_sheet_target(sheet: Path, db: Database) -> None:
    private_files.refuse_database_files(sheet, db.sqlite_path)
    if not sheet.parent.is_dir():
        raise CommandError(f"--recovery-sheet: the folder {sheet.parent} does not exist")


def _hand_out_code(db: Database, code: str, sheet: Path | None, center: str) -> None:
    """Write the sheet (owner-only) or print the code once; never logged."""
    if sheet is None:
        print("RECOVERY CODE (shown once; write it down or print it and lock it away; it "
              "replaces a forgotten administrator password, and without it and the password "
              f"the data is lost):\n    {code}")
        return
    recovery.write_sheet(sheet, recovery.sheet_text(
        center_name=center, database=db.sqlite_path or "", code=code, made=datetime.now()))
    print(f"recovery sheet written to {sheet} (readable by you only): print it, lock it "
          "away, and delete the file")


_RECOVERY_REASONS = {
    "wrong_code": "the recovery code is not right; nothing was changed",
    "locked": "too many wrong recovery codes: try again in {s} s; nothing was changed",
    "no_code": "this database has no recovery code (it was made before recovery codes "
               "existed): nothing can replace the password; an administrator can make one "
               "with `familyedu-admin recovery-sheet --out FILE`",
    "not_admin": "{user} is not an active administrator of this database; nothing was "
                 "changed",
    "no_escrow": "this recovery code was made before the field keys' escrow existed: make "
                 "a new one with `familyedu-admin recovery-sheet --out FILE`; the keys reach "
                 "it at their holders' next sign-in",
    "not_sqlite": "this database has no key file and so no recovery code (PostgreSQL, or "
                  "unencrypted SQLite): another administrator resets the password in "
                  "Administration; without one, the database server's administrator sets it "
                  "(docs/SECURITY.md, Recovery)",
}


def _recovery_refused(exc: recovery.RecoveryFailed, user: str = "") -> CommandError:
    return CommandError(_RECOVERY_REASONS[exc.reason].format(
        s=exc.retry_after_seconds, user=user or "that user"))


def _ask(env: str, prompt: str, *, confirm: bool = False) -> str:
    value = os.environ.get(env)
    if value:
        return value
    if not sys.stdin.isatty():
        raise CommandError(f"set {env}, or run in a terminal")
    value = getpass.getpass(prompt)
    if confirm and getpass.getpass("Again: ") != value:
        raise CommandError("the two entries differ")
    return value


@command("recover", "set a new administrator password with the recovery code (SQLite)")
def configure_recover(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--user", required=True, help="the administrator's user name")
    parser.set_defaults(run=run_recover)


def run_recover(args: argparse.Namespace) -> int:
    db = open_database(args.db)
    try:
        if not db.encrypted:
            raise _recovery_refused(recovery.RecoveryFailed("not_sqlite"))
        if needs_setup(db):
            raise CommandError(f"there is no database at {db.sqlite_path}")
        # No code or password on the command line: the process list shows it to everyone.
        code = _ask("FAMILYEDU_RECOVERY_CODE", "Recovery code: ")
        new = _ask("FAMILYEDU_NEW_PASSWORD", "New password: ", confirm=True)
        try:
            recovery.recover(db, args.user, code, new)
        except recovery.RecoveryFailed as exc:
            raise _recovery_refused(exc, args.user) from None
        print(f"password of '{args.user.strip().lower()}' replaced; the recovery code stays "
              "valid (make a new one with `familyedu-admin recovery-sheet --out FILE` if the "
              "sheet may have been seen)")
        return 0
    finally:
        db.dispose()


@command("recovery-sheet", "make a new recovery code (administrator); the old one stops working")
def configure_recovery_sheet(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--out", default=None, metavar="FILE",
                        help="write the sheet to FILE (readable by you only) instead of "
                             "printing the code")
    parser.set_defaults(run=run_recovery_sheet)


def run_recovery_sheet(args: argparse.Namespace) -> int:
    db = open_database(args.db)
    try:
        if not db.encrypted:
            raise _recovery_refused(recovery.RecoveryFailed("not_sqlite"))
        sheet = Path(args.out) if args.out else None
        if sheet is not None:
            _check_sheet_target(sheet, db)
        user, password = credentials()
        signed = sign_in(db, user, password)
        center = signed.services().center.get().name
        code = signed.services().recovery.replace_code()
        _hand_out_code(db, code, sheet, center)
        print("the previous recovery code no longer works")
        return 0
    finally:
        db.dispose()


@command("restore-keys", "grant the field keys (sealed records, private notes) again from "
                         "the recovery code's escrow, after their holders lost them (SQLite)")
def configure_restore_keys(parser: argparse.ArgumentParser) -> None:
    parser.set_defaults(run=run_restore_keys)


def run_restore_keys(args: argparse.Namespace) -> int:
    db = open_database(args.db)
    try:
        if not db.encrypted:
            raise _recovery_refused(recovery.RecoveryFailed("not_sqlite"))
        user, password = credentials()
        signed = sign_in(db, user, password)
        code = _ask("FAMILYEDU_RECOVERY_CODE", "Recovery code: ")
        try:
            count = signed.services().recovery.restore_field_keys(code)
        except recovery.RecoveryFailed as exc:
            raise _recovery_refused(exc, user) from None
        print(f"{count} field key(s) granted again to the supervisors and counselors entitled "
              "to them")
        return 0
    finally:
        db.dispose()


@command("check-db", "check integrity, migration state and the audit chain")
def configure_check(parser: argparse.ArgumentParser) -> None:
    parser.set_defaults(run=run_check)


def run_check(args: argparse.Namespace) -> int:
    found = check_database(database(args))
    print(f"engine: {found.engine}; revision: {found.revision} (code head {found.head})")
    print("rows: " + ", ".join(f"{k} {v}" for k, v in found.rows.items()))
    print(f"audit trail: {found.audit_entries} entries verified")
    for problem in found.problems:
        print(f"PROBLEM: {problem}")
    if found.problems:
        raise CommandError(f"{len(found.problems)} problem(s) found")
    print("ok")
    return 0
