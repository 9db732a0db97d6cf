"""The statistics document prints suppressed counts as marks, and old snapshots as they were."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from familyedu.reports import CountLine, FontSet, StatisticsData, build_document
from familyedu.reports.samples import statistics
from familyedu.reports.small_counts import suppress_small_counts
from familyedu.reports.templates import load_default_wording

ReadText = Callable[[bytes], str]


def text_of(data: StatisticsData, fonts: FontSet, read_text: ReadText) -> str:
    wording = load_default_wording("statistics", data.header.language)
    return read_text(build_document("statistics", data, wording, fonts=fonts))


def test_small_order_counts_hide_the_on_time_rate(fonts: FontSet, read_text: ReadText) -> None:
    text = text_of(statistics(), fonts, read_text)  # 29 on time, 4 late, 3 open
    assert "共36件，其中按期完成≥5件，逾期完成<5件，尚未完成<5件。" in text
    assert "按期完成的占" not in text  # 29 / 33 would give the 4 back
    assert "注：本统计中“<5”表示数量为1至4" in text
    english = text_of(statistics("en"), fonts, read_text)
    assert "36ordersfelldue:≥5completedontime,<5late,<5notcompleted." in english
    assert "wereontime" not in english


def test_orders_too_few_to_protect_are_not_broken_down(fonts: FontSet,
                                                       read_text: ReadText) -> None:
    data = dataclasses.replace(statistics(), orders_due=1, orders_on_time=1, orders_late=0,
                               orders_open=0,
                               orders_suppressed=suppress_small_counts([1, 0, 0]).states)
    text = text_of(data, fonts, read_text)
    assert "共1件，因数量较少，不分列履行情况。" in text
    assert "按期完成" not in text


def test_shares_beside_hidden_counts_are_hidden(fonts: FontSet, read_text: ReadText) -> None:
    counts = [27, 3, 39, 33]
    states = suppress_small_counts(counts).states
    lines = tuple(CountLine(label, n, state)
                  for label, n, state in zip("甲乙丙丁", counts, states, strict=True))
    text = text_of(dataclasses.replace(statistics(), by_involvement=lines), fonts, read_text)
    # Printed shares are each rounded on their own: none depends on a hidden count.
    assert "甲≥5—乙<5—丙3938%丁3332%合计102100%" in text


def test_a_snapshot_from_before_suppression_prints_its_figures(fonts: FontSet,
                                                              read_text: ReadText) -> None:
    stored = statistics().to_dict()
    del stored["orders_suppressed"]
    for line in stored["by_situation"]:
        del line["suppressed"]
    old = StatisticsData.from_dict(stored)
    assert old.orders_suppressed == ()
    text = text_of(old, fonts, read_text)
    assert "其中按期完成29件，逾期完成4件，尚未完成3件；已完成的指导令中，按期完成的占88%" in text
    assert "注：" not in text
