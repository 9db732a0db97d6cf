"""build_document: check every character, lay out the story, return deterministic PDF bytes."""

from __future__ import annotations

import threading
from typing import Any

from familyedu.reports.blocks import Composer
from familyedu.reports.documents import DOCUMENTS
from familyedu.reports.documents.common import text_fields, wording_fields
from familyedu.reports.errors import UnprintableCharacters
from familyedu.reports.fonts import FontSet, default_font_set, ensure_registered, find_unprintable
from familyedu.reports.layout import Furniture, PdfMeta, make_styles, render_pdf
from familyedu.reports.templates import Wording, render
from familyedu.reports.text import clean_text

# reportlab keeps per-document font subsets in shared font objects; one build at a time.
_build_lock = threading.Lock()


def build_document(kind: str, data: Any, wording: Wording, *, fonts: FontSet | None = None,
                   ) -> bytes:
    """Build one document of `kind` ("guardian", "authority", "plan", "completion",
    "notice", "statistics") and return its PDF bytes.

    Raises UnprintableCharacters, before anything is drawn, when some character of the data
    or wording has no glyph in any font; ValueError/TypeError for mismatched inputs.
    """
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

    chosen = fonts or default_font_set()
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
    with _build_lock:
        story = spec.story(data, composer)
        return render_pdf(story, furniture, meta)
