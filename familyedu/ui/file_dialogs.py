"""Open and save dialogs that start in the user's documents folder and remember the last one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from familyedu.ui import i18n

LAST_FOLDER_KEY = "files/last_folder"


def documents_folder() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


def start_folder() -> Path:
    """The folder last used for a file, while it exists; else the user's documents."""
    last = str(i18n.settings().value(LAST_FOLDER_KEY, "") or "")
    if last and Path(last).is_dir():
        return Path(last)
    return documents_folder()


def remember(path: str | Path) -> None:
    folder = Path(path).parent if not Path(path).is_dir() else Path(path)
    i18n.settings().setValue(LAST_FOLDER_KEY, str(folder))


def save_path(parent: QWidget | None, title: str, file_name: str, filters: str) -> Path | None:
    """Ask where to save `file_name`; None if cancelled."""
    chosen, _filter = QFileDialog.getSaveFileName(parent, title,
                                                  str(start_folder() / file_name), filters)
    if not chosen:
        return None
    remember(chosen)
    return Path(chosen)


def open_path(parent: QWidget | None, title: str, filters: str) -> Path | None:
    """Ask for a file to open; None if cancelled."""
    chosen, _filter = QFileDialog.getOpenFileName(parent, title, str(start_folder()), filters)
    if not chosen:
        return None
    remember(chosen)
    return Path(chosen)
