"""A tab whose form edits one saved record: Save and Discard, dirty tracking, conflicts.

The profile tab (the minor) and the order tab (the case's referral and order) share it. The
subclass builds its form and says how to read, write and fetch the record; this base keeps
the record the form was loaded from, enables Save / Discard only while the form holds an
unsaved edit, saves with the record's version (a newer version goes to resolve_stale), and
refreshes the form from a newer version only when that cannot lose the user's edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from familyedu.errors import StaleRecord
from familyedu.services import Services
from familyedu.ui.events import AppEvents
from familyedu.ui.forms import FieldSet, error_label
from familyedu.ui.forms.saving import run_save
from familyedu.ui.forms.stale import resolve_stale

V = TypeVar("V")  # the saved record the form edits (a CaseView, a MinorView)


class FormTab(QWidget, Generic[V]):
    """Subclasses call `_setup_form` once their form exists and implement the hooks below."""

    def __init__(self, services: Services, events: AppEvents, record: V,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.events = events
        self.record: V = record  # the saved version the form's edit started from

    def _setup_form(self, fields: FieldSet, save_text: str, discard_text: str) -> None:
        """The error label, the Save and Discard buttons, and the dirty tracking of `fields`.

        The button texts come from the subclass so that they keep its translation context.
        """
        self.fields = fields
        self.general = error_label(self)
        self.save_button = QPushButton(save_text, self)
        self.discard_button = QPushButton(discard_text, self)
        self.save_button.clicked.connect(self.save)
        self.discard_button.clicked.connect(self.discard)
        fields.tracker.changed.connect(self._dirty_changed)

    def save_row(self) -> QHBoxLayout:
        """Discard and Save, at the right."""
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.discard_button)
        row.addWidget(self.save_button)
        return row

    # -- hooks --------------------------------------------------------------------------

    def _values(self, record: V) -> object:
        """What the form shows of `record`, to tell whether a newer version changed it."""
        raise NotImplementedError

    def _load_form(self, record: V) -> None:
        """Put `record` into the form (which then has no unsaved edit)."""
        raise NotImplementedError

    def _save_call(self, record: V) -> Callable[[], V]:
        """The service call that saves the form's values over `record` (read them now)."""
        raise NotImplementedError

    def _fetch(self, record: V) -> V:
        """The newest saved version of `record`."""
        raise NotImplementedError

    def _show_record(self, record: V) -> None:
        """After a save or a reload: show what else the tab derives from the record."""

    def _saved(self, record: V) -> None:
        """After a save: tell the rest of the application."""

    # -- state --------------------------------------------------------------------------

    def is_dirty(self) -> bool:
        return self.fields.tracker.is_dirty()

    def _dirty_changed(self, dirty: bool) -> None:
        self.save_button.setEnabled(dirty)
        self.discard_button.setEnabled(dirty)

    def _take(self, record: V) -> bool:
        """Follow a newer saved version. The form is reloaded only if it has no unsaved
        edit; an edit whose fields the newer version left alone still applies to it. False
        if the newer version changed what the user is editing: the old version is kept, so
        that saving meets the conflict and asks the user."""
        if not self.is_dirty():
            self.record = record
            self._load_form(record)
            return True
        if self._values(record) == self._values(self.record):
            self.record = record
            return True
        return False

    # -- saving -------------------------------------------------------------------------

    def save(self) -> bool:
        record = self.record
        ok, view = run_save(self, self._save_call(record), sinks=[self.fields.show_errors],
                            general=self.general, on_stale=self._stale)
        if ok and view is not None:
            self.record = view
            self._load_form(view)
            self._show_record(view)
            self._saved(view)
        return ok

    def _stale(self, exc: StaleRecord) -> None:
        resolve_stale(self, self.fields, exc, reload=self.reload, save_again=self.save)

    def reload(self) -> None:
        """The newest saved version, in the form; the user's edit is dropped."""
        self.record = self._fetch(self.record)
        self._load_form(self.record)
        self._show_record(self.record)

    def discard(self) -> None:
        self.reload()
