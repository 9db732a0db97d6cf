"""`familyedu-admin`: the command line for set-up, data and documents.

Commands live in small modules that register themselves in COMMANDS; each prints a clear
one-line error and exits non-zero on bad input, never a traceback.
"""

from __future__ import annotations

import argparse
import getpass
import logging
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from familyedu.db import Database
from familyedu.errors import (
    AuthenticationFailed,
    DatabaseError,
    DatabaseTooNew,
    NotFound,
    PermissionDenied,
    PossibleDuplicate,
    ServiceError,
    StaleRecord,
    ValidationError,
)
from familyedu.security.private_files import ProtectedFile
from familyedu.startup import SignedIn, needs_setup, open_database, sign_in, unlock_database

log = logging.getLogger("familyedu.cli")


class CommandError(Exception):
    """A problem to report to the user in one line (exit status 2)."""


@dataclass
class Command:
    """A subcommand: its `configure(parser)` sets `parser.set_defaults(run=...)`."""

    name: str
    help: str
    configure: Callable[[argparse.ArgumentParser], None]


COMMANDS: dict[str, Command] = {}


def command(name: str, help: str) -> Callable[[Callable[[argparse.ArgumentParser], None]],
                                               Callable[[argparse.ArgumentParser], None]]:
    """Decorate a `configure(parser)` that sets `parser.set_defaults(run=...)`."""

    def register(configure: Callable[[argparse.ArgumentParser], None]
                 ) -> Callable[[argparse.ArgumentParser], None]:
        COMMANDS[name] = Command(name, help, configure)
        return configure

    return register


def database(args: argparse.Namespace) -> Database:
    """Open (and migrate) the database named by --db / FAMILYEDU_DATABASE_URL.

    An encrypted SQLite file is unlocked with the user's password (FAMILYEDU_USER /
    FAMILYEDU_PASSWORD or asked), without signing in.
    """
    db = open_database(args.db)
    if db.needs_key and needs_setup(db):
        raise DatabaseError("no_database", str(db.sqlite_path))
    if db.needs_key:
        user, password = credentials()
        unlock_database(db, user, password)
    return db


def credentials(prompt_user: str = "User: ") -> tuple[str, str]:
    """FAMILYEDU_USER / FAMILYEDU_PASSWORD for scripts, else ask on the terminal."""
    user = os.environ.get("FAMILYEDU_USER")
    password = os.environ.get("FAMILYEDU_PASSWORD")
    if not user:
        if not sys.stdin.isatty():
            raise CommandError("set FAMILYEDU_USER and FAMILYEDU_PASSWORD, or run in a terminal")
        user = input(prompt_user).strip()
    if password is None:
        if not sys.stdin.isatty():
            raise CommandError("set FAMILYEDU_PASSWORD, or run in a terminal")
        password = getpass.getpass("Password: ")
    return user, password


def signed_in(args: argparse.Namespace) -> SignedIn:
    """Sign in like the app: the password unlocks an encrypted file, then the roles apply."""
    db = open_database(args.db)
    user, password = credentials()
    return sign_in(db, user, password)


_DATABASE_REASONS = {
    "not_encrypted": "{detail} is an unencrypted SQLite file; encrypt it with "
                     "`familyedu-admin encrypt-db` (or set FAMILYEDU_ENCRYPTION=off for tests)",
    "key_file_missing": "the encrypted database's key file {detail} is missing; "
                        "copy it back beside the database (or restore a backup)",
    "key_file_damaged": "the key file {detail} is damaged; restore it from a backup",
    "key_file_mismatch": "the key file {detail} belongs to another database",
    "needs_unlock": "the database is encrypted: sign in first",
    "network_share": "the database file is on a network share ({detail}), where SQLite's "
                     "file locking does not work and a shared file gets corrupted; keep it "
                     "on a local disk, or use PostgreSQL for several desks",
    "bad_url": "{detail} is not a database URL; write sqlite:///PATH/TO/FILE or "
               "postgresql://USER@HOST:5432/DATABASE",
    "unsupported_engine": "familyedu works with SQLite and PostgreSQL, not {detail}; write "
                          "sqlite:///PATH/TO/FILE or postgresql://USER@HOST:5432/DATABASE",
    "is_folder": "{detail} is a folder; give the database file's name inside it, e.g. "
                 "sqlite:///{detail}/familyedu.sqlite3",
    "folder_missing": "the folder {detail} does not exist; create it first or choose "
                      "another place for the database",
    "no_database": "there is no database at {detail}; create one with "
                   "`familyedu-admin init-db --center NAME`",
}


def field_words(field: str) -> str:
    """A service's field path as a person reads it: 'guardians.0.phone' -> 'guardian 1 phone'."""
    words: list[str] = []
    for part in field.split("."):
        if part.isdigit() and words:
            words[-1] = f"{words[-1].removesuffix('s')} {int(part) + 1}"
        else:
            words.append(part.replace("_", " "))
    return " ".join(words)


def _describe(exc: BaseException) -> str:
    if isinstance(exc, ValidationError):
        return "; ".join(f"{field_words(e.field)}: {e.english()}" for e in exc.errors)
    if isinstance(exc, AuthenticationFailed):
        if exc.reason == "locked":
            return f"sign-in refused: account locked, retry in {exc.retry_after_seconds} s"
        if exc.reason == "password_change_required":
            return ("your password was reset: change it first with `familyedu-admin passwd` "
                    "(nothing else was done)")
        return f"sign-in refused: {exc.reason.replace('_', ' ')}"
    if isinstance(exc, PermissionDenied):
        return f"not allowed: {exc}"
    if isinstance(exc, NotFound):
        return str(exc)
    if isinstance(exc, PossibleDuplicate):
        return "possible duplicate: " + ", ".join(
            f"{c.name} ({c.date_of_birth})" for c in exc.candidates)
    if isinstance(exc, StaleRecord):
        return str(exc)
    if isinstance(exc, ProtectedFile):
        return str(exc)
    if isinstance(exc, DatabaseTooNew):
        use = f"; use familyedu {exc.version} or newer" if exc.version else ""
        return ("this database was upgraded by a newer familyedu "
                f"(revision {exc.detail}); it was not touched{use}")
    if isinstance(exc, DatabaseError):
        return _DATABASE_REASONS.get(exc.reason, "database problem: {exc}").format(
            exc=exc, detail=exc.detail)
    if isinstance(exc, CommandError | ServiceError) and str(exc):
        return str(exc)
    return unexpected_text(exc)


def unexpected_text(exc: BaseException) -> str:
    """One plain sentence for an error no command foresaw; never an exception's class name."""
    if isinstance(exc, IsADirectoryError):
        return f"{exc.filename} is a folder; give a file name inside it"
    if isinstance(exc, FileNotFoundError):
        return f"{exc.filename or 'a file'} was not found; check the path"
    if isinstance(exc, PermissionError):
        return f"no permission to use {exc.filename or 'a file'}; check the file's rights"
    if isinstance(exc, OSError):
        where = f" ({exc.filename})" if exc.filename else ""
        return f"a file could not be read or written{where}: {exc.strerror or 'disk error'}"
    if isinstance(exc, ImportError):
        return (f"a component of familyedu is missing ({exc.name or exc}); install familyedu "
                "again")
    return "something unexpected went wrong; nothing more was done (run with -v for details)"


def build_parser() -> argparse.ArgumentParser:
    # Importing the command modules registers them (here, not at the top: a command's
    # libraries load only when the command line is built).
    from familyedu.cli import (  # noqa: F401
        commands_db,
        commands_demo,
        commands_import,
        commands_letters,
        commands_security,
        commands_transfer,
    )
    parser = argparse.ArgumentParser(prog="familyedu-admin",
                                     description="familyedu administration")
    parser.add_argument("--db", metavar="URL", default=None,
                        help="SQLAlchemy database URL (default: FAMILYEDU_DATABASE_URL or the "
                             "SQLite file in the user's data folder)")
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for cmd in COMMANDS.values():
        cmd.configure(sub.add_parser(cmd.name, help=cmd.help, description=cmd.help))
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")
    try:
        result: int = args.run(args)
        return result
    except (CommandError, ServiceError, DatabaseError) as exc:
        print(f"familyedu-admin {args.command}: error: {_describe(exc)}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(f"familyedu-admin {args.command}: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # one line for the user; the detail goes to the log
        log.info("unexpected error", exc_info=True)  # shown with -v only
        print(f"familyedu-admin {args.command}: error: {unexpected_text(exc)}",
              file=sys.stderr)
        return 1
