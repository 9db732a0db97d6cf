"""文件 → 导入台账…: pick the register, check the column mapping, read the dry run's report,
then import the valid rows (and undo the whole import if it was the wrong file)."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from familyedu.models import Role
from familyedu.services import Services
from familyedu.services.casework.importing import (
    CASE_FIELDS,
    CATEGORY_FIELDS,
    SESSION_FIELDS,
    Mapping,
)
from familyedu.services.casework.importing.dto import ColumnInfo, ImportPreview, ImportResult
from familyedu.services.casework.importing.report import report_csv
from familyedu.ui import i18n, labels
from familyedu.ui.background import run_off_thread
from familyedu.ui.events import AppEvents
from familyedu.ui.importing.report_model import (
    problem_text,
    report_model,
    target_label,
    translated_headers,
    translated_statuses,
)
from familyedu.ui.service_errors import error_text

_SETTINGS_KEY = "import/mappings/"
FILE_PAGE, MAPPING_PAGE, REPORT_PAGE, DONE_PAGE = range(4)
_ADD = "\u0000add"  # the "add this value to the list" choice (no code can hold a NUL)


def layout_key(preview: ImportPreview) -> str:
    """Mappings are remembered per header layout (the same register next month)."""
    text = "\u241f".join(c.header for c in preview.columns)
    return _SETTINGS_KEY + hashlib.sha1(text.encode()).hexdigest()[:16]


class ImportDialog(QDialog):
    """A four-step wizard; the reading and the import run off the UI thread."""

    def __init__(self, services: Services, events: AppEvents,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("import_dialog")
        self.setWindowTitle(self.tr("Import a register"))
        self.services = services
        self.events = events
        self.imports = services.imports
        self.preview: ImportPreview | None = None
        self.imported: ImportResult | None = None
        self.loaded_mapping = Mapping()
        self.busy = False
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._file_page())
        self.pages.addWidget(self._mapping_page())
        self.pages.addWidget(self._report_page())
        self.pages.addWidget(self._done_page())
        self.status = QLabel(self)
        self.status.setObjectName("import_status")
        self.status.setWordWrap(True)
        self.back_button = QPushButton(self.tr("< &Back"), self)
        self.next_button = QPushButton(self.tr("&Next >"), self)
        self.next_button.setObjectName("import_next")
        self.next_button.setDefault(True)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.back_button.clicked.connect(self._back)
        self.next_button.clicked.connect(self._next)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        for button in (self.back_button, self.next_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)
        self.resize(1000, 620)
        self._show(FILE_PAGE)

    # -- pages ------------------------------------------------------------------------------

    def _file_page(self) -> QWidget:
        page = QWidget(self)
        intro = QLabel(self.tr(
            "Choose the center's register (.xlsx, or .csv as Excel or WPS saves it). Nothing "
            "is written until you have seen the check of every row."), page)
        intro.setWordWrap(True)
        self.path_edit = QLineEdit(page)
        self.path_edit.setObjectName("import_path")
        self.path_edit.setReadOnly(True)
        choose = QPushButton(self.tr("Choose &file…"), page)
        choose.clicked.connect(self._choose_file)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(choose)
        self.counselor_combo = QComboBox(page)
        self.counselor_combo.setObjectName("import_counselor")
        actor = self.services.actor
        for user in self.services.cases.counselors():
            if actor.role is Role.SUPERVISOR or user.id == actor.user_id:
                self.counselor_combo.addItem(user.display_name, user.id)
        self.counselor_combo.setCurrentIndex(max(0, self.counselor_combo.findData(
            actor.user_id)))
        self.mapping_label = QLabel(self.tr("Automatic (from the column headers)"), page)
        load = QPushButton(self.tr("&Load a mapping (MAP.json)…"), page)
        load.clicked.connect(self._load_mapping)
        mapping_row = QHBoxLayout()
        mapping_row.addWidget(self.mapping_label, 1)
        mapping_row.addWidget(load)
        form = QFormLayout()
        form.addRow(self.tr("Register file:"), row)
        form.addRow(self.tr("Cases go to:"), self.counselor_combo)
        form.addRow(self.tr("Column mapping:"), mapping_row)
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addLayout(form)
        self._known_columns(page, layout)
        return page

    def _known_columns(self, page: QWidget, layout: QVBoxLayout) -> None:
        """The headers read without a mapping, so a center sees what its register needs
        before choosing it (the step was an empty window otherwise)."""
        title = QLabel(self.tr("Columns recognised by their headers:"), page)
        table = QTableWidget(len(CASE_FIELDS), 2, page)
        table.setObjectName("import_known_columns")
        table.setAccessibleName(title.text())
        table.setHorizontalHeaderLabels([self.tr("Means"), self.tr("Headers recognised")])
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setTabKeyNavigation(False)  # Tab moves on; the arrows move in it
        for row, (name, headers) in enumerate(CASE_FIELDS.items()):
            table.setItem(row, 0, QTableWidgetItem(target_label(name)))
            # The normalised English keys ("dateofbirth") are matched, not shown.
            table.setItem(row, 1, QTableWidgetItem(
                "、".join(h for h in headers if not h.isascii())))
        table.resizeColumnToContents(0)
        layout.addWidget(title)
        layout.addWidget(table, 1)

    def _mapping_page(self) -> QWidget:
        page = QWidget(self)
        self.mapping_intro = QLabel(page)
        self.mapping_intro.setWordWrap(True)
        self.columns_table = self._columns_table(page, "import_columns")
        # The optional sheet of past sessions has columns of its own, mapped apart.
        sessions_page = QWidget(page)
        self.session_intro = QLabel(sessions_page)
        self.session_intro.setObjectName("import_session_intro")
        self.session_intro.setWordWrap(True)
        self.session_table = self._columns_table(sessions_page, "import_session_columns")
        sessions_layout = QVBoxLayout(sessions_page)
        sessions_layout.setContentsMargins(0, 0, 0, 0)
        sessions_layout.addWidget(self.session_intro)
        sessions_layout.addWidget(self.session_table, 1)
        self.column_tabs = QTabWidget(page)
        self.column_tabs.setObjectName("import_column_tabs")
        self.column_tabs.addTab(self.columns_table, self.tr("Register"))
        self.column_tabs.addTab(sessions_page, self.tr("Past sessions"))
        self.values_label = QLabel(self.tr(
            "Values not in the center's lists: choose the entry each one means (or add the "
            "entry in Administration → Lists first)."), page)
        self.values_label.setWordWrap(True)
        self.values_table = QTableWidget(0, 3, page)
        self.values_table.setObjectName("import_values")
        self.values_table.setHorizontalHeaderLabels(
            [self.tr("Column"), self.tr("Value in the file"), self.tr("Entry of the list")])
        self.values_table.horizontalHeader().setSectionResizeMode(
            2, QHeaderView.ResizeMode.Stretch)
        self.values_table.verticalHeader().hide()
        save = QPushButton(self.tr("&Save the mapping as MAP.json…"), page)
        save.clicked.connect(self._save_mapping)
        layout = QVBoxLayout(page)
        layout.addWidget(self.mapping_intro)
        layout.addWidget(self.column_tabs, 4)
        layout.addWidget(self.values_label)
        layout.addWidget(self.values_table, 1)
        layout.addWidget(save, 0, Qt.AlignmentFlag.AlignLeft)
        return page

    def _columns_table(self, parent: QWidget, name: str) -> QTableWidget:
        table = QTableWidget(0, 3, parent)
        table.setObjectName(name)
        table.setHorizontalHeaderLabels(
            [self.tr("Column in the file"), self.tr("First value"), self.tr("Means")])
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().hide()
        return table

    def _report_page(self) -> QWidget:
        page = QWidget(self)
        self.summary = QLabel(page)
        self.summary.setObjectName("import_summary")
        self.summary.setWordWrap(True)
        self.report = report_model(page)
        self.report_view = QTableView(page)
        self.report_view.setObjectName("import_report")
        self.report_view.setModel(self.report)
        self.report_view.verticalHeader().hide()
        self.report_view.horizontalHeader().setStretchLastSection(True)
        self.report_view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        save = QPushButton(self.tr("Save the report as &CSV…"), page)
        save.clicked.connect(self._save_report)
        layout = QVBoxLayout(page)
        layout.addWidget(self.summary)
        layout.addWidget(self.report_view, 1)
        layout.addWidget(save, 0, Qt.AlignmentFlag.AlignLeft)
        return page

    def _done_page(self) -> QWidget:
        page = QWidget(self)
        self.done_label = QLabel(page)
        self.done_label.setObjectName("import_done")
        self.done_label.setWordWrap(True)
        self.undo_button = QPushButton(self.tr("&Undo this import"), page)
        self.undo_button.setObjectName("import_undo")
        self.undo_button.clicked.connect(self._undo)
        layout = QVBoxLayout(page)
        layout.addWidget(self.done_label)
        layout.addWidget(self.undo_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        return page

    # -- flow -------------------------------------------------------------------------------

    def _show(self, page: int) -> None:
        self.pages.setCurrentIndex(page)
        self.back_button.setEnabled(page in (MAPPING_PAGE, REPORT_PAGE) and not self.busy)
        self.back_button.setVisible(page != DONE_PAGE)
        self.next_button.setVisible(page != DONE_PAGE)
        if page == REPORT_PAGE and self.preview is not None:
            count = self.preview.count("new")
            self.next_button.setText(self.tr("&Import %n new case(s)", "", count))
            self.next_button.setEnabled(count > 0 and not self.busy)
        else:
            self.next_button.setText(self.tr("&Next >"))
            self.next_button.setEnabled(bool(self.path_edit.text()) and not self.busy)
        self.close_button.setText(self.tr("Close") if page == DONE_PAGE else self.tr("Cancel"))

    def _back(self) -> None:
        self._show(max(FILE_PAGE, self.pages.currentIndex() - 1))

    def _next(self) -> None:
        page = self.pages.currentIndex()
        if page == FILE_PAGE:
            self._check(self.loaded_mapping, self._fill_mapping)
        elif page == MAPPING_PAGE:
            if self._add_entries():
                self._check(self.current_mapping(), self._fill_report)
        elif page == REPORT_PAGE:
            self._import()

    def _run(self, message: str, call: Callable[[], Any], done: Callable[[Any], None]) -> None:
        self.busy = True
        self.status.setText(message)
        self._show(self.pages.currentIndex())
        self.setCursor(Qt.CursorShape.BusyCursor)

        def finish(result: Any) -> None:
            self._idle("")
            done(result)

        run_off_thread(call, finish, self._failed)

    def _idle(self, message: str) -> None:
        self.busy = False
        self.unsetCursor()
        self.status.setText(message)
        self._show(self.pages.currentIndex())

    def _failed(self, exc: BaseException) -> None:
        self._idle("")
        QMessageBox.warning(self, self.windowTitle(), error_text(exc))

    def _path(self) -> Path:
        return Path(self.path_edit.text())

    def _counselor(self) -> int | None:
        value = self.counselor_combo.currentData()
        return int(value) if value is not None else None

    def _check(self, mapping: Mapping, then: Callable[[ImportPreview], None]) -> None:
        path, counselor, imports = self._path(), self._counselor(), self.imports
        # The call runs in a pool thread: it must not hold the dialog (a Qt object freed
        # there would crash), only plain values and the service.
        self._run(self.tr("Checking every row…"),
                  lambda: imports.preview(path, mapping, counselor), then)

    # -- step 1 -----------------------------------------------------------------------------

    def _choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the register"), str(Path.home()),
            self.tr("Registers (*.xlsx *.csv);;All files (*)"))
        if name:
            self.set_file(Path(name))

    def set_file(self, path: Path) -> None:
        self.path_edit.setText(str(path))
        self._show(FILE_PAGE)

    def _load_mapping(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Load a mapping"), str(Path.home()),
                                              self.tr("Mappings (*.json)"))
        if not name:
            return
        try:
            self.loaded_mapping = Mapping.load(Path(name))
        except Exception as exc:  # a ValidationError naming the file's problem
            QMessageBox.warning(self, self.windowTitle(), error_text(exc))
            return
        self.mapping_label.setText(Path(name).name)

    # -- step 2 -----------------------------------------------------------------------------

    def _fill_mapping(self, preview: ImportPreview) -> None:
        self.preview = preview
        if not preview.readable:
            self.status.setText(self.tr(
                "No header row with known columns (such as 姓名 or 身份证号) was found in this "
                "file. Check that it is the register."))
            return
        remembered = self.loaded_mapping
        if not remembered.columns:
            stored = i18n.settings().value(layout_key(preview))
            if isinstance(stored, str):
                try:
                    remembered = Mapping.from_json(stored)
                except Exception:  # an old or damaged setting is ignored
                    remembered = Mapping()
        self.mapping_intro.setText(self.tr(
            "Sheet “{sheet}”, header in row {row}. Check what each column means; columns "
            "set to “(not imported)” are left out.").format(sheet=preview.sheet,
                                                           row=preview.header_row))
        self._fill_columns(self.columns_table, preview.columns, CASE_FIELDS,
                           remembered.columns)
        self._fill_sessions(preview, remembered)
        self._fill_values(preview, remembered)
        self._show(MAPPING_PAGE)

    def _fill_columns(self, table: QTableWidget, columns: tuple[ColumnInfo, ...],
                      targets: dict[str, Any], remembered: dict[str, str]) -> None:
        table.setRowCount(len(columns))
        for row, column in enumerate(columns):
            header = QTableWidgetItem(column.header)
            header.setFlags(header.flags() & ~Qt.ItemFlag.ItemIsEditable)
            table.setItem(row, 0, header)
            sample = QTableWidgetItem(column.sample)
            sample.setFlags(sample.flags() & ~Qt.ItemFlag.ItemIsEditable)
            table.setItem(row, 1, sample)
            combo = QComboBox(table)
            combo.addItem(self.tr("(not imported)"), "")
            for name in targets:
                combo.addItem(target_label(name), name)
            chosen = remembered.get(column.header, column.field or "")
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
            table.setCellWidget(row, 2, combo)
        table.resizeColumnToContents(0)
        table.setColumnWidth(2, 220)

    def _fill_sessions(self, preview: ImportPreview, remembered: Mapping) -> None:
        """The sessions sheet's tab, shown only when the file has such a sheet."""
        found = bool(preview.session_sheet)
        self.column_tabs.setTabVisible(1, found)
        self.column_tabs.setCurrentIndex(0)
        self.column_tabs.tabBar().setVisible(found)
        if not found:
            self.session_table.setRowCount(0)
            return
        self.column_tabs.setTabText(1, self.tr("Past sessions (sheet “{sheet}”)").format(
            sheet=preview.session_sheet))
        if preview.sessions_unmapped:
            intro = self.tr(
                "Each past session is tied to its case by the case number in the register or "
                "by the ID number, and needs its date. Some of these columns were not "
                "recognised: choose which column holds the date and which the case number or "
                "ID number, or these sessions are not imported.")
        else:
            intro = self.tr(
                "Each past session is tied to its case by the case number in the register or "
                "by the ID number, and needs its date.")
        self.session_intro.setText(intro)
        self._fill_columns(self.session_table, preview.session_columns, SESSION_FIELDS,
                           remembered.session_columns)

    def _fill_values(self, preview: ImportPreview, remembered: Mapping) -> None:
        entries = self.services.categories.all()
        rows = [(f, v) for f, values in preview.unknown_categories.items() for v in values]
        table = self.values_table
        table.setRowCount(len(rows))
        for row, (field_name, value) in enumerate(rows):
            label = QTableWidgetItem(target_label(field_name))
            label.setData(Qt.ItemDataRole.UserRole, field_name)
            label.setFlags(label.flags() & ~Qt.ItemFlag.ItemIsEditable)
            table.setItem(row, 0, label)
            raw = QTableWidgetItem(value)
            raw.setFlags(raw.flags() & ~Qt.ItemFlag.ItemIsEditable)
            table.setItem(row, 1, raw)
            combo = QComboBox(table)
            combo.addItem(self.tr("(leave as an error)"), "")
            if self.services.actor.role is Role.SUPERVISOR:  # who may extend the lists
                combo.addItem(self.tr("Add “{value}” to the list").format(value=value),
                              _ADD)
            for entry in entries[CATEGORY_FIELDS[field_name]]:
                if entry.active:
                    combo.addItem(labels.category(entry), entry.code)
            chosen = remembered.categories.get(field_name, {}).get(value, "")
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
            table.setCellWidget(row, 2, combo)
        table.resizeColumnToContents(0)
        table.resizeColumnToContents(1)
        self.values_label.setVisible(bool(rows))
        table.setVisible(bool(rows))

    def _add_entries(self) -> bool:
        """Values the supervisor chose to add become entries of their list first."""
        for row in range(self.values_table.rowCount()):
            kind_item, value_item = self.values_table.item(row, 0), self.values_table.item(row, 1)
            combo = self.values_table.cellWidget(row, 2)
            if kind_item is None or value_item is None or not isinstance(combo, QComboBox) \
                    or combo.currentData() != _ADD:
                continue
            value = value_item.text()
            kind = CATEGORY_FIELDS[str(kind_item.data(Qt.ItemDataRole.UserRole))]
            code = "import_" + hashlib.sha1(value.encode()).hexdigest()[:10]
            try:
                self.services.categories.save(kind, code, value, value)
            except Exception as exc:  # a refusal or a database problem, worded for the user
                QMessageBox.warning(self, self.windowTitle(), error_text(exc))
                return False
            combo.addItem(value, code)
            combo.setCurrentIndex(combo.count() - 1)
        return True

    @staticmethod
    def _chosen_columns(table: QTableWidget) -> dict[str, str]:
        columns: dict[str, str] = {}
        for row in range(table.rowCount()):
            item = table.item(row, 0)
            combo = table.cellWidget(row, 2)
            if item is not None and item.text() and isinstance(combo, QComboBox):
                columns[item.text()] = str(combo.currentData() or "")
        return columns

    def current_mapping(self) -> Mapping:
        columns = self._chosen_columns(self.columns_table)
        categories: dict[str, dict[str, str]] = {}
        for f, values in self.loaded_mapping.categories.items():
            categories[f] = dict(values)
        for row in range(self.values_table.rowCount()):
            kind_item, value_item = self.values_table.item(row, 0), self.values_table.item(row, 1)
            combo = self.values_table.cellWidget(row, 2)
            if kind_item is None or value_item is None or not isinstance(combo, QComboBox):
                continue
            if combo.currentData() and combo.currentData() != _ADD:
                field_name = str(kind_item.data(Qt.ItemDataRole.UserRole))
                categories.setdefault(field_name, {})[value_item.text()] = str(
                    combo.currentData())
        return Mapping(columns, categories, self._chosen_columns(self.session_table))

    def _save_mapping(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the mapping"),
                                              str(Path.home() / "MAP.json"),
                                              self.tr("Mappings (*.json)"))
        if name:
            try:
                Path(name).write_text(self.current_mapping().to_json(), encoding="utf-8")
            except OSError as exc:
                QMessageBox.warning(self, self.windowTitle(), error_text(exc))

    # -- step 3 -----------------------------------------------------------------------------

    def _fill_report(self, preview: ImportPreview) -> None:
        self.preview = preview
        self.report.set_rows([*preview.rows, *preview.sessions])
        self.report_view.resizeColumnsToContents()
        sessions = ""
        if preview.sessions:
            sessions = " " + self.tr("Past sessions on sheet “{sheet}”: {new} to import, "
                                     "{errors} with errors.").format(
                sheet=preview.session_sheet, new=preview.count("new", sessions=True),
                errors=preview.count("error", sessions=True))
        elif preview.sessions_unmapped:
            sessions = " " + self.tr(
                "The past sessions on sheet “{sheet}” were not read: go back and choose its "
                "date column and its case number or ID number column.").format(
                sheet=preview.session_sheet)
        self.summary.setText(self.tr(
            "Dry run of {file}: {new} new, {duplicates} already registered, {errors} with "
            "errors (not imported). Nothing has been written yet.").format(
            file=preview.file_name, new=preview.count("new"),
            duplicates=preview.count("duplicate"), errors=preview.count("error")) + sessions)
        self._show(REPORT_PAGE)

    def _save_report(self) -> None:
        if self.preview is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the report"),
            str(Path.home() / f"{Path(self.preview.file_name).stem}-report.csv"),
            self.tr("CSV files (*.csv)"))
        if name:
            self.write_report(Path(name))

    def write_report(self, path: Path) -> None:
        assert self.preview is not None
        text = report_csv(self.preview, translated_headers(), translated_statuses(),
                          problem_text, target_label)
        try:
            path.write_bytes(text.encode("utf-8-sig"))
        except OSError as exc:
            QMessageBox.warning(self, self.windowTitle(), error_text(exc))

    # -- step 4 -----------------------------------------------------------------------------

    def _import(self) -> None:
        path, counselor, mapping = self._path(), self._counselor(), self.current_mapping()
        imports = self.imports
        if self.preview is not None and self.preview.readable:
            i18n.settings().setValue(layout_key(self.preview), mapping.to_json())
        self._run(self.tr("Importing…"), lambda: imports.run(path, mapping, counselor),
                  self._imported)

    def _imported(self, result: ImportResult) -> None:
        self.imported = result
        first = (self.tr("The first new case is {number}.").format(
            number=result.case_numbers[0]) if result.case_numbers else "")
        self.done_label.setText(self.tr(
            "Imported {new} new case(s) with {sessions} past session(s); {duplicates} "
            "already registered and {errors} with errors were left out. {first}\n\nThe "
            "import can be undone as a whole until one of its cases is changed.").format(
            new=result.new, sessions=result.sessions, duplicates=result.duplicates,
            errors=result.errors, first=first))
        self.undo_button.setEnabled(result.new > 0)
        self._show(DONE_PAGE)
        self.events.case_saved.emit(result.case_ids[0] if result.case_ids else 0)

    def _undo(self) -> None:
        if self.imported is None:
            return
        answer = QMessageBox.question(self, self.windowTitle(), self.tr(
            "Remove the %n case(s) this import added?", "", self.imported.new))
        if answer != QMessageBox.StandardButton.Yes:
            return
        import_id, imports = self.imported.import_id, self.imports
        self._run(self.tr("Undoing the import…"), lambda: imports.undo(import_id),
                  self._undone)

    def _undone(self, removed: int) -> None:
        self.undo_button.setEnabled(False)
        self.done_label.setText(self.tr("The import was undone: %n case(s) removed.", "",
                                        removed))
        self.events.case_saved.emit(0)
