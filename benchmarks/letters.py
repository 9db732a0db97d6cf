"""Letters end to end: one letter through the service, its floor, and a batch of 1,000.

    .venv/bin/python benchmarks/letters.py [--url URL] [--minors 400] [--repeat 9]
                                           [--batch 1000] [--keep DIR]

Against a demo caseload (made in a temporary SQLite file unless --url names a database that
already holds one), it prints:
- one guardian letter issued through LetterService.issue (gathering from the database,
  character check, reference number, build, register row, audit) — median of --repeat;
- the builder alone on the same input (build_document);
- the floor: bare reportlab (SimpleDocTemplate + Paragraph) drawing the same lines of text
  with the same fonts, without our layout, letterhead, tables, glyph check or register;
- --batch letters through run_batch (one file each), then those files merged into one PDF.
These are figures to read, not a timed test.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pypdf import PdfReader  # noqa: E402
from sqlalchemy import select  # noqa: E402

from familyedu import demo  # noqa: E402
from familyedu.db import Database  # noqa: E402
from familyedu.models import Case, CaseStatus, Center, Letter, LetterKind, Role, User  # noqa: E402
from familyedu.reports import (  # noqa: E402
    FontSet,
    build_combined,
    build_document,
    data_from_dict,
    parse_wording,
)
from familyedu.services import ServiceContext, Services  # noqa: E402
from familyedu.services.admin.users import create_center_and_admin  # noqa: E402
from familyedu.services.core.context import Actor  # noqa: E402
from familyedu.services.letters.batch import run_batch  # noqa: E402
from familyedu.services.letters.data import month_bounds  # noqa: E402
from familyedu.services.letters.dto import DueLetter  # noqa: E402

NOW = datetime.now().replace(microsecond=0)


def timed(call: Callable[[], object], repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        started = time.perf_counter()
        call()
        out.append((time.perf_counter() - started) * 1000)
    return out


def supervisor_of(db: Database) -> Actor:
    with db.read() as s:
        user = s.scalars(select(User).where(User.role == Role.SUPERVISOR, User.active.is_(True))
                         .order_by(User.id)).first()
        if user is None:
            raise SystemExit("the database has no supervisor: run familyedu-admin demo-data")
        return Actor(user.id, user.username, user.display_name, user.role, user.center_id)


def prepare(url: str | None, minors: int, workdir: Path) -> Database:
    if url:
        db = Database(url)
        db.upgrade()
        return db
    db = Database(f"sqlite:///{workdir / 'letters-bench.sqlite3'}")
    db.upgrade()
    admin = create_center_and_admin(db, center_name="某某县家庭教育指导中心", username="admin",
                                    display_name="管理员", password="bench password 1")
    with db.uow() as s:  # letters refuse to print without the center's phone and address
        center = s.get(Center, admin.center_id)
        assert center is not None
        center.phone, center.address = "0851-87221234", "某某县城关镇人民路12号"
    print(f"making a demo caseload of {minors} minors…", flush=True)
    demo.fill(db, admin, minors=minors, seed=7, now=NOW)
    return db


def bare_reportlab(lines: list[str], fonts: FontSet) -> Callable[[], object]:
    """The same lines in the same body font, laid out by reportlab with no extras."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    body = fonts.body.name
    style = ParagraphStyle("body", fontName=body, fontSize=16, leading=28, wordWrap="CJK")

    def build() -> object:
        out = io.BytesIO()
        SimpleDocTemplate(out, pagesize=A4).build([Paragraph(line, style) for line in lines])
        return out

    return build


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", default=None, help="a database with demo data (default: new)")
    parser.add_argument("--minors", type=int, default=400)
    parser.add_argument("--repeat", type=int, default=9)
    parser.add_argument("--batch", type=int, default=1000)
    parser.add_argument("--keep", type=Path, default=None, help="keep the batch's files here")
    args = parser.parse_args()
    os.environ.setdefault("FAMILYEDU_ENCRYPTION", "off")
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        db = prepare(args.url, args.minors, workdir)
        services = Services(ServiceContext(db, supervisor_of(db), lambda: NOW))
        letters = services.letters
        with db.read() as s:
            cases = list(s.scalars(select(Case.id).where(Case.status == CaseStatus.OPEN)
                                   .order_by(Case.id)))
        if not cases:
            raise SystemExit("no open cases in the database")
        month = (NOW.date().replace(day=1) - date.resolution).replace(day=1)
        first, last = month_bounds(month.year, month.month)
        case_id = cases[0]

        def issue() -> object:
            return letters.issue(case_id, LetterKind.GUARDIAN, period_start=first, period_end=last,
                                 again=True)

        issue()  # fonts parsed and registered once per process: not part of a letter
        service_ms = timed(issue, args.repeat)
        with db.read() as s:
            letter = s.scalars(select(Letter).order_by(Letter.id.desc())).first()
            assert letter is not None
            snapshot = json.loads(letter.snapshot)
        data = data_from_dict("guardian", snapshot["data"])
        wording = parse_wording(snapshot["wording"])
        fonts = letters.font_set()
        pdf = build_document("guardian", data, wording, fonts=fonts)
        builder_ms = timed(lambda: build_document("guardian", data, wording, fonts=fonts),
                           args.repeat)
        lines = [line for page in PdfReader(io.BytesIO(pdf)).pages
                 for line in (page.extract_text() or "").splitlines() if line.strip()]
        floor_ms = timed(bare_reportlab(lines, fonts), args.repeat)

        due: list[DueLetter] = []
        with db.read() as s:
            numbers = dict(s.execute(select(Case.id, Case.case_number)
                                     .where(Case.id.in_(cases))).all())
        for m in range(1, 13):
            start, end = month_bounds(NOW.year - 1, m)
            due += [DueLetter(c, LetterKind.GUARDIAN, start, end, f"{numbers[c]}-{m:02d}")
                    for c in cases]
        due = due[:args.batch]
        out_dir = args.keep or workdir / "batch"
        started = time.perf_counter()
        result = run_batch(letters, due, out_dir)
        batch_s = time.perf_counter() - started
        sizes = [p.stat().st_size for p in result.files]
        with db.read() as s:
            stored = [json.loads(x) for x in s.scalars(select(Letter.snapshot).where(
                Letter.id.in_([i.letter_id for i in result.issued])).order_by(Letter.id))]
        documents = [(x["kind"], data_from_dict(x["kind"], x["data"]), parse_wording(x["wording"]))
                     for x in stored]
        started = time.perf_counter()
        merged = build_combined(documents, fonts=fonts)  # what letters-batch --combined writes
        merge_s = time.perf_counter() - started
        db.dispose()

    def row(name: str, values: list[float]) -> str:
        return (f"  {name:<44} median {statistics.median(values):8.1f} ms   "
                f"min {min(values):8.1f} ms")

    print(f"\nLetters on {db.dialect}, {len(cases)} open cases, {os.cpu_count()} CPU(s), "
          f"load {os.getloadavg()[0]:.2f}")
    print(f"one guardian letter ({len(PdfReader(io.BytesIO(pdf)).pages)} pages, "
          f"{len(pdf) / 1024:.0f} KB), {args.repeat} runs:")
    print(row("LetterService.issue (gather, number, register)", service_ms))
    print(row("build_document alone", builder_ms))
    print(row("bare reportlab, same lines and font", floor_ms))
    floor = statistics.median(floor_ms)
    print(f"  service / bare reportlab: {statistics.median(service_ms) / floor:.2f}×; "
          f"builder / bare: {statistics.median(builder_ms) / floor:.2f}×")
    print(f"batch of {len(due)} letters through run_batch, one file each:")
    print(f"  issued {len(result.issued)}, failed {len(result.failed)} in {batch_s:.1f} s "
          f"({batch_s * 1000 / max(1, len(result.issued)):.0f} ms a letter, "
          f"{len(result.issued) / batch_s:.1f} letters/s); "
          f"{sum(sizes) / 1024 ** 2:.1f} MB, median file {statistics.median(sizes) / 1024:.0f} KB")
    print(f"  laying them out again as one combined PDF: {merge_s:.1f} s, "
          f"{len(merged) / 1024 ** 2:.1f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
