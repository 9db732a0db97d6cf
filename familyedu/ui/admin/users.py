"""Accounts: the list, a new account, a password reset, disabling; and one's own password."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from familyedu.errors import ServiceError, ValidationError
from familyedu.models.enums import Role
from familyedu.services import Services
from familyedu.services.admin.dto import UserView
from familyedu.ui import labels
from familyedu.ui.service_errors import error_text, field_errors

USER_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class _FormDialog(QDialog):
    """A form whose fields show their own validation messages under them."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setMinimumWidth(420)
        self.form = QFormLayout()
        self.fields: dict[str, QLineEdit | QComboBox] = {}
        self.errors: dict[str, QLabel] = {}
        self.general = QLabel(self)
        self.general.setStyleSheet("color: #b00020;")
        self.general.setWordWrap(True)
        self.general.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.general)
        layout.addWidget(self.buttons)

    def add_field(self, name: str, label: str, widget: QLineEdit | QComboBox) -> None:
        widget.setObjectName(name)
        if isinstance(widget, QLineEdit) and "password" in name:
            widget.setEchoMode(QLineEdit.EchoMode.Password)
        error = QLabel(self)
        error.setObjectName(f"{name}_error")
        error.setStyleSheet("color: #b00020;")
        error.setWordWrap(True)
        error.hide()
        box = QVBoxLayout()
        box.setSpacing(2)
        box.addWidget(widget)
        box.addWidget(error)
        # The label names the field to a screen reader (its buddy: the field is in a box).
        caption = QLabel(label, self)
        caption.setBuddy(widget)
        self.form.addRow(caption, box)
        self.fields[name], self.errors[name] = widget, error

    def text(self, name: str) -> str:
        widget = self.fields[name]
        return widget.text() if isinstance(widget, QLineEdit) else widget.currentText()

    def clear_errors(self) -> None:
        for label in (*self.errors.values(), self.general):
            label.hide()

    def show_error(self, field: str, text: str) -> None:
        label = self.errors.get(field, self.general)
        label.setText(text)
        label.show()

    def show_exception(self, exc: ServiceError) -> None:
        if isinstance(exc, ValidationError):
            for field, text in field_errors(exc).items():
                self.show_error(field, text)
        else:
            self.show_error("", error_text(exc))

    def passwords_match(self, first: str, second: str) -> bool:
        if self.text(first) != self.text(second):
            self.show_error(second, self.tr("The two passwords differ."))
            return False
        return True


class NewUserDialog(_FormDialog):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New account"))
        self._services = services
        self.user_id: int | None = None
        self.add_field("username", self.tr("User name"), QLineEdit(self))
        self.add_field("display_name", self.tr("Full name"), QLineEdit(self))
        role = QComboBox(self)
        for value in (Role.COUNSELOR, Role.SUPERVISOR, Role.ADMIN):
            role.addItem(labels.role(value), value.value)
        self.add_field("role", self.tr("Role"), role)
        self.add_field("password", self.tr("First password"), QLineEdit(self))
        self.add_field("password_again", self.tr("Password again"), QLineEdit(self))
        hint = QLabel(self.tr("The person is asked to choose their own password after "
                              "signing in with this one."), self)
        hint.setWordWrap(True)
        self.form.addRow(hint)

    def accept(self) -> None:
        self.clear_errors()
        if not self.passwords_match("password", "password_again"):
            return
        role = self.fields["role"]
        assert isinstance(role, QComboBox)
        try:
            self.user_id = self._services.users.create(
                username=self.text("username"), display_name=self.text("display_name"),
                role=Role(role.currentData()), password=self.text("password"))
        except ServiceError as exc:
            self.show_exception(exc)
            return
        super().accept()


class PasswordDialog(_FormDialog):
    """An administrator's reset of someone's password, or one's own change (with the old)."""

    def __init__(self, services: Services, user: UserView | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._user = user
        if user is not None:
            self.setWindowTitle(self.tr("New password for {name}").format(
                name=user.display_name))
        else:
            self.setWindowTitle(self.tr("Change my password"))
            self.add_field("old_password", self.tr("Current password"), QLineEdit(self))
        self.add_field("new_password", self.tr("New password"), QLineEdit(self))
        self.add_field("new_password_again", self.tr("New password again"), QLineEdit(self))

    def accept(self) -> None:
        self.clear_errors()
        if not self.passwords_match("new_password", "new_password_again"):
            return
        try:
            if self._user is None:
                self._services.users.change_own_password(self.text("old_password"),
                                                         self.text("new_password"))
            else:
                self._services.users.reset_password(self._user.id, self.text("new_password"))
        except ServiceError as exc:
            self.show_exception(exc)
            return
        super().accept()


class UsersPage(QWidget):
    """The center's accounts. Administrators change them; supervisors see who is there."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.users: list[UserView] = []
        self.table = QTableWidget(0, 4, self)
        self.table.setTabKeyNavigation(False)  # Tab moves on; the arrows move in it
        self.table.setObjectName("users_table")
        self.table.setHorizontalHeaderLabels(
            [self.tr("User name"), self.tr("Full name"), self.tr("Role"), self.tr("Status")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.new_button = QPushButton(self.tr("New account…"), self)
        self.reset_button = QPushButton(self.tr("Reset password…"), self)
        self.active_button = QPushButton(self.tr("Disable"), self)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.reset_button, self.active_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table)
        is_admin = services.actor.role is Role.ADMIN
        for button in (self.new_button, self.reset_button, self.active_button):
            button.setVisible(is_admin)
        self.new_button.clicked.connect(self.new_user)
        self.reset_button.clicked.connect(self.reset_password)
        self.active_button.clicked.connect(self.toggle_active)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.reload()

    def reload(self) -> None:
        self.users = self._services.users.all()
        self.table.setRowCount(len(self.users))
        for row, user in enumerate(self.users):
            status = self.tr("Active") if user.active else self.tr("Disabled")
            for column, text in enumerate((user.username, user.display_name,
                                           labels.role(Role(user.role)), status)):
                item = QTableWidgetItem(text)
                item.setData(USER_ID_ROLE, user.id)
                self.table.setItem(row, column, item)
        self._update_buttons()

    def selected(self) -> UserView | None:
        row = self.table.currentRow()
        return self.users[row] if 0 <= row < len(self.users) else None

    def _update_buttons(self) -> None:
        user = self.selected()
        self.reset_button.setEnabled(user is not None)
        self.active_button.setEnabled(user is not None and
                                      user.id != self._services.actor.user_id)
        self.active_button.setText(self.tr("Enable") if user is not None and not user.active
                                   else self.tr("Disable"))

    def new_user(self) -> None:
        dialog = NewUserDialog(self._services, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload()

    def reset_password(self) -> None:
        user = self.selected()
        if user is not None:
            PasswordDialog(self._services, user, self).exec()

    def toggle_active(self) -> None:
        user = self.selected()
        if user is None:
            return
        try:
            self._services.users.set_active(user.id, not user.active)
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Accounts"), error_text(exc))
        self.reload()
