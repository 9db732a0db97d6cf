"""First-start setup and sign-in dialogs; both call familyedu.startup, so the CLI matches."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QPaintEvent, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from familyedu.ui.help import add_guide_button

# This module is loaded before SQLAlchemy and SQLCipher (issue #14): the sign-in dialog shows
# first and the database opens behind it. The database layer is imported where it is used.
if TYPE_CHECKING:
    from familyedu.startup import SignedIn

SignInFn = Callable[[str, str], "SignedIn"]
SetupFn = Callable[..., "SignedIn"]  # setup(center_name=, username=, display_name=, password=)
RecoverFn = Callable[[str, str, str], None]  # (administrator, recovery code, new password)


def _error_label(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setStyleSheet("color: #b00020;")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


def _show(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))
    # A wrapped message needs more height than the layout's minimum says: without this the
    # dialog squeezed the name and password boxes and cut off a long refusal (a newer
    # database, a network share).
    window = label.window()
    layout = window.layout()
    if layout is not None:
        layout.activate()
        needed = window.heightForWidth(window.width())
        if needed > window.height():
            window.resize(window.width(), needed)


class SignInDialog(QDialog):
    """User name and password; wrong ones and lock-outs are said plainly, the dialog stays.

    `sign_in` may be None at first: at start-up the dialog shows before the database is
    open; `first_painted` (once it is on screen) starts opening it, and `set_sign_in` then
    makes the Sign in button work.
    """

    first_painted = Signal()

    def __init__(self, sign_in: SignInFn | None, *, center_name: str = "", username: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._sign_in = sign_in
        self._painted = False
        self.signed_in: SignedIn | None = None
        self.setWindowTitle(self.tr("Sign in — familyedu"))
        self.setMinimumWidth(380)
        heading = self._heading(center_name)
        form = self._build_form(username)
        self._build_buttons()
        # The recovery sheet replaces a forgotten administrator password (set_recover).
        self._recover: RecoverFn | None = None
        self.notice = QLabel(self)
        self.notice.setObjectName("sign_in_notice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        forgot = QPushButton(self.tr("Forgot the administrator password?"), self)
        forgot.setObjectName("forgot_password")
        forgot.setFlat(True)
        forgot.setAutoDefault(False)
        forgot.clicked.connect(self._forgot_password)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.notice)
        layout.addWidget(forgot, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.buttons)
        # Tab reads the dialog top down: the fields, the forgotten-password link, the buttons.
        QWidget.setTabOrder(self.password, forgot)
        (self.password if username else self.username).setFocus()

    def _heading(self, center_name: str) -> QLabel:
        heading = QLabel(center_name or self.tr("Family education guidance"), self)
        font = QFont(heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        heading.setFont(font)
        heading.setWordWrap(True)
        return heading

    def _build_form(self, username: str) -> QFormLayout:
        """User name and password, and the error line said under them."""
        self.username = QLineEdit(username, self)
        self.username.setObjectName("username")
        self.password = QLineEdit(self)
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = _error_label(self, "sign_in_error")
        form = QFormLayout()
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Password"), self.password)
        return form

    def _build_buttons(self) -> None:
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Sign in"))
        ok.setObjectName("sign_in_button")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        add_guide_button(self, self.buttons)

    def set_sign_in(self, sign_in: SignInFn) -> None:
        self._sign_in = sign_in

    def set_recover(self, recover: RecoverFn | None) -> None:
        """How a recovery code sets a new administrator password; None: this database has
        no key file (PostgreSQL), so no recovery code."""
        self._recover = recover

    def _forgot_password(self) -> None:
        _show(self.notice, "")
        if self._sign_in is None:
            _show(self.error, self.tr("The database is still opening. Try again in a moment."))
            return
        if self._recover is None:
            _show(self.error, self.tr(
                "This database has no key file and so no recovery code. Another "
                "administrator resets the password in Administration; without one, the "
                "database server's administrator does."))
            return
        from familyedu.ui.recovery import RecoverPasswordDialog

        _show(self.error, "")
        dialog = RecoverPasswordDialog(self._recover, username=self.username.text(), parent=self)
        self.recover_dialog = dialog  # for tests
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.username.setText(dialog.username.text().strip().lower())
            self.password.clear()
            self.password.setFocus()
            _show(self.notice, self.tr("The administrator's password was replaced. Sign in "
                                       "with the new password."))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Should no paint come (a window system that never exposes it), start anyway.
        QTimer.singleShot(500, self._announce_painted)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            # After this paint reaches the screen: whatever follows may keep the GUI busy.
            QTimer.singleShot(0, self._announce_painted)

    def _announce_painted(self) -> None:
        if not self._painted:
            self._painted = True
            self.first_painted.emit()

    def accept(self) -> None:
        if self._sign_in is None:  # the database is still opening
            _show(self.error, self.tr("The database is still opening. Try again in a moment."))
            return
        from familyedu.errors import AuthenticationFailed, DatabaseError
        from familyedu.ui.service_errors import error_text

        try:
            self.signed_in = self._sign_in(self.username.text(), self.password.text())
        except (AuthenticationFailed, DatabaseError) as exc:
            _show(self.error, error_text(exc))
            self.password.clear()
            self.password.setFocus()
            return
        super().accept()


class SetupDialog(QDialog):
    """First start: the center's name and its administrator's account."""

    def __init__(self, setup: SetupFn, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._setup = setup
        self.signed_in: SignedIn | None = None
        self.setWindowTitle(self.tr("Set up familyedu"))
        self.setMinimumWidth(480)
        intro = QLabel(self.tr(
            "This is the first start. Name your center and create the administrator's "
            "account. The administrator then creates accounts for counselors and supervisors."),
            self)
        intro.setWordWrap(True)
        form = self._build_form()
        self.general_error = _error_label(self, "setup_error")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        add_guide_button(self, buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(buttons)
        self.fields["center_name"].setFocus()

    def _build_form(self) -> QFormLayout:
        """The center and its administrator, each field with its error line under it."""
        self.fields: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}
        form = QFormLayout()
        rows = [
            ("center_name", self.tr("Center name")),
            ("phone", self.tr("Center's phone (printed on letters)")),
            ("address", self.tr("Center's address (printed on letters)")),
            ("username", self.tr("Administrator's user name")),
            ("display_name", self.tr("Administrator's full name")),
            ("password", self.tr("Password")),
            ("password_again", self.tr("Password again")),
        ]
        for name, label in rows:
            edit = QLineEdit(self)
            edit.setObjectName(name)
            if name.startswith("password"):
                edit.setEchoMode(QLineEdit.EchoMode.Password)
            error = _error_label(self, f"{name}_error")
            box = QVBoxLayout()
            box.setSpacing(2)
            box.addWidget(edit)
            box.addWidget(error)
            form.addRow(label, box)
            self.fields[name], self.errors[name] = edit, error
        self.fields["username"].setText("admin")
        return form

    def accept(self) -> None:
        for label in (*self.errors.values(), self.general_error):
            _show(label, "")
        values = {name: edit.text() for name, edit in self.fields.items()}
        from familyedu.errors import DatabaseError, ValidationError
        from familyedu.services.admin.center import check_contact
        from familyedu.ui.service_errors import error_text, field_errors

        if values["password"] != values["password_again"]:
            _show(self.errors["password_again"], self.tr("The two passwords differ."))
            self.fields["password_again"].setFocus()
            return
        try:
            # Checked first: a wrong phone number leaves nothing created.
            phone, address = check_contact(values["phone"], values["address"])
            self.signed_in = self._setup(
                center_name=values["center_name"], username=values["username"],
                display_name=values["display_name"], password=values["password"])
            if phone or address:
                self.signed_in.services().center.set_contact(phone=phone, address=address)
        except ValidationError as exc:
            for field, text in field_errors(exc).items():
                _show(self.errors.get(field, self.general_error), text)
            first = self.fields.get(exc.field)
            if first is not None:
                first.setFocus()
            return
        except (DatabaseError, OSError) as exc:
            _show(self.general_error, error_text(exc))
            return
        super().accept()


# -- who signed in last ---------------------------------------------------------------------

LAST_USER_KEY = "login/last_user"
SHARED_DESK_KEY = "login/shared_desk"


def is_shared_desk(settings: QSettings) -> bool:
    """On a shared desk the sign-in box starts empty: the next person types their own name."""
    return str(settings.value(SHARED_DESK_KEY, "false")).lower() in ("true", "1")


def set_shared_desk(settings: QSettings, shared: bool) -> None:
    settings.setValue(SHARED_DESK_KEY, "true" if shared else "false")
    if shared:
        settings.remove(LAST_USER_KEY)


def remembered_user(settings: QSettings) -> str:
    return "" if is_shared_desk(settings) else str(settings.value(LAST_USER_KEY, "") or "")


def remember_user(settings: QSettings, username: str) -> None:
    if not is_shared_desk(settings):
        settings.setValue(LAST_USER_KEY, username)
