"""Compare what a killed desk acknowledged with what the database holds afterwards."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from tests.reliability.helpers.consistency import Snapshot


@dataclass(frozen=True)
class Ack:
    """A write the child saw committed: `ok <op> <id> <version> <marker>`."""

    op: str
    ident: int
    version: int
    marker: str


@dataclass(frozen=True)
class Begin:
    """A write the child started: `begin <op> <target> <marker>`."""

    op: str
    target: int
    marker: str


@dataclass
class Run:
    acks: list[Ack]
    in_doubt: Begin | None  # started, not acknowledged: may or may not have committed
    errors: list[str]
    started: bool


def read_run(path: Path) -> Run:
    """Only whole lines count: a line cut by the kill was never acknowledged."""
    text = path.read_bytes().decode("utf-8", errors="replace") if path.exists() else ""
    run = Run([], None, [], False)
    for line in text.split("\n")[:-1]:
        parts = line.split(" ")
        if parts[0] == "start":
            run.started = True
        elif parts[0] == "begin":
            run.in_doubt = Begin(parts[1], int(parts[2]), parts[3])
        elif parts[0] == "ok":
            run.acks.append(Ack(parts[1], int(parts[2]), int(parts[3]), parts[4]))
            run.in_doubt = None
        elif parts[0] == "error":
            run.errors.append(line)
    return run


def _versioned(kind: str, ops: tuple[str, ...], create_op: str | None,
               before: dict[int, tuple[int, str]], after: dict[int, tuple[int, str]],
               run: Run, edits: list[tuple[str, int]]) -> list[str]:
    """Each record holds its last acknowledged write, or the one write in doubt after it.

    Committed edits (acknowledged, or in doubt and found in the record) go to `edits`.
    """
    expected = dict(before)
    for ack in run.acks:
        if ack.op in ops:
            expected[ack.ident] = (ack.version, ack.marker)
            if ack.op != create_op:
                edits.append((kind, ack.ident))
    doubt = run.in_doubt
    found = []
    extra_allowed = 1
    for ident, state in after.items():
        if ident in expected:
            if state == expected[ident]:
                continue
            # One action may flush a record twice, so a version can grow by more than one.
            if (doubt is not None and doubt.op in ops and doubt.op != create_op
                    and doubt.target == ident and state[1] == doubt.marker
                    and state[0] > expected[ident][0]):
                edits.append((kind, ident))
                continue
            found.append(f"{kind} {ident} holds {state}, acknowledged {expected[ident]}")
        elif (doubt is not None and doubt.op == create_op and state == (1, doubt.marker)
              and extra_allowed):
            extra_allowed -= 1
        else:
            found.append(f"{kind} {ident} {state} was never written")
    for ident in expected.keys() - after.keys():
        found.append(f"acknowledged {kind} {ident} {expected[ident]} is missing")
    return found


def lost_or_phantom(before: Snapshot, after: Snapshot, run: Run,
                    edits: list[tuple[str, int]]) -> list[str]:
    """Acknowledged writes that are missing or altered, and writes nobody made.

    The edits that committed are appended to `edits` as (entity type, id).
    """
    found = _versioned("session", ("session", "session_edit"), "session", before.sessions,
                       after.sessions, run, edits)
    found += _versioned("plan", ("plan",), None, before.plans, after.plans, run, edits)
    known_minors = {m: after.minors[m] for m in before.minors if m in after.minors}
    found += _versioned("minor", ("minor",), None, before.minors, known_minors, run, edits)
    found += [f"acknowledged minor {m} is missing"
              for m in before.minors.keys() - after.minors.keys()]
    found += _versioned("letter", ("letter",), "letter", before.letters, after.letters, run,
                        edits)
    expected_cases = dict(before.cases)
    for ack in run.acks:
        if ack.op == "case":
            expected_cases[ack.ident] = ack.marker
            if after.cases.get(ack.ident) != ack.marker:
                found.append(f"acknowledged case {ack.ident} ({ack.marker}) holds "
                             f"{after.cases.get(ack.ident)}")
    new = after.cases.keys() - expected_cases.keys()
    doubt = run.in_doubt
    allowed = {c for c in new if doubt is not None and doubt.op == "case"
               and after.cases[c] == doubt.marker}
    if len(allowed) > 1 or new - allowed:
        found.append(f"cases {sorted(new)} were never written")
    found += [f"acknowledged case {c} is missing"
              for c in expected_cases.keys() - after.cases.keys()]
    return found
