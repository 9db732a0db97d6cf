"""A center's own wording of its letters: checked on saving, with errors that name the place.

Template problems come from familyedu.reports as TemplateError (English, for developers);
here they become ValidationError on the field "template" with a translatable message whose
{placeholder} parameter names the placeholder or entry at fault.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from familyedu.errors import ValidationError
from familyedu.models import LetterKind, LetterTemplate
from familyedu.reports import (
    TemplateError,
    Wording,
    default_wording_text,
    find_unprintable,
    parse_wording,
)
from familyedu.reports.documents.common import wording_fields
from familyedu.services.core.messages import QT_TRANSLATE_NOOP

FIELD = "template"


def template_error(exc: TemplateError) -> ValidationError:
    """The TemplateError as a ValidationError naming the placeholder (or entry) at fault."""
    key = exc.key
    detail = exc.message
    if exc.position is not None:
        return ValidationError(FIELD, QT_TRANSLATE_NOOP(
            "Validation", "A brace in the entry {key} is not paired (at character {position})."),
            placeholder="{", key=key, position=exc.position, detail=detail)
    name = exc.placeholder or ""
    if detail.startswith("unknown placeholder"):
        return ValidationError(FIELD, QT_TRANSLATE_NOOP(
            "Validation", "The entry {key} uses the placeholder {placeholder}, which this "
            "letter does not know."), placeholder="{" + name + "}", key=key, detail=detail)
    if detail.startswith(("a placeholder must be", "format options")):
        return ValidationError(FIELD, QT_TRANSLATE_NOOP(
            "Validation", "The placeholder {placeholder} in the entry {key} must be a plain "
            "name in braces."), placeholder="{" + name + "}", key=key, detail=detail)
    if detail == "missing key":
        return ValidationError(FIELD, QT_TRANSLATE_NOOP(
            "Validation", "The template lacks the entry {placeholder}."),
            placeholder=name, key=key, detail=detail)
    if detail == "unknown key":
        return ValidationError(FIELD, QT_TRANSLATE_NOOP(
            "Validation", "The template has an entry {placeholder} that this letter does not "
            "use."), placeholder=name, key=key, detail=detail)
    if name == "syntax":
        return ValidationError(FIELD, QT_TRANSLATE_NOOP(
            "Validation", "The template is not valid TOML: {detail}"),
            placeholder=name, key=key, detail=detail)
    return ValidationError(FIELD, QT_TRANSLATE_NOOP(
        "Validation", "The entry {placeholder} of the template is not right: {detail}"),
        placeholder=name or key, key=key, detail=detail)


def check_wording(text: str, kind: LetterKind, language: str) -> Wording:
    """Parse a center's template and make sure it is for this letter and can be printed.

    Raises:
        ValidationError: the template cannot be parsed, is for another letter or
            language, or has a character the letter fonts cannot print.
    """  # noqa: DOC501 (`raise template_error(...)` raises a ValidationError)
    try:
        wording = parse_wording(text)
    except TemplateError as exc:
        raise template_error(exc) from None
    if (wording.kind, wording.language) != (kind, language):
        raise ValidationError(FIELD, QT_TRANSLATE_NOOP(
            "Validation", "The template says it is for {found}, not for {expected}."),
            placeholder="kind", found=f"{wording.kind}/{wording.language}",
            expected=f"{kind}/{language}")
    missing = find_unprintable(wording_fields(wording))
    if missing:
        first = missing[0]
        raise ValidationError(FIELD, QT_TRANSLATE_NOOP(
            "Validation", "The character {char} ({codepoint}) in the entry {placeholder} "
            "cannot be printed with the letter fonts."),
            placeholder=first.field.removeprefix("wording."), char=first.char,
            codepoint=first.codepoint)
    return wording


def own_template(s: Session, center_id: int, kind: LetterKind,
                 language: str) -> LetterTemplate | None:
    """The center's own template of a letter, if it wrote one."""
    return s.scalar(select(LetterTemplate).where(
        LetterTemplate.center_id == center_id, LetterTemplate.kind == kind,
        LetterTemplate.language == language))


def wording_text_in_force(s: Session, center_id: int, kind: LetterKind, language: str) -> str:
    """The center's wording of a letter (TOML), or the shipped default."""
    own = own_template(s, center_id, kind, language)
    return own.body if own is not None else default_wording_text(kind, language)


def wording_in_force(s: Session, center_id: int, kind: LetterKind,
                     language: str) -> tuple[str, Wording]:
    """The wording a letter is issued with now: its text (kept in the snapshot) and parsed.

    Raises:
        ValidationError: the stored template no longer passes the checks (see check_wording).
    """
    text = wording_text_in_force(s, center_id, kind, language)
    return text, check_wording(text, kind, language)
