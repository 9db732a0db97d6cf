"""End-to-end flows through the main window: on SQLite only (see tests/ui/conftest.py)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from familyedu.db import Database


@pytest.fixture
def db(new_database: Callable[[str], Database]) -> Database:
    """A counselor's flow does not change with the engine; the services' tests cover both."""
    return new_database("sqlite")
