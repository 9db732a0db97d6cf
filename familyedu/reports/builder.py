"""build_document: check every character, lay out the story, return deterministic PDF bytes."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from typing import Any

from reportlab.platypus import Flowable, Paragraph

from familyedu.models.enums import LetterKind
from familyedu.reports.blocks import Composer, SignOff
from familyedu.reports.documents import DOCUMENTS
from familyedu.reports.documents.common import text_fields, wording_fields
from familyedu.reports.errors import UnprintableCharacters
from familyedu.reports.fonts import FontSet, default_font_set, ensure_registered, find_unprintable
from familyedu.reports.layout import (
    Furniture,
    PdfMeta,
    make_styles,
    render_combined,
    render_pdf,
)
from familyedu.reports.templates import Wording, render
from familyedu.reports.text import clean_text

# reportlab keeps per-document font subsets in shared font objects; one build at a time.
_build_lock = threading.Lock()


def build_document(kind: LetterKind, data: Any, wording: Wording, *, fonts: FontSet | None = None,
                   ) -> bytes:
    """Build one document of `kind` and return its PDF bytes.

    Raises UnprintableCharacters, before anything is drawn, when some character of the data
    or wording has no glyph in any font; ValueError/TypeError for mismatched inputs.
    """
    chosen = fonts or default_font_set()
    composer, furniture, meta = _prepare(kind, data, wording, chosen)
    with _build_lock:
        story = _sign_off_with_text(DOCUMENTS[kind].story(data, composer))
        return render_pdf(story, furniture, meta)


def build_combined(documents: Sequence[tuple[LetterKind, Any, Wording]], *,
                   fonts: FontSet | None = None, pad_even: bool = True) -> bytes:
    """Several documents in one PDF for the print shop: each laid out as build_document lays
    it out, with its own page numbers; with `pad_even`, a blank page after each document of
    an odd page count (duplex printing starts each on its own sheet). The fonts are embedded
    once for all, not once per document."""
    if not documents:
        raise ValueError("no documents to combine")
    chosen = fonts or default_font_set()
    prepared = [_prepare(kind, data, wording, chosen) for kind, data, wording in documents]
    first = prepared[0][2]
    meta = PdfMeta(title=first.title, author=first.author, subject=first.title,
                   issued_on=max(m.issued_on for _c, _f, m in prepared),
                   language=first.language)
    with _build_lock:
        stories = [_sign_off_with_text(DOCUMENTS[kind].story(data, composer))
                   for (kind, data, _w), (composer, _f, _m) in zip(documents, prepared,
                                                                   strict=True)]
        return render_combined(stories, [f for _c, f, _m in prepared], meta,
                               pad_even=pad_even)


def _is_heading(flowable: Flowable) -> bool:
    return type(flowable) is Paragraph and getattr(flowable.style, "name", "") == "heading"


def _sign_off_with_text(story: list[Flowable]) -> list[Flowable]:
    """The paragraph (or a table's last row) before the sign-off goes into it: they move to
    a page together; so does a heading right above that paragraph (a heading never ends a
    page with its text on the next)."""
    out: list[Flowable] = []
    for flowable in story:
        if isinstance(flowable, SignOff) and out and (
                type(out[-1]) is Paragraph or getattr(out[-1], "keep_with_sign_off", False)):
            flowable.take_first(out.pop())
            if out and _is_heading(out[-1]):
                flowable.take_first(out.pop())
        out.append(flowable)
    return out


def _prepare(kind: LetterKind, data: Any, wording: Wording,
             chosen: FontSet) -> tuple[Composer, Furniture, PdfMeta]:
    if kind not in DOCUMENTS:
        raise ValueError(f"unknown document kind {kind!r}; expected one of {sorted(DOCUMENTS)}")
    spec = DOCUMENTS[kind]
    if not isinstance(data, spec.data_type):
        raise TypeError(f"{kind} needs {spec.data_type.__name__}, not {type(data).__name__}")
    if wording.kind != kind:
        raise ValueError(f"wording is for {wording.kind!r}, not {kind!r}")
    language = data.header.language
    if wording.language != language:
        raise ValueError(f"wording is in {wording.language!r}, the letter in {language!r}")

    ensure_registered(chosen)
    missing = find_unprintable({**dict(text_fields(data)), **wording_fields(wording)}, chosen)
    if missing:
        raise UnprintableCharacters(missing)

    context = spec.context(data, wording)
    styles = make_styles(chosen, language)
    composer = Composer(styles, wording, context)
    title = clean_text(composer.fill("title"))
    furniture = Furniture(
        styles=styles,
        page_footer=lambda page, pages: render(
            wording.text("page_footer"), {**context, "page": str(page), "pages": str(pages)}),
        confidentiality=composer.fill("confidentiality"),
        sealed_mark=composer.fill("sealed_mark") if data.header.sealed else "",
        reference=clean_text(data.header.reference),
    )
    meta = PdfMeta(title=title, author=clean_text(data.center.name),
                   subject=f"{title} {furniture.reference}".strip(),
                   issued_on=data.header.issued_on, language=language)
    return composer, furniture, meta
