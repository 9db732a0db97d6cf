"""Transfer commands: `transfer-out` seals a case for another center and closes it here;
`transfer-in` shows what a transfer file holds, then takes the case in."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from familyedu.cli import CommandError, command, signed_in
from familyedu.errors import PossibleDuplicate
from familyedu.models import OrderType
from familyedu.security import crypto
from familyedu.security.transfer_file import SUFFIX
from familyedu.services.casework.transfer.dto import TransferSummary

PASSWORD_ENV = "FAMILYEDU_TRANSFER_PASSWORD"


def _n(count: int, noun: str) -> str:
    """'1 letter', '2 letters'."""
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def _password(*, confirm: bool) -> str:
    value = os.environ.get(PASSWORD_ENV)
    if value:
        return value
    if not sys.stdin.isatty():
        raise CommandError(f"set {PASSWORD_ENV}, or run in a terminal")
    value = getpass.getpass("Transfer password: ")
    if confirm and getpass.getpass("Again: ") != value:
        raise CommandError("the two passwords differ; nothing was done")
    return value


@command("transfer-out", "seal a case for another center in an encrypted file and close it "
                         "here as transferred")
def configure_out(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("case_number", metavar="CASE", help="e.g. 2026-0012")
    parser.add_argument("--out", required=True, type=Path, metavar=f"F{SUFFIX}")
    parser.add_argument("--to", required=True, metavar="CENTER",
                        help="the receiving center's name (recorded on the closed case)")
    parser.add_argument("--sealed-reason", default=None, metavar="REASON",
                        help="why a sealed record is transferred (required for one)")
    parser.set_defaults(run=run_out)


def run_out(args: argparse.Namespace) -> int:
    out: Path = args.out
    if out.exists():
        raise CommandError(f"{out} already exists; choose another file name (nothing was done)")
    if not out.parent.is_dir():
        raise CommandError(f"the folder {out.parent} does not exist (nothing was done)")
    password = _password(confirm=True)
    signed = signed_in(args)
    try:
        transfers = signed.services().transfers
        case_id = transfers.case_id_for(args.case_number)
        sent = transfers.send(case_id, to_center=args.to, password=password,
                              sealed_reason=args.sealed_reason,
                              write=lambda data: crypto.write_atomically(out, data))
    finally:
        signed.db.dispose()
    print(f"case {sent.case_number} sealed for {sent.to_center}: {out} ({sent.size:,} bytes, "
          f"{_n(sent.sessions, 'session')}, {_n(sent.letters, 'letter')}); the case is closed "
          f"here as transferred")
    print(f"  SHA-256 {sent.sha256} (tell the receiving center, with the password, by "
          f"another channel)")
    return 0


@command("transfer-in", "show what a transfer file holds, then take the case in under this "
                        "center's number")
def configure_in(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, metavar=f"F{SUFFIX}")
    parser.add_argument("--counselor", metavar="USERNAME", default=None,
                        help="who gets the case (default: you; others need a supervisor)")
    parser.add_argument("--yes", action="store_true",
                        help="take the case in after the summary without asking")
    parser.add_argument("--not-duplicate", action="store_true",
                        help="the child is not one of the possible duplicates listed")
    parser.add_argument("--summary-only", action="store_true", help="show the summary only")
    parser.set_defaults(run=run_in)


# The command line speaks English; the order as a person names it, not its stored code.
ORDER_WORDS = {
    OrderType.NONE: "no order",
    OrderType.GUIDANCE_ORDER: "family education guidance order (家庭教育指导令)",
    OrderType.SUPERVISION_ORDER: "guardianship supervision order (督促监护令)",
    OrderType.OTHER: "another order",
}


def _print_summary(summary: TransferSummary) -> None:
    hours = (f"{summary.hours_done:g} of {summary.hours_required:g} hours"
             if summary.hours_required else f"{summary.hours_done:g} hours")
    print(f"from {summary.from_center} (case {summary.case_number}), sent "
          f"{summary.sent_at:%Y-%m-%d %H:%M} by {summary.sent_by} to {summary.to_center}")
    print(f"  {summary.minor_name}, born {summary.date_of_birth.isoformat()}"
          f"{', sealed record' if summary.sealed else ''}; "
          f"{ORDER_WORDS.get(summary.order_type, 'order')}, "
          f"{hours}")
    print(f"  {_n(summary.guardians, 'guardian')}, {_n(summary.plans, 'plan revision')}, "
          f"{_n(summary.sessions, 'session')}, {_n(summary.reports, 'mandatory report')}, "
          f"{_n(summary.letters, 'letter')}")
    for c in summary.duplicates:
        print(f"  possible duplicate here: {c.name} ({c.date_of_birth}, "
              f"{c.reason.replace('_', ' ')})")


def run_in(args: argparse.Namespace) -> int:
    try:
        data = args.file.read_bytes()
    except OSError:
        raise CommandError(f"{args.file} cannot be read (nothing was done)") from None
    password = _password(confirm=False)
    signed = signed_in(args)
    try:
        services = signed.services()
        transfers = services.transfers
        summary = transfers.summary(data, password)
        _print_summary(summary)
        if summary.known_case_number:
            raise CommandError(f"this child's ID number is registered here already (case "
                               f"{summary.known_case_number}); nothing was written")
        if args.summary_only:
            return 0
        if not args.yes:
            if not sys.stdin.isatty():
                raise CommandError("add --yes to take the case in (nothing was written)")
            if input("Take this case in? [y/N] ").strip().lower() not in ("y", "yes"):
                print("nothing was written")
                return 0
        counselor_id = None
        if args.counselor:
            found = [u for u in services.cases.counselors() if u.username == args.counselor]
            if not found:
                raise CommandError(f"--counselor: no active counselor or supervisor "
                                   f"{args.counselor!r} in this center")
            counselor_id = found[0].id
        try:
            case_id = transfers.receive(data, password, counselor_id=counselor_id,
                                        confirm_not_duplicate=args.not_duplicate)
        except PossibleDuplicate:
            raise CommandError("the child may be registered here already (see above); check, "
                               "then add --not-duplicate if it is another child; nothing was "
                               "written") from None
        number = services.cases.get(case_id).case_number if not summary.sealed else ""
    finally:
        signed.db.dispose()
    shown = f" as case {number}" if number else ""
    print(f"received{shown}: history from {summary.from_center} kept, marked as theirs")
    return 0
