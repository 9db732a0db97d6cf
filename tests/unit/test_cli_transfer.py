"""familyedu-admin transfer-out / transfer-in between two centers (#17)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from familyedu.cli import main
from familyedu.db import Database
from familyedu.models import CaseStatus
from familyedu.services import ServiceContext, Services
from familyedu.services.casework.dto import CaseQuery
from familyedu.startup import SignedIn
from tests.conftest import PASSWORD, build_world, fixed_clock, open_case


@pytest.fixture(autouse=True)
def _environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("FAMILYEDU_DATABASE_URL", "FAMILYEDU_TRANSFER_PASSWORD"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("FAMILYEDU_ENCRYPTION", "off")  # plain test files
    monkeypatch.setenv("FAMILYEDU_USER", "li")
    monkeypatch.setenv("FAMILYEDU_PASSWORD", PASSWORD)
    monkeypatch.setattr(SignedIn, "services",
                        lambda self: Services(ServiceContext(self.db, self.actor, fixed_clock)))


def test_transfer_out_then_in(new_database: Callable[[str], Database], tmp_path: Path,
                              monkeypatch: pytest.MonkeyPatch,
                              capsys: pytest.CaptureFixture[str]) -> None:
    sending, receiving = build_world(new_database("sqlite")), build_world(new_database("sqlite"))
    case_id = open_case(sending.mine)
    number = sending.mine.cases.get(case_id).case_number
    out = tmp_path / "zhang.fetransfer"
    url_out = sending.db.url.render_as_string(hide_password=False)
    url_in = receiving.db.url.render_as_string(hide_password=False)

    assert main(["--db", url_out, "transfer-out", number, "--out", str(out),
                 "--to", "乙县中心"]) == 2
    assert "set FAMILYEDU_TRANSFER_PASSWORD" in capsys.readouterr().err
    monkeypatch.setenv("FAMILYEDU_TRANSFER_PASSWORD", "transfer-pass-1")
    assert main(["--db", url_out, "transfer-out", number, "--out", str(out),
                 "--to", "乙县中心"]) == 0
    assert f"case {number} sealed for 乙县中心" in capsys.readouterr().out
    assert sending.mine.cases.get(case_id).status is CaseStatus.CLOSED
    assert main(["--db", url_out, "transfer-out", number, "--out", str(out),
                 "--to", "乙县中心"]) == 2
    assert "already exists" in capsys.readouterr().err

    monkeypatch.setenv("FAMILYEDU_TRANSFER_PASSWORD", "wrong-password")
    assert main(["--db", url_in, "transfer-in", str(out), "--yes"]) == 2
    err = capsys.readouterr().err
    assert "Wrong password, or the file was damaged or altered" in err
    assert "Traceback" not in err
    monkeypatch.setenv("FAMILYEDU_TRANSFER_PASSWORD", "transfer-pass-1")
    assert main(["--db", url_in, "transfer-in", str(out)]) == 2  # no terminal, no --yes
    captured = capsys.readouterr()
    assert "张小明, born 2014-03-07" in captured.out
    assert "family education guidance order (家庭教育指导令)" in captured.out
    assert "guidance_order" not in captured.out
    assert "add --yes" in captured.err
    assert receiving.mine.cases.page(CaseQuery()).total == 0
    assert main(["--db", url_in, "transfer-in", str(out), "--yes"]) == 0
    assert "received as case 2026-0001" in capsys.readouterr().out
    assert receiving.mine.cases.page(CaseQuery()).total == 1
