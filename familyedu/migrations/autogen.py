"""What Alembic's comparison with the ORM leaves alone: the engine-specific search accelerators.

SQLite keeps an FTS5 trigram table over `cases.search_text` (plus its shadow tables) and
PostgreSQL a pg_trgm GIN index on it (revision 0002). Neither can be expressed portably in the
ORM metadata, so autogenerate must not propose to drop them.
"""

from __future__ import annotations

SEARCH_TABLE = "cases_search"
SEARCH_INDEX = "ix_cases_search_trgm"


def include_name(name: str | None, type_: str, parent_names: object) -> bool:
    """Alembic `include_name` hook: skip the search table, its shadow tables and the index."""
    if name is None:
        return True
    if type_ == "table":
        return name != SEARCH_TABLE and not name.startswith(f"{SEARCH_TABLE}_")
    if type_ == "index":
        return name != SEARCH_INDEX
    return True
