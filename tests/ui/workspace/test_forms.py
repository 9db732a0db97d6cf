"""The form helpers: optional dates, errors beside fields, unsaved changes, crash-safe drafts."""

from __future__ import annotations

import json
import stat
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QMessageBox, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from familyedu.ui import drafts
from familyedu.ui.drafts import DraftKeeper, DraftKey, DraftStore
from familyedu.ui.forms import DateField, FieldSet
from tests.ui.workspace.helpers import MessageBoxes, type_text

NOW = datetime(2026, 11, 27, 10, 0)


def test_optional_date_starts_empty_fills_today_when_typed_and_clears(qtbot: QtBot) -> None:
    field = DateField(optional=True, default=lambda: NOW)
    qtbot.addWidget(field)
    assert field.date_value() is None
    assert field.edit.text() == ""
    assert field.edit.placeholderText() == "no date"
    qtbot.keyClick(field.edit, Qt.Key.Key_Up)  # touching an empty field starts from today
    assert field.date_value() is not None
    assert abs((field.date_value() - NOW.date()).days) <= 366  # type: ignore[operator]
    field.set_value(date(2027, 2, 28))
    assert field.edit.text() == "2027-02-28"
    assert field.clear_button is not None
    qtbot.mouseClick(field.clear_button, Qt.MouseButton.LeftButton)
    assert field.date_value() is None
    field.set_value("2026-03-01")  # as a draft stores it
    assert field.date_value() == date(2026, 3, 1)
    qtbot.keyClick(field.edit, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    assert field.is_empty()


def test_required_date_time_field_cannot_be_emptied(qtbot: QtBot) -> None:
    field = DateField(optional=False, with_time=True, default=lambda: NOW)
    qtbot.addWidget(field)
    assert field.clear_button is None
    assert field.datetime_value() == NOW
    field.set_value(None)
    assert field.datetime_value() == NOW
    field.set_read_only(True)
    assert field.edit.isReadOnly()


class _Form(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.fields = FieldSet(self)
        self.name = QLineEdit(self)
        self.phone = QLineEdit(self)
        self.relation = QComboBox(self)
        self.relation.addItem("Father", "father")
        self.relation.addItem("Mother", "mother")
        self.due = DateField(self)
        layout = QVBoxLayout(self)
        for key, widget in (("name", self.name), ("guardians.0.phone", self.phone),
                            ("relation", self.relation), ("due", self.due)):
            layout.addWidget(self.fields.add(key, widget, key))


def test_errors_show_beside_their_field_and_go_when_the_field_is_edited(qtbot: QtBot) -> None:
    form = _Form()
    qtbot.addWidget(form)
    form.show()
    form.fields.load({"name": "张小明", "guardians.0.phone": "12345", "relation": "father"})
    leftovers = form.fields.show_errors({"guardians.0.phone": "Not a phone number",
                                         "goals": "A plan needs a goal"})
    assert leftovers == {"goals": "A plan needs a goal"}
    label = form.fields.error_label("guardians.0.phone")
    assert label is not None
    assert label.isVisible()
    assert label.text() == "Not a phone number"
    # The label sits right under the phone field, and the field is outlined.
    assert label.parentWidget() is form.phone.parentWidget()
    assert form.phone.property("fieldError") is True
    assert form.focusWidget() is form.phone
    assert form.phone.text() == "12345"  # what was typed stays
    type_text(qtbot, form.phone, "6")
    assert not label.isVisible()
    assert not form.phone.property("fieldError")


def test_dirty_changed_fields_and_draft_state_round_trip(qtbot: QtBot) -> None:
    form = _Form()
    qtbot.addWidget(form)
    form.fields.load({"name": "张小明", "guardians.0.phone": "", "relation": "father",
                      "due": None})
    assert not form.fields.tracker.is_dirty()
    type_text(qtbot, form.phone, "13812345678")
    form.due.set_value(date(2027, 1, 5))
    assert form.fields.tracker.is_dirty()
    assert form.fields.changed_fields() == ["guardians.0.phone", "due"]
    state = form.fields.state()
    assert json.loads(json.dumps(state)) == state
    other = _Form()
    qtbot.addWidget(other)
    other.fields.restore(state)
    assert other.phone.text() == "13812345678"
    assert other.due.date_value() == date(2027, 1, 5)
    assert other.fields.tracker.is_dirty()


def test_draft_files_are_private_atomic_and_broken_ones_set_aside(tmp_path: Path) -> None:
    store = DraftStore(tmp_path)
    key = DraftKey(7, 12, "session")
    path = store.save(key, {"private_notes": "祖母情绪低落"})
    assert path.name == "u7-c12-session.json"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    loaded = store.load(key)
    assert loaded is not None
    assert loaded.state == {"private_notes": "祖母情绪低落"}
    path.write_text('{"saved_at": "2026-11-27T10:00:00", "state": {', encoding="utf-8")
    assert store.load(key) is None
    assert not path.exists()
    assert path.with_suffix(".broken").exists()
    store.delete(key)  # nothing left to delete is fine


def test_keeper_writes_while_dirty_and_offers_the_draft_back(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, boxes: MessageBoxes) -> None:
    monkeypatch.setattr(drafts, "AUTOSAVE_MS", 30)
    form = _Form()
    qtbot.addWidget(form)
    keeper = DraftKeeper(DraftKey(1, None, "test"), form.fields.tracker, form.fields.state,
                         form)
    path = keeper.store.path(keeper.key)
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    type_text(qtbot, form.name, "张小明")
    qtbot.waitUntil(path.exists, timeout=2000)
    assert "张小明" in path.read_text(encoding="utf-8")

    again = _Form()
    qtbot.addWidget(again)
    second = DraftKeeper(DraftKey(1, None, "test"), again.fields.tracker, again.fields.state,
                         again)
    boxes.answer(QMessageBox.StandardButton.Yes)
    assert second.offer_restore(again, again.fields.restore)
    assert again.name.text() == "张小明"
    assert "draft" in boxes.texts("question")[0]
    second.finish()
    assert not path.exists()
