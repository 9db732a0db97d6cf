"""`familyedu-admin check-db`: the file's integrity, the schema's revision, the row counts and
the audit trail, compared with the backups that recorded its head."""

from __future__ import annotations

from sqlalchemy import func, select, text

from familyedu.db import Database
from familyedu.models import Case, GuidanceSession, Minor, User
from familyedu.services.admin.backup import chain_against_backups
from familyedu.services.admin.dto import DatabaseCheck
from familyedu.services.core.audit import verify_chain


def check_database(db: Database) -> DatabaseCheck:
    """Every problem found, in words; reads only (the backups' heads included)."""
    problems: list[str] = []
    with db.read() as s:
        if db.is_sqlite:
            result = s.execute(text("PRAGMA integrity_check")).scalar()
            if result != "ok":
                problems.append(f"integrity: {result}")
            broken = s.execute(text("PRAGMA foreign_key_check")).all()
            if broken:
                problems.append(f"foreign keys: {len(broken)} broken references")
        rows = {name: int(s.scalar(select(func.count(column))) or 0) for name, column in (
            ("users", User.id), ("minors", Minor.id), ("cases", Case.id),
            ("sessions", GuidanceSession.id))}
        chain = verify_chain(s)
        if not chain.ok:
            problems.append(f"audit trail broken at entry {chain.first_broken_id} "
                            f"({chain.problem})")
    # The chain cannot see its newest entries deleted; the backups' recorded heads can.
    problems.extend(finding.describe() for finding in chain_against_backups(db)
                    if finding.problem in ("missing", "rewritten"))
    revision, head = db.current_revision(), db.head_revision()
    if revision != head:
        problems.append("schema is not at the code's head revision")
    return DatabaseCheck(db.dialect, revision, head, rows, chain.entries, problems)
