"""Shared fixtures: a migrated database on SQLite and on PostgreSQL, users, factories."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt

import atexit
import shutil
import sys
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, create_engine, text, update
from sqlalchemy.engine import make_url

from familyedu.db import Database
from familyedu.models import Center, Gender, OrderType, RiskLevel, Role, User
from familyedu.security import crypto
from familyedu.services import ServiceContext, Services
from familyedu.services.admin.users import UserService, create_center_and_admin
from familyedu.services.casework.dto import CaseInput, GuardianInput, MinorInput
from familyedu.services.core.context import Actor
from tests.signing import CHEAP_KDF, PASSWORD, signed_actor

PG_ADMIN_URL = os.environ.get(
    "FAMILYEDU_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
)
NOW = datetime(2026, 11, 27, 10, 0)
# `familyedu-admin demo-data` as of the test world's day: demo dates never follow the calendar.
DEMO_DATA = ("demo-data", "--today", NOW.date().isoformat())
ENGINES = ["sqlite", "postgresql"]


_EXIT_STATUS: list[int] = []


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    _EXIT_STATUS[:] = [int(exitstatus)]


@atexit.register
def _end_without_freeing_qt() -> None:
    """PySide 6.12 may abort (bool_dealloc) while the interpreter frees Qt wrappers at exit,
    after every test has passed and been reported: end the process with pytest's own status
    instead of finalizing (atexit handlers run last-registered first, this one before Qt's)."""
    if _EXIT_STATUS:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(_EXIT_STATUS[0])


def fixed_clock() -> datetime:
    return NOW


# Production argon2 (64 MiB, 3 passes) costs ~0.3 s a password on this machine; the suite sets
# hundreds. Tests about the cost itself carry @pytest.mark.production_kdf.


@pytest.fixture(autouse=True)
def _cheap_password_hashing(request: pytest.FixtureRequest,
                            monkeypatch: pytest.MonkeyPatch) -> None:
    """Entry points (first start, sign-in, the command line) read the cost when they run."""
    if request.node.get_closest_marker("production_kdf") is None:
        monkeypatch.setattr(crypto, "DEFAULT_KDF", CHEAP_KDF)


@pytest.fixture(autouse=True)
def _no_background_call_outlives_its_test() -> Iterator[None]:
    """A call a test left in Qt's thread pool (the draft a shown letter dialog lays out, a
    dashboard read) ends with that test, as the app waits for it on quitting: still running,
    it counted in the next test's patched Canvas.save, on whichever test xdist ran next."""
    yield
    background = sys.modules.get("familyedu.ui.background")  # only tests that used Qt's pool
    if background is not None and not background.wait_for_background(60_000):
        pytest.fail("a background call was still running 60 s after its test ended")


@contextmanager
def in_chinese(app: Any) -> Iterator[None]:
    """The shipped zh_CN translation installed, as a Chinese user runs the program; removed
    afterwards, so no later test on the worker sees Chinese."""
    from familyedu.ui.i18n import Translators  # Qt only for the tests that use it

    translators = Translators()
    assert translators.install(app, "zh_CN") == "zh_CN"
    try:
        yield
    finally:
        for translator in translators.installed:
            app.removeTranslator(translator)
        app.setProperty("familyedu_language", "en")


def pg_admin() -> Engine:
    """An AUTOCOMMIT engine on the server's maintenance database, for CREATE/DROP DATABASE.

    A server that cannot be reached fails the test under CI (where PostgreSQL is required)
    and skips it elsewhere."""
    admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text("SELECT 1"))
    except Exception as exc:  # the server is missing
        admin.dispose()
        if os.environ.get("CI"):
            pytest.fail(f"PostgreSQL is required under CI and is not reachable: {exc}")
        pytest.skip(f"PostgreSQL not reachable: {exc}")
    return admin


def pg_url(name: str) -> str:
    """The URL of database `name` on the test server."""
    return make_url(PG_ADMIN_URL).set(database=name).render_as_string(hide_password=False)


def create_pg_database(prefix: str, template: str | None = None) -> str:
    """A new, uniquely named database (empty, or a copy of `template`); returns its name."""
    name = f"{prefix}_{uuid.uuid4().hex[:10]}"
    admin = pg_admin()
    try:
        with admin.connect() as conn:
            copy = f' TEMPLATE "{template}"' if template else ""
            conn.execute(text(f'CREATE DATABASE "{name}"{copy}'))
    finally:
        admin.dispose()
    return name


def drop_pg_database(name: str) -> None:
    admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    finally:
        admin.dispose()


class MadeDatabases:
    """The databases one test made: disposed of, and PostgreSQL ones dropped, at its end."""


    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.made: list[tuple[Database, str | None]] = []

    def sqlite(self, template: Path | None = None) -> Database:
        """A new SQLite file: empty, or a copy of `template`."""
        path = self.directory / f"{uuid.uuid4().hex[:8]}.sqlite3"
        if template is not None:
            shutil.copy(template, path)
        db = Database(f"sqlite:///{path}")
        self.made.append((db, None))
        return db

    def postgresql(self, prefix: str, template: str | None = None) -> Database:
        """A new PostgreSQL database: empty, or a copy of the database `template`."""
        name = create_pg_database(prefix, template)
        db = Database(pg_url(name))
        self.made.append((db, name))
        return db

    def close(self) -> None:
        for db, name in self.made:
            db.dispose()
            if name:
                drop_pg_database(name)
        self.made.clear()


@pytest.fixture(scope="session")
def pg_template() -> Iterator[str]:
    """A migrated PostgreSQL database that each test copies (CREATE DATABASE … TEMPLATE)."""
    name = create_pg_database("familyedu_tpl")
    db = Database(pg_url(name))
    db.upgrade()
    db.dispose()
    yield name
    drop_pg_database(name)


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("tpl") / "template.sqlite3"
    db = Database(f"sqlite:///{path}")
    db.upgrade()
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.dispose()
    return path


@pytest.fixture
def new_database(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[
        Callable[[str], Database]]:
    """Factory: a fresh migrated database of the given engine, dropped afterwards."""
    databases = MadeDatabases(tmp_path)

    def make(engine: str) -> Database:
        if engine == "sqlite":
            return databases.sqlite(template=request.getfixturevalue("sqlite_template"))
        return databases.postgresql("familyedu_test",
                                    template=request.getfixturevalue("pg_template"))

    yield make
    databases.close()


@pytest.fixture
def blank_database(tmp_path: Path) -> Iterator[Callable[[str], Database]]:
    """Factory: a database of the given engine with no tables at all (not migrated),
    dropped afterwards; for tests of the migrations themselves."""
    databases = MadeDatabases(tmp_path)

    def make(engine: str) -> Database:
        if engine == "sqlite":
            return databases.sqlite()
        return databases.postgresql("familyedu_blank")

    yield make
    databases.close()


@pytest.fixture(params=ENGINES)
def db(request: pytest.FixtureRequest, new_database: Callable[[str], Database]) -> Database:
    """A migrated, empty database; every data test runs once per engine."""
    return new_database(request.param)


@dataclass
class World:
    """A center with an admin, a supervisor and two counselors, on one database."""

    db: Database
    admin: Actor
    supervisor: Actor
    counselor: Actor
    other_counselor: Actor

    def services(self, actor: Actor) -> Services:
        return Services(ServiceContext(self.db, actor, fixed_clock, password_cost=CHEAP_KDF))

    @property
    def sup(self) -> Services:
        return self.services(self.supervisor)

    @property
    def mine(self) -> Services:
        return self.services(self.counselor)

    @property
    def theirs(self) -> Services:
        return self.services(self.other_counselor)


def give_contact_details(db: Database, center_id: int) -> None:
    """The center's phone and address: letters refuse to print without them."""
    with db.uow() as s:
        center = s.get(Center, center_id)
        assert center is not None
        center.phone, center.address = "0851-86120000", "贵州省某县城关镇人民路12号"


def passwords_chosen(db: Database) -> None:
    """Every account has picked its own password: an account an administrator made must
    change it before anything else (on every client), which is not what most tests are about."""
    with db.uow() as s:
        s.execute(update(User).values(must_change_password=False))


def build_world(db: Database) -> World:
    admin = create_center_and_admin(db, center_name="测试县家庭教育指导中心", username="admin",
                                    display_name="管理员", password=PASSWORD, now=fixed_clock,
                                    cost=CHEAP_KDF)
    users = UserService(ServiceContext(db, admin, fixed_clock, password_cost=CHEAP_KDF))
    ids = {
        name: users.create(username=name, display_name=shown, role=role, password=PASSWORD)
        for name, shown, role in [
            ("sup", "王督导", Role.SUPERVISOR),
            ("li", "李老师", Role.COUNSELOR),
            ("zhao", "赵老师", Role.COUNSELOR),
        ]
    }

    def actor(name: str, shown: str, role: Role) -> Actor:
        return signed_actor(db, Actor(ids[name], name, shown, role, admin.center_id))

    give_contact_details(db, admin.center_id)
    passwords_chosen(db)
    return World(db, admin, actor("sup", "王督导", Role.SUPERVISOR),
                 actor("li", "李老师", Role.COUNSELOR), actor("zhao", "赵老师", Role.COUNSELOR))


@pytest.fixture
def world(db: Database) -> World:
    return build_world(db)


def minor_input(**changes: object) -> MinorInput:
    base: dict[str, object] = {
        "name": "张小明", "gender": Gender.MALE, "date_of_birth": date(2014, 3, 7),
        "guardianship": "both_away", "living_with": "grandparents", "involvement": "none",
        "risk_level": RiskLevel.MEDIUM, "school": "城关第二小学", "grade": "六年级",
        "current_address": "贵州省某县城关镇幸福村3组",
    }
    base.update(changes)
    return MinorInput(**base)  # type: ignore[arg-type]


def guardian_inputs() -> list[GuardianInput]:
    return [
        GuardianInput(name="张建国", relation="father", phone="13812345678",
                      lives_with_minor=False, works_where="广东东莞", is_order_subject=True,
                      is_primary_contact=True),
        GuardianInput(name="刘桂英", relation="grandmother", phone="0851-86123456"),
    ]


def court_order(**changes: object) -> CaseInput:
    base: dict[str, object] = {
        "referral_source": "court", "opened_on": date(2026, 9, 1),
        "order_type": OrderType.GUIDANCE_ORDER, "referring_authority": "某县人民法院",
        "order_document_number": "(2026)黔0101民初123号", "order_hours_required": 20.0,
        "order_due_on": date(2027, 2, 28), "feedback_recipient": "某县人民法院少年庭",
        "feedback_interval_days": 30,
    }
    base.update(changes)
    return CaseInput(**base)  # type: ignore[arg-type]


def open_case(services: Services, **minor_changes: object) -> int:
    return services.cases.open_new(minor_input(**minor_changes), guardian_inputs(),
                                   court_order(), confirm_not_duplicate=True)
