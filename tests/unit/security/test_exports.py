"""Exports: audited, roles applied, de-identified without identifiers, full ones protected."""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from familyedu.errors import PermissionDenied, ValidationError
from familyedu.models import AuditEvent
from familyedu.security import fex
from familyedu.services.admin.export import ExportService
from tests.conftest import World, open_case

IDENTIFIERS = ["张小明", "张建国", "13812345678", "幸福村", "2014-03-07", "2026-0001"]


def _export(world: World, services: object) -> ExportService:
    return ExportService(services.ctx)  # type: ignore[attr-defined]


def _xlsx_text(data: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return "".join(zf.read(n).decode("utf-8", "replace") for n in zf.namelist())


def test_full_export_needs_a_password_and_is_protected(world: World, tmp_path: Path) -> None:
    open_case(world.mine)
    open_case(world.theirs, name="王小红", resident_id=None)
    exports = _export(world, world.mine)
    with pytest.raises(ValidationError) as info:
        exports.cases(tmp_path / "cases.xlsx")
    assert info.value.field == "password"
    result = exports.cases(tmp_path / "cases.xlsx", password="export secret 1")
    assert result.path.name == "cases.xlsx.fex"
    assert result.protected
    assert result.rows == 1
    raw = result.path.read_bytes()
    assert "张小明".encode() not in raw
    with pytest.raises(fex.ExportFileError):
        fex.unprotect(raw, "not the password")
    name, content = fex.unprotect(raw, "export secret 1")
    assert name == "cases.xlsx"
    sheet = load_workbook(io.BytesIO(content)).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:5] == ("案件编号", "状态", "立案日期", "结案日期", "未成年人姓名")
    assert [r[4] for r in rows[1:]] == ["张小明"]  # the counselor's own case only
    with world.db.read() as s:
        [details] = s.scalars(select(AuditEvent.details).where(AuditEvent.action == "export"))
    assert '"rows":1' in details
    assert '"protected":true' in details


def test_deidentified_export_has_no_identifier(world: World, tmp_path: Path) -> None:
    for _ in range(5):  # fewer alike rows than 5 would all be left out (k-anonymity)
        open_case(world.mine)
    result = _export(world, world.sup).cases(tmp_path / "anon.csv", deidentified=True,
                                             language="en")
    text = result.path.read_bytes().decode("utf-8-sig")
    for identifier in IDENTIFIERS:
        assert identifier not in text
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0][:3] == ["Code", "Gender", "Age band"]
    assert {r[2] for r in rows[1:]} == {"12–13"}
    assert len({r[0] for r in rows[1:]}) == 5
    assert all(r[0].startswith("R-") for r in rows[1:])


def test_supervisor_full_export_leaves_sealed_records_out(world: World,
                                                         tmp_path: Path) -> None:
    sealed = open_case(world.mine)
    open_case(world.theirs, name="王小红", resident_id=None)
    world.sup.minors.set_sealed(world.sup.cases.get(sealed).minor.id, True, "封存")
    exports = _export(world, world.sup)
    full = exports.cases(tmp_path / "all.xlsx", password="export secret 1")
    assert (full.rows, full.omitted_sealed) == (1, 1)
    assert "张小明" not in _xlsx_text(fex.unprotect(full.path.read_bytes(),
                                                 "export secret 1")[1])
    # Not even de-identified: a sealed child is never exported.
    anonymous = exports.cases(tmp_path / "anon.xlsx", deidentified=True)
    # ...and the one other child alone is too rare to export unrecognisably (k = 5).
    assert (anonymous.rows, anonymous.suppressed, anonymous.omitted_sealed) == (0, 1, 1)


def test_admin_exports_nothing_and_the_refusal_is_audited(world: World,
                                                         tmp_path: Path) -> None:
    open_case(world.mine)
    with pytest.raises(PermissionDenied):
        _export(world, world.services(world.admin)).cases(tmp_path / "x.csv",
                                                          deidentified=True)
    assert not (tmp_path / "x.csv").exists()
    with world.db.read() as s:
        assert s.scalar(select(AuditEvent.details).where(
            AuditEvent.action == "permission_denied")).find("export_cases") > 0


def test_formula_looking_text_stays_text(world: World, tmp_path: Path) -> None:
    from tests.conftest import court_order, guardian_inputs, minor_input

    evil = '=HYPERLINK("http://x")'
    world.mine.cases.open_new(minor_input(), guardian_inputs(),
                              court_order(referring_authority=evil), confirm_not_duplicate=True)
    exports = _export(world, world.mine)
    as_csv = exports.cases(tmp_path / "c.csv", password="export secret 1")
    text = fex.unprotect(as_csv.path.read_bytes(), "export secret 1")[1].decode("utf-8-sig")
    cells = [c for row in csv.reader(io.StringIO(text)) for c in row]
    assert "'" + evil in cells
    assert evil not in cells
    as_xlsx = exports.cases(tmp_path / "c.xlsx", password="export secret 1")
    book = load_workbook(io.BytesIO(fex.unprotect(as_xlsx.path.read_bytes(),
                                                  "export secret 1")[1]))
    found = [c for row in book.active.iter_rows() for c in row if c.value == evil]
    assert found
    assert all(c.data_type == "s" for c in found)


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
@pytest.mark.parametrize(("language", "words"), [
    ("zh_CN", {("登录", ""), ("查阅封存记录", "未成年人"), ("打开案件", "案件")}),
    ("en", {("Signed in", ""), ("Sealed record opened", "Minor"), ("Case opened", "Case")}),
])
def test_the_exported_audit_trail_says_what_happened_in_words(
        world: World, tmp_path: Path, suffix: str, language: str,
        words: set[tuple[str, str]]) -> None:
    from familyedu.services.admin.dto import AuditQuery
    from familyedu.services.core import audit
    from tests.conftest import fixed_clock

    case_id = open_case(world.mine)
    world.mine.cases.open(case_id)
    minor_id = world.mine.cases.get(case_id).minor.id
    with world.db.uow() as s:  # as a sign-in and a supervisor's look at a sealed child write them
        audit.record(s, at=fixed_clock(), action="login_ok", user_id=None, username="li")
        audit.record(s, at=fixed_clock(), action="sealed_access", user_id=None,
                     username="wang", entity_type="minor", entity_id=minor_id)
        # What a newer version of the program may have written into the same database.
        audit.record(s, at=fixed_clock(), action="from_a_newer_version", user_id=None,
                     username="li", entity_type="hologram", entity_id=7,
                     details={"note": "kept"})
    result = _export(world, world.sup).audit_log(AuditQuery(), tmp_path / f"audit{suffix}",
                                                  password="audit secret 1", language=language)
    name, content = fex.unprotect(result.path.read_bytes(), "audit secret 1")
    assert name == f"audit{suffix}"
    if suffix == ".csv":
        rows = [tuple(r) for r in csv.reader(io.StringIO(content.decode("utf-8-sig")))]
    else:
        rows = [tuple("" if c is None else c for c in r)
                for r in load_workbook(io.BytesIO(content)).active.iter_rows(values_only=True)]
    heading, entries = rows[0], rows[1:]
    assert heading[3:5] == (("操作", "对象") if language == "zh_CN" else ("Action", "Record type"))
    shown = {(r[3], r[4]) for r in entries}
    assert words <= shown
    # A code this version does not know is written as it is, its other cells unchanged.
    [newer] = [r for r in entries if r[3] == "from_a_newer_version"]
    assert (newer[2], newer[4], str(newer[5]), newer[7]) == ("li", "hologram", "7",
                                                              '{"note":"kept"}')
    known = {code.value for code in (*audit.Action, *audit.EntityType)}
    assert not {cell for pair in shown for cell in pair} & known  # no raw code left
