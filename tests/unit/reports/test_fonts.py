"""Glyph checks against the bundled fonts, per-character fallback, and Windows fonts."""

from __future__ import annotations

import shutil
from pathlib import Path

from familyedu.reports import FontSet, MissingGlyph, find_unprintable, system_font_set
from familyedu.reports.fonts import markup
from familyedu.resources import resource_path


def test_rare_name_characters_are_covered(fonts: FontSet) -> None:
    # Extension A and B characters seen in names, and the punctuation letters use.
    assert find_unprintable({"name": "𠀀堃喆玥昇赟䶮𪚥龘", "p": "—·《》〔〕：“”…"}, fonts) == []


def test_missing_characters_are_reported_by_field(fonts: FontSet) -> None:
    missing = find_unprintable(
        {"minor_name": "张\U0010fffd明\U0010fffd", "summary": "ok", "x": "\U000e0001a"}, fonts)
    assert missing == [MissingGlyph("minor_name", "\U0010fffd", "U+10FFFD")]


def test_invisible_characters_are_not_reported(fonts: FontSet) -> None:
    assert find_unprintable({"a": "\x00\u200d\u200e\ufe0f\t\n "}, fonts) == []


def test_markup_escapes_and_falls_back_per_character(fonts: FontSet) -> None:
    body = fonts.body.name
    assert markup("a<b>&c", body, fonts) == "a&lt;b&gt;&amp;c"
    assert markup("第一行\n第二行", body, fonts) == "第一行<br/>第二行"
    fallback = markup("张𠀀明", body, fonts)
    assert fallback == '张<font name="FE-HanaMinA">𠀀</font>明'


def test_windows_fonts_are_preferred_when_present(tmp_path: Path) -> None:
    fonts_dir = resource_path("fonts")
    # Stand-ins with the Windows file names: only the lookup is under test.
    for name in ("simfang.ttf", "simhei.ttf"):
        shutil.copy(fonts_dir / "DejaVuSerif.ttf", tmp_path / name)
    assert system_font_set([tmp_path]).body.name == "FE-UMing"  # SimSun missing: bundled
    shutil.copy(fonts_dir / "wqy-microhei.ttc", tmp_path / "simsun.ttc")
    chosen = system_font_set([tmp_path])
    assert (chosen.body.name, chosen.title.name, chosen.heading.name) == (
        "FE-SimFang", "FE-SimSun", "FE-SimHei")
    # The bundled fonts stay in the chain, so coverage never shrinks.
    assert {"FE-UMing", "FE-WQYHei", "FE-HanaMinA"} <= {s.name for s in chosen.all()}
