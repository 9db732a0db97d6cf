"""Wording templates: the defaults load, and a bad override says what is wrong where."""

from __future__ import annotations

import pytest

from familyedu.models.enums import LetterKind
from familyedu.reports import (
    KINDS,
    TemplateError,
    default_wording_text,
    load_default_wording,
    parse_wording,
    render,
)
from familyedu.reports.documents import DOCUMENTS
from familyedu.reports.samples import SAMPLES
from familyedu.reports.wording_spec import KIND_KEYS, KIND_PLACEHOLDERS, keys_for


@pytest.mark.parametrize("language", ["zh_CN", "en"])
@pytest.mark.parametrize("kind", KINDS)
def test_every_default_wording_is_valid_and_complete(kind: str, language: str) -> None:
    wording = load_default_wording(kind, language)
    assert (wording.kind, wording.language) == (kind, language)
    assert set(wording.entries) == set(keys_for(kind))
    assert wording.text("title").strip()


def _override(kind: str, key: str, value: str) -> str:
    lines = default_wording_text(kind, "zh_CN").splitlines()
    out = [f"{key} = {value}" if line.startswith(f"{key} = ") else line for line in lines]
    return "\n".join(out)


def test_unknown_placeholder_is_named() -> None:
    text = _override("guardian", "sessions_text", '"共{sessions_hled}次"')
    with pytest.raises(TemplateError) as info:
        parse_wording(text)
    assert info.value.placeholder == "sessions_hled"
    assert info.value.key == "sessions_text"
    assert "sessions_hled" in str(info.value)


def test_placeholder_of_another_kind_is_refused() -> None:
    # order_number belongs to the authority report, not to the guardian letter.
    with pytest.raises(TemplateError) as info:
        parse_wording(_override("guardian", "title", '"{order_number}"'))
    assert info.value.placeholder == "order_number"


@pytest.mark.parametrize(("template", "position"), [("共{sessions_held次", 1), ("共}次", 1),
                                                    ("{{ok}} {", 7)])
def test_unbalanced_brace_gives_its_position(template: str, position: int) -> None:
    with pytest.raises(TemplateError) as info:
        parse_wording(_override("guardian", "sessions_text", f'"{template}"'))
    assert info.value.position == position
    assert info.value.key == "sessions_text"


@pytest.mark.parametrize("template", ["{minor_name.__class__}", "{0}", "{}", "{minor_name!r}",
                                      "{minor_name:>20}", "{guardian_names[0]}"])
def test_only_plain_names_are_allowed(template: str) -> None:
    with pytest.raises(TemplateError):
        parse_wording(_override("guardian", "title", f'"{template}"'))


def test_missing_and_unknown_keys_are_refused() -> None:
    text = default_wording_text("notice", "en")
    without = "\n".join(line for line in text.splitlines() if not line.startswith("title ="))
    with pytest.raises(TemplateError) as info:
        parse_wording(without)
    assert info.value.key == "title"
    with pytest.raises(TemplateError) as info:
        parse_wording(text + '\ntitel = "x"\n')
    assert info.value.key == "titel"


def test_progress_levels_need_five_words() -> None:
    with pytest.raises(TemplateError) as info:
        parse_wording(_override("guardian", "progress_levels", '["a", "b"]'))
    assert info.value.key == "progress_levels"


def test_broken_toml_and_bad_kind_are_template_errors() -> None:
    with pytest.raises(TemplateError):
        parse_wording('kind = "guardian"\ntitle = "unterminated')
    with pytest.raises(TemplateError):
        parse_wording('kind = "letter"\nlanguage = "en"\n')


def test_render_fills_values_verbatim_and_keeps_doubled_braces() -> None:
    assert render("{{x}} {a}", {"a": "{b}"}) == "{x} {b}"
    with pytest.raises(TemplateError):
        render("{a} {b}", {"a": "1"})


def test_kinds_travel_as_letter_kinds_in_the_reports_layer() -> None:
    # Parsed from the TOML's text, a wording names its kind as a LetterKind; the tables
    # the builders, the wording checks and the samples read are keyed by LetterKind.
    for kind in LetterKind:
        for language in ("zh_CN", "en"):
            wording = parse_wording(default_wording_text(kind, language))
            assert type(wording.kind) is LetterKind
            assert wording.kind is kind
    for table in (DOCUMENTS, KIND_KEYS, KIND_PLACEHOLDERS, SAMPLES):
        assert list(map(type, table)) == [LetterKind] * len(LetterKind)
        assert set(table) == set(LetterKind)
