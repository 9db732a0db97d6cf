"""A long refusal in the sign-in dialog (an older familyedu, a network share) is read whole and
leaves the user name and password boxes their height: the dialog grows to hold it."""

from __future__ import annotations

from collections.abc import Callable
from typing import NoReturn

import pytest
from pytestqt.qtbot import QtBot

from familyedu.errors import DatabaseError, DatabaseTooNew
from familyedu.ui.login import SignInDialog


def _refuse(exc: Exception) -> Callable[[str, str], NoReturn]:
    def sign_in(username: str, password: str) -> NoReturn:
        raise exc
    return sign_in


@pytest.mark.parametrize("exc", [
    DatabaseTooNew("database_too_new", "0042", "0.4.2"),
    DatabaseError("network_share", "cifs"),
])
def test_a_long_refusal_shows_whole_and_the_boxes_keep_their_height(
        qtbot: QtBot, exc: Exception) -> None:
    dialog = SignInDialog(_refuse(exc), username="lixia")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    boxes = dialog.username.height(), dialog.password.height()
    dialog.password.setText("Lixia-own-pass-9")
    dialog.accept()

    assert dialog.isVisible()
    assert "familyedu" in dialog.error.text() or "PostgreSQL" in dialog.error.text()
    qtbot.waitUntil(lambda: dialog.error.height()
                    >= dialog.error.heightForWidth(dialog.error.width()))
    assert (dialog.username.height(), dialog.password.height()) == boxes
    # Nothing of the message or the buttons hangs below the dialog's edge.
    assert dialog.buttons.geometry().bottom() <= dialog.height()
