"""Whatever text arrives, a document is built or the unprintable characters are named."""

from __future__ import annotations

import dataclasses

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from familyedu.reports import (
    FontSet,
    SharedSummary,
    UnprintableCharacters,
    build_document,
    bundled_font_set,
    load_default_wording,
)
from familyedu.reports.samples import authority, guardian, plan

FONTS: FontSet = bundled_font_set()

# Everything unicode has, weighted towards what breaks layouts: CJK, emoji, right-to-left
# scripts, controls, markup characters and long runs.
printable = st.one_of(
    st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5),  # common CJK
    st.characters(min_codepoint=0x20, max_codepoint=0x7E),
    st.sampled_from("<&>\"'\n\t\r\x00\x1b\u200b\u200f\u202e\ufeff\u3000{}《》〔〕，。"),
)
short_texts = st.one_of(
    st.text(max_size=60),  # anything at all: mostly unprintable
    st.text(st.sampled_from("张<&>\"'\n\t\x00\u200f\u202e😀שלוםمرحبا 𠀀\U0010fffd{}"),
            max_size=40),
    st.text(printable, max_size=80),  # builds: exercises layout, escaping and wrapping
)
texts = st.one_of(short_texts, st.text(printable, min_size=300, max_size=900))


def _try(kind: str, data: object, language: str, *, record: bool = True) -> None:
    try:
        pdf = build_document(kind, data, load_default_wording(kind, language), fonts=FONTS)
    except UnprintableCharacters as exc:
        missing = exc.missing
        outcome = "unprintable"
    else:
        missing = []
        assert pdf.startswith(b"%PDF")
        outcome = "built"
    assert (outcome == "unprintable") == bool(missing)
    if record:
        event(outcome)  # --hypothesis-show-statistics: both outcomes must be common


@settings(max_examples=50, deadline=None, database=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(name=texts, summary=texts, language=st.sampled_from(["zh_CN", "en"]))
def test_guardian_letter_builds_or_names_unprintable(name: str, summary: str,
                                                     language: str) -> None:
    data = guardian(language)
    data = dataclasses.replace(
        data, minor_name=name, guardian_names=(name, summary[:10]),
        worked_on=(SharedSummary(data.period_start, name, summary),),
        next_steps=(summary,), header=dataclasses.replace(data.header, recipient=name))
    _try("guardian", data, language)


# Long texts in table cells are slow to lay out (reportlab splits rows), so fewer and shorter.
@settings(max_examples=20, deadline=None, database=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(name=short_texts, text=st.one_of(short_texts, st.text(printable, max_size=300)))
def test_tables_and_signature_lines_build_or_name_unprintable(name: str, text: str) -> None:
    report = authority("zh_CN", sessions=3)
    goals = (dataclasses.replace(report.goals[0], domain=name, description=text),)
    sessions = (dataclasses.replace(report.sessions[0], mode=text, attendance=name),)
    _try("authority", dataclasses.replace(report, goals=goals, sessions=sessions,
                                          assessment=text, order_number=name), "zh_CN")
    _try("plan", dataclasses.replace(plan("zh_CN"), guardian_names=(name, text)), "zh_CN")


def test_very_long_text_in_a_table_cell_and_a_name() -> None:
    report = authority("en", sessions=2)
    long_word = "x" * 5000
    goals = (dataclasses.replace(report.goals[0], description="长" * 6000 + long_word),)
    _try("authority", dataclasses.replace(report, goals=goals, minor_name=long_word), "en",
         record=False)
    _try("plan", dataclasses.replace(plan("zh_CN"), guardian_names=("名" * 3000, "x" * 900)),
         "zh_CN", record=False)
