"""Demo letters: last month's progress letters, in the register as the letter service keeps it.

Each open case of the import with guidance given last month gets its guardian letter, issued
by its counselor (by the supervisor for a sealed minor) in the first working days of this
month. The document is gathered by `CaseFacts`, built by `build_document` and registered
through the letter service's own functions (letters.issuing: numbered_data, snapshot_text,
register_columns), so the real reprint rebuilds the very bytes and a sealed child's letter
names nobody (its snapshot is encrypted by the supervisor's sealing sweep before the import
commits, with the child's record). The references take one block of the center's
letter counter: the next real letter gets the next number.

A letter costs a PDF build (tens of milliseconds), so a large import issues at most
MAX_LETTERS of them, a random choice of the cases (the others stay due in the monthly batch).
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy.orm import Session

from familyedu.errors import ValidationError
from familyedu.models import Case, Center, LetterKind
from familyedu.reports import FontSet, UnprintableCharacters, build_document, default_font_set
from familyedu.services.core import numbering
from familyedu.services.letters.data import CaseFacts, LetterRequest, check_center, default_period
from familyedu.services.letters.issuing import numbered_data, register_columns, snapshot_text
from familyedu.services.letters.snapshot import format_reference
from familyedu.services.letters.wording import check_wording, wording_text_in_force

KIND = LetterKind.GUARDIAN
MAX_LETTERS = 1000  # about 35 s of PDF building; every letter below that size
ISSUE_DAYS = 5  # the letters go out over the first working days of the month
Emit = Callable[[str, dict[str, Any]], None]
NextId = Callable[[str], int]


@dataclass(frozen=True)
class _Draft:
    case_id: int
    issuer_id: int
    issued_at: datetime
    data: Any
    period: tuple[date, date | None]


def issue_days(today: date) -> list[date]:
    """The month's first ISSUE_DAYS working days up to today (its first days, if none yet)."""
    first = today.replace(day=1)
    days = [first + timedelta(days=n) for n in range((today - first).days + 1)]
    return ([d for d in days if d.weekday() < 5] or days)[:ISSUE_DAYS]


def _issued_at(rng: random.Random, days: list[date], moment: datetime) -> datetime:
    """A working-hours moment of one of `days`, never after `moment`."""
    at = datetime.combine(rng.choice(days), time(rng.randint(8, 16), rng.randrange(0, 60, 5)))
    return min(at, moment)


def issue_letters(s: Session, *, center_id: int, cases: list[tuple[int, int]],
                  rng: random.Random, today: date, moment: datetime, next_id: NextId,
                  emit: Emit, fonts: FontSet | None = None,
                  progress: Callable[[int, int], None] | None = None) -> int:
    """Issue the guardian letters of `cases` ((case id, issuer id)); returns how many.

    The cases' rows must be in the session's transaction already. A letter with a character
    no font can print is left out, as the service would refuse it, and takes no number.
    """
    if len(cases) > MAX_LETTERS:
        cases = sorted(rng.sample(cases, MAX_LETTERS))
    if not cases:
        return 0
    center = s.get(Center, center_id)
    assert center is not None
    try:  # the service's preconditions: no letter without the center's phone and address
        check_center(center)
    except ValidationError:
        return 0
    language, prefix = center.default_language, center.reference_prefix
    text = wording_text_in_force(s, center_id, KIND, language)
    wording = check_wording(text, KIND, language)
    fonts = fonts or default_font_set()
    drafts: list[_Draft] = []
    days = issue_days(today)
    for case_id, issuer_id in cases:
        issued_at = _issued_at(rng, days, moment)
        day = issued_at.date()
        case = s.get(Case, case_id)
        assert case is not None
        start, end = default_period(case, KIND, day, None)
        request = LetterRequest(KIND, start, end, language)
        facts = CaseFacts(s, case, actor_id=issuer_id, today=day, language=language)
        try:  # a case the service would refuse (no guardian to write to) gets no letter
            data = facts.build(request, "")
        except ValidationError:
            continue
        drafts.append(_Draft(case_id, issuer_id, issued_at, data, facts.letter_period(request)))
    s.expunge_all()  # the ORM objects were only read; the import writes rows directly
    drafts.sort(key=lambda d: (d.issued_at, d.case_id))
    year = today.year  # this month's letters: the year of their issue
    # Adding nothing takes the counter's row lock (PostgreSQL) and tells where it stands.
    last = numbering.next_value(s, center_id, "letter", year, count=0)
    issued = 0
    for done, draft in enumerate(drafts, start=1):
        reference = format_reference(prefix, year, last + issued + 1)
        data = numbered_data(draft.data, reference)
        try:  # build_document checks every character before it draws
            pdf = build_document(KIND, data, wording, fonts=fonts)
        except UnprintableCharacters:
            pdf = b""
        if progress is not None:
            progress(done, len(drafts))
        if not pdf:
            continue
        issued += 1
        emit("letters", {"id": next_id("letters"), **register_columns(
            center_id=center_id, reference=reference, kind=KIND, case_id=draft.case_id,
            period=draft.period, data=data, language=language,
            issued_by_id=draft.issuer_id, issued_at=draft.issued_at,
            snapshot=snapshot_text(KIND, data, text, fonts), pdf=pdf, seal=None)})
    if issued:
        numbering.next_value(s, center_id, "letter", year, count=issued)
    return issued
