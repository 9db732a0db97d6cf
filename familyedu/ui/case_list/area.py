"""The Cases area: the case list as the first tab, then one tab per open case workspace.

Opening a case is done here: `services.cases.open()` first (audited; a sealed case asks a
supervisor for a reason and retries), and only then the workspace is built, which reads the
case with `cases.get()`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, cast, runtime_checkable

from PySide6.QtCore import QSettings, Signal, SignalInstance
from PySide6.QtWidgets import (
    QDialog,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QTabBar,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from familyedu.errors import ServiceError, ValidationError
from familyedu.services import Services
from familyedu.ui.case_list.view import CaseListView
from familyedu.ui.events import AppEvents
from familyedu.ui.service_errors import error_text


@runtime_checkable
class Workspace(Protocol):
    """What the area and the window need of a case workspace
    (familyedu.ui.workspace.CaseWorkspace, or a test's stand-in)."""

    @property
    def title_changed(self) -> SignalInstance: ...  # the case's number or name changed
    @property
    def dirty_changed(self) -> SignalInstance: ...  # edits became unsaved, or were saved
    def title(self) -> str: ...
    def has_unsaved_changes(self) -> bool: ...
    def maybe_close(self) -> bool: ...
    def save(self) -> object: ...
    def print_current(self) -> None: ...


WorkspaceFactory = Callable[[Services, AppEvents, int, QWidget], QWidget]


def default_workspace_factory(services: Services, events: AppEvents, case_id: int,
                              parent: QWidget) -> QWidget:
    # Imported when a case is first opened: not on the way to the first window.
    from familyedu.ui.workspace import CaseWorkspace

    return CaseWorkspace(services, events, case_id, parent)


class CasesArea(QWidget):
    """Tabs: the case list (always there), then the open cases."""

    current_changed = Signal()

    def __init__(self, services: Services, events: AppEvents, parent: QWidget | None = None,
                 workspace_factory: WorkspaceFactory = default_workspace_factory) -> None:
        super().__init__(parent)
        self._services = services
        self._events = events
        self._factory = workspace_factory
        self.workspaces: dict[int, QWidget] = {}
        # The tabs first: Tab then reaches their bar before the list below it.
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("case_tabs")
        self.tabs.setDocumentMode(True)
        self.tabs.setTabsClosable(True)
        self.tabs.setMovable(True)
        self.list = CaseListView(services, events, self)
        self.tabs.addTab(self.list, self.tr("Case list"))
        self.tabs.tabBar().setTabButton(0, QTabBar.ButtonPosition.RightSide, None)
        self.tabs.tabCloseRequested.connect(self._close_index)
        self.tabs.currentChanged.connect(self.current_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        events.open_case_requested.connect(self.open_case)
        for signal in (events.case_saved, events.minor_saved):
            signal.connect(self._retitle)

    # -- opening ------------------------------------------------------------------------

    def open_case(self, case_id: int) -> QWidget | None:
        """Show the case's workspace, opening it (audited) when it is not open yet."""
        existing = self.workspaces.get(case_id)
        if existing is not None:
            self.tabs.setCurrentWidget(existing)
            return existing
        if not self._open_in_service(case_id):
            return None
        try:
            workspace = self._factory(self._services, self._events, case_id, self.tabs)
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Open case"), error_text(exc))
            return None
        self.workspaces[case_id] = workspace
        index = self.tabs.addTab(workspace, self._title(workspace, case_id))
        self.tabs.setCurrentIndex(index)
        # A new title, and a mark while edits are unsaved.
        typed = cast(Workspace, workspace)
        for signal in (typed.title_changed, typed.dirty_changed):
            signal.connect(lambda *_args, c=case_id: self._retitle(c))
        return workspace

    def _open_in_service(self, case_id: int) -> bool:
        reason: str | None = None
        while True:
            try:
                self._services.cases.open(case_id, sealed_reason=reason)
                return True
            except ValidationError as exc:
                if exc.field != "sealed_reason":
                    QMessageBox.warning(self, self.tr("Open case"), error_text(exc))
                    return False
                reason = self._ask_sealed_reason(retry=reason is not None)
                if reason is None:
                    return False
            except ServiceError as exc:
                QMessageBox.warning(self, self.tr("Open case"), error_text(exc))
                return False

    def _ask_sealed_reason(self, *, retry: bool) -> str | None:
        dialog = QInputDialog(self)
        dialog.setObjectName("sealed_reason_dialog")
        dialog.setWindowTitle(self.tr("Sealed record"))
        text = self.tr("This record is sealed. State why you need to open it; "
                       "the reason is kept in the audit trail.")
        if retry:
            text = self.tr("A reason is needed.") + "\n" + text
        dialog.setLabelText(text)
        dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.textValue()

    # -- tabs ---------------------------------------------------------------------------

    def current_workspace(self) -> QWidget | None:
        widget = self.tabs.currentWidget()
        return widget if widget is not None and widget is not self.list else None

    def show_list(self) -> None:
        self.tabs.setCurrentWidget(self.list)

    def close_current(self) -> bool:
        workspace = self.current_workspace()
        return self.close_workspace(workspace) if workspace is not None else False

    def _close_index(self, index: int) -> None:
        widget = self.tabs.widget(index)
        if widget is not None and widget is not self.list:
            self.close_workspace(widget)

    def close_workspace(self, workspace: QWidget) -> bool:
        """Close one tab, after the workspace agreed (it asks about unsaved changes)."""
        if not cast(Workspace, workspace).maybe_close():
            return False
        for case_id, widget in list(self.workspaces.items()):
            if widget is workspace:
                del self.workspaces[case_id]
        self.tabs.removeTab(self.tabs.indexOf(workspace))
        workspace.deleteLater()
        return True

    def close_all(self) -> bool:
        """Before the window closes: every workspace may refuse (unsaved changes)."""
        for workspace in list(self.workspaces.values()):
            self.tabs.setCurrentWidget(workspace)
            if not self.close_workspace(workspace):
                return False
        return True

    def _title(self, workspace: QWidget, case_id: int) -> str:
        try:
            title = str(cast(Workspace, workspace).title())
            unsaved = bool(cast(Workspace, workspace).has_unsaved_changes())
        except (AttributeError, ServiceError):
            return self.tr("Case {id}").format(id=case_id)
        return f"● {title}" if unsaved else title

    def _retitle(self, case_id: int) -> None:
        workspace = self.workspaces.get(case_id)
        if workspace is not None:
            self.tabs.setTabText(self.tabs.indexOf(workspace), self._title(workspace, case_id))

    def save_settings(self, settings: QSettings) -> None:
        self.list.save_settings(settings)

    def restore_settings(self, settings: QSettings) -> None:
        self.list.restore_settings(settings)
