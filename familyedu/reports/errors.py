"""Errors raised by the document builders, before any PDF byte is produced."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class MissingGlyph:
    """One character that none of the document's fonts can draw."""

    field: str
    char: str
    codepoint: str  # "U+2B820", so the user can look the character up

    @classmethod
    def of(cls, field: str, char: str) -> MissingGlyph:
        return cls(field=field, char=char, codepoint=f"U+{ord(char):04X}")


class UnprintableCharacters(Exception):
    """Some characters would print as blanks; nothing was built."""

    def __init__(self, missing: list[MissingGlyph]) -> None:
        self.missing = list(missing)
        shown = ", ".join(f"{m.field}: {m.codepoint}" for m in self.missing[:10])
        more = f" (+{len(self.missing) - 10} more)" if len(self.missing) > 10 else ""
        super().__init__(f"characters no font can print: {shown}{more}")

    @property
    def fields(self) -> list[str]:
        """The fields holding unprintable characters, in order, without repeats."""
        return list(dict.fromkeys(m.field for m in self.missing))


class TemplateError(ValueError):
    """A wording template is malformed: unknown placeholder, bad brace, missing key."""

    def __init__(self, placeholder_or_position: str | int, message: str, key: str = "") -> None:
        where_is = placeholder_or_position
        self.placeholder: str | None = where_is if isinstance(where_is, str) else None
        self.position: int | None = where_is if isinstance(where_is, int) else None
        self.key = key
        self.message = message
        where = f" in {key!r}" if key else ""
        super().__init__(f"{placeholder_or_position!r}{where}: {message}")
