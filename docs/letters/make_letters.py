"""Issue one document of each kind from demo data through LetterService; PNG of each page 1.

    .venv/bin/python docs/letters/make_letters.py [--keep-pdfs]

Needs pdftoppm (poppler-utils). The demo caseload is made in a temporary SQLite file with a
fixed seed and date, so the pictures only change when the code does.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from datetime import date, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from PIL import Image  # noqa: E402
from sqlalchemy import func, select  # noqa: E402

from familyedu import demo  # noqa: E402
from familyedu.db import Database  # noqa: E402
from familyedu.models import (  # noqa: E402
    Attendance,
    Case,
    CaseStatus,
    GuidancePlan,
    GuidanceSession,
    Minor,
    OrderType,
    PlanStatus,
    Role,
    User,
)
from familyedu.services import ServiceContext, Services  # noqa: E402
from familyedu.services.admin.dto import CenterInput  # noqa: E402
from familyedu.services.admin.users import create_center_and_admin  # noqa: E402
from familyedu.services.core.context import Actor  # noqa: E402

NOW = datetime(2026, 11, 27, 10, 0)
LETTERHEAD = CenterInput(name=demo.DEMO_CENTER, address="贵州省贵阳市开阳县城关镇紫江路88号",
                         phone="0851-87221234", postcode="550300", reference_prefix="开家指")


def pick(db: Database, *where: object, with_sessions_in: tuple[date, date] | None = None
         ) -> int:
    """The first unsealed case matching `where` (with the most sessions in the period)."""
    with db.read() as s:
        stmt = select(Case.id).join(Minor, Minor.id == Case.minor_id).where(
            Minor.sealed.is_(False), *where)  # type: ignore[arg-type]
        if with_sessions_in is not None:
            start, end = with_sessions_in
            stmt = (stmt.join(GuidanceSession, GuidanceSession.case_id == Case.id)
                    .where(GuidanceSession.held_at >= datetime.combine(start, datetime.min.time()),
                           GuidanceSession.held_at <= datetime.combine(end, datetime.max.time()))
                    .group_by(Case.id).order_by(func.count(GuidanceSession.id).desc()))
        found = s.scalars(stmt.order_by(Case.id).limit(1)).first()
        if found is None:
            raise SystemExit(f"no demo case fits {where}")
        return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep-pdfs", action="store_true")
    args = parser.parse_args()
    os.environ.setdefault("FAMILYEDU_ENCRYPTION", "off")
    if shutil.which("pdftoppm") is None:
        raise SystemExit("pdftoppm is needed (poppler-utils)")
    with tempfile.TemporaryDirectory() as tmp:
        db = Database(f"sqlite:///{Path(tmp) / 'demo.sqlite3'}")
        db.upgrade()
        admin = create_center_and_admin(db, center_name=demo.DEMO_CENTER, username="admin",
                                        display_name="管理员", password="demo password 1",
                                        now=lambda: NOW)
        center = Services(ServiceContext(db, admin, lambda: NOW)).center
        center.update(center.get().version, LETTERHEAD)
        demo.fill(db, admin, minors=60, seed=11, now=NOW)
        with db.read() as s:
            user = s.scalars(select(User).where(User.role == Role.SUPERVISOR)).first()
            assert user is not None
            actor = Actor(user.id, user.username, user.display_name, user.role, user.center_id)
        services = Services(ServiceContext(db, actor, lambda: NOW))
        letters = services.letters
        october = (date(2026, 10, 1), date(2026, 10, 31))
        is_open = Case.status == CaseStatus.OPEN
        has_order = Case.order_type != OrderType.NONE
        with db.read() as s:
            missed = select(GuidanceSession.case_id).where(
                GuidanceSession.attendance == Attendance.NO_SHOW)
            live = select(GuidancePlan.case_id).where(GuidancePlan.status == PlanStatus.ACTIVE)
        made = {
            "guardian": letters.issue(pick(db, is_open, with_sessions_in=october), "guardian",
                                      period_start=october[0], period_end=october[1]),
            "authority": letters.issue(
                pick(db, is_open, has_order, with_sessions_in=october), "authority",
                assessment="监护人能够按约参加指导，亲子沟通有所改善；孩子上学基本按时。"
                           "建议继续督促监护人落实委托照护，按期完成指导。"),
            "plan": letters.issue(pick(db, is_open, Case.id.in_(live)), "plan"),
            "completion": letters.issue(pick(db, Case.status == CaseStatus.CLOSED, has_order,
                                             Case.closure_note != ""), "completion"),
            "notice": letters.issue(pick(db, is_open, Case.order_hours_required.is_not(None),
                                         Case.order_due_on > NOW.date(),
                                         Case.minutes_done < Case.order_hours_required * 60,
                                         Case.id.in_(missed)), "notice"),
            "statistics": services.statistics.statistics(date(2026, 1, 1), date(2026, 10, 31),
                                                          recipient="开阳县妇女联合会"),
        }
        db.dispose()
        for kind, issued in made.items():
            pdf = Path(tmp) / f"{kind}.pdf"
            pdf.write_bytes(issued.pdf)
            subprocess.run(["pdftoppm", "-r", "70", "-png", "-f", "1", "-l", "1",
                            "-singlefile", str(pdf), str(HERE / kind)], check=True)
            # A 64-colour palette keeps the red letterhead and the grey text, at a third the size.
            png = HERE / f"{kind}.png"
            Image.open(png).convert("RGB").quantize(64).save(png, optimize=True)
            if args.keep_pdfs:
                shutil.copy(pdf, HERE / f"{kind}.pdf")
            print(f"{kind:<11} {issued.reference}  -> docs/letters/{kind}.png")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
