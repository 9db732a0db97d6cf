"""Sealed means sealed on every path (issue 12): every read of a sealed case needs a stated
reason or the session's grant and is audited as `sealed_access`; duplicate and ID checks do
not name children the user may not read."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from familyedu.cli import main
from familyedu.errors import PossibleDuplicate, ValidationError
from familyedu.models import AuditEvent, LetterKind
from familyedu.services import Services
from familyedu.services.admin.dto import CenterInput
from tests.conftest import PASSWORD, World, court_order, guardian_inputs, minor_input, open_case
from tests.unit.security.conftest import EncryptedCenter

SQLITE = pytest.mark.parametrize("db", ["sqlite"], indirect=True)

ID_NUMBER = "520102201403070013"
OCTOBER = {"period_start": date(2026, 10, 1), "period_end": date(2026, 10, 31)}
READS: dict[str, Callable[[Services, int, int], Any]] = {
    "cases.get": lambda sv, c, _m: sv.cases.get(c),
    "minors.get": lambda sv, _c, m: sv.minors.get(m),
    "sessions.for_case": lambda sv, c, _m: sv.sessions.for_case(c),
    "mandatory_reports.history": lambda sv, c, _m: sv.mandatory_reports.history(c),
    "letters.preview": lambda sv, c, _m: sv.letters.preview(c, LetterKind.GUARDIAN, **OCTOBER),
    # Read ahead of its layout, then again to be numbered: still audited once.
    "letters.issue": lambda sv, c, _m: sv.letters.issue(c, LetterKind.GUARDIAN, **OCTOBER),
}


def _sealed_events(world: World) -> list[tuple[int | None, str]]:
    with world.db.read() as s:
        return [(e.case_id, e.details) for e in s.scalars(
            select(AuditEvent).where(AuditEvent.action == "sealed_access")
            .order_by(AuditEvent.id))]


def _sealed_case(world: World) -> tuple[int, int]:
    case_id = open_case(world.mine)
    minor_id = world.mine.cases.get(case_id).minor.id
    world.sup.minors.set_sealed(minor_id, True, "法院封存决定")
    return case_id, minor_id


@SQLITE
@pytest.mark.parametrize("read", sorted(READS))
def test_every_read_of_a_sealed_case_needs_a_reason_and_is_audited(
        world: World, read: str) -> None:
    case_id, minor_id = _sealed_case(world)
    sup = world.sup
    with pytest.raises(ValidationError) as refused:
        READS[read](sup, case_id, minor_id)
    assert refused.value.field == "sealed_reason"
    assert _sealed_events(world) == []
    sup.cases.grant_sealed_access("检察院调阅（2026）12号")
    READS[read](sup, case_id, minor_id)
    grant, access = _sealed_events(world)
    assert grant[0] is None
    assert access[0] == case_id
    assert "检察院调阅（2026）12号" in access[1]
    # Another session has no grant: the reason is asked again there.
    with pytest.raises(ValidationError):
        READS[read](world.sup, case_id, minor_id)


@SQLITE
def test_duplicate_check_names_no_child_the_user_may_not_read(world: World) -> None:
    open_case(world.mine, resident_id=ID_NUMBER)  # li's 张小明
    with pytest.raises(ValidationError) as refused:
        world.theirs.cases.open_new(minor_input(resident_id=None), guardian_inputs(),
                                    court_order())
    assert refused.value.field == "name"
    assert refused.value.message == "A possible duplicate exists: ask your supervisor."
    assert "张小明" not in str(refused.value)
    with pytest.raises(ValidationError) as by_id:
        world.theirs.cases.open_new(minor_input(name="张晓明", resident_id=ID_NUMBER),
                                    guardian_inputs(), court_order())
    assert by_id.value.field == "resident_id"
    assert "2026-" not in str(by_id.value)
    assert by_id.value.params == {}
    with pytest.raises(ValidationError) as by_name:
        world.theirs.cases.open_new(minor_input(resident_id=None), guardian_inputs(),
                                    court_order())
    assert by_name.value.message == "A possible duplicate exists: ask your supervisor."
    # The supervisor, who may read li's case, is shown the child.
    with pytest.raises(PossibleDuplicate) as shown:
        world.sup.cases.open_new(minor_input(resident_id=None), guardian_inputs(),
                                 court_order())
    assert [c.name for c in shown.value.candidates] == ["张小明"]


@SQLITE
def test_the_duplicate_check_hides_a_sealed_child_even_from_a_supervisor_without_a_grant(
        world: World) -> None:
    _sealed_case(world)
    with pytest.raises(ValidationError) as refused:
        world.sup.cases.open_new(minor_input(resident_id=None), guardian_inputs(),
                                 court_order())
    assert refused.value.message == "A possible duplicate exists: ask your supervisor."


def test_cli_letter_of_a_sealed_case_needs_reason(
        encrypted: EncryptedCenter, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    services = encrypted.sign_in("li").services()
    case_id = open_case(services)
    sup = encrypted.sign_in("sup").services()
    sup.minors.set_sealed(services.cases.get(case_id).minor.id, True, "法院封存决定")
    settings = encrypted.admin.services().center
    view = settings.get()
    settings.update(view.version, CenterInput(name=view.name, address="某县人民路1号",
                                              phone="0571-88886666"))
    monkeypatch.setenv("FAMILYEDU_USER", "sup")
    monkeypatch.setenv("FAMILYEDU_PASSWORD", PASSWORD)
    out = tmp_path / "sealed.pdf"
    assert main(["--db", encrypted.url, "letter", "2026-0001", "--kind", "guardian",
                 "--out", str(out)]) == 2
    assert "This record is sealed: state why you open it." in capsys.readouterr().err
    assert not out.exists()
    assert main(["--db", encrypted.url, "letter", "2026-0001", "--kind", "guardian",
                 "--out", str(out), "--reason", "监护人申请"]) == 0
    with encrypted.admin.db.read() as s:
        reasons = list(s.scalars(select(AuditEvent.details).where(
            AuditEvent.action == "sealed_access", AuditEvent.case_id == case_id)))
    assert reasons
    assert all("监护人申请" in r for r in reasons)
