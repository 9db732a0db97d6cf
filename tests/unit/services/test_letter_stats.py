"""The center's statistics letter as issued: small counts suppressed, sealed cases left out."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from familyedu.models import LetterKind
from familyedu.reports import default_wording_text
from familyedu.services import Services
from familyedu.services.casework.dto import GuardianInput
from tests.conftest import World, court_order, minor_input
from tests.unit.services.test_letters import log, pdf_text

YEAR = (date(2026, 1, 1), date(2026, 12, 31))
GIVEN_NAMES = "甲乙丙丁戊己庚辛壬癸"
NEGLECT = "监护人不履行职责/监护不当"
NOTE_ZH = "注：本统计中“<5”表示数量为1至4"


def open_cases(services: Services, guardianship: str, count: int, start: int) -> list[int]:
    """`count` cases of different children in one guardianship situation."""
    return [services.cases.open_new(
        minor_input(name=f"王小{GIVEN_NAMES[n]}", date_of_birth=date(2013, 1, 1 + n),
                    guardianship=guardianship),
        [GuardianInput(name=f"王{GIVEN_NAMES[n]}", relation="father")],
        court_order(opened_on=date(2026, 9, 1)), confirm_not_duplicate=True)
        for n in range(start, start + count)]


@pytest.fixture
def county(world: World) -> dict[str, list[int]]:
    """Six children left behind and two whose guardians neglect them."""
    return {"both_away": open_cases(world.mine, "both_away", 6, 0),
            "neglect": open_cases(world.mine, "neglect", 2, 6)}


def test_a_category_of_two_children_prints_as_fewer_than_five(
        world: World, county: dict[str, list[int]]) -> None:
    text = pdf_text(world.sup.statistics.statistics(*YEAR, "zh_CN").pdf)
    # 2 children: "<5"; the 6 beside them hidden too, else 8 − 6 gives the 2 back.
    assert f"{NEGLECT}<5—" in text
    assert "父母双方外出务工/留守≥5—" in text
    assert "合计8100%" in text  # the total stays exact
    assert "期末在办8件" in text
    assert f"{NEGLECT}2" not in text
    assert NOTE_ZH in text
    # One situation of all eight children (involvement "none", referred by the court).
    assert "无（仅监护缺失）8100%" in text
    assert "人民法院8100%" in text

    english = pdf_text(world.sup.statistics.statistics(*YEAR, "en").pdf)
    assert "Guardianneglectsorfailsduties<5—" in english
    assert "Note:“<5”standsforanumberfrom1to4" in english
    assert "Total8100%" in english


def test_sealed_cases_are_counted_nowhere(world: World, county: dict[str, list[int]]) -> None:
    left_behind, neglected = county["both_away"], county["neglect"]
    log(world.mine, left_behind[0], datetime(2026, 10, 9, 14), minutes=60)
    log(world.mine, neglected[0], datetime(2026, 10, 12, 14), minutes=90)
    log(world.mine, neglected[0], datetime(2026, 10, 19, 14), attended=False)
    before = pdf_text(world.sup.statistics.statistics(*YEAR, "zh_CN").pdf)
    assert "共开展指导2次" in before
    assert "未按约参加1次" in before

    sealed_minor = world.sup.cases.get(neglected[0]).minor.id
    world.sup.minors.set_sealed(sealed_minor, True, "依法封存")
    text = pdf_text(world.sup.statistics.statistics(*YEAR, "zh_CN").pdf)
    for expected in ("本期新受理案件7件", "期末在办7件", "合计7100%", "共开展指导1次",
                     "累计1小时", "未按约参加0次",
                     "（数量较少，不分类列示）1100%合计1100%"):  # modes: one session
        assert expected in text, expected
    assert "合计8" not in text


def test_a_center_wording_saved_before_the_note_existed_still_explains_the_marks(
        world: World, county: dict[str, list[int]]) -> None:
    added = ("suppression_note", "withheld_label", "orders_text_partial", "orders_text_total")
    own = "\n".join(line for line in default_wording_text("statistics", "zh_CN").splitlines()
                    if not line.startswith(added)).replace("监护状况分布", "监护情况")
    world.sup.wording.save_wording(LetterKind.STATISTICS, "zh_CN", own)
    issued = world.sup.statistics.statistics(*YEAR, "zh_CN")
    text = pdf_text(issued.pdf)
    assert "二、监护情况" in text
    assert f"{NEGLECT}<5—" in text
    assert NOTE_ZH in text
    assert world.sup.letters.reprint(issued.reference) == issued.pdf


def test_a_single_small_category_is_not_broken_down(world: World) -> None:
    open_cases(world.mine, "neglect", 3, 0)
    text = pdf_text(world.sup.statistics.statistics(*YEAR, "zh_CN").pdf)
    assert "（数量较少，不分类列示）3100%合计3100%" in text
    assert NEGLECT not in text
    assert "<5" not in text
    assert NOTE_ZH not in text
