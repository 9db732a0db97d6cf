"""Bulk writing for the demo import: ids handed out in Python, rows inserted in batches."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import Table, func, select, text
from sqlalchemy.orm import Session

from familyedu.models import Base

# Parents before children, so each batch satisfies the foreign keys as it goes in.
TABLE_ORDER = ("users", "minors", "guardians", "consents", "cases", "guidance_plans", "goals",
               "guidance_sessions", "session_guardians", "session_goal_ratings",
               "mandatory_reports", "letters")
BATCH = 5000
# PostgreSQL ids come from each table's sequence, fetched this many at a time.
PG_ID_BLOCK = 5000


class Ids:
    """Next primary key per table, without a round trip per row.

    SQLite: max(id) + 1 onwards — safe because the import holds the write lock (BEGIN
    IMMEDIATE) for its whole transaction. PostgreSQL: values drawn from the table's own
    sequence, so desks inserting at the same time never collide and the sequence stays ahead.
    """

    def __init__(self, s: Session) -> None:
        self._s = s
        self._pg = s.get_bind().dialect.name == "postgresql"
        self._next: dict[str, int] = {}
        self._pool: dict[str, list[int]] = defaultdict(list)

    def __call__(self, table: str) -> int:
        if self._pg:
            pool = self._pool[table]
            if not pool:
                pool.extend(reversed(self._s.scalars(
                    text("SELECT nextval(pg_get_serial_sequence(:t, 'id')) "
                         "FROM generate_series(1, :n)"),
                    {"t": table, "n": PG_ID_BLOCK}).all()))
            return pool.pop()
        if table not in self._next:
            table_obj = Base.metadata.tables[table]
            current = self._s.scalar(select(func.max(table_obj.c.id)))
            self._next[table] = (current or 0) + 1
        value = self._next[table]
        self._next[table] = value + 1
        return value


class BulkWriter:
    """Buffers rows per table and writes them in batches, parents first.

    The rows go to the driver directly — executemany on SQLite, COPY on PostgreSQL — after
    the columns' own SQLAlchemy bind processors (dates, enums, booleans), so the stored
    values are exactly what the ORM would have written, at a fraction of the cost.
    """

    def __init__(self, s: Session) -> None:
        self._s = s
        self._rows: dict[str, list[dict[str, Any]]] = defaultdict(list)
        self.counts: dict[str, int] = defaultdict(int)

    def emit(self, table: str, row: dict[str, Any]) -> None:
        self._rows[table].append(row)

    def flush(self) -> None:
        for name in TABLE_ORDER:
            rows = self._rows.pop(name, None)
            if rows:
                self._write(Base.metadata.tables[name], rows)
                self.counts[name] += len(rows)
        if self._rows:
            raise ValueError(f"no insert order for {sorted(self._rows)}")

    def _write(self, table: Table, rows: list[dict[str, Any]]) -> None:
        conn = self._s.connection()
        dialect = conn.dialect
        columns = [c for c in table.columns if c.name in rows[0]]
        processors = [c.type.dialect_impl(dialect).bind_processor(dialect) for c in columns]
        names = [c.name for c in columns]
        plain = [(i, name) for i, (name, p) in enumerate(zip(names, processors, strict=True))
                 if p is None]
        converted = [(i, name, p) for i, (name, p) in enumerate(
            zip(names, processors, strict=True)) if p is not None]
        width = len(names)

        def values(row: dict[str, Any]) -> list[Any]:
            out: list[Any] = [None] * width
            for i, name in plain:
                out[i] = row[name]
            for i, name, proc in converted:
                value = row[name]
                out[i] = None if value is None else proc(value)
            return out

        quote = dialect.identifier_preparer.quote
        column_list = ", ".join(quote(n) for n in names)
        raw = conn.connection.dbapi_connection
        assert raw is not None
        cursor = raw.cursor()
        try:
            if dialect.name == "postgresql":
                with cursor.copy(f"COPY {quote(table.name)} ({column_list}) FROM STDIN") as copy:
                    for row in rows:
                        copy.write_row(values(row))
            else:
                sql = (f"INSERT INTO {quote(table.name)} ({column_list}) "
                       f"VALUES ({', '.join('?' * width)})")
                for start in range(0, len(rows), BATCH):
                    cursor.executemany(sql, [values(r) for r in rows[start:start + BATCH]])
        finally:
            cursor.close()
