"""Letter wording: per-language TOML templates with checked {placeholders}."""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from string import Formatter
from types import MappingProxyType

from familyedu.models.enums import LetterKind
from familyedu.reports.errors import TemplateError
from familyedu.reports.text import LANGUAGES
from familyedu.reports.wording_spec import KINDS, keys_for, placeholders_for
from familyedu.resources import resource_path

Entry = str | tuple[str, ...]


@dataclass(frozen=True)
class Wording:
    """The validated wording of one document kind in one language."""

    kind: LetterKind
    language: str
    entries: Mapping[str, Entry] = field(default_factory=dict)

    def text(self, key: str) -> str:
        value = self.entries[key]
        if not isinstance(value, str):
            raise TypeError(f"wording key {key!r} is a list")
        return value

    def items(self, key: str) -> tuple[str, ...]:
        value = self.entries[key]
        return (value,) if isinstance(value, str) else value

    def fill(self, key: str, context: Mapping[str, str], **extra: str) -> str:
        """Render a single-text key."""
        return render(self.text(key), {**context, **extra})

    def fill_all(self, key: str, context: Mapping[str, str]) -> tuple[str, ...]:
        """Render every paragraph of a key, leaving out those that come out empty."""
        rendered = (render(t, context) for t in self.items(key))
        return tuple(t for t in rendered if t.strip())


def _brace_error_position(template: str) -> int:
    i = 0
    while i < len(template):
        if template.startswith(("{{", "}}"), i):
            i += 2
        elif template[i] == "{":
            close = template.find("}", i + 1)
            reopen = template.find("{", i + 1)
            if close == -1 or (reopen != -1 and reopen < close):
                return i
            i = close + 1
        elif template[i] == "}":
            return i
        else:
            i += 1
    return len(template)


def check_template(template: str, allowed: frozenset[str] | set[str], key: str = "") -> None:
    """Raise TemplateError unless every placeholder is a plain, allowed name."""
    try:
        parsed = list(Formatter().parse(template))
    except ValueError as exc:
        raise TemplateError(_brace_error_position(template), f"unbalanced brace ({exc})",
                            key) from None
    for _literal, name, spec, conversion in parsed:
        if name is None:
            continue
        if not name.isidentifier():
            # Also shuts out {x.__class__} style attribute access from edited templates.
            raise TemplateError(name or "{}", "a placeholder must be a plain name", key)
        if spec or conversion:
            raise TemplateError(name, "format options are not supported", key)
        if name not in allowed:
            known = ", ".join(sorted(allowed))
            raise TemplateError(name, f"unknown placeholder; allowed: {known}", key)


def render(template: str, context: Mapping[str, str]) -> str:
    """Fill placeholders from context; unknown or malformed placeholders raise TemplateError."""
    check_template(template, set(context))
    return "".join(
        literal + (context[name] if name is not None else "")
        for literal, name, _spec, _conv in Formatter().parse(template)
    )


def _entry(kind: LetterKind, key: str, value: object) -> Entry:
    spec = keys_for(kind)[key]
    if spec.is_list:
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise TemplateError(key, "must be a list of texts", key)
        if spec.length is not None and len(value) != spec.length:
            raise TemplateError(key, f"must list exactly {spec.length} texts", key)
        entry: Entry = tuple(value)
    elif isinstance(value, str):
        entry = value
    else:
        raise TemplateError(key, "must be a text", key)
    for text in (entry,) if isinstance(entry, str) else entry:
        check_template(text, placeholders_for(kind, key), key)
    return entry


def parse_wording(text: str) -> Wording:
    """Parse and validate TOML wording (a center's override or a default file)."""
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise TemplateError("syntax", f"not valid TOML: {exc}") from None
    stated, language = raw.pop("kind", None), raw.pop("language", None)
    if stated not in KINDS:
        raise TemplateError("kind", f"kind must be one of {', '.join(KINDS)}", "kind")
    kind = LetterKind(stated)
    if language not in LANGUAGES:
        raise TemplateError("language", f"language must be one of {LANGUAGES}", "language")
    expected = keys_for(kind)
    for key in raw:
        if key not in expected:
            raise TemplateError(key, "unknown key", key)
    for key, spec in expected.items():
        if key not in raw and not spec.optional:
            raise TemplateError(key, "missing key", key)
    entries = {key: _entry(kind, key, raw[key]) if key in raw
               else load_default_wording(kind, language).entries[key] for key in expected}
    return Wording(kind=kind, language=language, entries=MappingProxyType(entries))


def default_wording_text(kind: LetterKind, language: str) -> str:
    """The shipped template text, for a center to copy and edit."""
    if kind not in KINDS or language not in LANGUAGES:
        raise ValueError(f"no default wording for {kind!r} in {language!r}")
    return resource_path("letters", language, f"{kind}.toml").read_text(encoding="utf-8")


@cache
def load_default_wording(kind: LetterKind, language: str) -> Wording:
    """The shipped wording of a kind in a language ('zh_CN' or 'en')."""
    wording = parse_wording(default_wording_text(kind, language))
    if (wording.kind, wording.language) != (kind, language):
        raise TemplateError("kind", f"{kind}.toml declares {wording.kind}/{wording.language}")
    return wording
