"""Import commands: `import` (a center's register, dry run first) and `import-undo`."""

from __future__ import annotations

import argparse
from pathlib import Path

from familyedu.cli import CommandError, command, signed_in
from familyedu.services.casework.importing import Mapping, write_report
from familyedu.services.casework.importing.columns import CASE_FIELDS
from familyedu.services.casework.importing.dto import ImportPreview
from familyedu.services.casework.importing.report import reason_text

_SHOWN_ERRORS = 20


@command("import", "import a center's register (.xlsx or .csv): new cases, duplicates and "
                   "errors row by row; --dry-run writes nothing")
def configure_import(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, metavar="FILE", help="the register, .xlsx or .csv")
    parser.add_argument("--dry-run", action="store_true",
                        help="check every row and report; write nothing")
    parser.add_argument("--report", type=Path, metavar="REPORT.csv",
                        help="write the row-by-row report as CSV")
    parser.add_argument("--counselor", metavar="USERNAME", default=None,
                        help="who gets the cases (default: you; others need a supervisor)")
    parser.add_argument("--mapping", type=Path, metavar="MAP.json", default=None,
                        help="column and category mapping saved from the desktop dialog")
    parser.set_defaults(run=run_import)


def run_import(args: argparse.Namespace) -> int:
    if not args.file.is_file():
        raise CommandError(f"no such file: {args.file}")
    mapping = Mapping.load(args.mapping) if args.mapping else Mapping()
    signed = signed_in(args)
    try:
        services = signed.services()
        counselor_id = None
        if args.counselor:
            found = [u for u in services.cases.counselors() if u.username == args.counselor]
            if not found:
                raise CommandError(f"--counselor: no active counselor or supervisor "
                                   f"{args.counselor!r} in this center")
            counselor_id = found[0].id
        imports = services.imports
        preview = imports.preview(args.file, mapping, counselor_id)
        if not preview.readable:
            raise CommandError(f"{args.file.name}: no header row with known columns (e.g. "
                               f"{'、'.join(CASE_FIELDS['name'][:3])}); nothing was imported")
        if args.report:
            write_report(preview, args.report)
        _print_problems(preview)
        if args.dry_run:
            print(f"{preview.count('new')} new, {preview.count('duplicate')} duplicates, "
                  f"{preview.count('error')} errors (dry run: nothing was written)")
            return 0
        result = imports.run(args.file, mapping, counselor_id)
        sessions = f", {result.sessions} past sessions" if result.sessions else ""
        print(f"{result.new} new, {result.duplicates} duplicates, {result.errors} errors"
              f"{sessions} (import {result.import_id}; undo with `familyedu-admin "
              f"import-undo {result.import_id}`)")
        return 0
    finally:
        signed.db.dispose()


def _print_problems(preview: ImportPreview) -> None:
    errors = [r for r in (*preview.rows, *preview.sessions) if r.status == "error"]
    for row in errors[:_SHOWN_ERRORS]:
        if len(row.problems) == 1:  # several are each named with their column
            column, problem = row.problems[0]
            print(f"  {row.sheet} row {row.row}: {column or problem.field}: "
                  f"{reason_text(row)}")
        else:
            print(f"  {row.sheet} row {row.row}: {reason_text(row)}")
    if len(errors) > _SHOWN_ERRORS:
        print(f"  … and {len(errors) - _SHOWN_ERRORS} more rows with errors (see --report)")
    if preview.sessions_unmapped:
        print(f"  sheet {preview.session_sheet}: past sessions not read: its date column or "
              f"its case number / ID number column is not recognised (map them under "
              f"\"session_columns\" in MAP.json)")
    for field_name, values in preview.unknown_categories.items():
        print(f"  values not in the {field_name} list: {', '.join(values)} (map them under "
              f"\"categories\" in MAP.json, or add them to the list)")


@command("import-undo", "undo a whole import while none of its cases was touched since")
def configure_undo(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("import_id", type=int, metavar="IMPORT", help="the number `import` "
                                                                      "printed")
    parser.set_defaults(run=run_undo)


def run_undo(args: argparse.Namespace) -> int:
    signed = signed_in(args)
    try:
        removed = signed.services().imports.undo(args.import_id)
    finally:
        signed.db.dispose()
    print(f"import {args.import_id} undone: {removed} cases removed")
    return 0
