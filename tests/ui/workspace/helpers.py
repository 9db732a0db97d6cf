"""Doing what a counselor does: typing (Chinese through the input method), answering boxes."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any, TypeVar

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QMessageBox,
    QTableView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from familyedu.ui.forms import DateField
from familyedu.ui.workspace.new_case import NewCaseDialog

W = TypeVar("W", bound=QWidget)
Button = QMessageBox.StandardButton


def type_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Type into a widget: ASCII by key clicks, anything else as an IME commit."""
    target = widget.focusProxy() or widget
    target.setFocus()
    if text.isascii():
        qtbot.keyClicks(target, text)
        return
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(target, event)


def replace_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Select what is in the field and type over it."""
    target = widget.focusProxy() or widget
    target.setFocus()
    if isinstance(target, QLineEdit | QAbstractSpinBox):
        target.selectAll()
    else:
        qtbot.keyClick(target, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, target, text)


def choose(qtbot: QtBot, combo: Any, data: Any) -> None:
    """Pick a combo entry by keyboard: focus it and step to the entry holding `data`."""
    combo.setFocus()
    target = combo.findData(data)
    assert target >= 0, f"{data!r} is not offered"
    combo.setCurrentIndex(0)
    for _ in range(target):
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentIndex() == target


def tick(qtbot: QtBot, box: QAbstractButton) -> None:
    """Click a check box on its indicator, where a user's pointer goes."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(6, box.height() // 2))


def set_date(field: DateField, value: Any) -> None:
    field.set_value(value)


class MessageBoxes:
    """QMessageBox's static boxes, answered from a queue and recorded for assertions."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.shown: list[tuple[str, str, str]] = []
        self.answers: list[Button] = []
        # Set once the test is over: closing leftover windows may ask; they are discarded.
        self.closing = False
        for kind in ("question", "warning", "information", "critical"):
            monkeypatch.setattr(QMessageBox, kind, staticmethod(self._box(kind)))

    def _box(self, kind: str) -> Callable[..., Button]:
        def box(_parent: Any, title: str, text: str, *_args: Any, **_kw: Any) -> Button:
            self.shown.append((kind, title, text))
            if kind != "question":
                return Button.Ok
            if self.closing and not self.answers:
                return Button.Discard
            assert self.answers, f"an unexpected question was asked: {text}"
            return self.answers.pop(0)
        return box

    def answer(self, *buttons: Button) -> None:
        self.answers.extend(buttons)

    def texts(self, kind: str | None = None) -> list[str]:
        return [text for k, _title, text in self.shown if kind in (None, k)]


def when_modal(cls: type[W], handle: Callable[[W], None], seen: list[W]) -> None:
    """When a modal dialog of `cls` runs its own event loop, let `handle` act on it.

    The dialog is closed afterwards whatever happened, so a failing check cannot hang the run.
    """
    tries = [0]

    def look() -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, cls):
            seen.append(widget)
            try:
                handle(widget)
            finally:
                if widget.isVisible():
                    widget.close()
            return
        tries[0] += 1
        if tries[0] < 100:
            QTimer.singleShot(20, look)

    QTimer.singleShot(0, look)


# -- a counselor's usual entries ------------------------------------------------------


def fill_minor(qtbot: QtBot, dialog: NewCaseDialog, name: str = "张小明",
               id_number: str = "") -> None:
    form = dialog.minor_form
    type_text(qtbot, form.name_edit, name)
    choose(qtbot, form.gender, "male")
    form.date_of_birth.set_value(date(2014, 3, 7))
    if id_number:
        type_text(qtbot, form.resident_id, id_number)
    choose(qtbot, form.guardianship, "both_away")
    choose(qtbot, form.living_with, "grandparents")
    choose(qtbot, form.involvement, "none")
    type_text(qtbot, form.school, "城关第二小学")


def fill_guardian(qtbot: QtBot, dialog: NewCaseDialog, row: int, name: str, relation: str,
                  phone: str) -> None:
    while len(dialog.guardians.forms) <= row:
        qtbot.mouseClick(dialog.guardians.add_button, Qt.MouseButton.LeftButton)
    form = dialog.guardians.forms[row]
    type_text(qtbot, form.name_edit, name)
    choose(qtbot, form.relation, relation)
    type_text(qtbot, form.phone, phone)


def fill_order(qtbot: QtBot, dialog: NewCaseDialog, hours: str = "20") -> None:
    form = dialog.case_form
    choose(qtbot, form.referral_source, "court")
    type_text(qtbot, form.referring_authority, "某县人民法院")
    form.opened_on.set_value(date(2026, 10, 28))
    choose(qtbot, form.order_type, "guidance_order")
    type_text(qtbot, form.order_document_number, "(2026)黔0101民初123号")
    form.order_hours_required.lineEdit().selectAll()
    qtbot.keyClicks(form.order_hours_required, hours)
    form.order_due_on.set_value(date(2026, 12, 20))


def edit_cell(qtbot: QtBot, table: QTableView, row: int, column: int, value: Any) -> None:
    """F2 on the cell, enter the value in its editor, Enter to commit."""
    index = table.model().index(row, column)
    table.setCurrentIndex(index)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = table.indexWidget(index)
    assert editor is not None, "the cell did not open an editor"
    if isinstance(editor, QComboBox):
        choose(qtbot, editor, value)
    elif isinstance(editor, DateField):
        editor.set_value(value)
    else:
        type_text(qtbot, editor, value)
    qtbot.keyClick(editor.focusProxy() or editor, Qt.Key.Key_Return)
    # The delegate commits and closes its editor in a queued call.
    qtbot.waitUntil(lambda: table.indexWidget(index) is None, timeout=1000)


def decide_plan(qtbot: QtBot, tab: Any, button: str, comment: str = "") -> list[QWidget]:
    """The supervisor clicks Approve… or Return… on the plan tab, types the comment into the
    dialog and confirms it; the dialogs seen are returned."""
    from familyedu.ui.workspace.plan_decision import PlanDecisionDialog

    def confirm(dialog: PlanDecisionDialog) -> None:
        if comment:
            type_text(qtbot, dialog.comment, comment)
        ok = dialog.findChild(QAbstractButton, "decision_ok")
        assert ok is not None
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    seen: list[PlanDecisionDialog] = []
    when_modal(PlanDecisionDialog, confirm, seen)
    qtbot.mouseClick(tab.workflow.buttons[button], Qt.MouseButton.LeftButton)
    return list(seen)
