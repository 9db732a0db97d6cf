"""familyedu-admin import / import-undo, in-process with env credentials (#17)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import load_workbook

from familyedu.cli import main
from familyedu.db import Database
from familyedu.services import ServiceContext, Services
from familyedu.services.casework.dto import CaseQuery
from familyedu.startup import SignedIn
from tests.conftest import PASSWORD, build_world, fixed_clock
from tests.unit.services.test_importing import GOOD, register


@pytest.fixture(autouse=True)
def _environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("FAMILYEDU_DATABASE_URL", "FAMILYEDU_ENCRYPTION"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("FAMILYEDU_USER", "sup")
    monkeypatch.setenv("FAMILYEDU_PASSWORD", PASSWORD)
    monkeypatch.setattr(SignedIn, "services",
                        lambda self: Services(ServiceContext(self.db, self.actor, fixed_clock)))


def test_import_dry_run_import_reimport_undo(db: Database, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    if db.is_sqlite:
        monkeypatch.setenv("FAMILYEDU_ENCRYPTION", "off")  # a plain file, for tests only
    world = build_world(db)
    url = db.url.render_as_string(hide_password=False)
    bad = [9, "错行", "男", "明天", None, "", "", "", "", "", "", "", "", "", "2026-09-01", ""]
    path = register(tmp_path / "register.xlsx", [*GOOD, bad])
    report = tmp_path / "report.csv"

    assert main(["--db", url, "import", str(path), "--dry-run", "--report", str(report),
                 "--counselor", "li"]) == 0
    out = capsys.readouterr().out
    assert "2 new, 0 duplicates, 1 errors (dry run: nothing was written)" in out
    assert "台账 row 6: 出生日期: Not a date" in out
    assert report.read_text(encoding="utf-8-sig").count("\n") == 4
    assert world.mine.cases.page(CaseQuery()).total == 0

    assert main(["--db", url, "import", str(path), "--counselor", "li"]) == 0
    out = capsys.readouterr().out
    assert "2 new, 0 duplicates, 1 errors" in out
    import_id = int(out.split("(import ")[1].split(";")[0])
    assert world.mine.cases.page(CaseQuery()).total == 2  # li holds them

    assert main(["--db", url, "import", str(path)]) == 0
    assert "0 new, 2 duplicates, 1 errors" in capsys.readouterr().out

    assert main(["--db", url, "import-undo", str(import_id)]) == 0
    captured = capsys.readouterr()
    assert "2 cases removed" in captured.out, captured.err
    assert world.mine.cases.page(CaseQuery()).total == 0

    nothing = tmp_path / "notes.csv"
    nothing.write_text("just,some\nwords,here\n", encoding="utf-8")
    assert main(["--db", url, "import", str(nothing)]) == 2
    err = capsys.readouterr().err
    assert "no header row with known columns" in err
    assert "Traceback" not in err
    assert main(["--db", url, "import", str(path), "--counselor", "nobody"]) == 2
    assert "--counselor: no active counselor" in capsys.readouterr().err


def test_sessions_sheet_mapped_from_map_json(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                             capsys: pytest.CaptureFixture[str],
                                             new_database: Callable[[str], Database]) -> None:
    """A past-sessions sheet with an unknown date header is named with what to do; its
    "session_columns" in MAP.json bring its sessions in (#17)."""
    monkeypatch.setenv("FAMILYEDU_ENCRYPTION", "off")
    db = new_database("sqlite")
    build_world(db)
    url = db.url.render_as_string(hide_password=False)
    path = register(tmp_path / "register.xlsx", GOOD,
                    sessions=[["旧-001", "2026-09-10", 90, "出席", "家访"]])
    book = load_workbook(path)
    book["指导记录"].cell(1, 2, "辅导那天")
    book.save(path)
    assert main(["--db", url, "import", str(path), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "sheet 指导记录: past sessions not read" in out
    assert '"session_columns" in MAP.json' in out
    mapping = tmp_path / "MAP.json"
    mapping.write_text('{"columns": {}, "session_columns": {"辅导那天": "held_at"}}',
                       encoding="utf-8")
    assert main(["--db", url, "import", str(path), "--mapping", str(mapping)]) == 0
    out = capsys.readouterr().out
    assert "2 new, 0 duplicates, 0 errors, 1 past sessions" in out
    assert "past sessions not read" not in out
