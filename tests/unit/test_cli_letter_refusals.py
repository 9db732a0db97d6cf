"""Found re-checking #13: `letter --recipient <250 characters>` was refused with "Too long:
at most 200 characters (now 250)", naming no option."""

from __future__ import annotations

from familyedu.cli.commands_letters import refusal_text
from familyedu.errors import ValidationError
from familyedu.services.core.messages import QT_TRANSLATE_NOOP

TOO_LONG = QT_TRANSLATE_NOOP("Validation", "Too long: at most {max} characters (now {length}).")


def test_a_refused_option_is_named() -> None:
    assert refusal_text(ValidationError("recipient", TOO_LONG, max=200, length=250)) == (
        "--recipient (the addressee) is too long: at most 200 characters (now 250)")
    assert refusal_text(ValidationError("assessment", TOO_LONG, max=4000, length=4100)) \
        .startswith("--assessment (the counselor's assessment) is too long:")
    closed = ValidationError("kind", QT_TRANSLATE_NOOP(
        "Validation", "A completion report is only for a closed case: close the case first."))
    assert refusal_text(closed) == \
        "A completion report is only for a closed case: close the case first"
