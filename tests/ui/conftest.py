"""UI fixtures: an English interface, settings and logs kept inside the test's folder."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QSize
from PySide6.QtWidgets import QApplication

from familyedu.db import Database
from familyedu.models import ClosureOutcome, Gender, OrderType, RiskLevel
from familyedu.services.casework.dto import CaseInput, GuardianInput
from familyedu.ui import screen_fit
from familyedu.ui.events import AppEvents
from tests.conftest import World, court_order, minor_input, open_case

# The offscreen platform says this whenever a top-level window is shown; it is not our bug.
OFFSCREEN_NOISE = "This plugin does not support propagateSizeHints"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


@pytest.fixture(autouse=True)
def ui_sandbox(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
               qapp: QApplication) -> Iterator[None]:
    """Each UI test writes its settings and logs under tmp_path and sees English labels."""
    monkeypatch.setenv("FAMILYEDU_DATA_DIR", str(tmp_path / "data"))
    settings_dir = tmp_path / "settings"
    settings_dir.mkdir()
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(settings_dir))
    previous = qapp.property("familyedu_language")
    qapp.setProperty("familyedu_language", "en")
    yield
    qapp.setProperty("familyedu_language", previous)


@pytest.fixture
def office_screen() -> Iterator[None]:
    """A 1366×768 screen, the commonest in county offices, whatever the test machine has."""
    screen_fit.set_screen_size(QSize(1366, 768))
    try:
        yield
    finally:
        screen_fit.set_screen_size(None)


@pytest.fixture
def events() -> AppEvents:
    return AppEvents()


@pytest.fixture
def db(new_database: Callable[[str], Database]) -> Database:
    """Screens are the same on every engine: UI tests run on SQLite only (the services'
    tests cover PostgreSQL); a test about an engine asks `new_database` for it."""
    return new_database("sqlite")




@dataclass
class CaseWorld:
    """The `world` with four cases: three open (one overdue), one closed."""

    world: World
    ids: dict[str, int]


def fill_cases(world: World) -> dict[str, int]:
    """张小明 (li, medium risk, court order, overdue), 李华 (li, high risk, voluntary),
    王芳 (zhao, low risk, supervision order), 陈晨 (li, closed)."""
    ids = {"zhang": open_case(world.mine)}
    ids["li"] = world.mine.cases.open_new(
        minor_input(name="李华", date_of_birth=date(2012, 5, 1),
                    guardianship="divorced_absent", risk_level=RiskLevel.HIGH),
        [GuardianInput(name="李强", relation="father", phone="13900000001")],
        CaseInput(referral_source="school", opened_on=date(2026, 11, 20)),
        confirm_not_duplicate=True)
    ids["wang"] = world.theirs.cases.open_new(
        minor_input(name="王芳", gender=Gender.FEMALE, date_of_birth=date(2015, 1, 2),
                    risk_level=RiskLevel.LOW),
        [GuardianInput(name="王大军", relation="father", phone="13900000002")],
        court_order(order_type=OrderType.SUPERVISION_ORDER, referral_source="procuratorate",
                    opened_on=date(2026, 11, 1), session_interval_days=60,
                    order_due_on=date(2027, 6, 30)),
        confirm_not_duplicate=True)
    ids["chen"] = world.mine.cases.open_new(
        minor_input(name="陈晨", date_of_birth=date(2011, 8, 8), guardianship="neglect"),
        [GuardianInput(name="陈刚", relation="father", phone="13900000003")],
        CaseInput(referral_source="school",
                  opened_on=date(2026, 3, 1)),
        confirm_not_duplicate=True)
    chen = world.mine.cases.get(ids["chen"])
    world.mine.cases.close(ids["chen"], chen.version, outcome=ClosureOutcome.GOALS_ACHIEVED,
                           closed_on=date(2026, 10, 1))
    return ids


@pytest.fixture
def case_world(world: World) -> CaseWorld:
    return CaseWorld(world, fill_cases(world))
