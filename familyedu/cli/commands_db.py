"""Database commands: init-db and check-db."""

from __future__ import annotations

import argparse
import os

from sqlalchemy import func, select, text

from familyedu.cli import CommandError, command, credentials, database
from familyedu.models import Case, GuidanceSession, Minor, User
from familyedu.services.audit import verify_chain
from familyedu.services.backup import chain_against_backups
from familyedu.services.center import check_contact
from familyedu.services.errors import ValidationError
from familyedu.startup import needs_setup, open_database, setup


@command("init-db", "create and migrate the database and its administrator")
def configure_init(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--center", default=os.environ.get("FAMILYEDU_CENTER", ""),
                        help="the center's name (or FAMILYEDU_CENTER)")
    parser.add_argument("--display-name", default="", help="the administrator's shown name")
    parser.add_argument("--phone", default="", help="the center's phone number (printed on "
                                                    "every letter; letters need it)")
    parser.add_argument("--address", default="", help="the center's address (letters need it)")
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
    return 0


@command("check-db", "check integrity, migration state and the audit chain")
def configure_check(parser: argparse.ArgumentParser) -> None:
    parser.set_defaults(run=run_check)


def run_check(args: argparse.Namespace) -> int:
    db = database(args)
    problems = []
    with db.read() as s:
        if db.is_sqlite:
            result = s.execute(text("PRAGMA integrity_check")).scalar()
            if result != "ok":
                problems.append(f"integrity: {result}")
            fk = s.execute(text("PRAGMA foreign_key_check")).all()
            if fk:
                problems.append(f"foreign keys: {len(fk)} broken references")
        counts = {
            "users": s.scalar(select(func.count(User.id))),
            "minors": s.scalar(select(func.count(Minor.id))),
            "cases": s.scalar(select(func.count(Case.id))),
            "sessions": s.scalar(select(func.count(GuidanceSession.id))),
        }
        chain = verify_chain(s)
        if not chain.ok:
            problems.append(f"audit trail broken at entry {chain.first_broken_id} "
                            f"({chain.problem})")
    # The chain cannot see its newest entries deleted; the backups' recorded heads can.
    for finding in chain_against_backups(db):
        if finding.problem in ("missing", "rewritten"):
            problems.append(finding.describe())
    revision, head = db.current_revision(), db.head_revision()
    print(f"engine: {db.dialect}; revision: {revision} (code head {head})")
    print("rows: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
    print(f"audit trail: {chain.entries} entries verified")
    if revision != head:
        problems.append("schema is not at the code's head revision")
    for problem in problems:
        print(f"PROBLEM: {problem}")
    if problems:
        raise CommandError(f"{len(problems)} problem(s) found")
    print("ok")
    return 0
