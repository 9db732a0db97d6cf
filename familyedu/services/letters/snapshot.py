"""What the letter register keeps to rebuild a document: numbering, fonts, printability.

A reprint must be byte-identical, so the snapshot records the data, the wording text and the
very fonts the letter was built with; a font missing on this computer (or a different build)
is reported rather than printed differently.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

from familyedu.errors import ServiceError
from familyedu.reports import FontSet, FontSpec, UnprintableCharacters, Wording, find_unprintable
from familyedu.reports.documents.common import text_fields, wording_fields
from familyedu.resources import resource_path


class ReprintMismatch(ServiceError):
    """A reprint would not be the document that was issued (fonts missing or changed)."""

    def __init__(self, reference: str, reason: str) -> None:
        super().__init__(f"letter {reference} cannot be reproduced identically ({reason})")
        self.reference = reference
        self.reason = reason  # "fonts_missing" or "differs"


def format_reference(prefix: str, year: int, number: int) -> str:
    """家指〔2026〕12号: the form of GB/T 9704 used for the register in either language."""
    return f"{prefix}〔{year}〕{number}号"


def fonts_to_dict(fonts: FontSet) -> dict[str, Any]:
    """The fonts a letter was built with, for its snapshot."""
    return dataclasses.asdict(fonts)


def fonts_from_dict(stored: dict[str, Any], reference: str) -> FontSet:
    """The fonts a letter was built with, found again on this machine (or the bundled copy
    when the program moved); ReprintMismatch when one is gone."""
    def spec(d: dict[str, Any]) -> FontSpec:
        path = Path(d["path"])
        if not path.is_file():
            moved = resource_path("fonts", path.name)
            if not moved.is_file():
                raise ReprintMismatch(reference, "fonts_missing")
            path = moved
        return FontSpec(d["name"], str(path), int(d.get("subfont_index", 0)))

    roles = {k: spec(stored[k]) for k in ("body", "title", "heading", "latin_body",
                                          "latin_bold")}
    return FontSet(**roles, fallbacks=tuple(spec(f) for f in stored.get("fallbacks", ())))


def check_printable(data: Any, wording: Wording, fonts: FontSet) -> None:
    """Refuse a letter with characters the fonts cannot print, before it is numbered.

    Raises:
        UnprintableCharacters: some characters would print as blanks (all named).
    """
    missing = find_unprintable({**dict(text_fields(data)), **wording_fields(wording)}, fonts)
    if missing:
        raise UnprintableCharacters(missing)
