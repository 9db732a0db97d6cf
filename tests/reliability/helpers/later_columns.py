"""Today's ORM writing into an older schema: the tables and columns later revisions add
are there while a test fills the old database, and gone again before it upgrades."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Boolean, Column, inspect, text

from familyedu.db import Database
from familyedu.models import Base


@contextmanager
def present(db: Database) -> Iterator[None]:
    """Within the block, every ORM column missing from an existing table is there (empty);
    afterwards it is dropped, so the migration that brings it still has its work to do."""
    added: list[tuple[str, str]] = []
    with db.engine.begin() as conn:
        existing = set(inspect(conn).get_table_names())
        # Tables of later revisions too (the key pairs every new account gets, say).
        missing = [t for t in Base.metadata.sorted_tables if t.name not in existing]
        Base.metadata.create_all(conn, tables=missing)
        for table in Base.metadata.sorted_tables:
            if table.name not in existing:
                continue
            have = {c["name"] for c in inspect(conn).get_columns(table.name)}
            for column in table.columns:
                if column.name not in have:
                    kind = column.type.compile(dialect=conn.dialect)
                    default = "" if column.nullable else f" DEFAULT {_empty(column)}"
                    conn.execute(text(f"ALTER TABLE {table.name} ADD COLUMN {column.name} "
                                      f"{kind}{default}"))
                    added.append((table.name, column.name))
    try:
        yield
    finally:
        with db.engine.begin() as conn:
            for table_name, name in reversed(added):
                conn.execute(text(f"ALTER TABLE {table_name} DROP COLUMN {name}"))
            Base.metadata.drop_all(conn, tables=missing)


def _empty(column: Column[object]) -> str:
    """The value old rows get: the column's own server default, else an empty one."""
    if isinstance(column.type, Boolean):
        return "true" if column.server_default is not None else "false"
    return "''"
