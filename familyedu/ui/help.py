"""Help menu: the user guide (offline, in the interface language) and the About dialog."""

from __future__ import annotations

import html
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QIcon, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from familyedu import about
from familyedu.resources import resource_path

if TYPE_CHECKING:  # the sign-in dialog (its guide button) shows before the database layer loads
    from familyedu.services import Services


def app_icon() -> QIcon:
    return QIcon(str(resource_path("icons", "familyedu.png")))


def guide_file(language: str | None = None) -> Path:
    """The guide's start page in the interface language (English if there is none)."""
    from familyedu.ui import labels

    page = resource_path("guide", language or labels.ui_language(), "index.html")
    return page if page.is_file() else resource_path("guide", "en", "index.html")


class GuideWindow(QWidget):
    """The user guide: a window of its own, so it can stay open beside the work."""

    def __init__(self, parent: QWidget | None = None, language: str | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("guide_window")
        self.setWindowTitle(self.tr("User guide — familyedu"))
        self.setWindowIcon(app_icon())
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("guide")
        self.browser.setOpenExternalLinks(False)  # offline: nothing leaves the computer
        self.browser.setSource(QUrl.fromLocalFile(str(guide_file(language))))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.browser)
        self.resize(900, 680)  # fits a 1366×768 screen with its panel

    def show_section(self, anchor: str) -> None:
        self.browser.scrollToAnchor(anchor)


class AboutDialog(QDialog):
    """Version, the database's schema revision and location, fonts and libraries."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        database = services.center.database_about()
        self.setObjectName("about_dialog")
        self.setWindowTitle(self.tr("About familyedu"))
        if not database.revision_readable:
            revision = self.tr("cannot be read")
        else:
            revision = database.revision or self.tr("none")
        icon = QLabel(self)
        icon.setPixmap(QPixmap(str(resource_path("icons", "familyedu.png"))).scaled(
            64, 64, Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation))
        head = QLabel(self)
        head.setObjectName("about_summary")
        head.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        head.setText("<h2>familyedu {version}</h2><p>{what}</p><p>{db}<br>{rev}</p>".format(
            version=html.escape(about.version()),
            what=html.escape(self.tr("Case tracker for family education guidance centers.")),
            db=html.escape(self.tr("Database: {location}").format(
                location=database.location)),
            rev=html.escape(self.tr("Schema revision: {revision} (this familyedu writes "
                                    "{head})").format(revision=revision,
                                                      head=database.head))))
        head.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(head, 1)
        self.licences = QTextBrowser(self)
        self.licences.setObjectName("about_licences")
        self.licences.setOpenExternalLinks(False)
        self.licences.setHtml(self._licences_html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.licences, 1)
        layout.addWidget(buttons)
        self.resize(640, 560)

    def _licences_html(self) -> str:
        def row(*cells: str) -> str:
            return "<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in cells) + "</tr>"

        fonts = "".join(row(name, licence, file) for name, licence, file in about.FONTS)
        libraries = "".join(row(lib.name, lib.version, lib.licence)
                            for lib in about.library_licences())
        libraries += "".join(row(name, "", licence) for name, licence in about.EMBEDDED)
        folders = [resource_path("fonts")]
        bundled = about.bundle_licences_dir()
        if bundled is not None:
            folders.append(bundled)
        where = "<br>".join(html.escape(str(folder)) for folder in folders)
        fonts_title = html.escape(self.tr("Fonts"))
        libraries_title = html.escape(self.tr("Libraries"))
        texts_in = html.escape(self.tr("The licence texts are in:"))
        return (f"<h3>{fonts_title}</h3><table cellpadding='2'>{fonts}</table>"
                f"<h3>{libraries_title}</h3><table cellpadding='2'>{libraries}</table>"
                f"<p>{texts_in}<br>{where}</p>")


def add_guide_button(dialog: QDialog, buttons: QDialogButtonBox) -> None:
    """A Help button (and F1) that opens the guide beside a dialog shown before the main
    window: the first start and the sign-in, where a newcomer needs it most."""
    holder: list[GuideWindow] = []

    def show() -> None:
        if not holder:
            holder.append(GuideWindow(dialog))  # a child window: usable beside the modal box
        holder[0].show()

    help_button = buttons.addButton(QDialogButtonBox.StandardButton.Help)
    help_button.setObjectName("guide_button")
    help_button.setText(QCoreApplication.translate("GuideWindow", "User guide (F1)"))
    buttons.helpRequested.connect(show)
    QShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents), dialog, show)
