"""Running a save: field errors shown in place, conflicts handed on, other failures explained."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from familyedu.errors import (
    DatabaseError,
    PossibleDuplicate,
    ServiceError,
    StaleRecord,
    ValidationError,
)
from familyedu.ui.forms.dirty import DirtyTracker
from familyedu.ui.forms.fields import field_label
from familyedu.ui.forms.punctuation import labelled
from familyedu.ui.service_errors import error_text, field_errors

T = TypeVar("T")
# Takes field -> message; shows those it knows and returns the rest.
ErrorSink = Callable[[dict[str, str]], dict[str, str]]



def warn(parent: QWidget | None, exc: BaseException, title: str = "") -> None:
    title = title or QCoreApplication.translate("Saving", "Not saved")
    QMessageBox.warning(parent, title, error_text(exc))


def leftover_text(messages: dict[str, str]) -> str:
    """Messages with no field of their own on this form, each named by its field."""
    return "\n".join(labelled(field_label(name), text) for name, text in messages.items())


def show_validation(exc: ValidationError, sinks: Sequence[ErrorSink],
                    general: QLabel | None, parent: QWidget | None) -> None:
    messages = field_errors(exc)
    for sink in sinks:
        messages = sink(messages)
    if not messages:
        if general is not None:
            general.clear()
            general.setVisible(False)
        return
    if general is not None:
        general.setText(leftover_text(messages))
        general.setVisible(True)
    else:
        QMessageBox.warning(parent, QCoreApplication.translate("Saving", "Not saved"),
                            leftover_text(messages))


def run_save(parent: QWidget | None, call: Callable[[], T], *, sinks: Sequence[ErrorSink] = (),
             general: QLabel | None = None,
             on_stale: Callable[[StaleRecord], Any] | None = None) -> tuple[bool, T | None]:
    """(True, result) if saved; otherwise the user has been told why and (False, None).

    Nothing the user typed is touched: the form stays as it was, with the errors beside it.
    PossibleDuplicate is passed on, since only the caller knows how to confirm.
    """
    if general is not None:
        general.setVisible(False)
    try:
        return True, call()
    except PossibleDuplicate:
        raise
    except ValidationError as exc:
        show_validation(exc, sinks, general, parent)
    except StaleRecord as exc:
        if on_stale is None:
            warn(parent, exc)
        else:
            on_stale(exc)
    except (ServiceError, DatabaseError) as exc:
        warn(parent, exc)
    return False, None


def ask_unsaved(parent: QWidget | None) -> QMessageBox.StandardButton:
    """Save, Discard or Cancel, asked before a form with unsaved changes closes."""
    return QMessageBox.question(
        parent, QCoreApplication.translate("Saving", "Unsaved changes"),
        QCoreApplication.translate(
            "Saving", "You have changes that are not saved yet. Save them before closing?"),
        QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)


def may_close(parent: QWidget, tracker: DirtyTracker, save: Callable[[], Any], *,
              on_discard: Callable[[], Any] | None = None) -> bool:
    """Whether a form may close now: yes when nothing is unsaved; otherwise the user is asked
    (Save: `save()` runs and the form stays until it closes itself; Discard: `on_discard()`,
    e.g. forgetting the draft; Cancel: stays). Every form dialog's reject() asks this."""
    if not tracker.is_dirty():
        return True
    answer = ask_unsaved(parent)
    if answer == QMessageBox.StandardButton.Save:
        save()
        return False
    if answer != QMessageBox.StandardButton.Discard:
        return False
    if on_discard is not None:
        on_discard()
    return True
