"""Where familyedu keeps its files: the user's data folder (shipped files: familyedu.resources)."""

from __future__ import annotations

import os
from pathlib import Path

from familyedu import platform

APP_NAME = platform.APP_NAME


def data_dir() -> Path:
    """The user's data folder (overridable with FAMILYEDU_DATA_DIR for tests and kiosks)."""
    override = os.environ.get("FAMILYEDU_DATA_DIR")
    path = Path(override) if override else platform.user_data_dir()
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database_path() -> Path:
    return data_dir() / "familyedu.sqlite3"


def default_database_url() -> str:
    return f"sqlite:///{default_database_path()}"


def log_dir() -> Path:
    path = data_dir() / "logs"
    path.mkdir(parents=True, exist_ok=True)
    return path


def backup_dir() -> Path:
    path = data_dir() / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path


def resolve_database_url(cli_value: str | None) -> str:
    """`--db` wins, then FAMILYEDU_DATABASE_URL, then the SQLite file in the data folder."""
    return cli_value or os.environ.get("FAMILYEDU_DATABASE_URL") or default_database_url()
