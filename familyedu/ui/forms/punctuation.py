"""Punctuation that joins two pieces of text, written the way the interface language writes it.

Chinese sets a label's colon, an aside's parentheses and a list's separator full-width with no
space (黄颖（祖母）, 学业与出勤：完成作业, 黄颖、戴勇); English uses ASCII with a space
(Huang Ying (Grandmother), Schooling: homework, Huang Ying, Dai Yong). The pieces themselves
may be in either script (names, free text), so the interface language decides, not the text.
"""

from __future__ import annotations

from collections.abc import Iterable

from familyedu.ui.labels import ui_language


def _chinese() -> bool:
    return ui_language().startswith("zh")


def labelled(label: str, text: str) -> str:
    """'学业与出勤：完成作业' / 'Schooling and attendance: homework'."""
    return f"{label}：{text}" if _chinese() else f"{label}: {text}"


def aside(text: str, note: str) -> str:
    """'黄颖（祖母）' / 'Huang Ying (Grandmother)'; just the text when there is no note."""
    if not note:
        return text
    return f"{text}（{note}）" if _chinese() else f"{text} ({note})"


def listing(items: Iterable[str]) -> str:
    """'黄颖、戴勇' / 'Huang Ying, Dai Yong' (empty items left out)."""
    return ("、" if _chinese() else ", ").join(item for item in items if item)


def one_line(lines: Iterable[str]) -> str:
    """Several statements on one line: '地址：— → 贵阳；电话：— → 0851' / 'Address: … ; …'."""
    return ("；" if _chinese() else "; ").join(line for line in lines if line)
