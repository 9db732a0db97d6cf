"""Bulk import on PostgreSQL without a trigger call per row.

Migration 0004's row triggers keep the sessions-per-month tally and the short-term search
tokens exact for every ordinary write. For a million demo rows one call per row dominates the
import, so the demo switches those two triggers off inside its own transaction (the table
lock this takes is held by that transaction only) and brings both derived tables up to date
with one set-based statement each before switching them back on. SQLite's triggers are cheap
enough to leave alone.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import text
from sqlalchemy.orm import Session

TRIGGERS = (("guidance_sessions", "session_tally"), ("cases", "case_search_tokens"))


@contextmanager
def deferred_derived_tables(s: Session, center_id: int) -> Iterator[None]:
    if s.get_bind().dialect.name != "postgresql":
        yield
        return
    for table, trigger in TRIGGERS:
        s.execute(text(f"ALTER TABLE {table} DISABLE TRIGGER {trigger}"))
    yield
    s.flush()
    s.execute(text("DELETE FROM session_month_tally WHERE center_id = :c"), {"c": center_id})
    s.execute(text(
        "INSERT INTO session_month_tally (center_id, month, attended) "
        "SELECT c.center_id, to_char(g.held_at, 'YYYY-MM'), count(*) "
        "FROM guidance_sessions g JOIN cases c ON c.id = g.case_id "
        "WHERE c.center_id = :c AND g.attendance = 'attended' GROUP BY 1, 2"), {"c": center_id})
    s.execute(text(
        "INSERT INTO case_search_tokens (token, case_id) "
        "SELECT DISTINCT t, c.id FROM cases c, regexp_split_to_table(c.search_text, '[ -]+') t "
        "WHERE t <> '' AND c.center_id = :c AND NOT EXISTS "
        "(SELECT 1 FROM case_search_tokens k WHERE k.case_id = c.id)"), {"c": center_id})
    for table, trigger in TRIGGERS:
        s.execute(text(f"ALTER TABLE {table} ENABLE TRIGGER {trigger}"))
