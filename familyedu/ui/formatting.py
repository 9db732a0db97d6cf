"""Dates, times and numbers written the way the interface language writes them."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication

from familyedu.ui.labels import ui_language

_EN_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
              "Dec")


def long_date(day: date | None) -> str:
    """2026年11月27日 / 27 Nov 2026 (empty for no date)."""
    if day is None:
        return ""
    if ui_language().startswith("zh"):
        return f"{day.year}年{day.month}月{day.day}日"
    return f"{day.day} {_EN_MONTHS[day.month - 1]} {day.year}"


def short_date(day: date | None) -> str:
    """2026-11-27 in tables, where columns must line up and sort by eye."""
    return day.isoformat() if day else ""


def date_time(moment: datetime | None) -> str:
    if moment is None:
        return ""
    return f"{long_date(moment.date())} {moment:%H:%M}"


def hours(value: float | None) -> str:
    if value is None:
        return ""
    return f"{value:.1f}".rstrip("0").rstrip(".")


def hours_progress(done: float, required: float | None, sessions_done: int,
                   sessions_required: int | None) -> str:
    """'7.5 / 20 h' or '3 / 10' sessions, or just the hours done when there is no order."""
    if required:
        return QCoreApplication.translate("Formatting", "{done} / {required} h").format(
            done=hours(done), required=hours(required))
    if sessions_required:
        return f"{sessions_done} / {sessions_required}"
    return QCoreApplication.translate("Formatting", "{done} h").format(done=hours(done))
