"""Issuing every letter due for a month in one run: one PDF per letter or one combined PDF.

Shared by `familyedu-admin letters-batch` and the desktop's batch dialog (which runs it in a
worker thread with its own Services). Each letter is its own unit of work: a letter that
cannot be printed is reported and the others are still issued; cancelling stops between two
letters, and what was issued stays issued (and is written out).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from familyedu.errors import ServiceError
from familyedu.models import LetterKind
from familyedu.reports import UnprintableCharacters, build_combined
from familyedu.security import private_files
from familyedu.services.letters.dto import (
    BatchFailure,
    BatchItem,
    BatchResult,
    DueLetter,
    IssuedLetter,
)
from familyedu.services.letters.service import LetterService


def letter_file_name(case_number: str, kind: LetterKind) -> str:
    """2026-0012-authority.pdf: the case number, never a name (file names show in lists)."""
    safe = re.sub(r"[^0-9A-Za-z_-]+", "_", case_number) or "case"
    return f"{safe}-{kind.value}.pdf"


def combine(letters: LetterService, issued: list[IssuedLetter], *, pad_even: bool = True,
            ) -> bytes:
    """One PDF of the issued letters, each laid out as issued, for the print shop: fonts
    embedded once for all, and (with `pad_even`) a blank page after a letter of an odd page
    count so that duplex printing starts each family's letter on its own sheet."""
    documents = [letter.document for letter in issued if letter.document is not None]
    return build_combined(documents, fonts=letters.font_set(), pad_even=pad_even)


def run_batch(letters: LetterService, due: list[DueLetter], out_dir: Path, *,
              combined_name: str | None = None, language: str | None = None,
              progress: Callable[[int, int, BatchItem | None], None] | None = None,
              cancelled: Callable[[], bool] | None = None,
              pad_even: bool = True) -> BatchResult:
    """Issue each due letter and write it to `out_dir` (or all into `combined_name`, each
    letter padded to an even page count unless `pad_even` is off).

    `progress(done, total, item)` is called after each letter; `cancelled()` is asked before
    each one. Errors other than a refusal or an unprintable character stop the batch.
    """
    database = letters.ctx.db.sqlite_path
    private_files.refuse_database_files(out_dir, database)
    if combined_name is not None:
        private_files.refuse_database_files(out_dir / combined_name, database)
    out_dir.mkdir(parents=True, exist_ok=True)
    result = BatchResult()
    combined: list[IssuedLetter] = []
    for done, entry in enumerate(due, start=1):
        if cancelled is not None and cancelled():
            result.cancelled = True
            break
        item: BatchItem | None = None
        try:
            issued = letters.issue(entry.case_id, entry.kind, period_start=entry.period_start,
                                   period_end=entry.period_end, language=language)
        except (UnprintableCharacters, ServiceError) as exc:
            result.failed.append(BatchFailure(entry.case_number, entry.kind, exc))
        else:
            path = None
            if combined_name is None:
                path = out_dir / letter_file_name(entry.case_number, entry.kind)
                private_files.refuse_database_files(path, database)
                private_files.write_private(path, issued.pdf)
            else:
                combined.append(issued)
            item = BatchItem(issued.id, issued.reference, entry.case_number, entry.kind, path)
            result.issued.append(item)
        if progress is not None:
            progress(done, len(due), item)
    if combined_name is not None and combined:
        result.combined = out_dir / combined_name
        private_files.write_private(result.combined,
                                    combine(letters, combined, pad_even=pad_even))
    return result
