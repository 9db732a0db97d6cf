"""Documents from awkward text: each builds, or names the field and character it cannot print.

Every text of every kind of document is replaced at random (the builder's own tests fuzz a
few chosen fields); then the same through the letters service, from records saved with such
text: a letter is issued, or refused with the unprintable characters named, and a refused
letter takes no reference number.
"""

from __future__ import annotations

import dataclasses
import io
import signal
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image
from pypdf import PdfReader

from familyedu.errors import ValidationError
from familyedu.models import Attendance, LetterKind, SessionMode
from familyedu.reports import (
    KINDS,
    CenterInfo,
    UnprintableCharacters,
    build_document,
    default_font_set,
    load_default_wording,
)
from familyedu.reports.documents.common import text_fields
from familyedu.reports.samples import sample_data
from familyedu.services.casework.dto import SessionInput
from tests.conftest import World
from tests.reliability.helpers import consistency, crash_writer
from tests.reliability.helpers import strategies as gen
from tests.reliability.helpers.figures import add

# Codes, not text: a wrong one is a programming error.
KEEP = {"language", "stage", "suppressed", "orders_suppressed"}
CENTER_NAME_LIMIT = 200  # what CenterService accepts (see the last test for why it matters)


def mutate(data: Any, draw: Callable[[st.SearchStrategy[Any]], Any]) -> Any:
    """The same document input with some of its texts replaced by drawn ones."""
    if isinstance(data, str):
        return draw(gen.nasty_text) if draw(st.booleans()) else data
    if isinstance(data, CenterInfo):
        return dataclasses.replace(data, name=draw(gen.storable_text(CENTER_NAME_LIMIT)))
    if dataclasses.is_dataclass(data) and not isinstance(data, type):
        changes = {f.name: mutate(getattr(data, f.name), draw)
                   for f in dataclasses.fields(data) if f.init and f.name not in KEEP}
        return dataclasses.replace(data, **changes)
    if isinstance(data, tuple):
        return tuple(mutate(item, draw) for item in data)
    return data


def check_outcome(build: Any, texts: dict[str, str]) -> str:
    """Built (a PDF) or refused naming characters that are really in the named fields
    (`texts` keyed by field; under "*" when the field's name is not known beforehand)."""
    refusal: UnprintableCharacters | None = None
    try:
        pdf = build()
    except UnprintableCharacters as exc:
        refusal = exc
    if refusal is None:
        assert pdf.startswith(b"%PDF")
        return "built"
    assert refusal.missing
    for missing in refusal.missing:
        if not missing.field.startswith("wording."):
            assert missing.char in texts.get(missing.field, texts.get("*", "")), missing
    return "refused, characters named"


@pytest.mark.parametrize("kind", KINDS)
@settings(max_examples=25, deadline=None, database=None,
          suppress_health_check=list(HealthCheck))
@given(data=st.data(), language=st.sampled_from(["zh_CN", "en"]))
def test_every_document_builds_or_names_what_it_cannot_print(
        kind: str, data: st.DataObject, language: str) -> None:
    document = mutate(sample_data(kind, language), data.draw)
    texts = dict(text_fields(document))
    outcome = check_outcome(lambda: build_document(
        kind, document, load_default_wording(kind, language), fonts=default_font_set()), texts)
    add(f"documents generated: {outcome}")


EXAMPLES = {"sqlite": 30, "postgresql": 8}


def test_letters_from_records_with_awkward_text(world: World) -> None:
    spec = crash_writer.prepare(world.mine, world.sup, "", cases=1)
    case = spec.cases[0]
    minor = world.mine.minors.get(case.minor_id)

    @settings(max_examples=EXAMPLES[world.db.dialect], deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    @given(gen.valid_names, gen.storable_text(4000),
           st.sampled_from([LetterKind.GUARDIAN, LetterKind.AUTHORITY]))
    def run(name: str, summary: str, kind: LetterKind) -> None:
        current = world.mine.minors.get(case.minor_id)
        world.mine.minors.update(case.minor_id, current.version, crash_writer.minor_input(name))
        world.mine.sessions.log(case.case_id, SessionInput(
            held_at=crash_writer.NOW.replace(hour=9), duration_minutes=60,
            mode=SessionMode.CENTER, attendance=Attendance.ATTENDED,
            shared_summary=summary))
        try:
            outcome = check_outcome(lambda: world.mine.letters.issue(case.case_id, kind,
                                                                     again=True).pdf,
                                    {"*": name + summary})
        except ValidationError as exc:  # e.g. a text too long for the letter's field
            outcome = f"refused, field named: {exc.field}"
        add(f"letters generated [{world.db.dialect}]: {outcome}")

    try:
        run()
    finally:
        current = world.mine.minors.get(minor.id)
        world.mine.minors.update(minor.id, current.version, crash_writer.minor_input(minor.name))
    # Refused letters took no number: the register runs without gaps.
    assert consistency.problems(world.db) == []


class _TooSlow(Exception):
    pass


@contextmanager
def time_limit(seconds: int) -> Iterator[None]:
    """Raise _TooSlow in the build if it runs longer than `seconds` (reportlab used to loop
    for ever on a letterhead taller than the room it had)."""
    def give_up(*_args: object) -> None:
        raise _TooSlow

    previous = signal.signal(signal.SIGALRM, give_up)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def long_text(language: str, length: int) -> str:
    return "张" * length if language == "zh_CN" else ("Wordy " * (length // 6 + 1))[:length]


def replace_path(data: Any, path: str, value: Any) -> Any:
    """`data` with the field at `path` (as text_fields names it, e.g. "goals[1].domain")
    replaced by `value`."""
    head, _, rest = path.partition(".")
    name, _, index = head.partition("[")
    current = getattr(data, name)
    if index:
        items = list(current)
        i = int(index.rstrip("]"))
        items[i] = replace_path(items[i], rest, value) if rest else value
        new = tuple(items)
    else:
        new = replace_path(current, rest, value) if rest else value
    return dataclasses.replace(data, **{name: new})


def page_texts(pdf: bytes) -> list[str]:
    return ["".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(pdf)).pages]


def _logo() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (120, 80), (200, 30, 30)).save(buffer, "PNG")
    return buffer.getvalue()


@pytest.mark.parametrize("logo", [False, True])
@pytest.mark.parametrize("language", ["zh_CN", "en"])
@pytest.mark.parametrize("kind", KINDS)
def test_an_over_long_letterhead_builds_and_stays_on_the_first_page(
        kind: str, language: str, logo: bool) -> None:
    # The service limits the name to 200 characters, but a database edited by hand or a
    # tampered reprint snapshot can hold more; the same document with a 200-character name
    # builds in under a second.
    data = sample_data(kind, language)
    name = long_text(language, 250)
    center = dataclasses.replace(data.center, name=name, logo=_logo() if logo else None)
    data = dataclasses.replace(data, center=center)
    with time_limit(10):
        pdf = build_document(kind, data, load_default_wording(kind, language),
                             fonts=default_font_set())
    first = page_texts(pdf)[0]
    squashed = "".join(name.split())
    # The whole name, then the reference, both above the title on the first page.
    reference = "".join(data.header.reference.split())
    assert first.index(squashed) < first.index(reference, len(squashed))


# Fields a user types that reach the letterhead, a table cell, the signature block or the
# running header of later pages.
LONG_FIELDS = ["center.name", "center.address", "header.reference", "header.recipient",
               "header.copy_to", "guardian_names[0]", "goals[0].description", "goals[0].domain",
               "order_number", "order_type", "counselor_name", "assessment", "needs[0]",
               "by_situation[0].label"]


@pytest.mark.parametrize("length", [2000])
@pytest.mark.parametrize("kind", KINDS)
def test_any_over_long_field_builds(kind: str, length: int) -> None:
    """No field, however long, makes the build hang: long content flows onto more pages."""
    for language in ("zh_CN", "en"):
        data = sample_data(kind, language)
        present = dict(text_fields(data))
        for path in (p for p in LONG_FIELDS if p in present):
            changed = replace_path(data, path, long_text(language, length))
            with time_limit(20):
                pdf = build_document(kind, changed, load_default_wording(kind, language),
                                     fonts=default_font_set())
            assert pdf.startswith(b"%PDF"), path


@pytest.mark.parametrize("language", ["zh_CN", "en"])
@pytest.mark.parametrize("kind", KINDS)
def test_every_field_over_long_at_once_builds(kind: str, language: str) -> None:
    data = sample_data(kind, language)
    for path, _text in list(text_fields(data)):
        if path.rpartition(".")[2].partition("[")[0] not in KEEP:
            data = replace_path(data, path, long_text(language, 400))
    data = dataclasses.replace(data, center=dataclasses.replace(data.center, logo=_logo()))
    with time_limit(30):
        pdf = build_document(kind, data, load_default_wording(kind, language),
                             fonts=default_font_set())
    first = page_texts(pdf)[0]
    assert "".join(data.center.name.split()) in first  # the letterhead is all on page one
