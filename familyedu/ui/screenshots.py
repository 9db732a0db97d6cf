"""`main.py --screenshot-dir`: open each main screen at a fixed size and save a PNG of it."""

from __future__ import annotations

import importlib.util
import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from familyedu.models.enums import CaseStatus
from familyedu.services.dto import CaseQuery
from familyedu.services.errors import ServiceError
from familyedu.ui.admin import AdminView
from familyedu.ui.main_window import (
    NAV_ADMIN,
    NAV_CASES,
    NAV_DASHBOARD,
    NAV_LETTERS,
    MainWindow,
)

log = logging.getLogger(__name__)

SIZE = (1400, 900)


def _settle(ms: int = 150) -> None:
    """Let layouts, charts and lazy pages finish before a picture is taken."""
    for _ in range(3):
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()
    QCoreApplication.processEvents()


def _save(window: QWidget, directory: Path, name: str, shots: list[Path]) -> None:
    _settle()
    path = directory / f"{len(shots) + 1:02d}_{name}.png"
    if not window.grab().save(str(path)):
        raise OSError(f"could not write {path}")
    shots.append(path)
    log.info("screenshot %s", path.name)


def _first_openable_case(window: MainWindow) -> int | None:
    """The first case in the list that opens without a sealed-record reason."""
    services = window.services
    for row in services.cases.page(CaseQuery(status=CaseStatus.OPEN, limit=20)).rows:
        try:
            if not services.cases.get(row.id).minor.sealed:
                return row.id
        except ServiceError:
            continue
    return None


def take_screenshots(window: MainWindow, directory: Path) -> list[Path]:
    """Dashboard, case list, a case's workspace, letters and administration, as available."""
    directory.mkdir(parents=True, exist_ok=True)
    window.resize(*SIZE)
    window.show()
    shots: list[Path] = []
    keys = window.nav_keys()
    if NAV_DASHBOARD in keys:
        window.show_page(NAV_DASHBOARD)
        dashboard = window.page(NAV_DASHBOARD)
        wait = getattr(dashboard, "wait_until_loaded", None)
        if wait is not None:  # its figures arrive from a worker thread
            wait()
        _save(window, directory, "dashboard", shots)
    if NAV_CASES in keys and window.cases is not None:
        window.show_page(NAV_CASES)
        window.cases.show_list()
        _save(window, directory, "cases", shots)
        case_id = _first_openable_case(window)
        if case_id is not None and importlib.util.find_spec("familyedu.ui.workspace"):
            if window.open_case(case_id) is not None:
                _save(window, directory, "case_workspace", shots)
            window.cases.show_list()
    if NAV_LETTERS in keys:
        window.show_page(NAV_LETTERS)
        _save(window, directory, "letters", shots)
    if NAV_ADMIN in keys:
        admin = window.show_page(NAV_ADMIN)
        _save(window, directory, "administration", shots)
        if isinstance(admin, AdminView):
            admin.tabs.setCurrentWidget(admin.center)
            _save(window, directory, "administration_center", shots)
    app = QApplication.instance()
    if app is not None:
        app.processEvents()
    return shots
