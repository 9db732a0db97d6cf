"""Every row of every table, for before/after comparisons of a whole database."""

from __future__ import annotations

from typing import Any

from sqlalchemy import MetaData, inspect, select, text

from familyedu.db import Database

Rows = dict[str, dict[tuple[Any, ...], dict[str, Any]]]  # table -> primary key -> row


def dump(db: Database, *,
         skip: tuple[str, ...] = ("alembic_version", "familyedu_releases")) -> Rows:
    """All rows keyed by primary key; FTS5 shadow tables are left to their own checks, and
    the schema's bookkeeping (revision, the release that wrote it) to the upgrade tests."""
    meta = MetaData()
    with db.engine.connect() as conn:
        meta.reflect(conn)
        out: Rows = {}
        for table in meta.sorted_tables:
            if table.name in skip or table.name.startswith("cases_search"):
                continue
            key = [c.name for c in table.primary_key.columns] or [c.name for c in table.columns]
            out[table.name] = {
                tuple(row[k] for k in key): dict(row)
                for row in conn.execute(select(table)).mappings()
            }
        return out


def schema(db: Database) -> dict[str, list[str]]:
    """Tables and their columns, indexes included by name."""
    with db.engine.connect() as conn:
        insp = inspect(conn)
        return {t: sorted([c["name"] for c in insp.get_columns(t)]
                          + [f"index:{i['name']}" for i in insp.get_indexes(t)])
                for t in insp.get_table_names()}


def revision(db: Database) -> str | None:
    with db.engine.connect() as conn:
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
