"""The center's settings: letterhead (name, address, phone, logo), numbering and defaults."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from familyedu.errors import ServiceError, StaleRecord, ValidationError
from familyedu.models.enums import Role
from familyedu.services import Services
from familyedu.services.admin.dto import CenterInput, CenterView
from familyedu.ui import file_dialogs
from familyedu.ui.service_errors import error_text, field_errors

LOGO_MAX_SIDE = 600  # pixels; a letterhead logo never needs more


def logo_png_from_file(path: str) -> bytes | None:
    """Read any picture Qt can read, scale it down, and store it as PNG."""
    image = QImage(path)
    if image.isNull():
        return None
    if max(image.width(), image.height()) > LOGO_MAX_SIDE:
        image = image.scaled(LOGO_MAX_SIDE, LOGO_MAX_SIDE, Qt.AspectRatioMode.KeepAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stub wants bytes, Qt str
    buffer.close()
    return bytes(data.data())


class CenterPage(QWidget):
    """Edit and save the center's settings (administrators and supervisors)."""

    saved = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.center: CenterView | None = None
        self._logo: bytes | None = None
        self._build_fields()
        logo_row = self._build_logo_row()
        form = self._build_form(logo_row)
        bottom = self._build_bottom()
        # A letterhead form reads better at a page's width than stretched across a wide screen.
        body = QWidget(self)
        body.setMaximumWidth(760)
        inner = QVBoxLayout(body)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addLayout(form)
        inner.addLayout(bottom)
        layout = QVBoxLayout(self)
        layout.addWidget(body)
        layout.addStretch(1)
        editable = services.actor.role in (Role.ADMIN, Role.SUPERVISOR)
        self.setEnabled(editable)
        self.reload()

    def _build_fields(self) -> None:
        self.name = QLineEdit(self)
        self.address = QLineEdit(self)
        self.phone = QLineEdit(self)
        # Letters refuse to print without them: every letter tells the family how to reach us.
        for edit in (self.address, self.phone):
            edit.setPlaceholderText(self.tr("Printed on every letter; letters need it"))
        self.postcode = QLineEdit(self)
        self.reference_prefix = QLineEdit(self)
        self.language = QComboBox(self)
        self.language.addItem("简体中文", "zh_CN")
        self.language.addItem("English", "en")
        self.idle_lock = QSpinBox(self)
        self.idle_lock.setRange(1, 240)
        self.idle_lock.setSuffix(self.tr(" min"))
        self.backups = QSpinBox(self)
        self.backups.setRange(1, 100)

    def _build_logo_row(self) -> QHBoxLayout:
        """The logo's preview with its Choose and Remove buttons."""
        self.logo_preview = QLabel(self)
        self.logo_preview.setObjectName("logo_preview")
        self.logo_preview.setFixedSize(160, 80)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setStyleSheet("border: 1px solid palette(mid);")
        choose = QPushButton(self.tr("Choose picture…"), self)
        remove = QPushButton(self.tr("Remove"), self)
        choose.clicked.connect(self.choose_logo)
        remove.clicked.connect(lambda: self.set_logo(None))
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_preview)
        logo_row.addWidget(choose)
        logo_row.addWidget(remove)
        logo_row.addStretch(1)
        return logo_row

    def _build_form(self, logo_row: QHBoxLayout) -> QFormLayout:
        """One row per setting, each with a hidden error line under its field."""
        self.errors: dict[str, QLabel] = {}
        form = QFormLayout()
        rows: list[tuple[str, str, QWidget | None]] = [
            ("name", self.tr("Center name"), self.name),
            ("address", self.tr("Address"), self.address),
            ("phone", self.tr("Phone"), self.phone),
            ("postcode", self.tr("Postcode"), self.postcode),
            ("logo_png", self.tr("Logo"), None),
            ("reference_prefix", self.tr("Letter reference prefix"), self.reference_prefix),
            ("default_language", self.tr("Language of letters"), self.language),
            ("idle_lock_minutes", self.tr("Lock the screen after"), self.idle_lock),
            ("backups_to_keep", self.tr("Automatic backups kept"), self.backups),
        ]
        for field, label, widget in rows:
            if widget is not None:
                widget.setObjectName(field)
                widget.setAccessibleName(label)  # the row's label is not its buddy
            error = QLabel(self)
            error.setObjectName(f"{field}_error")
            error.setStyleSheet("color: #b00020;")
            error.hide()
            box = QVBoxLayout()
            box.setSpacing(2)
            if widget is None:
                box.addLayout(logo_row)
            else:
                box.addWidget(widget)
            box.addWidget(error)
            form.addRow(label, box)
            self.errors[field] = error
        self.reference_prefix.setToolTip(self.tr(
            "Letters are numbered like 家指〔2026〕12号 with this prefix."))
        return form

    def _build_bottom(self) -> QHBoxLayout:
        self.save_button = QPushButton(self.tr("Save settings"), self)
        self.save_button.setObjectName("save_center")
        self.save_button.clicked.connect(self.save)
        self.message = QLabel(self)
        self.message.setObjectName("center_message")
        bottom = QHBoxLayout()
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.message, 1)
        return bottom

    def reload(self) -> None:
        center = self._services.center.get()
        self.center = center
        self.name.setText(center.name)
        self.address.setText(center.address)
        self.phone.setText(center.phone)
        self.postcode.setText(center.postcode)
        self.reference_prefix.setText(center.reference_prefix)
        self.language.setCurrentIndex(max(0, self.language.findData(center.default_language)))
        self.idle_lock.setValue(center.idle_lock_minutes)
        self.backups.setValue(center.backups_to_keep)
        self.set_logo(center.logo_png)

    def set_logo(self, data: bytes | None) -> None:
        self._logo = data
        pixmap = QPixmap()
        if data and pixmap.loadFromData(data):
            self.logo_preview.setPixmap(pixmap.scaled(
                self.logo_preview.size(), Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation))
        else:
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("No logo"))

    def choose_logo(self) -> None:
        chosen = file_dialogs.open_path(self, self.tr("Choose the center's logo"),
                                        self.tr("Pictures (*.png *.jpg *.jpeg *.bmp *.gif)"))
        if chosen is None:
            return
        data = logo_png_from_file(str(chosen))
        if data is None:
            QMessageBox.warning(self, self.tr("Logo"), self.tr("This picture cannot be read."))
            return
        self.set_logo(data)

    def current_input(self) -> CenterInput:
        return CenterInput(
            name=self.name.text(), address=self.address.text(), phone=self.phone.text(),
            postcode=self.postcode.text(), logo_png=self._logo,
            default_language=str(self.language.currentData()),
            reference_prefix=self.reference_prefix.text(),
            idle_lock_minutes=self.idle_lock.value(), backups_to_keep=self.backups.value())

    def save(self) -> None:
        for label in self.errors.values():
            label.hide()
        assert self.center is not None
        try:
            self.center = self._services.center.update(self.center.version,
                                                       self.current_input())
        except ValidationError as exc:
            for field, text in field_errors(exc).items():
                if field in self.errors:
                    self.errors[field].setText(text)
                    self.errors[field].show()
            self.message.setText(self.tr("Not saved: please correct the marked fields."))
            return
        except StaleRecord as exc:
            self._resolve_conflict(exc)
            return
        except ServiceError as exc:
            self.message.setText(error_text(exc))
            return
        self.message.setText(self.tr("Saved."))
        self.saved.emit()

    def _resolve_conflict(self, exc: StaleRecord) -> None:
        """Someone saved meanwhile: keep what was typed, and let the user choose."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Settings changed"),
                          error_text(exc), parent=self)
        mine = box.addButton(self.tr("Save mine over theirs"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Show theirs"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is mine:
            self.center = self._services.center.get()
            self.save()
        else:
            self.reload()
            self.message.setText(self.tr("Showing the settings saved by someone else."))
