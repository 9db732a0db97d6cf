"""What Alembic's comparison with the ORM leaves alone: the engine-specific search accelerators.

SQLite keeps FTS5 tables over `cases.search_text` (trigram, revision 0002; word prefixes,
revision 0004) plus their shadow tables; PostgreSQL a pg_trgm GIN index on it (0002), a
(token, case) table for word prefixes and an index with an INCLUDE column (0004), a GIN index
over the case number's year and the search text (0012, btree_gin + pg_trgm). None can be
expressed portably in the ORM metadata, so autogenerate must not propose to drop them.
The release record (revision 0006) is kept by familyedu.db, outside the ORM, too.
"""

from __future__ import annotations

SEARCH_TABLES = ("cases_search", "cases_prefix", "case_search_tokens")
# Written by familyedu.db alone (revision 0006), outside the ORM.
DB_TABLES = ("familyedu_releases",)
ENGINE_INDEXES = ("ix_cases_search_trgm", "ix_cases_center_number_id",
                  "ix_case_search_tokens_case", "ix_cases_year_search")


def include_name(name: str | None, type_: str, parent_names: object) -> bool:
    """Alembic `include_name` hook: skip the search tables, shadow tables and indexes."""
    if name is None:
        return True
    if type_ == "table":
        return name not in DB_TABLES and not any(
            name == t or name.startswith(f"{t}_") for t in SEARCH_TABLES)
    if type_ == "index":
        return name not in ENGINE_INDEXES
    return True
