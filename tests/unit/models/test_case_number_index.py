"""Revision 0012: PostgreSQL's GIN index over the case number's year and the search text comes
(in place of 0002's trigram index) and goes with the migration; SQLite's schema is left as it
was."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from alembic import command
from sqlalchemy import text

from familyedu.db import Database, alembic_config
from tests.conftest import ENGINES


def _indexes(db: Database) -> set[str]:
    """The cases' indexes by name, from the catalog (reflection skips expression indexes)."""
    catalog = ("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'cases'"
               if db.is_sqlite else
               "SELECT indexname FROM pg_indexes WHERE tablename = 'cases'")
    with db.engine.connect() as conn:
        return set(conn.execute(text(catalog)).scalars())


def _migrate(db: Database, how: Callable[..., None], target: str) -> None:
    cfg = alembic_config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        how(cfg, target)


@pytest.mark.parametrize("engine", ENGINES)
def test_the_year_search_index_comes_and_goes_with_0012(
        engine: str, blank_database: Callable[[str], Database]) -> None:
    db = blank_database(engine)
    db.upgrade()
    at_head = _indexes(db)
    if engine == "postgresql":  # it replaces 0002's trigram index, and the downgrade back
        assert "ix_cases_year_search" in at_head
        assert "ix_cases_search_trgm" not in at_head
        before = at_head - {"ix_cases_year_search"} | {"ix_cases_search_trgm"}
    else:
        before = at_head
    _migrate(db, command.downgrade, "0011")
    assert db.current_revision() == "0011"
    assert _indexes(db) == before
    _migrate(db, command.upgrade, "0012")
    assert db.current_revision() == "0012"
    assert _indexes(db) == at_head
