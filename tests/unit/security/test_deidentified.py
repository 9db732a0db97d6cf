"""De-identified means k >= 5 (issue 12): the export that a demo center's 30 varied children
made re-identifiable (most rows unique on gender, age band and opening month) no longer has a
combination of quasi-identifiers shared by fewer than 5 rows, and sealed children are absent."""

from __future__ import annotations

import csv
import io
from collections import Counter
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from familyedu import demo
from familyedu.models import Minor
from familyedu.services.admin.export import K_ANONYMITY, QUASI_IDENTIFIERS, ExportService
from tests.conftest import World

NOW = datetime(2026, 11, 27, 10, 0)


@pytest.mark.parametrize("db", ["sqlite"], indirect=True)
def test_every_quasi_identifier_combination_occurs_at_least_five_times(
        world: World, tmp_path: Path) -> None:
    demo.fill(world.db, world.admin, minors=40, seed=3, today=NOW.date(), now=NOW)
    with world.db.read() as s:
        sealed = s.scalar(select(func.count(Minor.id)).where(Minor.sealed.is_(True)))
        total = s.scalar(select(func.count(Minor.id)))
    sup = world.sup
    result = ExportService(sup.ctx).cases(tmp_path / "anon.csv", deidentified=True,
                                          language="en")
    rows = list(csv.reader(io.StringIO(result.path.read_bytes().decode("utf-8-sig"))))[1:]
    assert rows, "something is exported"
    combos = Counter(tuple(r[i] for i in QUASI_IDENTIFIERS) for r in rows)
    assert min(combos.values()) >= K_ANONYMITY
    # Unchanged, the same rows were mostly unique on gender, age band and month alone.
    assert result.omitted_sealed == sealed
    assert result.rows + result.suppressed + result.omitted_sealed == total
    assert result.suppressed <= 0.1 * (total - sealed)
