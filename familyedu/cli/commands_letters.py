"""Letter commands: letter, letters-batch, reprint and stats (signed in like the app)."""

from __future__ import annotations

import argparse
import re
import sys
from datetime import date
from pathlib import Path

from familyedu.cli import CommandError, command, signed_in
from familyedu.reports import UnprintableCharacters
from familyedu.services import Services
from familyedu.services.letter_batch import run_batch
from familyedu.services.letter_data import month_bounds
from familyedu.services.letters import CASE_KINDS, ReprintMismatch

LANGUAGES = {"zh": "zh_CN", "zh_CN": "zh_CN", "en": "en"}


def _language(value: str | None) -> str | None:
    if value is None:
        return None
    if value not in LANGUAGES:
        raise CommandError(f"--lang must be zh or en, not {value!r}")
    return LANGUAGES[value]


def period(text: str, *, year_allowed: bool = False) -> tuple[date, date]:
    """'2026-11' -> the month; '2026' -> the year (where allowed)."""
    month = re.fullmatch(r"(\d{4})-(\d{1,2})", text.strip())
    if month and 1 <= int(month.group(2)) <= 12:
        return month_bounds(int(month.group(1)), int(month.group(2)))
    year = re.fullmatch(r"\d{4}", text.strip())
    if year and year_allowed:
        return date(int(text), 1, 1), date(int(text), 12, 31)
    shape = "YYYY or YYYY-MM" if year_allowed else "YYYY-MM"
    raise CommandError(f"--period must look like {shape}, not {text!r}")


def unprintable_text(exc: UnprintableCharacters) -> str:
    """'the character '𰀀' (U+30000) in minor_name cannot be printed; …'."""
    return "; ".join(f"the character '{m.char}' ({m.codepoint}) in {m.field} cannot be printed"
                     for m in exc.missing[:5])


def _services(args: argparse.Namespace) -> Services:
    return signed_in(args).services()


def _write(path: Path, pdf: bytes) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(pdf)
    except OSError as exc:
        raise CommandError(f"cannot write {path}: {exc.strerror or exc}") from None


def _add_language(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--lang", choices=sorted(LANGUAGES), default=None,
                        help="language of the letter (default: the center's)")


@command("letter", "issue a letter about a case into the register and write it as PDF")
def configure_letter(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("case_number", metavar="CASE_NUMBER", help="e.g. 2026-0012")
    parser.add_argument("--kind", required=True, choices=CASE_KINDS)
    parser.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    _add_language(parser)
    parser.add_argument("--period", metavar="YYYY-MM",
                        help="the month covered (default: last month, or since the last "
                             "report to the authority)")
    parser.add_argument("--recipient", default=None, help="addressee (default: from the case)")
    parser.add_argument("--assessment", default="", help="the counselor's assessment "
                                                         "(report to the authority)")
    parser.add_argument("--stage", choices=("reminder", "non_compliance"), default=None,
                        help="notice stage (default: from the order's deadline)")
    parser.set_defaults(run=run_letter)


def run_letter(args: argparse.Namespace) -> int:
    start, end = period(args.period) if args.period else (None, None)
    language = _language(args.lang)
    letters = _services(args).letters
    case_id = letters.case_id_for(args.case_number)
    try:
        issued = letters.issue(case_id, args.kind, period_start=start, period_end=end,
                               language=language, recipient=args.recipient,
                               stage=args.stage, assessment=args.assessment)
    except UnprintableCharacters as exc:
        raise CommandError(unprintable_text(exc) + "; nothing was issued") from None
    _write(args.out, issued.pdf)
    print(f"issued {issued.reference} -> {args.out}")
    return 0


@command("letters-batch", "issue every letter due for a month (reports to authorities, "
                          "letters to guardians, notices)")
def configure_batch(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--period", required=True, metavar="YYYY-MM")
    parser.add_argument("--out", required=True, type=Path, metavar="DIR")
    parser.add_argument("--combined", action="store_true",
                        help="one PDF with every letter instead of one file per letter")
    _add_language(parser)
    parser.add_argument("--dry-run", action="store_true", help="list what is due, issue nothing")
    parser.set_defaults(run=run_batch_command)


def run_batch_command(args: argparse.Namespace) -> int:
    first, _last = period(args.period)
    language = _language(args.lang)
    letters = _services(args).letters
    due = letters.due_for_period(first.year, first.month)
    if args.dry_run or not due:
        for d in due:
            print(f"{d.case_number}  {d.kind:<10} {d.period_start} – {d.period_end}")
        print(f"{len(due)} letter(s) due for {first:%Y-%m}")
        return 0
    if args.out.exists() and not args.out.is_dir():
        raise CommandError(f"{args.out} is not a folder")

    def progress(done: int, total: int, _item: object) -> None:
        if sys.stderr.isatty():
            print(f"\r  {done} / {total}", end="", file=sys.stderr, flush=True)

    result = run_batch(letters, due, args.out, language=language, progress=progress,
                       combined_name=f"letters-{first:%Y-%m}.pdf" if args.combined else None)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    for failure in result.failed:
        reason = (unprintable_text(failure.error)
                  if isinstance(failure.error, UnprintableCharacters) else str(failure.error))
        print(f"not issued: {failure.case_number} {failure.kind}: {reason}", file=sys.stderr)
    where = result.combined if result.combined else args.out
    print(f"issued {len(result.issued)} letter(s) for {first:%Y-%m} -> {where}")
    return 0 if not result.failed else 2


@command("reprint", "rebuild an issued letter from the register, byte for byte")
def configure_reprint(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("reference", metavar="REFERENCE", help="e.g. 家指〔2026〕12号")
    parser.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    parser.set_defaults(run=run_reprint)


def run_reprint(args: argparse.Namespace) -> int:
    try:
        pdf = _services(args).letters.reprint(args.reference)
    except ReprintMismatch as exc:
        why = ("a font it was printed with is missing on this computer"
               if exc.reason == "fonts_missing" else "the rebuilt file differs from the original")
        raise CommandError(f"{exc.reference} cannot be reprinted identically: {why}") from None
    _write(args.out, pdf)
    print(f"reprinted {args.reference.strip()} -> {args.out}")
    return 0


@command("stats", "issue the center's de-identified statistics for a year or a month")
def configure_stats(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--period", required=True, metavar="YYYY|YYYY-MM")
    parser.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    _add_language(parser)
    parser.add_argument("--recipient", default="", help="addressee, e.g. 县妇联")
    parser.set_defaults(run=run_stats)


def run_stats(args: argparse.Namespace) -> int:
    start, end = period(args.period, year_allowed=True)
    letters = _services(args).letters
    try:
        issued = letters.statistics(start, end, _language(args.lang), recipient=args.recipient)
    except UnprintableCharacters as exc:
        raise CommandError(unprintable_text(exc) + "; nothing was issued") from None
    _write(args.out, issued.pdf)
    print(f"issued {issued.reference} -> {args.out}")
    return 0
