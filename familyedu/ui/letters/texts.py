"""Letter errors in the user's language: which character in which field cannot be printed."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from familyedu.reports import MissingGlyph, UnprintableCharacters
from familyedu.services.letters.service import ReissueNeeded, ReprintMismatch
from familyedu.ui import labels
from familyedu.ui.service_errors import error_text

_CONTEXT = "LetterErrors"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def field_label(path: str) -> str:
    """'guardian_names[1]' -> "a guardian's name": the place a user can go and fix."""
    root = re.sub(r"\[\d+\]", "", path)
    labels = {
        "minor_name": _tr("the minor's name"),
        "guardian_names": _tr("a guardian's name"),
        "header.recipient": _tr("the recipient"),
        "header.copy_to": _tr("the referring authority"),
        "header.reference": _tr("the reference prefix (center settings)"),
        "center.name": _tr("the center's name"),
        "center.address": _tr("the center's address"),
        "center.phone": _tr("the center's phone number"),
        "counselor_name": _tr("the counselor's name"),
        "counselor_phone": _tr("the center's phone number"),
        "supervisor_name": _tr("the supervisor's name"),
        "worked_on.summary": _tr("a session's shared summary"),
        "worked_on.mode": _tr("a session mode"),
        "next_steps": _tr("a session's next steps"),
        "recommendations": _tr("a session's next steps"),
        "goals.description": _tr("a goal of the plan"),
        "goals.domain": _tr("a goal area (categories)"),
        "needs": _tr("the needs in the plan"),
        "interventions": _tr("the interventions in the plan"),
        "frequency": _tr("the frequency in the plan"),
        "assessment": _tr("the assessment"),
        "outcome": _tr("the closing note"),
        "order_number": _tr("the order's document number"),
        "order_type": _tr("the order type"),
        "closure_reason": _tr("the closure outcome"),
    }
    if root.startswith("wording."):
        return _tr("the letter's wording (%1)").replace("%1", root.removeprefix("wording."))
    if root.startswith("by_"):
        return _tr("a category name")
    return labels.get(root, path)


def missing_glyph_text(missing: MissingGlyph) -> str:
    return _tr("The character '%1' (%2) in %3 cannot be printed.").replace(
        "%1", missing.char).replace("%2", missing.codepoint).replace(
        "%3", field_label(missing.field))


def unprintable_text(exc: UnprintableCharacters) -> str:
    """One sentence per character (at most five), and what to do about it."""
    lines = [missing_glyph_text(m) for m in exc.missing[:5]]
    if len(exc.missing) > 5:
        lines.append(QCoreApplication.translate(
            _CONTEXT, "…and %n more character(s).", "", len(exc.missing) - 5))
    lines.append(_tr("No font can draw it. Correct the text (or use a common variant of the "
                     "character); nothing was issued."))
    return "\n".join(lines)


def _already_issued(exc: ReissueNeeded) -> str:
    return _tr("%1 %2 (issued on %3) already covers this period.").replace(
        "%1", labels.letter_kind(exc.kind)).replace("%2", exc.reference).replace(
        "%3", exc.issued_on.isoformat())


def reissue_question(exc: ReissueNeeded) -> str:
    """The question before a letter is issued again for a period already covered."""
    return _already_issued(exc) + "\n" + _tr(
        "Issue a new one that supersedes %1?").replace("%1", exc.reference)


def letter_error_text(exc: BaseException) -> str:
    """Any error of issuing, previewing or reprinting a letter, in words."""
    if isinstance(exc, UnprintableCharacters):
        return unprintable_text(exc)
    if isinstance(exc, ReissueNeeded):
        return _already_issued(exc) + " " + _tr("Nothing was issued.")
    if isinstance(exc, ReprintMismatch):
        if exc.reason == "fonts_missing":
            return _tr("This letter cannot be reprinted identically: a font it was printed "
                       "with is missing on this computer.")
        return _tr("This letter cannot be reprinted identically: the rebuilt document "
                   "differs from the one issued.")
    return error_text(exc)
