"""The layers hold (import-linter's contracts in pyproject.toml) and no code is dead
(vulture at 80 % confidence): a newcomer can trust the arrows and every name."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent


def test_the_import_contracts_are_kept() -> None:
    run = subprocess.run([str(BIN / "lint-imports"), "--no-cache"], cwd=ROOT,
                         capture_output=True, text=True, check=False)
    assert run.returncode == 0, run.stdout[-4000:] + run.stderr[-2000:]
    assert run.stdout.count(" KEPT") == 5


def _reaches_the_database(node: ast.AST) -> bool:
    """Any `….db` (a context's, a sign-in's) or the name `Database`: what import-linter
    cannot see."""
    if isinstance(node, ast.Attribute) and node.attr == "db":
        return True
    return isinstance(node, ast.Name) and node.id == "Database"


def test_the_ui_reaches_the_database_only_through_services() -> None:
    found = [f"{path.relative_to(ROOT)}:{node.lineno}"
             for path in sorted((ROOT / "familyedu" / "ui").rglob("*.py"))
             for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
             if _reaches_the_database(node)]
    assert found == []


def test_no_dead_code() -> None:
    run = subprocess.run([str(BIN / "vulture"), "familyedu", "tests/vulture_allowed.py",
                          "--min-confidence", "80"], cwd=ROOT, capture_output=True,
                         text=True, check=False)
    assert run.returncode == 0, run.stdout + run.stderr
