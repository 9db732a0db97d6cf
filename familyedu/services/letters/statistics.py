"""The center's de-identified statistics as a registered document (supervisors only).

The figures describe every case of the center (sealed ones are left out; stats.py has the
definitions), so a counselor, who does not see the whole caseload, cannot print them.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from familyedu.errors import ValidationError
from familyedu.models import Center, LetterKind, Role
from familyedu.reports import LetterHeader, build_document
from familyedu.services.core.messages import QT_TRANSLATE_NOOP
from familyedu.services.letters.data import center_info
from familyedu.services.letters.dto import IssuedLetter
from familyedu.services.letters.issuing import MAX_RECIPIENT, Draft, Issuer, choice
from familyedu.services.letters.labels import LANGUAGES, letter_labels
from familyedu.services.letters.stats import gather_statistics
from familyedu.services.letters.wording import wording_in_force

KIND = LetterKind.STATISTICS


class StatisticsService(Issuer):
    """The statistics of the whole center for a period: previewed, or issued and registered."""

    def _statistics_data(self, s: Session, period_start: date, period_end: date,
                         language: str, recipient: str, reference: str) -> Any:
        if period_end < period_start:
            raise ValidationError("period_end", QT_TRANSLATE_NOOP(
                "Validation", "The period cannot end before it starts."))
        period_start, period_end = self.up_to_today(period_start, period_end)
        center = s.get(Center, self.actor.center_id)
        assert center is not None
        header = LetterHeader(reference=reference, issued_on=self.ctx.today(),
                              language=language, recipient=recipient.strip()[:MAX_RECIPIENT])
        return gather_statistics(s, center_id=center.id,
                                 center=center_info(center, letter_labels(language)),
                                 header=header, period_start=period_start,
                                 period_end=period_end, today=self.ctx.today())

    def preview_statistics(self, period_start: date, period_end: date,
                           language: str | None = None, *, recipient: str = "") -> bytes:
        """The statistics as they would be issued, marked as a draft.

        Raises:
            PermissionDenied: only a supervisor prints the center's statistics.
            ValidationError: the language or the period is not possible.
        """
        self.require_role("print_statistics", Role.SUPERVISOR)
        language = choice("language", language or self.center_language(), LANGUAGES)
        with self.read() as s:
            data = self._statistics_data(s, period_start, period_end, language, recipient,
                                         letter_labels(language).draft_reference)
            _text, wording = wording_in_force(s, self.actor.center_id, KIND, language)
            return build_document(KIND, data, wording, fonts=self.font_set())

    def statistics(self, period_start: date, period_end: date, language: str | None = None,
                   *, recipient: str = "") -> IssuedLetter:
        """De-identified statistics of the whole center, numbered and registered.

        Raises:
            PermissionDenied: only a supervisor prints the center's statistics.
            ValidationError: the language or the period is not possible.
            UnprintableCharacters: a character cannot be printed (no number is taken).
        """
        self.require_role("print_statistics", Role.SUPERVISOR)
        language = choice("language", language or self.center_language(), LANGUAGES)
        def gather(s: Session) -> Draft:
            data = self._statistics_data(s, period_start, period_end, language, recipient, "")
            return Draft(KIND, data, language, None, (data.period_start, data.period_end))

        return self.issue_draft(gather)
