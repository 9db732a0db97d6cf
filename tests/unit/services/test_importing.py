"""Importing a center's register: dry run, import, re-import, undo, sessions sheet (#17)."""

from __future__ import annotations

import csv
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook

from familyedu.errors import PermissionDenied, ValidationError
from familyedu.models import ClosureOutcome
from familyedu.services.casework.dto import CaseQuery
from familyedu.services.casework.importing import ImportService, Mapping, write_report
from familyedu.services.casework.importing.dto import HIDDEN_CASE
from tests.conftest import World, open_case


def resident_id(born: date, sequence: str = "123", region: str = "520102") -> str:
    """A valid 18-digit ID number (odd sequence: a boy)."""
    body = f"{region}{born:%Y%m%d}{sequence}"
    total = sum(int(d) * (2 ** (17 - i) % 11) for i, d in enumerate(body))
    return body + "10X98765432"[total % 11]


HEADER = ["序号", "学生姓名", "性别", "出生日期", "身份证号码", "监护状况", "监护人姓名",
          "与未成年人关系", "手机", "现住址", "案件来源", "指导令类型", "要求时长（小时）",
          "完成期限", "立案日期", "案件编号"]


def register(path: Path, rows: list[list[object]], sessions: list[list[object]] | None = None
             ) -> Path:
    """A register as centers keep it: a merged title row and a blank row above the header."""
    book = Workbook()
    ws = book.active
    assert ws is not None
    ws.title = "台账"
    ws.append(["某县家庭教育指导对象台账（2026年）"])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(HEADER))
    ws.append([])
    ws.append(HEADER)
    for row in rows:
        ws.append(row)
    if sessions is not None:
        past = book.create_sheet("指导记录")
        past.append(["案件编号", "指导日期", "时长（分钟）", "出席情况", "指导方式"])
        for row in sessions:
            past.append(row)
    book.save(path)
    return path


GOOD = [
    [1, "王 小 红", "女", datetime(2013, 5, 2), resident_id(date(2013, 5, 2), "124"), "留守",
     "王大山", "父亲", "１３９１２３４５６７８", "某县城关镇1号", "人民法院", "家庭教育指导令",
     "２０", "2027年3月1日", "2026/9/3", "旧-001"],
    [2, "李明", "男", "2012.7.15", None, "父母离异/分居，监护缺位", "李华", "母亲",
     "13700001111", "", "人民检察院", "督促监护令", "16 小时", "2027-01-31", "2026-10-08",
     "旧-002"],
]


def test_dry_run_then_import_then_reimport_adds_nothing_then_undo(world: World,
                                                                  tmp_path: Path) -> None:
    open_case(world.mine)  # 张小明, born 2014-03-07, already known to the center
    rows = [
        *GOOD,
        [3, "张小明", "男", "2014年3月7日", None, "留守", "", "", "", "", "学校", "", "", "",
         "2026-09-01", "旧-003"],
        [4, "赵六", "男", "2015-02-30", None, "外星监护", "赵父", "父亲", "12345", "",
         "学校", "", "", "", "2026-09-01", "旧-004"],
        [5, "王小红", "女", "2013-05-02", None, "留守", "", "", "", "", "学校", "", "", "",
         "2026-09-01", "旧-005"],
    ]
    path = register(tmp_path / "台账.xlsx", rows, sessions=[
        ["旧-001", "2026-09-10", 90, "出席", "家访"],
        ["旧-001", datetime(2026, 9, 24), "６０", "缺席", "电话"],
        ["旧-002", "2026-10-20", 60, "出席", "中心面谈"],
        ["旧-009", "2026-10-20", 60, "出席", "中心面谈"],
    ])
    imports = ImportService(world.mine.ctx)
    preview = imports.preview(path)
    assert preview.header_row == 3
    assert [(r.row, r.status) for r in preview.rows] == [
        (4, "new"), (5, "new"), (6, "duplicate"), (7, "error"), (8, "duplicate")]
    assert preview.rows[2].duplicate_of == "2026-0001"
    assert preview.rows[4].duplicate_of == "row 4"
    problems = {(column, p.field) for column, p in preview.rows[3].problems}
    assert {("出生日期", "date_of_birth"), ("监护状况", "guardianship"),
            ("手机", "guardian_phone")} <= problems
    assert preview.unknown_categories == {"guardianship": ("外星监护",)}
    assert [s.status for s in preview.sessions] == ["new", "new", "new", "error"]
    assert world.mine.cases.page(CaseQuery()).total == 1  # the dry run wrote nothing

    report = tmp_path / "report.csv"
    write_report(preview, report)
    lines = list(csv.reader(report.read_text(encoding="utf-8-sig").splitlines()))
    assert lines[4][:3] == ["台账", "7", "error"]
    assert "出生日期" in lines[4][5]
    assert "Not a date" in lines[4][6]
    # Several problems of a row: each reason after its own column.
    assert "出生日期: Not a date" in lines[4][6]
    assert "手机: Not a phone number" in lines[4][6]

    result = imports.run(path)
    assert (result.new, result.duplicates, result.errors, result.sessions) == (2, 2, 1, 3)
    rows_now = {r.minor_name: r for r in world.mine.cases.page(CaseQuery()).rows}
    assert set(rows_now) == {"张小明", "王小红", "李明"}
    hong = world.mine.cases.get(next(r.id for n, r in rows_now.items() if "红" in n))
    assert hong.minor.guardians[0].phone == "13912345678"
    assert hong.order_hours_required == 20.0
    assert hong.order_due_on == date(2027, 3, 1)
    assert hong.progress.hours_done == 1.5
    assert hong.progress.sessions_missed == 1
    assert world.mine.cases.page(CaseQuery(text="wxh")).total == 1  # searchable by initials

    again = imports.run(path)
    assert (again.new, again.duplicates, again.sessions) == (0, 4, 0)
    assert world.mine.cases.page(CaseQuery()).total == 3

    assert imports.undo(again.import_id) == 0
    assert imports.undo(result.import_id) == 2
    assert world.mine.cases.page(CaseQuery()).total == 1
    with pytest.raises(ValidationError, match="already undone"):
        imports.undo(result.import_id)


def test_undo_refused_once_a_case_was_touched_and_rights_are_checked(world: World,
                                                                      tmp_path: Path) -> None:
    path = tmp_path / "register.csv"
    lines = [",".join(HEADER)] + [",".join("" if v is None else (
        v.date().isoformat() if isinstance(v, datetime) else str(v)) for v in row)
        for row in GOOD]
    # GB18030, as WPS saves a CSV, with a title line above the header.
    path.write_bytes(("某县台账\n" + "\n".join(lines) + "\n").encode("gb18030"))
    with pytest.raises(PermissionDenied):
        ImportService(world.mine.ctx).preview(path, counselor_id=world.other_counselor.user_id)
    with pytest.raises(PermissionDenied):
        ImportService(world.services(world.admin).ctx).preview(path)
    imports = ImportService(world.sup.ctx)
    result = imports.run(path, counselor_id=world.counselor.user_id)
    assert result.new == 2
    assert result.errors == 0
    case_id = world.mine.cases.page(CaseQuery()).rows[0].id
    view = world.mine.cases.get(case_id)
    world.mine.cases.close(case_id, view.version, outcome=ClosureOutcome.OTHER,
                           closed_on=date(2026, 11, 1))
    with pytest.raises(ValidationError, match="changed since"):
        imports.undo(result.import_id)
    assert world.mine.cases.page(CaseQuery()).total == 2


def test_mapping_file_names_columns_and_categories(world: World, tmp_path: Path) -> None:
    header = ["孩子", "出生", "性别", "情况", "来源"]
    path = tmp_path / "odd.csv"
    path.write_text(",".join(header) + "\n陈一,2014-01-01,男,爷爷奶奶带,法院\n",
                    encoding="utf-8-sig")
    mapping = Mapping.from_json('{"columns": {"孩子": "name", "出生": "date_of_birth", '
                                '"情况": "guardianship"}, "categories": {"guardianship": '
                                '{"爷爷奶奶带": "both_away"}}}')
    preview = ImportService(world.mine.ctx).preview(path, mapping)
    assert [r.status for r in preview.rows] == ["new"], preview.rows
    result = ImportService(world.mine.ctx).run(path, mapping)
    case = world.mine.cases.get(world.mine.cases.page(CaseQuery()).rows[0].id)
    assert result.new == 1
    assert case.minor.guardianship == "both_away"
    assert case.referral_source == "court"
    assert case.minor.date_of_birth == date(2014, 1, 1)
    with pytest.raises(ValidationError):
        Mapping.from_json('{"columns": {"孩子": "shoe_size"}}')


def test_a_duplicate_in_another_caseload_is_not_named(world: World, tmp_path: Path) -> None:
    """A counselor importing learns that a child exists, never another caseload's case."""
    theirs = open_case(world.theirs, name="王小红", date_of_birth=date(2013, 5, 2))
    number = world.theirs.cases.get(theirs).case_number
    path = register(tmp_path / "register.xlsx", GOOD[:1])
    mine = ImportService(world.mine.ctx).preview(path, counselor_id=world.counselor.user_id)
    assert [(r.status, r.duplicate_of) for r in mine.rows] == [("duplicate", HIDDEN_CASE)]
    supervisor = ImportService(world.sup.ctx).preview(path, counselor_id=world.counselor.user_id)
    assert [(r.status, r.duplicate_of) for r in supervisor.rows] == [("duplicate", number)]


def test_the_sessions_sheet_has_its_own_mapping(world: World, tmp_path: Path) -> None:
    """The wizard maps the past-sessions sheet apart: a sheet whose date column has an
    unusual header is named with its columns (no rows) until the user maps it, and a header
    the register sheet leaves out (日期) still means the sessions' date (#17)."""
    book = Workbook()
    main = book.active
    assert main is not None
    main.title = "台账"
    main.append([*HEADER, "日期"])
    main.append([*GOOD[0], "2026-09-03"])
    past = book.create_sheet("指导记录")
    past.append(["案件编号", "辅导那天", "时长（分钟）", "出席情况", "指导方式"])
    past.append(["旧-001", "2026-09-10", 90, "出席", "家访"])
    path = tmp_path / "台账.xlsx"
    book.save(path)
    imports = ImportService(world.mine.ctx)

    preview = imports.preview(path)
    assert preview.session_sheet == "指导记录"
    assert preview.sessions_unmapped
    assert preview.sessions == ()
    assert [(c.header, c.field) for c in preview.session_columns][:2] == [
        ("案件编号", "source_case_number"), ("辅导那天", None)]

    mapping = Mapping.from_json(Mapping(
        columns={"日期": ""}, session_columns={"辅导那天": "held_at"}).to_json())
    assert mapping.session_columns == {"辅导那天": "held_at"}
    preview = imports.preview(path, mapping)
    assert not preview.sessions_unmapped
    assert [s.status for s in preview.sessions] == ["new"]
    assert imports.run(path, mapping).sessions == 1

    # The register's 日期 left out does not hide the sessions sheet's own 日期.
    past.cell(1, 2, "日期")
    book.save(path)
    preview = imports.preview(path, Mapping(columns={"日期": ""}))
    assert [(c.header, c.field) for c in preview.session_columns][1] == ("日期", "held_at")
    assert [s.status for s in preview.sessions] == ["duplicate"]
    with pytest.raises(ValidationError):
        Mapping.from_json('{"session_columns": {"辅导那天": "name"}}')


def test_document_numbers_and_addresses_keep_their_punctuation(world: World,
                                                               tmp_path: Path) -> None:
    path = tmp_path / "register.csv"
    path.write_text("姓名,性别,出生日期,现住址,案件来源,指导令类型,文书编号,要求时长（小时）,完成期限\n"
                    "陈一,男,2014-01-01,某县城关镇（东门）１号,人民法院,家庭教育指导令,"
                    "（２０２６）黔0101家令1号,20,2027-03-01\n", encoding="utf-8")
    preview = ImportService(world.mine.ctx).preview(path)
    assert [r.status for r in preview.rows] == ["new"], preview.rows
    assert ImportService(world.mine.ctx).run(path).new == 1
    case = world.mine.cases.get(world.mine.cases.page(CaseQuery()).rows[0].id)
    assert case.order_document_number == "（2026）黔0101家令1号"
    assert case.minor.current_address == "某县城关镇（东门）1号"


def test_lines_under_the_register_are_not_children(world: World, tmp_path: Path) -> None:
    """合计 / 填表人 lines under the last child are left out, not reported as errors."""
    path = register(tmp_path / "台账.xlsx", [*GOOD, [], ["合计", "2人"],
                                             ["填 表 人：王老师", None, None, "审核人：李"]])
    preview = ImportService(world.mine.ctx).preview(path)
    assert [(r.row, r.status) for r in preview.rows] == [(4, "new"), (5, "new")]
