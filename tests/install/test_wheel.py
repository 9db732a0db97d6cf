"""A center's first day from the wheel, installed WITHOUT the test extra, outside the repo.

The suite's own virtualenv has every test tool in it, so a module only the test extra brings
(or a file found only in a source checkout) would pass every other test and fail a user. This
test builds the wheel from the working tree, installs it with its run-time dependencies only
into a new virtualenv (uv: a hard-linked cache makes that seconds), and from an empty folder
runs what a center does on its first day.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
UV = Path(sys.executable).with_name("uv")
SOURCES = ("pyproject.toml", "README.md", "main.py", "familyedu")
SKIPPED = shutil.ignore_patterns("__pycache__", "*.pyc", "*.ts")

pytestmark = pytest.mark.install


def _run(args: list[str | Path], cwd: Path, env: dict[str, str],
         timeout: float = 300) -> subprocess.CompletedProcess[str]:
    done = subprocess.run([str(a) for a in args], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=timeout, check=False)
    for stream in (done.stdout, done.stderr):
        assert "Traceback" not in stream, stream
        assert not re.search(r"\b(ModuleNotFound|FileNotFound|Import)Error\b", stream), stream
    assert done.returncode == 0, f"{args}\n{done.stdout}\n{done.stderr}"
    return done


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bin folder of a new virtualenv holding the wheel and its run-time dependencies."""
    if not UV.exists():
        pytest.fail("uv is part of the test extra: run `make test`")
    work = tmp_path_factory.mktemp("wheel")
    source = work / "source"  # a copy: the build's scratch folders stay out of the repo
    source.mkdir()
    for name in SOURCES:
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, source / name, ignore=SKIPPED)
        else:
            shutil.copy2(ROOT / name, source / name)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("VIRTUAL_ENV", "PYTHON"))}
    _run([UV, "build", "--wheel", "--quiet", "--out-dir", work / "dist", source], work, env)
    wheel = next((work / "dist").glob("familyedu-*.whl"))
    venv = work / "venv"
    _run([UV, "venv", "--quiet", "--python", sys.executable, venv], work, env)
    install = [UV, "pip", "install", "--quiet", "--python", venv / "bin" / "python", wheel]
    # From uv's cache when it has everything (no network, any system date); else from the index.
    offline = subprocess.run([*map(str, install), "--offline"], cwd=work, env=env,
                             capture_output=True, text=True, check=False)
    if offline.returncode != 0:
        _run(install, work, env)
    return venv / "bin"


def _user_env(home: Path, **more: str) -> dict[str, str]:
    """What a person's shell has: no test settings, no path into the repository."""
    keep = ("PATH", "LANG", "LC_ALL", "TMPDIR", "SSL_CERT_FILE")
    env = {k: os.environ[k] for k in keep if k in os.environ}
    env.update(HOME=str(home), FAMILYEDU_DATA_DIR=str(home / "data"), QT_QPA_PLATFORM="offscreen",
               XDG_CONFIG_HOME=str(home / ".config"), **more)
    return env


def test_the_installed_app_imports_nothing_from_the_repository(
        installed: Path, tmp_path: Path) -> None:
    found = _run([installed / "python", "-c", "import familyedu.resources as r, familyedu; "
                  "print(familyedu.__file__); print(r.resource_path('fonts'))"],
                 tmp_path, _user_env(tmp_path))
    module, fonts = found.stdout.split()
    assert Path(module).is_relative_to(installed.parent)
    assert Path(fonts).is_relative_to(installed.parent)
    assert (Path(fonts) / "uming.ttc").is_file()
    # No test tool came with it: pytest and pypdf's test-only neighbours stay out.
    absent = subprocess.run([installed / "python", "-c", "import pytest"], cwd=tmp_path,
                            capture_output=True, check=False)
    assert absent.returncode != 0


def test_a_centers_first_day_from_the_wheel(installed: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    (home / "data").mkdir(parents=True)
    admin = installed / "familyedu-admin"

    # First start of a real center.
    center = f"sqlite:///{home / 'data' / 'center.sqlite3'}"
    env = _user_env(home, FAMILYEDU_USER="admin", FAMILYEDU_PASSWORD="admin-pass-1")
    _run([admin, "--db", center, "init-db", "--center", "某县家庭教育指导中心",
          "--phone", "0851-12345678", "--address", "某县城关镇幸福路1号"], tmp_path, env)
    assert "ok" in _run([admin, "--db", center, "check-db"], tmp_path, env).stdout

    # A demo center to try everything on: letters, statistics, every screen.
    demo = f"sqlite:///{home / 'data' / 'demo.sqlite3'}"
    made = _run([admin, "--db", demo, "demo-data", "--today", "2026-11-27", "--minors", "8",
                 "--seed", "3"], tmp_path, _user_env(home))
    account = re.search(r"supervisor\s+(\S+)\s+password (\S+)", made.stdout)
    assert account, made.stdout
    sup = _user_env(home, FAMILYEDU_USER=account.group(1), FAMILYEDU_PASSWORD=account.group(2))
    due = _run([admin, "--db", demo, "letters-batch", "--period", "2026-11", "--out",
                tmp_path / "batch", "--dry-run"], tmp_path, sup).stdout
    case_number = re.search(r"^(\d{4}-\d{4})\s+guardian", due, re.MULTILINE)
    assert case_number, due
    letter = tmp_path / "letter.pdf"
    _run([admin, "--db", demo, "letter", case_number.group(1), "--kind", "guardian",
          "--out", letter], tmp_path, sup)
    assert letter.read_bytes().startswith(b"%PDF")
    stats = tmp_path / "stats.pdf"
    _run([admin, "--db", demo, "stats", "--period", "2026", "--out", stats], tmp_path, sup)
    assert stats.read_bytes().startswith(b"%PDF")

    # Every screen of the desktop, Administration and Letters included.
    shots = tmp_path / "shots"
    _run([installed / "familyedu", "--db", demo, "--lang", "zh_CN", "--screenshot-dir", shots],
         tmp_path, sup)
    names = {p.stem.split("_", 1)[1] for p in shots.glob("*.png")}
    assert {"dashboard", "cases", "case_workspace", "letters", "administration"} <= names
    assert all(p.stat().st_size > 5_000 for p in shots.glob("*.png"))
