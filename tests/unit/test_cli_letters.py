"""familyedu-admin letter, letters-batch, reprint and stats, in-process with env credentials."""

from __future__ import annotations

import io
import re
from datetime import datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select, update

from familyedu.cli import main
from familyedu.db import Database
from familyedu.models import Attendance, Center, SessionMode, User
from familyedu.services import ServiceContext
from familyedu.services.casework.dto import SessionInput
from familyedu.startup import SignedIn
from tests.conftest import DEMO_DATA, PASSWORD, build_world, fixed_clock, open_case

RARE = "\U00030000"


@pytest.fixture(autouse=True)
def _environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("FAMILYEDU_USER", "FAMILYEDU_PASSWORD", "FAMILYEDU_DATABASE_URL",
                 "FAMILYEDU_ENCRYPTION"):
        monkeypatch.delenv(name, raising=False)
    # The command line's letters are dated like the rest of the test world: 27 November 2026.
    monkeypatch.setattr(SignedIn, "context",
                        lambda self: ServiceContext(self.db, self.actor, fixed_clock))


def login(monkeypatch: pytest.MonkeyPatch, user: str, password: str = PASSWORD) -> None:
    monkeypatch.setenv("FAMILYEDU_USER", user)
    monkeypatch.setenv("FAMILYEDU_PASSWORD", password)


def text_of(path: Path) -> str:
    return "".join("".join(p.extract_text().split())
                   for p in PdfReader(io.BytesIO(path.read_bytes())).pages)


@pytest.fixture
def center(db: Database, monkeypatch: pytest.MonkeyPatch) -> str:
    """The test world with two cases of li's with October sessions; returns the URL."""
    if db.is_sqlite:
        monkeypatch.setenv("FAMILYEDU_ENCRYPTION", "off")  # a plain file, for tests only
    world = build_world(db)
    for name, day in (("张小明", 9), (f"李{RARE}", 16)):
        case_id = open_case(world.mine, name=name)
        world.mine.sessions.log(case_id, SessionInput(
            held_at=datetime(2026, 10, day, 14), duration_minutes=60, mode=SessionMode.PHONE,
            attendance=Attendance.ATTENDED, private_notes="绝密笔记XYZ",
            shared_summary="可以分享的总结"))
    with db.uow() as s:  # they chose their own passwords (a reset one blocks the CLI)
        s.execute(update(User).values(must_change_password=False))
    return db.url.render_as_string(hide_password=False)


def test_letter_then_reprint_then_statistics(center: str, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    login(monkeypatch, "li")
    out = tmp_path / "letters" / "zhang.pdf"
    assert main(["--db", center, "letter", "2026-0001", "--kind", "guardian", "--out", str(out),
                 "--period", "2026-10"]) == 0
    assert capsys.readouterr().out.strip() == f"issued 家指〔2026〕1号 -> {out}"
    text = text_of(out)
    for expected in ("家指〔2026〕1号", "张小明", "2026年10月1日至2026年10月31日", "累计1小时",
                     "可以分享的总结"):
        assert expected in text
    assert "绝密笔记XYZ" not in text

    english = tmp_path / "en.pdf"
    assert main(["--db", center, "letter", "2026-0001", "--kind", "authority", "--lang", "en",
                 "--out", str(english), "--assessment", "Cooperative."]) == 0
    assert "Cooperative." in text_of(english)
    capsys.readouterr()

    again = tmp_path / "again.pdf"
    assert main(["--db", center, "reprint", "家指〔2026〕1号", "--out", str(again)]) == 0
    assert again.read_bytes() == out.read_bytes()
    capsys.readouterr()

    # Statistics are the supervisor's: the counselor gets a one-line refusal.
    stats = tmp_path / "stats.pdf"
    assert main(["--db", center, "stats", "--period", "2026", "--out", str(stats)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "not allowed" in err
    login(monkeypatch, "sup")
    assert main(["--db", center, "stats", "--period", "2026-10", "--out", str(stats)]) == 0
    text = text_of(stats)
    assert "2026年10月1日至2026年10月31日" in text
    assert "张小明" not in text
    # Another counselor may not reprint li's letter.
    login(monkeypatch, "zhao")
    capsys.readouterr()
    assert main(["--db", center, "reprint", "家指〔2026〕1号", "--out", str(again)]) == 2
    assert "not allowed" in capsys.readouterr().err


@pytest.mark.parametrize(("argv", "message"), [
    (["letter", "2026-9999", "--kind", "plan"], "case 2026-9999 not found"),
    (["letter", "2026-0002", "--kind", "guardian", "--period", "2026-10"],
     f"the character '{RARE}' (U+30000) in the minor's name cannot be printed; nothing was issued"),
    (["letter", "2026-0001", "--kind", "plan"],
     "This case has no guidance plan yet; nothing was issued"),
    (["letter", "2026-0001", "--kind", "completion"],
     "A completion report is only for a closed case: close the case first; nothing was issued"),
    (["letter", "2026-0001", "--kind", "guardian", "--period", "10/2026"],
     "--period must look like YYYY-MM"),
    (["letter", "2026-0001", "--kind", "statistics"],
     "--kind must be one of guardian, authority, plan, completion, notice, not 'statistics'"),
    (["letter", "2026-0001", "--kind", "letter"],
     "--kind must be one of guardian, authority, plan, completion, notice, not 'letter'"),
    (["reprint", "家指〔2026〕99号"], "letter 家指〔2026〕99号 not found"),
])
def test_errors_are_one_line(center: str, argv: list[str], message: str, tmp_path: Path,
                             monkeypatch: pytest.MonkeyPatch,
                             capsys: pytest.CaptureFixture[str]) -> None:
    login(monkeypatch, "li")
    out = tmp_path / "x.pdf"
    assert main(["--db", center, *argv, "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert message in err
    assert not out.exists()


def test_letters_batch(center: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                       capsys: pytest.CaptureFixture[str]) -> None:
    login(monkeypatch, "sup")
    assert main(["--db", center, "letters-batch", "--period", "2026-10", "--out",
                 str(tmp_path), "--dry-run"]) == 0
    listed = capsys.readouterr().out
    assert "4 letter(s) due for 2026-10" in listed
    out = tmp_path / "october"
    # The letter about the child whose name cannot be printed is reported; the rest issued.
    assert main(["--db", center, "letters-batch", "--period", "2026-10", "--out",
                 str(out)]) == 2
    captured = capsys.readouterr()
    assert "issued 2 letter(s) for 2026-10" in captured.out
    errors = captured.err.splitlines()
    # Each refused letter names the character and the field (the name, and the guardian
    # letter's salutation, which carries the name too).
    assert [e.split(":")[0] for e in errors] == [
        "not issued", "not issued"]
    assert "2026-0002 authority" in errors[0]
    assert "2026-0002 guardian" in errors[1]
    assert all(f"the character '{RARE}' (U+30000) in the minor's name cannot be printed" in e
               for e in errors)
    assert sorted(p.name for p in out.iterdir()) == [
        "2026-0001-authority.pdf", "2026-0001-guardian.pdf"]
    # What was issued is no longer due; the two letters that failed still are.
    assert main(["--db", center, "letters-batch", "--period", "2026-10", "--out",
                 str(out), "--dry-run"]) == 0
    assert "2 letter(s) due for 2026-10" in capsys.readouterr().out


def test_letters_batch_combined_on_an_encrypted_demo_database(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    # The demo is pinned to 2026-11-27 and issues October's progress letters itself, so
    # September's are still due.
    month = "2026-09"
    url = f"sqlite:///{tmp_path / 'demo.sqlite3'}"
    assert main(["--db", url, *DEMO_DATA, "--minors", "12", "--seed", "5"]) == 0
    found = re.search(r"supervisor\s+(\S+)\s+password (\S+)", capsys.readouterr().out)
    assert found
    login(monkeypatch, found.group(1), found.group(2))
    assert main(["--db", url, "letters-batch", "--period", month, "--out",
                 str(tmp_path / "out"), "--dry-run"]) == 0
    listed = re.search(r"(\d+) letter\(s\) due", capsys.readouterr().out)
    assert listed
    due = int(listed.group(1))
    assert due > 0
    assert main(["--db", url, "letters-batch", "--period", month, "--combined",
                 "--out", str(tmp_path / "out")]) == 0
    assert f"issued {due} letter(s)" in capsys.readouterr().out
    combined = tmp_path / "out" / f"letters-{month}.pdf"
    assert len(PdfReader(io.BytesIO(combined.read_bytes())).pages) >= due


def test_init_db_takes_the_centers_phone_and_address(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("FAMILYEDU_ENCRYPTION", "off")
    login(monkeypatch, "admin")
    url = f"sqlite:///{tmp_path / 'center.sqlite3'}"
    init = ["--db", url, "init-db", "--center", "开阳县家庭教育指导中心"]
    assert main([*init, "--phone", "12345"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "--phone: Not a phone number" in err
    assert main([*init, "--phone", "0851-87221234", "--address", "开阳县紫江路88号"]) == 0
    capsys.readouterr()
    db = Database(url)
    try:
        with db.read() as s:
            center = s.scalars(select(Center)).one()
            assert (center.phone, center.address) == ("0851-87221234", "开阳县紫江路88号")
    finally:
        db.dispose()


def test_issuing_again_needs_again_and_names_what_it_supersedes(
        center: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    login(monkeypatch, "li")
    first, second = tmp_path / "1.pdf", tmp_path / "2.pdf"
    letter = ["--db", center, "letter", "2026-0001", "--kind", "authority"]
    assert main([*letter, "--out", str(first)]) == 0
    assert capsys.readouterr().out.strip() == f"issued 家指〔2026〕1号 -> {first}"
    assert main([*letter, "--out", str(second)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert ("a report to the authority covering this period was already issued as "
            "家指〔2026〕1号 on 2026-11-27; add --again") in err
    assert not second.exists()
    assert main([*letter, "--again", "--out", str(second)]) == 0
    assert capsys.readouterr().out.strip() == (
        f"issued 家指〔2026〕2号 (supersedes 家指〔2026〕1号) -> {second}")
