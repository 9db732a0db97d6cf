"""Fixtures for the document builder tests: fonts, wording, and reading PDFs back."""

from __future__ import annotations

import io
from collections.abc import Callable

import pytest
from pypdf import PdfReader

from familyedu.reports import FontSet, bundled_font_set


@pytest.fixture(scope="session")
def fonts() -> FontSet:
    """The bundled fonts only, so results do not depend on what the machine has installed."""
    return bundled_font_set()


def squash(text: str) -> str:
    """Text without any whitespace: PDF extraction breaks lines wherever the layout did."""
    return "".join(text.split())


def pdf_text(pdf: bytes) -> list[str]:
    """Extracted text of each page."""
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


@pytest.fixture
def read_text() -> Callable[[bytes], str]:
    def read(pdf: bytes) -> str:
        return squash("".join(pdf_text(pdf)))

    return read
