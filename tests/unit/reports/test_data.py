"""Document inputs survive a JSON round trip, as the letter register stores them."""

from __future__ import annotations

import dataclasses
import json
from datetime import date

import pytest

from familyedu.reports import (
    KINDS,
    GoalLine,
    GuardianLetterData,
    LetterHeader,
    NoticeData,
    SharedSummary,
    data_from_dict,
)
from familyedu.reports.samples import sample_data


@pytest.mark.parametrize("language", ["zh_CN", "en"])
@pytest.mark.parametrize("kind", KINDS)
def test_round_trip_through_json(kind: str, language: str) -> None:
    data = sample_data(kind, language)
    if kind == "guardian":
        data = dataclasses.replace(data, center=dataclasses.replace(data.center, logo=b"\x89PNG"))
    restored = data_from_dict(kind, json.loads(json.dumps(data.to_dict(), ensure_ascii=False)))
    assert restored == data


def test_snapshot_uses_plain_json_values() -> None:
    snap = sample_data("guardian").to_dict()
    assert snap["header"]["issued_on"] == "2026-11-27"
    assert snap["guardian_names"] == ["张建国", "李梅"]
    assert snap["next_appointment"]["on"] == "2026-12-04"


def test_unknown_and_mistyped_fields_are_refused() -> None:
    snap = sample_data("notice").to_dict()
    with pytest.raises(ValueError, match="unknown"):
        NoticeData.from_dict({**snap, "private_notes": "x"})
    with pytest.raises(ValueError, match="sessions_missed"):
        NoticeData.from_dict({**snap, "sessions_missed": "2"})


def test_values_are_checked() -> None:
    with pytest.raises(ValueError, match="progress"):
        GoalLine("就学", "按时到校", 5)
    with pytest.raises(ValueError, match="language"):
        LetterHeader("1", date(2026, 1, 1), "fr")
    with pytest.raises(ValueError, match="stage"):
        dataclasses.replace(sample_data("notice"), stage="final")


def test_inputs_have_no_place_for_private_notes() -> None:
    for cls in (GuardianLetterData, SharedSummary):
        names = {f.name for f in dataclasses.fields(cls)}
        assert not any("note" in n or "private" in n for n in names), names
