"""Fonts for the documents: bundled CJK fonts, optional Windows fonts, glyph checks, fallback."""

from __future__ import annotations

import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics, ttfonts

from familyedu import platform
from familyedu.reports import rlfixes
from familyedu.reports.errors import MissingGlyph
from familyedu.reports.text import ZH, clean_text
from familyedu.resources import resource_path


@dataclass(frozen=True)
class FontSpec:
    """A TrueType font file (or one face of a .ttc) and the name reportlab knows it by."""

    name: str
    path: str
    subfont_index: int = 0


@dataclass(frozen=True)
class FontSet:
    """Fonts by role; every font is also a per-character fallback for the others."""

    body: FontSpec  # Chinese body text (FangSong/Song)
    title: FontSpec  # Chinese titles and letterhead (Song)
    heading: FontSpec  # Chinese level-1 headings and table headers (Hei)
    latin_body: FontSpec  # English body text
    latin_bold: FontSpec  # English titles and headings
    fallbacks: tuple[FontSpec, ...] = ()

    def all(self) -> tuple[FontSpec, ...]:
        """Every font once, in the order fallback tries them."""
        seen: dict[str, FontSpec] = {}
        for spec in (self.body, self.title, self.heading, self.latin_body, self.latin_bold,
                     *self.fallbacks):
            seen.setdefault(spec.name, spec)
        return tuple(seen.values())

    def role(self, language: str, role: str) -> str:
        """Registered font name for 'body', 'title' or 'heading' in a language."""
        if language == ZH:
            return {"body": self.body, "title": self.title, "heading": self.heading}[role].name
        return {"body": self.latin_body, "title": self.latin_bold,
                "heading": self.latin_bold}[role].name


def bundled_font_set() -> FontSet:
    """Fonts shipped in resources/fonts: always present, free to redistribute."""
    d = resource_path("fonts")
    song = FontSpec("FE-UMing", str(d / "uming.ttc"), 0)  # face 0 is AR PL UMing CN
    hei = FontSpec("FE-WQYHei", str(d / "wqy-microhei.ttc"), 0)
    return FontSet(
        body=song,
        title=song,
        heading=hei,
        latin_body=FontSpec("FE-Serif", str(d / "DejaVuSerif.ttf")),
        latin_bold=FontSpec("FE-SerifBold", str(d / "DejaVuSerif-Bold.ttf")),
        # Extension A and the common Extension B characters neither CJK font has.
        fallbacks=(FontSpec("FE-HanaMinA", str(d / "HanaMinA-subset.ttf")),),
    )


def _system_font_dirs() -> list[Path]:
    return platform.system_font_dirs()


def _find(dirs: Sequence[Path], filename: str) -> Path | None:
    for d in dirs:
        for candidate in (d / filename, d / filename.upper()):
            if candidate.is_file():
                return candidate
    return None


def system_font_set(search_dirs: Sequence[Path] | None = None) -> FontSet:
    """Windows' FangSong/SimSun/SimHei when installed, bundled fonts for the rest.

    Letters then look like the official documents they are filed with, without us shipping
    fonts we may not redistribute. Extension B fonts found on the system are added as
    last-resort fallbacks.
    """
    dirs = list(search_dirs) if search_dirs is not None else _system_font_dirs()
    bundled = bundled_font_set()
    found = {f: _find(dirs, f) for f in ("simfang.ttf", "simsun.ttc", "simhei.ttf",
                                         "simsunb.ttf", "HanaMinB.ttf")}
    extras = tuple(
        FontSpec(name, str(path))
        for name, path in (("FE-SimSunExtB", found["simsunb.ttf"]),
                           ("FE-HanaMinB", found["HanaMinB.ttf"]))
        if path is not None
    )
    base = (bundled.body, bundled.heading, *bundled.fallbacks)
    fang, song, hei = found["simfang.ttf"], found["simsun.ttc"], found["simhei.ttf"]
    if fang is None or song is None or hei is None:
        return FontSet(bundled.body, bundled.title, bundled.heading, bundled.latin_body,
                       bundled.latin_bold, (*bundled.fallbacks, *extras))
    return FontSet(
        body=FontSpec("FE-SimFang", str(fang)),
        title=FontSpec("FE-SimSun", str(song), 0),
        heading=FontSpec("FE-SimHei", str(hei)),
        latin_body=bundled.latin_body,
        latin_bold=bundled.latin_bold,
        fallbacks=(*base, *extras),
    )


@cache
def default_font_set() -> FontSet:
    """The font set used when a caller does not choose one (looked up once per process)."""
    return system_font_set()


# Registration and cmap reading: reportlab keeps fonts in a process-wide registry, so each
# font is parsed once and shared; the lock keeps two builder threads from racing on it.
_lock = threading.RLock()
_coverage: dict[str, frozenset[int]] = {}


def ensure_registered(fonts: FontSet) -> None:
    """Register every font of the set with reportlab, once per process."""
    rlfixes.install()
    with _lock:
        for spec in fonts.all():
            if spec.name in _coverage:
                continue
            font = ttfonts.TTFont(spec.name, spec.path, subfontIndex=spec.subfont_index)
            pdfmetrics.registerFont(font)
            cmap: Mapping[int, int] = font.face.charToGlyph
            _coverage[spec.name] = frozenset(cp for cp, glyph in cmap.items() if glyph)


def coverage(spec: FontSpec) -> frozenset[int]:
    """Code points the font has a glyph for."""
    with _lock:
        if spec.name not in _coverage:
            ensure_registered(FontSet(spec, spec, spec, spec, spec))
        return _coverage[spec.name]


def _drawable(ch: str) -> bool:
    return ch in (" ", "\n")


def find_unprintable(
    fields: Mapping[str, str], fonts: FontSet | None = None
) -> list[MissingGlyph]:
    """Characters that no font of the set can draw, by field, in order, each reported once."""
    chosen = fonts or default_font_set()
    ensure_registered(chosen)
    covered = [coverage(spec) for spec in chosen.all()]
    missing: list[MissingGlyph] = []
    seen: set[tuple[str, str]] = set()
    for field, value in fields.items():
        for ch in clean_text(value, multiline=True):
            if _drawable(ch) or (field, ch) in seen:
                continue
            if not any(ord(ch) in cov for cov in covered):
                seen.add((field, ch))
                missing.append(MissingGlyph.of(field, ch))
    return missing


def markup(text: str, primary: str, fonts: FontSet, *, multiline: bool = True) -> str:
    """Paragraph markup for plain text: XML-escaped, with characters the primary font lacks
    wrapped in <font name=...> of the first font that has them."""
    chain = [primary] + [s.name for s in fonts.all() if s.name != primary]
    with _lock:
        covered = [(name, _coverage[name]) for name in chain]
    parts: list[str] = []
    run_font: str | None = None
    run: list[str] = []

    def flush() -> None:
        if not run:
            return
        piece = escape("".join(run))
        parts.append(piece if run_font in (None, primary) else
                     f'<font name="{run_font}">{piece}</font>')
        run.clear()

    for ch in clean_text(text, multiline=multiline):
        if ch == "\n":
            flush()
            parts.append("<br/>")
            continue
        font = primary
        # Spaces stay in the primary font: the fallback subset has no space glyph.
        if not _drawable(ch):
            font = next((name for name, cov in covered if ord(ch) in cov), primary)
        if font != run_font:
            flush()
            run_font = font
        run.append(ch)
    flush()
    return "".join(parts)
