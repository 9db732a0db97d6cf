"""Found re-checking #13 against demo data: a heading left at the foot of a page while its
only paragraph went with the sign-off to the next, and the issuing center's name broken over
two lines ("…（演" / "示）") when it did not fit centred over the date, and an
attendance rate "未作规定" (not set by the order) before any session."""

from __future__ import annotations

import dataclasses
import re
import shutil
import subprocess
import tempfile
from datetime import date
from pathlib import Path

import pytest

from familyedu.reports import FontSet, build_document, load_default_wording
from familyedu.reports.data import SharedSummary
from familyedu.reports.layout import LEFT_MARGIN, TEXT_WIDTH
from familyedu.reports.samples import authority, completion, guardian, notice
from tests.unit.reports.conftest import pdf_text, squash


def pages_of(kind: str, data: object, fonts: FontSet) -> list[str]:
    language = data.header.language  # type: ignore[attr-defined]
    pdf = build_document(kind, data, load_default_wording(kind, language), fonts=fonts)
    return [squash(p) for p in pdf_text(pdf)]


@pytest.mark.parametrize(("items", "extra"), [(6, 3), (9, 1), (9, 2), (10, 1), (4, 0)])
def test_a_heading_never_ends_a_page_without_its_text(items: int, extra: int,
                                                      fonts: FontSet) -> None:
    base = guardian()
    data = dataclasses.replace(
        base, next_steps=(), next_appointment=None,
        worked_on=tuple(SharedSummary(base.period_start, "家访", f"第{i}次：讨论孩子的作息。"
                                      + "约定每晚九点半前放下手机，" * extra)
                        for i in range(items)))
    pages = pages_of("guardian", data, fonts)
    heading = next(i for i, p in enumerate(pages) if "四、下一步安排" in p)
    assert "下次指导时间另行通知" in pages[heading], (items, len(pages))


def test_an_english_heading_stays_with_its_last_item(fonts: FontSet) -> None:
    for outcome_lines in range(1, 12):
        data = dataclasses.replace(completion("en"),
                                   outcome=" ".join(["The family now talks every week."] *
                                                    (outcome_lines * 3)))
        pages = pages_of("completion", data, fonts)
        heading = next(i for i, p in enumerate(pages) if "4.Recommendations" in p)
        assert "1.Theschoolshouldkeep" in pages[heading], outcome_lines


@pytest.mark.parametrize("name", ["某某县家庭教育指导中心（演示）",
                                  "青山县未成年人家庭教育指导服务中心"])
def test_the_issuing_center_stays_on_one_line(name: str, fonts: FontSet) -> None:
    base = guardian()
    data = dataclasses.replace(base, center=dataclasses.replace(base.center, name=name),
                               header=dataclasses.replace(base.header,
                                                          issued_on=date(2026, 12, 5)))
    pdf = build_document("guardian", data, load_default_wording("guardian", "zh_CN"),
                         fonts=fonts)
    lines = [line.strip() for page in pdf_text(pdf) for line in page.splitlines()]
    # the letterhead, and the issuer over the date
    assert lines.count(name) == 2, [line for line in lines if line and line in name]


@pytest.mark.parametrize(("language", "expected"), [("zh_CN", "出勤率暂无。"),
                                                     ("en", "attendanceisnotyetknown.")])
def test_no_attendance_rate_before_any_session(language: str, expected: str,
                                               fonts: FontSet) -> None:
    data = dataclasses.replace(authority(language), sessions_done=0, sessions_missed=0,
                               hours_done=0.0, sessions=())
    text = "".join(pages_of("authority", data, fonts))
    assert expected in text
    assert "未作规定" not in text
    assert "notspecified" not in text


def test_missed_dates_read_as_an_english_list(fonts: FontSet) -> None:
    data = dataclasses.replace(notice("en"), sessions_missed=3, missed_dates=(
        date(2026, 6, 9), date(2026, 7, 1), date(2026, 10, 13)))
    text = "".join(pages_of("notice", data, fonts))
    assert "9June2026,1July2026and13October2026" in text
    zh = dataclasses.replace(notice(), sessions_missed=2,
                             missed_dates=(date(2026, 6, 9), date(2026, 10, 13)))
    assert "2026年6月9日、2026年10月13日" in "".join(pages_of("notice", zh, fonts))


@pytest.mark.skipif(shutil.which("pdftotext") is None,
                    reason="pdftotext (poppler-utils) is not installed")
def test_a_long_issuer_leaves_the_date_four_characters_in(fonts: FontSet) -> None:
    base = guardian()
    data = dataclasses.replace(
        base, center=dataclasses.replace(base.center, name="某某县家庭教育指导中心（演示）"),
        header=dataclasses.replace(base.header, issued_on=date(2026, 12, 5)))
    pdf = build_document("guardian", data, load_default_wording("guardian", "zh_CN"),
                         fonts=fonts)
    right_edge = LEFT_MARGIN + TEXT_WIDTH
    found = {w: (a, b) for page in bboxes(pdf) for a, b, w in page}
    assert abs(right_edge - 4 * 16 - found["2026年12月5日"][1]) < 3
    assert found["某某县家庭教育指导中心（演示）"][1] <= right_edge + 0.5


def bboxes(pdf: bytes) -> list[list[tuple[float, float, str]]]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "letter.pdf"
        path.write_bytes(pdf)
        html = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True,
                              text=True, check=True).stdout
    return [[(float(a), float(b), w) for a, b, w in re.findall(
        r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)"[^>]*>([^<]*)</word>', page)]
        for page in html.split("<page ")[1:]]
