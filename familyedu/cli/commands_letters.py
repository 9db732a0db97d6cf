"""Letter commands: letter, letters-batch, reprint and stats (signed in like the app)."""

from __future__ import annotations

import argparse
import re
import sys
from datetime import date
from pathlib import Path

from familyedu.cli import CommandError, command, signed_in
from familyedu.errors import FieldError, ValidationError
from familyedu.models import LetterKind
from familyedu.reports import UnprintableCharacters
from familyedu.security import private_files
from familyedu.services import Services
from familyedu.services.letters.batch import run_batch
from familyedu.services.letters.data import month_bounds
from familyedu.services.letters.service import CASE_KINDS, ReissueNeeded, ReprintMismatch

LANGUAGES = {"zh": "zh_CN", "zh_CN": "zh_CN", "en": "en"}


def _language(value: str | None) -> str | None:
    if value is None:
        return None
    if value not in LANGUAGES:
        raise CommandError(f"--lang must be zh or en, not {value!r}")
    return LANGUAGES[value]


def letter_kind(text: str) -> LetterKind:
    """'guardian' -> LetterKind.GUARDIAN: the --kind of a letter about a case."""
    kind = next((k for k in CASE_KINDS if k.value == text.strip()), None)
    if kind is None:
        names = ", ".join(k.value for k in CASE_KINDS)
        raise CommandError(f"--kind must be one of {names}, not {text!r}")
    return kind


# Letters and statistics are about the years a center can have worked in.
FIRST_YEAR, LAST_YEAR = 1990, 2199


def period(text: str, *, year_allowed: bool = False) -> tuple[date, date]:
    """'2026-11' -> the month; '2026' -> the year (where allowed)."""
    found_year = re.match(r"\d{4}", text.strip())
    if found_year and not FIRST_YEAR <= int(found_year.group()) <= LAST_YEAR:
        raise CommandError(f"--period: the year must be between {FIRST_YEAR} and {LAST_YEAR}, "
                           f"not {found_year.group()}")
    month = re.fullmatch(r"(\d{4})-(\d{1,2})", text.strip())
    if month and 1 <= int(month.group(2)) <= 12:
        return month_bounds(int(month.group(1)), int(month.group(2)))
    year = re.fullmatch(r"\d{4}", text.strip())
    if year and year_allowed:
        return date(int(text), 1, 1), date(int(text), 12, 31)
    shape = "YYYY or YYYY-MM" if year_allowed else "YYYY-MM"
    raise CommandError(f"--period must look like {shape}, not {text!r}")


# Where a user goes to fix a character no font can print, named as a person would.
FIELD_NAMES = {
    "minor_name": "the minor's name", "guardian_names": "a guardian's name",
    "header.recipient": "the recipient", "header.copy_to": "the referring authority",
    "header.reference": "the reference prefix (center settings)",
    "center.name": "the center's name", "center.address": "the center's address",
    "center.phone": "the center's phone number", "counselor_name": "the counselor's name",
    "counselor_phone": "the center's phone number",
    "supervisor_name": "the supervisor's name",
    "worked_on.summary": "a session's shared summary", "worked_on.mode": "a session mode",
    "next_steps": "a session's next steps", "recommendations": "a session's next steps",
    "goals.description": "a goal of the plan", "goals.domain": "a goal area (categories)",
    "needs": "the needs in the plan", "interventions": "the interventions in the plan",
    "frequency": "the frequency in the plan", "assessment": "the assessment",
    "outcome": "the closing note", "order_number": "the order's document number",
    "order_type": "the order type", "closure_reason": "the closure outcome",
}
KIND_NAMES = {LetterKind.GUARDIAN: "letter to the guardians",
              LetterKind.AUTHORITY: "report to the authority",
              LetterKind.PLAN: "guidance plan", LetterKind.COMPLETION: "completion report",
              LetterKind.NOTICE: "notice"}


def field_name(path: str) -> str:
    """'guardian_names[1]' -> "a guardian's name"."""
    root = re.sub(r"\[\d+\]", "", path)
    if root.startswith("wording."):
        return f"the letter's wording ({root.removeprefix('wording.')})"
    if root.startswith("by_"):
        return "a category name"
    return FIELD_NAMES.get(root, root.replace("_", " "))


def unprintable_text(exc: UnprintableCharacters) -> str:
    """'the character '𰀀' (U+30000) in the minor's name cannot be printed; …'."""
    return "; ".join(f"the character '{m.char}' ({m.codepoint}) in {field_name(m.field)} "
                     "cannot be printed" for m in exc.missing[:5])


def refusal_text(exc: Exception) -> str:
    """A refused letter in one line: the reason, never an internal field name."""
    if isinstance(exc, UnprintableCharacters):
        return unprintable_text(exc)
    if isinstance(exc, ReissueNeeded):
        return (f"a {KIND_NAMES.get(exc.kind, exc.kind)} covering this period was already "
                f"issued as {exc.reference} on {exc.issued_on.isoformat()}; add --again to "
                f"issue a new one that supersedes it")
    if isinstance(exc, ValidationError):
        return " ".join(_refused_field(e) for e in exc.errors).rstrip(".")
    return str(exc)


# Options whose refusal ("Too long: …") does not say by itself which value is at fault.
OPTION_NAMES = {"recipient": "--recipient (the addressee)",
                "assessment": "--assessment (the counselor's assessment)"}


def _refused_field(error: FieldError) -> str:
    """'--recipient (the addressee) is too long: at most 200 characters (now 250).'"""
    text = error.english()
    name = OPTION_NAMES.get(error.field)
    if name is None:
        return text
    if text.startswith("Too long:"):
        return f"{name} is too long:{text.removeprefix('Too long:')}"
    return f"{name}: {text}"


def _services(args: argparse.Namespace) -> Services:
    services = signed_in(args).services()
    reason = (getattr(args, "reason", None) or "").strip()
    if reason:  # a supervisor reads sealed records for this command, for this reason
        services.cases.grant_sealed_access(reason)
    return services


def _add_reason(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--reason", default=None, metavar="TEXT",
                        help="why a sealed record is read (supervisors; kept in the audit "
                             "trail with every sealed record this command reads)")


def _write(path: Path, pdf: bytes, services: Services) -> None:
    private_files.refuse_database_files(path, services.ctx.db.sqlite_path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        private_files.write_private(path, pdf)
    except OSError as exc:
        raise CommandError(f"cannot write {path}: {exc.strerror or exc}") from None


def _add_language(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--lang", choices=sorted(LANGUAGES), default=None,
                        help="language of the letter (default: the center's)")


@command("letter", "issue a letter about a case into the register and write it as PDF")
def configure_letter(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("case_number", metavar="CASE_NUMBER", help="e.g. 2026-0012")
    parser.add_argument("--kind", required=True, metavar="KIND",
                        help=", ".join(k.value for k in CASE_KINDS))
    parser.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    _add_language(parser)
    parser.add_argument("--period", metavar="YYYY-MM",
                        help="the month covered (default: last month, or since the last "
                             "report to the authority)")
    parser.add_argument("--recipient", default=None, help="addressee (default: from the case)")
    parser.add_argument("--assessment", default="", help="the counselor's assessment "
                                                         "(report to the authority)")
    parser.add_argument("--stage", choices=("reminder", "non_compliance"), default=None,
                        help="notice stage (default: a reminder; non-compliance once a "
                             "reminder went out and the deadline has passed)")
    parser.add_argument("--again", action="store_true",
                        help="issue even though a letter of this kind already covers the "
                             "period (the new one supersedes it)")
    _add_reason(parser)
    parser.set_defaults(run=run_letter)


def run_letter(args: argparse.Namespace) -> int:
    kind = letter_kind(args.kind)
    start, end = period(args.period) if args.period else (None, None)
    language = _language(args.lang)
    services = _services(args)
    letters = services.letters
    private_files.refuse_database_files(args.out, services.ctx.db.sqlite_path)
    case_id = letters.case_id_for(args.case_number)
    try:
        issued = letters.issue(case_id, kind, period_start=start, period_end=end,
                               language=language, recipient=args.recipient,
                               stage=args.stage, assessment=args.assessment,
                               again=args.again)
    except (UnprintableCharacters, ReissueNeeded, ValidationError) as exc:
        raise CommandError(refusal_text(exc) + "; nothing was issued") from None
    _write(args.out, issued.pdf, services)
    replaces = f" (supersedes {issued.supersedes})" if issued.supersedes else ""
    print(f"issued {issued.reference}{replaces} -> {args.out}")
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
    parser.add_argument("--no-padding", action="store_true",
                        help="in the combined file, no blank page after a letter with an odd "
                             "number of pages (by default each letter starts on a new sheet "
                             "when printed on both sides)")
    _add_reason(parser)
    parser.set_defaults(run=run_batch_command)


def run_batch_command(args: argparse.Namespace) -> int:
    first, _last = period(args.period)
    language = _language(args.lang)
    letters = _services(args).letters
    due = letters.due_for_period(first.year, first.month)
    if args.dry_run or not due:
        for d in due:
            print(f"{d.case_number}  {d.kind.value:<10} {d.period_start} – {d.period_end}")
        print(f"{len(due)} letter(s) due for {first:%Y-%m}")
        return 0
    if args.out.exists() and not args.out.is_dir():
        raise CommandError(f"{args.out} is not a folder")

    def progress(done: int, total: int, _item: object) -> None:
        if sys.stderr.isatty():
            print(f"\r  {done} / {total}", end="", file=sys.stderr, flush=True)

    result = run_batch(letters, due, args.out, language=language, progress=progress,
                       combined_name=f"letters-{first:%Y-%m}.pdf" if args.combined else None,
                       pad_even=not args.no_padding)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    for failure in result.failed:
        reason = refusal_text(failure.error)
        print(f"not issued: {failure.case_number} {failure.kind.value}: {reason}", file=sys.stderr)
    where = result.combined if result.combined else args.out
    print(f"issued {len(result.issued)} letter(s) for {first:%Y-%m} -> {where}")
    return 0 if not result.failed else 2


@command("reprint", "rebuild an issued letter from the register, byte for byte")
def configure_reprint(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("reference", metavar="REFERENCE", help="e.g. 家指〔2026〕12号")
    parser.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    _add_reason(parser)
    parser.set_defaults(run=run_reprint)


def run_reprint(args: argparse.Namespace) -> int:
    services = _services(args)
    try:
        pdf = services.letters.reprint(args.reference)
    except ReprintMismatch as exc:
        why = ("a font it was printed with is missing on this computer"
               if exc.reason == "fonts_missing" else "the rebuilt file differs from the original")
        raise CommandError(f"{exc.reference} cannot be reprinted identically: {why}") from None
    _write(args.out, pdf, services)
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
    services = _services(args)
    private_files.refuse_database_files(args.out, services.ctx.db.sqlite_path)
    try:
        issued = services.statistics.statistics(start, end, _language(args.lang),
                                                recipient=args.recipient)
    except (UnprintableCharacters, ValidationError) as exc:
        raise CommandError(refusal_text(exc) + "; nothing was issued") from None
    _write(args.out, issued.pdf, services)
    print(f"issued {issued.reference} -> {args.out}")
    return 0
