"""Fixtures of the reliability tests: a fork server for the desks, unmigrated databases."""

from __future__ import annotations

import multiprocessing
import os
import uuid
from collections.abc import Callable, Iterator
from multiprocessing.context import ForkServerContext
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from familyedu.db import Database
from tests.conftest import PG_ADMIN_URL
from tests.reliability.helpers.figures import FIGURES


@pytest.fixture(scope="session")
def forkserver() -> ForkServerContext:
    """Children forked from a server that imported familyedu once: a fresh interpreter
    would spend a second importing before its first write."""
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(["tests.reliability.helpers.crash_writer",
                                "tests.reliability.helpers.desks"])
    return ctx


@pytest.fixture
def blank_database(tmp_path: Path) -> Iterator[Callable[[str], Database]]:
    """Factory: a database of the given engine with no tables at all (not migrated)."""
    made: list[tuple[Database, str | None]] = []

    def make(engine: str) -> Database:
        if engine == "sqlite":
            db = Database(f"sqlite:///{tmp_path / f'{uuid.uuid4().hex[:8]}.sqlite3'}")
            made.append((db, None))
            return db
        name = f"familyedu_rel_{uuid.uuid4().hex[:10]}"
        admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
        try:
            with admin.connect() as conn:
                conn.execute(text(f'CREATE DATABASE "{name}"'))
        except Exception as exc:  # the server is missing
            if os.environ.get("CI"):
                pytest.fail(f"PostgreSQL is required under CI and is not reachable: {exc}")
            pytest.skip(f"PostgreSQL not reachable: {exc}")
        finally:
            admin.dispose()
        db = Database(make_url(PG_ADMIN_URL).set(database=name)
                      .render_as_string(hide_password=False))
        made.append((db, name))
        return db

    yield make
    for db, name in made:
        db.dispose()
        if name:
            admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            admin.dispose()


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """The figures of issue #6's closing note, when reliability tests ran."""
    if FIGURES:
        terminalreporter.section("reliability figures")
        for name in sorted(FIGURES):
            terminalreporter.write_line(f"{name}: {FIGURES[name]}")
