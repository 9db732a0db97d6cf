"""Importing a 10,000-row register (issue #17): the dry run and the import, timed.

    .venv/bin/python benchmarks/import_register.py [--rows 10000] [--engine sqlite|postgresql]

Makes a register as centers keep it (a title row above the header, Chinese headers, dates
typed several ways, one guardian per child, two past sessions per child on a second sheet),
then times ImportService.preview and .run on a fresh encrypted SQLite file (or a fresh
PostgreSQL database), as a supervisor importing for a counselor.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from openpyxl import Workbook  # noqa: E402

from familyedu.models import Role  # noqa: E402
from familyedu.services import ServiceContext  # noqa: E402
from familyedu.services.admin.users import UserService  # noqa: E402
from familyedu.services.casework.importing import ImportService  # noqa: E402
from familyedu.startup import open_database, setup  # noqa: E402

PG_SERVER = os.environ.get("FAMILYEDU_BENCH_PG", "postgresql+psycopg://postgres@127.0.0.1:5432")
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = "小明红华伟芳军丽强敏静磊洋艳勇杰娟涛超秀霞平刚"


def resident_id(born: date, sequence: int) -> str:
    body = f"520102{born:%Y%m%d}{sequence % 1000:03d}"
    total = sum(int(d) * (2 ** (17 - i) % 11) for i, d in enumerate(body))
    return body + "10X98765432"[total % 11]


def make_register(path: Path, rows: int) -> None:
    book = Workbook(write_only=True)
    ws = book.create_sheet("台账")
    past = book.create_sheet("指导记录")
    ws.append(["某县家庭教育指导对象台账"])
    ws.append(["序号", "学生姓名", "性别", "出生日期", "身份证号码", "监护状况", "监护人",
               "关系", "联系电话", "现住址", "案件来源", "指导令类型", "要求时长（小时）",
               "完成期限", "立案日期", "案件编号"])
    past.append(["案件编号", "指导日期", "时长（分钟）", "出席情况", "指导方式"])
    for i in range(rows):
        born = date(2009, 1, 1) + timedelta(days=i % 3600)
        name = SURNAMES[i % 20] + GIVEN[(i // 20) % len(GIVEN)] + GIVEN[(i // 460) % len(GIVEN)]
        male = i % 2 == 0
        opened = date(2025, 1, 1) + timedelta(days=i % 600)
        dob_text = (born.isoformat(), f"{born.year}/{born.month}/{born.day}",
                    f"{born.year}年{born.month}月{born.day}日")[i % 3]
        ws.append([i + 1, name, "男" if male else "女", dob_text,
                   resident_id(born, 2 * (i // 3600) + (1 if male else 0)),
                   ("留守", "父母离异/分居，监护缺位", "监护不当")[i % 3], f"{name[0]}建国",
                   "父亲", f"139{i:08d}", "某县城关镇", "人民法院", "家庭教育指导令", 20,
                   (opened + timedelta(days=300)).isoformat(), opened.isoformat(), f"J-{i}"])
        for k in (1, 2):
            past.append([f"J-{i}", (opened + timedelta(days=14 * k)).isoformat(), 60,
                         "出席" if k == 1 else "缺席", "家访"])
    book.save(path)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--engine", choices=("sqlite", "postgresql"), default="sqlite")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        register = Path(tmp) / "register.xlsx"
        start = time.perf_counter()
        make_register(register, args.rows)
        print(f"register of {args.rows:,} rows made in {time.perf_counter() - start:.1f} s "
              f"({register.stat().st_size / 1e6:.1f} MB)")
        if args.engine == "sqlite":
            url = f"sqlite:///{Path(tmp) / 'bench.sqlite3'}"
        else:
            from sqlalchemy import create_engine, text

            admin = create_engine(f"{PG_SERVER}/postgres", isolation_level="AUTOCOMMIT")
            with admin.connect() as c:
                c.execute(text("DROP DATABASE IF EXISTS familyedu_bench_import"))
                c.execute(text("CREATE DATABASE familyedu_bench_import"))
            url = f"{PG_SERVER}/familyedu_bench_import"
        signed = setup(open_database(url), center_name="基准中心", username="admin",
                       display_name="管理员", password="admin-bench-1")
        users = UserService(signed.context())
        sup = users.create(username="sup", display_name="督导", role=Role.SUPERVISOR,
                           password="sup-bench-12")
        li = users.create(username="li", display_name="李老师", role=Role.COUNSELOR,
                          password="li-bench-123")
        from dataclasses import replace

        imports = ImportService(ServiceContext(signed.db, replace(
            signed.actor, user_id=sup, username="sup", role=Role.SUPERVISOR)))
        start = time.perf_counter()
        preview = imports.preview(register, counselor_id=li)
        dry = time.perf_counter() - start
        print(f"dry run: {dry:.1f} s ({preview.count('new'):,} new, "
              f"{preview.count('error'):,} errors, {len(preview.sessions):,} sessions)")
        start = time.perf_counter()
        result = imports.run(register, counselor_id=li)
        run = time.perf_counter() - start
        print(f"import: {run:.1f} s ({result.new:,} cases, {result.sessions:,} sessions)")
        start = time.perf_counter()
        again = imports.preview(register, counselor_id=li)
        print(f"dry run again (all duplicates): {time.perf_counter() - start:.1f} s "
              f"({again.count('duplicate'):,} duplicates)")
        print(f"total dry run + import: {dry + run:.1f} s")
        signed.db.dispose()


if __name__ == "__main__":
    main()
