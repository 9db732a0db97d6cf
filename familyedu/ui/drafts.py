"""Crash-safe drafts of open forms, saved as private JSON files while they hold changes.

A draft is keyed by user, case and form, written every few seconds while the form is dirty,
deleted when the form is saved or discarded, and offered back when the same form opens again.
The files hold what was typed (names, notes), so only their owner may read them (0600).
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from familyedu import platform
from familyedu.paths import data_dir
from familyedu.ui import formatting
from familyedu.ui.forms.dirty import DirtyTracker

log = logging.getLogger(__name__)

AUTOSAVE_MS = 3000
FORMAT_VERSION = 1
_SAFE = re.compile(r"[^a-z0-9_-]+")


def drafts_dir() -> Path:
    return platform.make_private_dir(data_dir() / "drafts")


@dataclass(frozen=True)
class DraftKey:
    """Whose draft of which form of which case (`case_id` None: a new case)."""

    user_id: int
    case_id: int | None
    form: str

    def filename(self) -> str:
        form = _SAFE.sub("_", self.form.lower()) or "form"
        case = "new" if self.case_id is None else str(self.case_id)
        return f"u{self.user_id}-c{case}-{form}.json"


@dataclass(frozen=True)
class Draft:
    key: DraftKey
    saved_at: datetime
    state: dict[str, Any]


class DraftStore:
    """Reads and writes draft files in one folder (the user's data folder by default)."""

    def __init__(self, directory: Path | None = None) -> None:
        self._directory = directory

    @property
    def directory(self) -> Path:
        return self._directory if self._directory is not None else drafts_dir()

    def path(self, key: DraftKey) -> Path:
        return self.directory / key.filename()

    def save(self, key: DraftKey, state: dict[str, Any], now: datetime | None = None) -> Path:
        """Write atomically (temporary file, fsync, rename), readable by the owner only."""
        target = self.path(key)
        body = json.dumps({"format": FORMAT_VERSION,
                           "saved_at": (now or datetime.now()).isoformat(timespec="seconds"),
                           "state": state}, ensure_ascii=False)
        temporary = target.with_suffix(".tmp")
        fd = platform.open_private_file(temporary)
        try:
            os.write(fd, body.encode("utf-8"))
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(temporary, target)
        return target

    def load(self, key: DraftKey) -> Draft | None:
        path = self.path(key)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            return Draft(key, datetime.fromisoformat(data["saved_at"]), dict(data["state"]))
        except FileNotFoundError:
            return None
        except (OSError, ValueError, KeyError, TypeError):
            # A draft cut short by a crash cannot be offered; keep it aside, don't crash.
            log.warning("unreadable draft %s set aside", path.name)
            with contextlib.suppress(OSError):
                path.replace(path.with_suffix(".broken"))
            return None

    def delete(self, key: DraftKey) -> None:
        with contextlib.suppress(FileNotFoundError):
            self.path(key).unlink()


class DraftKeeper(QObject):
    """Autosaves one form's state while its tracker says it is dirty."""

    def __init__(self, key: DraftKey, tracker: DirtyTracker,
                 get_state: Callable[[], dict[str, Any]], parent: QObject | None = None, *,
                 store: DraftStore | None = None, interval_ms: int | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.store = store or DraftStore()
        self._tracker = tracker
        self._get_state = get_state
        self._last_written: str | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms or AUTOSAVE_MS)
        self._timer.timeout.connect(self.save_now)
        tracker.changed.connect(self._on_dirty)
        if tracker.is_dirty():
            self._timer.start()

    def _on_dirty(self, dirty: bool) -> None:
        if dirty:
            self._timer.start()
        else:
            self._timer.stop()

    def pending(self) -> Draft | None:
        return self.store.load(self.key)

    def save_now(self) -> None:
        if not self._tracker.is_dirty():
            return
        try:
            state = self._get_state()
            text = json.dumps(state, ensure_ascii=False, sort_keys=True)
            if text != self._last_written:
                self.store.save(self.key, state)
                self._last_written = text
        except (OSError, TypeError, ValueError):
            # The draft is a safety net: failing to write it must not disturb the typing.
            log.exception("draft %s not written", self.key.filename())

    def finish(self) -> None:
        """The form was saved or its changes discarded: the draft has served its purpose."""
        self._timer.stop()
        self._last_written = None
        self.store.delete(self.key)

    def offer_restore(self, parent: QWidget | None,
                      apply: Callable[[dict[str, Any]], None]) -> bool:
        """If a draft of this form exists, ask whether to restore it; True if restored."""
        draft = self.pending()
        if draft is None:
            return False
        answer = QMessageBox.question(
            parent, self.tr("Unsaved draft found"),
            self.tr("There is an unsaved draft of this form from %1, probably left by a "
                    "crash or a power cut. Restore it?")
            .replace("%1", formatting.date_time(draft.saved_at)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Discard,
            QMessageBox.StandardButton.Yes)
        if answer == QMessageBox.StandardButton.Yes:
            apply(draft.state)
            self._tracker.set_dirty(True)
            return True
        if answer == QMessageBox.StandardButton.Discard:
            self.store.delete(self.key)
        return False
