"""The list of screens on the left and the screen shown beside it, each built when first needed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QSplitter, QStackedWidget, QWidget

from familyedu.ui import i18n

NAV_DASHBOARD, NAV_CASES, NAV_LETTERS, NAV_ADMIN = "dashboard", "cases", "letters", "admin"
PageFactory = Callable[[], QWidget]


class Navigation(QSplitter):
    """The navigation list and the stack of screens, side by side; `pages` holds those built."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setObjectName("main_splitter")
        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
        self.nav.setMaximumWidth(220)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stack = QStackedWidget(self)
        self.pages: dict[str, QWidget] = {}
        self._factories: dict[str, PageFactory] = {}
        self.nav.currentRowChanged.connect(self._nav_changed)
        self.addWidget(self.nav)
        self.addWidget(self.stack)
        self.setStretchFactor(1, 1)
        self.setSizes([150, 1250])

    def add_page(self, key: str, title: str, factory: PageFactory) -> None:
        item = QListWidgetItem(title)
        item.setData(Qt.ItemDataRole.UserRole, key)
        item.setSizeHint(QSize(0, self.fontMetrics().height() * 2 + 6))
        self.nav.addItem(item)
        self._factories[key] = factory
        # A role with one screen (the administrator's) has nothing to choose between: the
        # list would stand as an empty column beside it, so the screen takes the window.
        self.nav.setHidden(self.nav.count() < 2)

    def page_keys(self) -> list[str]:
        return [str(self.nav.item(i).data(Qt.ItemDataRole.UserRole))
                for i in range(self.nav.count())]

    def entries(self) -> list[tuple[str, str]]:
        """(key, title) of each screen, in the order of the list."""
        return [(key, self.nav.item(row).text()) for row, key in enumerate(self.page_keys())]

    def page(self, key: str) -> QWidget:
        """The screen for a nav entry, built the first time it is needed."""
        widget = self.pages.get(key)
        if widget is None:
            widget = self._factories[key]()
            self.pages[key] = widget
            self.stack.addWidget(widget)
            if hasattr(widget, "restore_settings"):
                widget.restore_settings(i18n.settings())
        return widget

    def show_page(self, key: str) -> QWidget:
        keys = self.page_keys()
        if key in keys:
            self.nav.setCurrentRow(keys.index(key))
        return self.page(key)

    def current_page(self) -> QWidget | None:
        return self.stack.currentWidget()

    def _nav_changed(self, row: int) -> None:
        if row < 0:
            return
        self.stack.setCurrentWidget(self.page(self.page_keys()[row]))
