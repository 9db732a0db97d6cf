"""Marking user-visible service messages for translation without importing Qt.

`pyside6-lupdate` extracts every `QT_TRANSLATE_NOOP("context", "text")` call from the sources;
the UI (and the CLI) translate the marked text with QCoreApplication.translate/QTranslator.
The context must be the literal "Validation" (lupdate reads literals only).
Messages keep `{placeholders}` that are filled in after translation.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - lupdate needs this name
    """Return `text` unchanged; the call marks it for extraction under `context`."""
    del context
    return text


VALIDATION = "Validation"
