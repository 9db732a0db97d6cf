"""Speed at scale (issue #7): each operation against its floor, on a 100,000-minor database.

    .venv/bin/python benchmarks/run.py [--engines sqlite,postgresql] [--minors 100000]
                                       [--repeat 30] [--label after] [--write]

The demo databases are made once (`familyedu-admin demo-data`) and reused: the SQLite file
(encrypted, like every new familyedu file) under benchmarks/out/, and the PostgreSQL database
`familyedu_bench` on FAMILYEDU_BENCH_PG (default: the local server). Each operation runs
through the services exactly as the app calls them; its floor is the same SQL statements
replayed on a bare DBAPI cursor in the same run (the database's own work, without our Python),
or for the GUI a bare PySide6 window, or for letters bare reportlab. `--write` puts the tables
into benchmarks/RESULTS.md; each run's figures are also kept in benchmarks/out/*.json.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from sqlalchemy import create_engine, event, func, select, text  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

from benchmarks import report  # noqa: E402
from familyedu.db import Database  # noqa: E402
from familyedu.models import Case, CaseStatus, GuidanceSession, Minor, Role, User  # noqa: E402
from familyedu.services import ServiceContext, Services  # noqa: E402
from familyedu.services.casework.dto import CaseColumn, CaseQuery  # noqa: E402
from familyedu.services.core.context import Actor  # noqa: E402

OUT = ROOT / "benchmarks" / "out"
ADMIN = ("admin", "admin-demo-1")
PG_SERVER = os.environ.get("FAMILYEDU_BENCH_PG", "postgresql+psycopg://postgres@127.0.0.1:5432")
PAGE = 200  # the case list's page size (ui/case_list/model.py)
Timing = dict[str, Any]


# -- the databases ---------------------------------------------------------------------------


def database_url(engine: str, minors: int) -> str:
    if engine == "sqlite":
        return f"sqlite:///{OUT / f'bench-{minors}.sqlite3'}"
    name = "familyedu_bench" if minors == 100_000 else f"familyedu_bench_{minors}"
    return f"{PG_SERVER}/{name}"


def _log_path(engine: str, minors: int) -> Path:
    return OUT / f"gen-{engine}-{minors}.log"


def ensure_database(engine: str, minors: int) -> str:
    """The demo database, generated (and its time logged) when it does not exist yet."""
    url = database_url(engine, minors)
    OUT.mkdir(parents=True, exist_ok=True)
    if engine == "sqlite":
        exists = (OUT / f"bench-{minors}.sqlite3").exists()
    else:
        server = create_engine(f"{PG_SERVER}/postgres", isolation_level="AUTOCOMMIT")
        name = make_url(url).database
        with server.connect() as conn:
            exists = bool(conn.scalar(text("SELECT 1 FROM pg_database WHERE datname = :n"),
                                      {"n": name}))
            if not exists:
                conn.execute(text(f'CREATE DATABASE "{name}"'))
        server.dispose()
    if not exists:
        print(f"[{engine}] generating {minors:,} demo minors (once) …", flush=True)
        env = {k: v for k, v in os.environ.items() if not k.startswith("FAMILYEDU_")}
        started = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-m", "familyedu", "--db", url, "demo-data", "--minors",
             str(minors), "--seed", "1"], cwd=ROOT, env=env, capture_output=True, text=True,
            check=False)
        elapsed = time.perf_counter() - started
        _log_path(engine, minors).write_text(
            done.stdout + done.stderr + f"\nwall clock {elapsed:.1f} s\n", encoding="utf-8")
        if done.returncode != 0:
            raise SystemExit(f"demo-data failed on {engine}: {done.stderr.strip()}")
    return url


def accounts(engine: str, minors: int) -> dict[str, tuple[str, str]]:
    """The supervisor's and counselors' printed demo passwords, from the generation log."""
    log = _log_path(engine, minors).read_text(encoding="utf-8")
    sup = re.search(r"supervisor\s+(\S+)\s+password (\S+)", log)
    counselor = re.search(r"counselors\s+(\S+) .*password (\S+)", log)
    if sup is None or counselor is None:
        raise SystemExit("the generation log lacks the demo accounts")
    return {"supervisor": (sup.group(1), sup.group(2)),
            "counselor": (counselor.group(1), counselor.group(2))}


def generation_seconds(engine: str, minors: int) -> float | None:
    log = _log_path(engine, minors).read_text(encoding="utf-8")
    found = re.search(r"sessions.* in ([\d.]+) s", log)
    return float(found.group(1)) if found else None


def open_bench(url: str, *, upgrade: bool) -> Database:
    """Open the benchmark database (unlocking the encrypted file with the demo admin)."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        from familyedu.security.keyfile import KeyFile, key_file_path

        path = Path(str(parsed.database))
        key = KeyFile.load(key_file_path(path)).unlock(*ADMIN)
        db = Database(url, key=key)
    else:
        db = Database(url)
    if upgrade:
        db.upgrade()
    return db


def actors(db: Database) -> tuple[Actor, Actor]:
    """The first supervisor, and the counselor holding the most open cases."""
    with db.read() as s:
        sup = s.scalars(select(User).where(User.role == Role.SUPERVISOR).order_by(User.id)
                        ).first()
        busiest = s.execute(
            select(Case.assigned_counselor_id, func.count(Case.id))
            .where(Case.status == CaseStatus.OPEN).group_by(Case.assigned_counselor_id)
            .order_by(func.count(Case.id).desc()).limit(1)).first()
        assert sup is not None
        assert busiest is not None
        counselor = s.get(User, busiest[0])
        assert counselor is not None
        return tuple(Actor(u.id, u.username, u.display_name, u.role, u.center_id)  # type: ignore[return-value]
                     for u in (sup, counselor))


# -- timing against the floor ----------------------------------------------------------------


class Floor:
    """Records the SQL a service call sends, and replays it on a bare DBAPI connection."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.raw = db.engine.raw_connection()
        self._captured: list[tuple[str, Any]] | None = None
        event.listen(db.engine, "before_cursor_execute", self._capture)

    def _capture(self, _conn: Any, _cursor: Any, statement: str, parameters: Any,
                 _context: Any, executemany: bool) -> None:
        # "WITH x AS MATERIALIZED (…) SELECT" too: a case-number search's page (session 5).
        head = statement.lstrip()[:7].upper()
        if self._captured is not None and not executemany \
                and head.startswith(("SELECT", "WITH ")) and "pg_advisory" not in statement:
            self._captured.append((statement, parameters))

    def record(self, call: Callable[[], Any]) -> list[tuple[str, Any]]:
        self._captured = []
        try:
            call()
            return self._captured
        finally:
            self._captured = None

    def replay(self, statements: list[tuple[str, Any]]) -> None:
        cursor = self.raw.cursor()
        try:
            for statement, parameters in statements:
                cursor.execute(statement, parameters)
                cursor.fetchall()
        finally:
            cursor.close()
        self.raw.rollback()


def _ms(call: Callable[[], Any]) -> float:
    started = time.perf_counter()
    call()
    return (time.perf_counter() - started) * 1000


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def measure(floor: Floor, name: str, calls: list[Callable[[], Any]], repeat: int) -> Timing:
    """Each call (e.g. one search term) `repeat` times, alternating with its floor."""
    op_times: list[float] = []
    floor_times: list[float] = []
    for call in calls:
        statements = floor.record(call)  # also the warm-up
        floor.replay(statements)
        for _ in range(repeat):
            op_times.append(_ms(call))
            floor_times.append(_ms(lambda st=statements: floor.replay(st)))
    return summary(name, op_times, floor_times)


def summary(name: str, op_times: list[float], floor_times: list[float] | None) -> Timing:
    out: Timing = {"name": name, "n": len(op_times), "median": statistics.median(op_times),
                   "p95": p95(op_times)}
    if floor_times:
        out.update(floor_median=statistics.median(floor_times), floor_p95=p95(floor_times))
        out["ratio"] = out["median"] / out["floor_median"] if out["floor_median"] else None
    return out


# -- the operations --------------------------------------------------------------------------


def search_terms(db: Database, samples: int) -> dict[str, list[str]]:
    """What a user types, keystroke by keystroke, to find one of `samples` random cases."""
    from familyedu.services.core.search_text import name_keys

    with db.read() as s:
        picked = s.execute(
            select(Case.case_number, Minor.name, Minor.resident_id, Case.minor_id)
            .join(Minor, Minor.id == Case.minor_id).where(Minor.resident_id.is_not(None))
            .order_by(func.abs((Case.id * 7919) % 100_003)).limit(samples)).all()
        phones = {}
        for _number, _name, _rid, minor_id in picked:
            minor = s.get(Minor, minor_id)
            assert minor is not None
            phones[minor_id] = minor.guardians[0].phone.replace("-", "")
    terms: dict[str, list[str]] = {"name": [], "pinyin initials": [], "case number": [],
                                   "ID number": [], "phone": []}
    for number, name, resident_id, minor_id in picked:
        # An input method commits whole characters: the surname, then the full name.
        terms["name"] += [name[:1], name]
        initials = name_keys(name)[2]
        terms["pinyin initials"] += [initials[:i] for i in range(1, len(initials) + 1)]
        terms["case number"] += [number[:i] for i in range(4, len(number) + 1, 2)] + [number]
        terms["ID number"] += [resident_id[:i] for i in range(4, 19, 2)]
        phone = phones[minor_id]
        terms["phone"] += [phone[:i] for i in range(3, len(phone) + 1, 2)] + [phone]
    return terms


def case_with_sessions(db: Database, counselor: Actor, wanted: int = 200) -> int:
    """The counselor's case with the most sessions, topped up to `wanted` through the service."""
    from datetime import datetime, timedelta

    from familyedu.models import Attendance, SessionMode
    from familyedu.services.casework.dto import SessionInput

    with db.read() as s:
        found = s.execute(
            select(Case.id, Case.opened_on, func.count(GuidanceSession.id))
            .join(GuidanceSession, GuidanceSession.case_id == Case.id)
            .where(Case.assigned_counselor_id == counselor.user_id,
                   Case.status == CaseStatus.OPEN)
            .group_by(Case.id, Case.opened_on).order_by(func.count(GuidanceSession.id).desc())
            .limit(1)).one()
    case_id, opened_on, have = found
    services = Services(ServiceContext(db, counselor))
    start = datetime.combine(opened_on, datetime.min.time())
    for i in range(have, wanted):
        came = i % 7 != 3
        services.sessions.log(case_id, SessionInput(
            held_at=start + timedelta(days=i % 300, hours=9 + i % 7),
            duration_minutes=60 if came else 0, mode=SessionMode.CENTER,
            attendance=Attendance.ATTENDED if came else Attendance.NO_SHOW,
            shared_summary="与家长讨论孩子的作息安排。" if came else ""))
    return int(case_id)


def data_operations(db: Database, repeat: int, samples: int) -> list[Timing]:
    sup, counselor = actors(db)
    center, mine = Services(ServiceContext(db, sup)), Services(ServiceContext(db, counselor))
    floor = Floor(db)
    results: list[Timing] = []
    first = CaseQuery(limit=PAGE)
    results.append(measure(floor, "case list: first page (supervisor, all cases)",
                           [lambda: center.cases.page(first)], repeat))
    total = center.cases.page(first).total
    last = replace(first, offset=max(0, total - PAGE))
    results.append(measure(floor, f"case list: scroll to the end (offset {last.offset:,})",
                           [lambda: center.cases.page(last)], repeat))
    results.append(measure(floor, "case list: first page (counselor's own)",
                           [lambda: mine.cases.page(first)], repeat))
    by_name = replace(first, sort=CaseColumn.MINOR)
    results.append(measure(floor, "case list: sorted by name (supervisor)",
                           [lambda: center.cases.page(by_name)], repeat))
    short: list[str] = []
    for kind, terms in search_terms(db, samples).items():
        # Terms of three characters or more go through the trigram index; shorter prefixes
        # (a surname, "zx", "13") cannot, and are reported apart.
        short += [t for t in terms if len(t) < 3]
        calls = [lambda t=t: center.cases.page(replace(first, text=t))
                 for t in terms if len(t) >= 3]
        results.append(measure(floor, f"search as you type: {kind}", calls,
                               max(1, repeat // 10)))
    calls = [lambda t=t: center.cases.page(replace(first, text=t)) for t in short]
    results.append(measure(floor, "search, 1–2 character prefixes (all kinds)", calls,
                           max(1, repeat // 10)))
    results.append(measure(floor, "search as you type, counselor (pinyin initials)",
                           [lambda t=t: mine.cases.page(replace(first, text=t))
                            for t in search_terms(db, samples)["pinyin initials"]],
                           max(1, repeat // 10)))
    case_id = case_with_sessions(db, counselor)

    def open_case() -> None:
        mine.cases.open(case_id)
        mine.sessions.for_case(case_id)
        mine.plans.current(case_id)

    results.append(measure(floor, "open a case with 200 sessions", [open_case], repeat))
    results.append(measure(floor, "dashboard (counselor)", [lambda: mine.dashboard.load()],
                           repeat))
    results.append(measure(floor, "dashboard (supervisor, whole center)",
                           [lambda: center.dashboard.load()], repeat))
    floor.raw.close()
    return results


def sort_operations(db: Database, repeat: int) -> list[Timing]:
    """The supervisor's whole center (100,000 cases) sorted by each column of the list, both
    ways: the first page, as a click on a column header asks for it (issue #14)."""
    sup, counselor = actors(db)
    center, mine = Services(ServiceContext(db, sup)), Services(ServiceContext(db, counselor))
    floor = Floor(db)
    results: list[Timing] = []
    for column in (CaseColumn.MINOR, CaseColumn.NEXT_DUE):  # an index must not mislead it
        query = CaseQuery(limit=PAGE, sort=column)
        results.append(measure(
            floor, f"case list: counselor's own, sorted by {column.name.lower()}",
            [lambda q=query: mine.cases.page(q)], repeat))
    for column in CaseColumn:
        for descending in (False, True):
            query = CaseQuery(limit=PAGE, sort=column, descending=descending)
            name = (f"case list: sorted by {column.name.lower().replace('_', ' ')}"
                    f"{' (descending)' if descending else ''}")
            results.append(measure(floor, name, [lambda q=query: center.cases.page(q)],
                                   repeat))
    floor.raw.close()
    return results


def letter_batch(db: Database, count: int = 1000) -> list[Timing]:
    """Last month's due progress letters of the 100,000-minor center, issued as the
    supervisor through the real batch (gather from the database, glyph check, number,
    build, register, audit; one PDF file each): what "Print the month's letters" does."""
    import tempfile

    from familyedu.services.letters.batch import run_batch

    sup, _ = actors(db)
    services = Services(ServiceContext(db, sup))
    month = (services.ctx.today().replace(day=1) - timedelta(days=1))
    started = time.perf_counter()
    due = services.letters.due_for_period(month.year, month.month)[:count]
    listed_ms = (time.perf_counter() - started) * 1000
    with tempfile.TemporaryDirectory() as out:
        started = time.perf_counter()
        result = run_batch(services.letters, due, Path(out))
        batch_ms = (time.perf_counter() - started) * 1000
    if result.failed or len(result.issued) != len(due):
        raise RuntimeError(f"letter batch: {len(result.issued)} issued, "
                           f"{len(result.failed)} failed of {len(due)}")
    return [
        {"name": "letters due last month, listed (whole center)", "n": 1,
         "median": listed_ms, "p95": listed_ms},
        {"name": f"{len(due):,} progress letters issued from the database (batch)", "n": 1,
         "median": batch_ms, "p95": batch_ms},
    ]


def gui_operations(url: str, engine: str, minors: int, repeat: int) -> list[Timing]:
    """Cold start (the sign-in dialog, the main window) vs a bare window, and peak RSS, in
    subprocesses (benchmarks/child.py), timed from launch to each line the child prints."""
    user, password = accounts(engine, minors)["supervisor"]
    env = {k: v for k, v in os.environ.items() if not k.startswith("FAMILYEDU_")}
    env.update(FAMILYEDU_USER=user, FAMILYEDU_PASSWORD=password, QT_QPA_PLATFORM="offscreen")
    child = str(ROOT / "benchmarks" / "child.py")

    def start(*args: str) -> tuple[dict[str, float], float]:
        started = time.perf_counter()
        proc = subprocess.Popen([sys.executable, child, *args], cwd=ROOT, env=env,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        assert proc.stdout is not None
        marks: dict[str, float] = {}
        rss = None
        for line in iter(proc.stdout.readline, ""):  # each line as it comes (no read-ahead)
            word = line.split()[0] if line.strip() else ""
            if word == "RSS":
                rss = float(line.split()[1])
            elif word:
                marks[word] = (time.perf_counter() - started) * 1000
        err = proc.stderr.read() if proc.stderr is not None else ""
        proc.wait(timeout=300)
        wanted = {"bare": {"READY"}, "stack": {"READY"}, "signin": {"DIALOG", "OPENED"},
                  "app": {"DIALOG", "OPENED", "CLICK", "READY", "DASHBOARD", "CASES"}}[args[0]]
        if rss is None or not wanted <= set(marks):
            raise RuntimeError(f"child {args[0]} failed ({proc.returncode}): {marks} {err}")
        return marks, rss

    bare = [start("bare") for _ in range(repeat)]
    stack = [start("stack") for _ in range(repeat)]
    signin = [start("signin", url) for _ in range(repeat)]
    typed = [start("app", url) for _ in range(repeat)]
    instant = [start("app", url, "--no-wait") for _ in range(repeat)]
    bare_ms = [m["READY"] for m, _ in bare]

    def mark(runs: list[tuple[dict[str, float], float]], name: str,
             since: str | None = None) -> list[float]:
        return [m[name] - (m[since] if since else 0.0) for m, _ in runs]

    floor = summary("(a bare window after importing SQLAlchemy + SQLCipher)",
                    mark(stack, "READY"), bare_ms)
    dialog = summary("cold start to the sign-in dialog", mark(signin, "DIALOG"), bare_ms)
    opened = summary("… until the database behind it is open (Sign in works)",
                     mark(signin, "OPENED"), bare_ms)
    cold = summary("cold start to a usable main window (supervisor, password typed at once)",
                   mark(instant, "READY"), bare_ms)
    figures = summary("cold start until the dashboard's figures are shown",
                      mark(instant, "DASHBOARD"), bare_ms)
    after_click = summary("from Sign in pressed to a usable main window (opened while typing)",
                          mark(typed, "READY", "CLICK"), bare_ms)
    click_figures = summary("… until the dashboard's figures are shown",
                            mark(typed, "DASHBOARD", "CLICK"), bare_ms)
    first_list = summary("… then opening the case list (its first page, read when opened)",
                         mark(typed, "CASES", "DASHBOARD"), bare_ms)
    memory = {"name": "peak RSS, main window with the case list loaded (MB)", "n": repeat,
              "median": statistics.median(r for _, r in instant),
              "p95": max(r for _, r in instant),
              "floor_median": statistics.median(r for _, r in bare),
              "floor_p95": max(r for _, r in bare), "unit": "MB"}
    memory["ratio"] = memory["median"] / memory["floor_median"]
    return [floor, dialog, opened, cold, figures, after_click, click_figures, first_list,
            memory]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--engines", default="sqlite,postgresql")
    parser.add_argument("--minors", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument("--samples", type=int, default=20, help="cases searched for")
    parser.add_argument("--gui-repeat", type=int, default=5)
    parser.add_argument("--label", default="after", help="name of this run in the results")
    parser.add_argument("--no-upgrade", action="store_true",
                        help="measure the database as it is (e.g. before a new migration)")
    parser.add_argument("--skip", default="", help="comma list of: data,sort,gui,letters")
    parser.add_argument("--write", action="store_true", help="write benchmarks/RESULTS.md")
    args = parser.parse_args()
    skip = set(filter(None, args.skip.split(",")))
    path = OUT / f"results-{args.label}.json"
    # Runs with the same label add to one record (e.g. --skip gui, then --skip data).
    run: dict[str, Any] = (json.loads(path.read_text("utf-8")) if path.exists() else
                           {"label": args.label, "minors": args.minors, "engines": {}})
    run["machine"] = report.machine()
    for engine in args.engines.split(","):
        url = ensure_database(engine, args.minors)
        db = open_bench(url, upgrade=not args.no_upgrade)
        record = run["engines"].setdefault(engine, {"results": []})
        record.update(revision=db.current_revision(),
                      generation_seconds=generation_seconds(engine, args.minors))

        def keep(results: list[Timing], record: dict[str, Any] = record) -> None:
            names = {t["name"] for t in results}
            record["results"] = [t for t in record["results"] if t["name"] not in names]
            record["results"] += results
            path.write_text(json.dumps(run, indent=1), "utf-8")

        if "data" not in skip:
            keep(data_operations(db, args.repeat, args.samples))
        if "sort" not in skip:
            keep(sort_operations(db, args.repeat))
        if "letters" not in skip:
            keep(letter_batch(db))
        db.dispose()
        if "gui" not in skip:
            keep(gui_operations(url, engine, args.minors, args.gui_repeat))
        if "letters" not in skip and engine == args.engines.split(",")[0]:
            keep(report.letters(args.repeat))
        print(report.table(engine, record["results"]), flush=True)
    if args.write:
        report.write_results(ROOT / "benchmarks" / "RESULTS.md", OUT)


if __name__ == "__main__":
    main()
