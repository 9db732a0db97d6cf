# Two commands do all set-up: `make run` (the app) and `make test` (every check).
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
# setuptools explains editable installs of a flat layout at length on every install; the
# first `make run` should print nothing but real problems.
QUIET_BUILD := PYTHONWARNINGS=ignore::UserWarning
BIN := $(VENV)/bin

.PHONY: run test test-fast lint typecheck pytest translations benchmark clean dist

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(VENV)/.app-installed: pyproject.toml | $(BIN)/python
	@bash scripts/system-deps.sh
	$(QUIET_BUILD) $(BIN)/pip install -q -e .
	@touch $@

$(VENV)/.test-installed: pyproject.toml $(VENV)/.app-installed
	$(QUIET_BUILD) $(BIN)/pip install -q -e '.[test]'
	@touch $@

run: $(VENV)/.app-installed
	$(BIN)/python main.py $(ARGS)

# pytest-xdist: one worker per core (2 on the project's machines); PYTEST_WORKERS=0 runs in one.
PYTEST_WORKERS ?= auto

test: $(VENV)/.test-installed
	$(BIN)/ruff check .
	$(BIN)/mypy
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -n $(PYTEST_WORKERS) $(PYTEST_ARGS)

# The edit-test loop: unit and UI tests on SQLite, no reliability, wheel or PostgreSQL runs.
test-fast: $(VENV)/.test-installed
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -n $(PYTEST_WORKERS) -q \
		-k "not postgresql" tests/unit tests/ui $(PYTEST_ARGS)

translations: $(VENV)/.test-installed
	$(BIN)/python scripts/update_translations.py

benchmark: $(VENV)/.test-installed
	$(BIN)/python benchmarks/run.py $(ARGS)

$(VENV)/.dist-installed: pyproject.toml $(VENV)/.app-installed
	$(BIN)/pip install -q -e '.[dist]'
	@touch $@

# The offline bundle (PyInstaller, one folder): dist/familyedu-VERSION-linux-x86_64.tar.gz,
# for glibc 2.28 and newer (UOS 20, Kylin V10); ends by printing its glibc floor. The first run
# on a machine also builds a CPython for glibc 2.28 into ~/.cache/familyedu-dist (see
# packaging/build-python-glibc228.sh). FAMILYEDU_GLIBC=host freezes the .venv as it is instead.
# Takes a few minutes of CPU, so it is not part of `make test`.
dist: $(VENV)/.dist-installed
	PYTHON=$(BIN)/python nice -n 10 bash packaging/build-linux.sh

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache
