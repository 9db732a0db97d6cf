"""The demo-data command: a realistic caseload for trying out, training and benchmarks."""

from __future__ import annotations

import argparse
import os
import sys
from datetime import date, datetime, time

from familyedu import demo
from familyedu.cli import CommandError, command, credentials
from familyedu.models import Role
from familyedu.services.admin.dto import CenterInput
from familyedu.services.admin.users import is_demo_database
from familyedu.startup import SignedIn, needs_setup, open_database, setup, sign_in

DEFAULT_ADMIN = ("admin", "admin-demo-1")
DEMO_LETTERHEAD = CenterInput(
    name=demo.DEMO_CENTER, address="贵州省贵阳市开阳县城关镇紫江路88号", phone="0851-87221234",
    postcode="550300", reference_prefix="开家指")


@command("demo-data", "add demo minors, guardians, cases, plans, sessions and letters "
                      "(a new database gets a demo center and administrator)")
def configure_demo(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--minors", type=int, required=True, metavar="N",
                        help=f"how many minors to add (1 to {demo.MAX_MINORS:,})")
    parser.add_argument("--seed", type=int, default=1, metavar="S",
                        help="random seed: the same seed on the same data gives the same rows")
    parser.add_argument("--today", type=_day, default=None, metavar="YYYY-MM-DD",
                        help="the day the demo center has reached (default: today); dates of "
                             "cases, sessions and letters fall before it")
    parser.set_defaults(run=run_demo)


def _day(value: str) -> date:
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{value!r} is not a date: write it as YYYY-MM-DD, e.g. 2026-12-04") from None


def _signed_in_or_new(args: argparse.Namespace) -> SignedIn:
    """A brand-new database: the demo center and its administrator, printed."""
    db = open_database(args.db)
    if not needs_setup(db):
        user, password = credentials()
        signed = sign_in(db, user, password)
        if signed.actor.role not in (Role.ADMIN, Role.SUPERVISOR):
            raise CommandError("demo data is added by an administrator or a supervisor")
        if not is_demo_database(signed.db):
            # Fake children and accounts with printed, cheap passwords have no place among
            # real ones.
            raise CommandError("this is a real center's database: demo data goes only into a "
                               "database created by demo-data (give --db a new file); nothing "
                               "was added")
        return signed
    user = os.environ.get("FAMILYEDU_USER") or DEFAULT_ADMIN[0]
    password = os.environ.get("FAMILYEDU_PASSWORD") or DEFAULT_ADMIN[1]
    signed = setup(db, center_name=demo.DEMO_CENTER, username=user, display_name="管理员",
                   password=password, demo=True)
    services = signed.services()
    services.center.update(services.center.get().version, DEMO_LETTERHEAD)
    shown = password if "FAMILYEDU_PASSWORD" not in os.environ else "(from FAMILYEDU_PASSWORD)"
    print(f"new database: center {demo.DEMO_CENTER}")
    print(f"  admin       {signed.actor.username:<16} password {shown}")
    return signed


def run_demo(args: argparse.Namespace) -> int:
    if not 1 <= args.minors <= demo.MAX_MINORS:
        raise CommandError(f"--minors must be between 1 and {demo.MAX_MINORS:,}")
    signed = _signed_in_or_new(args)

    def progress(done: int, total: int) -> None:
        if sys.stderr.isatty() and (done == total or done % 10_000 < demo.CHUNK):
            print(f"\r  {done:,} / {total:,} minors", end="", file=sys.stderr, flush=True)

    def letter_progress(done: int, total: int) -> None:
        if sys.stderr.isatty() and (done == total or done % 100 == 0):
            shown = f"  {done:,} / {total:,} letters"
            print(f"\r{shown:<32}", end="", file=sys.stderr, flush=True)

    # A pinned day is the demo's "now" too (10:00 that day), so letters and audit agree.
    now = datetime.combine(args.today, time(10, 0)) if args.today else None
    result = demo.fill(signed.db, signed.actor, minors=args.minors, seed=args.seed,
                       today=args.today, now=now, progress=progress,
                       letter_progress=letter_progress)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    counts = result.counts
    print(f"added {counts.get('minors', 0):,} minors ({result.open_cases:,} open cases, "
          f"{result.closed_cases:,} closed, {result.sealed_minors:,} sealed), "
          f"{counts.get('guardians', 0):,} guardians, {counts.get('guidance_plans', 0):,} "
          f"plans, {counts.get('goals', 0):,} goals, {counts.get('guidance_sessions', 0):,} "
          f"sessions, {counts.get('mandatory_reports', 0):,} mandatory reports, "
          f"{counts.get('letters', 0):,} letters in {result.seconds:.1f} s")
    supervisors = [a for a in result.accounts if a.role is Role.SUPERVISOR]
    counselors = [a for a in result.accounts if a.role is Role.COUNSELOR]
    for account in supervisors:
        print(f"  supervisor  {account.username:<16} password {account.password}")
    if counselors:
        names = (counselors[0].username if len(counselors) == 1
                 else f"{counselors[0].username} … {counselors[-1].username}")
        print(f"  counselors  {names} ({len(counselors)}), each with password "
              f"{counselors[0].password}")
    return 0
