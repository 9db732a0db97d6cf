"""English letters read as written by a person: singulars for one, lists, spaces, and no
stretched gaps before a Chinese name."""

from __future__ import annotations

import dataclasses
import re
import subprocess
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from familyedu.reports import FontSet, build_document, load_default_wording
from familyedu.reports.samples import completion, guardian, notice
from familyedu.reports.text import english_counts, join_names

pytestmark = pytest.mark.skipif(
    subprocess.run(["which", "pdftotext"], capture_output=True).returncode != 0,
    reason="pdftotext (poppler-utils) is not installed")


def text_of(kind: str, data: Any, fonts: FontSet, tmp_path: Path) -> str:
    """The letter as pdftotext reads it, lines joined by single spaces."""
    path = tmp_path / f"{kind}.pdf"
    path.write_bytes(build_document(kind, data, load_default_wording(kind, "en"), fonts=fonts))
    raw = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                         check=True).stdout
    return " ".join(raw.split())


def test_one_is_singular_and_lists_read_a_b_and_c() -> None:
    assert english_counts("We met 1 times (1 hours in all); 21 hours, 0.1 hours, 1 hour.") == (
        "We met 1 time (1 hour in all); 21 hours, 0.1 hours, 1 hour.")
    assert join_names(("A", "B", "C"), "en") == "A, B and C"
    assert join_names(("A", "B"), "en") == "A and B"


def test_a_letter_about_one_session_and_one_hour(fonts: FontSet, tmp_path: Path) -> None:
    data = dataclasses.replace(guardian("en"), sessions_held=1, hours_done=1.0,
                               sessions_missed=0)
    text = text_of("guardian", data, fonts, tmp_path)
    assert "We met 1 time (1 hour in all)" in text
    assert "1 times" not in text
    assert "1 hours" not in text
    done = dataclasses.replace(completion("en"), sessions_done=1, hours_done=1.0,
                               sessions_missed=1)
    text = text_of("completion", done, fonts, tmp_path)
    assert "Sessions held: 1, 1 hour in all. Appointments missed: 1." in text


def test_no_space_is_lost_before_the_deadline(fonts: FontSet, tmp_path: Path) -> None:
    data = dataclasses.replace(notice("en"), deadline=date(2026, 10, 29), hours_required=1.0,
                               hours_done=0.0)
    text = text_of("notice", data, fonts, tmp_path)
    assert "family education guidance by 29 October 2026." in text
    assert "guidanceby" not in text
    assert "still to complete: 1 hour." in text


def test_lines_with_a_chinese_name_are_flush_left(fonts: FontSet, tmp_path: Path) -> None:
    """Justified, the line before an unbreakable Chinese run (an order number) spreads its
    words across the whole width; set flush left it ends where its words end."""
    data = dataclasses.replace(notice("en"), order_number="（2026）青0102民初第一二三四五六七号")
    path = tmp_path / "notice.pdf"
    path.write_bytes(build_document("notice", data, load_default_wording("notice", "en"),
                                    fonts=fonts))
    html = subprocess.run(["pdftotext", "-bbox", "-f", "1", "-l", "1", str(path), "-"],
                          capture_output=True, text=True, check=True).stdout
    words = [(float(x), w) for x, w in re.findall(r'xMax="([\d.]+)"[^>]*>([^<]*)<', html)]
    right = {w: x for x, w in words}
    # "numbered" ends the line the order number cannot join; the block's right edge is at
    # about 521 pt, where a justified line would end.
    assert right["numbered"] < 420, right["numbered"]
