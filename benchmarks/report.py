"""Benchmark reporting: the machine, the letters' timings, the tables and RESULTS.md."""

from __future__ import annotations

import io
import json
import os
import platform
import sqlite3
import statistics
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

Timing = dict[str, Any]

# Issue #7's targets on this machine (SQLite), by the start of the operation's name.
TARGETS: dict[str, tuple[str, Any]] = {
    "search": ("", lambda t: f"p95 ≤ 30 ms {'✓' if t['p95'] <= 30 else '✗'}, "
                   f"≤ 2× floor {'✓' if (t.get('ratio') or 0) <= 2 else '✗'}"),
    "case list: first page": ("≤ 200 ms", lambda t: t["median"] <= 200),
    "open a case": ("≤ 150 ms", lambda t: t["median"] <= 150),
    # Issue #14's: sorting the whole center by any column, and start-up in two steps.
    "case list: sorted by": ("≤ 30 ms", lambda t: t["median"] <= 30),
    "cold start to the sign-in dialog": ("≤ 2× bare window",
                                         lambda t: (t.get("ratio") or 99) <= 2),
    "cold start to a usable main window": ("≤ 4× bare window",
                                           lambda t: (t.get("ratio") or 99) <= 4),
    "from Sign in pressed": ("≤ 4× bare window", lambda t: (t.get("ratio") or 99) <= 4),
    "cold start": ("≤ 3× bare window", lambda t: (t.get("ratio") or 99) <= 3),
    "peak RSS": ("≤ 400 MB", lambda t: t["median"] <= 400),
    "one progress letter": ("≤ 1.5× bare reportlab", lambda t: (t.get("ratio") or 99) <= 1.5),
    "1,000 progress letters": ("≤ 90 s", lambda t: t["median"] <= 90_000),
}


def machine() -> dict[str, str]:
    cpu = ""
    with open("/proc/cpuinfo", encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    with open("/proc/meminfo", encoding="utf-8") as fh:
        mem_kb = int(fh.readline().split()[1])
    versions = {"python": platform.python_version(), "sqlite": sqlite3.sqlite_version}
    try:
        import sqlcipher3

        versions["sqlcipher (sqlite)"] = sqlcipher3.dbapi2.sqlite_version
    except ImportError:
        pass
    import PySide6
    import reportlab
    import sqlalchemy

    versions.update(sqlalchemy=sqlalchemy.__version__, pyside6=PySide6.__version__,
                    reportlab=reportlab.Version)
    try:
        from sqlalchemy import create_engine, text

        server = os.environ.get("FAMILYEDU_BENCH_PG",
                                "postgresql+psycopg://postgres@127.0.0.1:5432")
        engine = create_engine(f"{server}/postgres")
        with engine.connect() as conn:
            versions["postgresql"] = str(conn.scalar(text("SHOW server_version")))
        engine.dispose()
    except Exception:
        pass
    return {"nproc": str(os.cpu_count()), "cpu": cpu, "ram": f"{mem_kb / 1024 ** 2:.1f} GiB",
            "os": platform.platform(), "load": " ".join(f"{x:.2f}" for x in os.getloadavg()),
            "when": time.strftime("%Y-%m-%d %H:%M"),
            **{f"version {k}": v for k, v in versions.items()}}


# -- letters ---------------------------------------------------------------------------------


def letters(repeat: int) -> list[Timing]:
    """One progress letter vs bare reportlab with the same text and fonts; then 1,000."""
    from pypdf import PdfReader
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from familyedu.reports import build_document, default_font_set, load_default_wording
    from familyedu.reports.samples import guardian

    data = guardian()
    wording = load_default_wording("guardian", data.header.language)
    fonts = default_font_set()
    pdf = build_document("guardian", data, wording, fonts=fonts)
    lines = [line for page in PdfReader(io.BytesIO(pdf)).pages
             for line in (page.extract_text() or "").splitlines() if line.strip()]
    body = fonts.body
    if body.name not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(body.name, body.path, subfontIndex=body.subfont_index))
    style = ParagraphStyle("body", fontName=body.name, fontSize=12, leading=20)

    def bare() -> None:
        out = io.BytesIO()
        SimpleDocTemplate(out, pagesize=A4).build([Paragraph(line, style) for line in lines])

    def ours() -> None:
        build_document("guardian", data, wording, fonts=fonts)

    ours_ms, bare_ms = [], []
    for _ in range(repeat):
        for call, into in ((ours, ours_ms), (bare, bare_ms)):
            started = time.perf_counter()
            call()
            into.append((time.perf_counter() - started) * 1000)
    one = {"name": "one progress letter (guardian letter, zh_CN)", "n": repeat,
           "median": statistics.median(ours_ms), "p95": sorted(ours_ms)[int(0.95 * repeat)],
           "floor_median": statistics.median(bare_ms),
           "floor_p95": sorted(bare_ms)[int(0.95 * repeat)]}
    one["ratio"] = one["median"] / one["floor_median"]
    started = time.perf_counter()
    for i in range(1000):
        item = replace(data, header=replace(data.header, reference=f"开家指〔2026〕{i + 1}号"))
        build_document("guardian", item, wording, fonts=fonts)
    batch_ms = (time.perf_counter() - started) * 1000
    batch = {"name": "1,000 progress letters (builder only, no database)", "n": 1,
             "median": batch_ms,
             "p95": batch_ms}
    return [one, batch]


# -- tables ----------------------------------------------------------------------------------


def _fmt(value: float | None, unit: str = "ms") -> str:
    if value is None:
        return "–"
    if unit == "MB":
        return f"{value:.0f} MB"
    if value >= 10_000:
        return f"{value / 1000:.1f} s"
    return f"{value:.1f}" if value < 100 else f"{value:.0f}"


def _target(t: Timing) -> str:
    for prefix, (text, check) in TARGETS.items():
        if t["name"].startswith(prefix):
            verdict = check(t)
            if isinstance(verdict, str):  # a target of several parts words its own verdict
                return verdict
            return f"{text} {'✓' if verdict else '✗'}"
    return ""


def rows(results: list[Timing]) -> list[list[str]]:
    out = []
    for t in results:
        unit = t.get("unit", "ms")
        ratio = t.get("ratio")
        out.append([t["name"], str(t["n"]), _fmt(t["median"], unit), _fmt(t["p95"], unit),
                    _fmt(t.get("floor_median"), unit), _fmt(t.get("floor_p95"), unit),
                    f"{ratio:.2f}×" if ratio else "–", _target(t)])
    return out


HEADER = ["operation", "n", "median", "p95", "floor median", "floor p95", "ratio", "target"]


def table(engine: str, results: list[Timing]) -> str:
    body = [HEADER, *rows(results)]
    widths = [max(len(r[i]) for r in body) for i in range(len(HEADER))]
    lines = [f"== {engine} (times in ms unless marked) =="]
    for r in body:
        lines.append("  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)))
    return "\n".join(lines)


def markdown(results: list[Timing]) -> str:
    lines = ["| " + " | ".join(HEADER) + " |", "|" + "---|" * len(HEADER)]
    lines += ["| " + " | ".join(r) + " |" for r in rows(results)]
    return "\n".join(lines)


def write_results(path: Path, out: Path) -> None:
    """RESULTS.md from the kept runs (results-before.json, results-after.json …)."""
    runs = [json.loads(p.read_text("utf-8")) for p in sorted(out.glob("results-*.json"))]
    runs.sort(key=lambda r: (r["label"] != "before", r["label"]))
    parts = [path.read_text("utf-8").split("<!-- generated -->")[0].rstrip(), "",
             "<!-- generated -->", ""]
    for run in runs:
        m = run["machine"]
        parts += [f"## Run “{run['label']}” — {run['minors']:,} minors, {m['when']}", "",
                  f"Machine: {m['nproc']} cores ({m['cpu']}), {m['ram']} RAM, {m['os']}; "
                  f"load average at start {m['load']}.", "",
                  "Versions: " + ", ".join(f"{k[8:]} {v}" for k, v in m.items()
                                           if k.startswith("version ")) + ".", ""]
        for engine, result in run["engines"].items():
            gen = result.get("generation_seconds")
            parts += [f"### {engine} (schema revision {result['revision']}"
                      + (f"; demo-data took {gen:.0f} s" if gen else "") + ")", "",
                      markdown(result["results"]), ""]
    path.write_text("\n".join(parts) + "\n", encoding="utf-8")
