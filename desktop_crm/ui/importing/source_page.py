"""Page 1 of the import wizard: where the clients come from (IMP-1, IMP-2).

A file (chosen, typed or dropped on the page) or a table pasted into a text box. The file is
opened on a worker thread (a big workbook takes a moment); what was detected (kind, encoding,
separator, sheet, rows) is shown in the option boxes, each of which can be changed, and the
first rows are previewed again after every change. A file that cannot be read is refused here
with the engine's reason, and Next stays disabled.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from desktop_crm.errors import CrmError
from desktop_crm.ui.error_words import error_message
from desktop_crm.ui.errors import show_crash
from desktop_crm.ui.importing.common import (
    NO_PROGRESS_DIALOG_MS,
    Dialogs,
    ImportState,
    RowsModel,
    message_label,
    number,
    show_message,
)
from desktop_crm.ui.workers import Operation, run_task
from desktop_crm.wizards.importing import (
    Source,
    SourceInfo,
    SourceOptions,
    open_source,
    write_template,
)
from desktop_crm.wizards.importing.sources import SourceRow

PREVIEW_ROWS = 20
PASTE_DELAY_MS = 300  # typing in the paste box re-reads the table after a pause
ENCODINGS = ("utf-8", "utf-8-sig", "utf-16", "cp1251", "cp1250", "koi8-r", "iso-8859-2", "cp1252")
DELIMITERS = (",", ";", "tab", "space", "|")
WORKBOOK_KINDS = ("xlsx", "xls", "ods")


class SourcePage(QWizardPage):
    def __init__(self, state: ImportState, dialogs: Dialogs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sourcePage")
        self.state = state
        self.dialogs = dialogs
        self.setTitle(self.tr("Where are the clients?"))
        self.setSubTitle(
            self.tr(
                "Choose a file (Excel, OpenDocument, CSV or text separated by commas, semicolons, "
                "tabs or spaces), drop it here, or paste a table. One row is one client, one "
                "column one field."
            )
        )
        self.setAcceptDrops(True)
        self._token = 0
        self._loading = False
        self._error: str | None = None
        self._loaded_path = ""
        self.operation: Operation[object] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._load)
        self._build()
        if state.refusal:
            show_message(self.error_label, state.refusal)
            for widget in (self.choice_box, self.file_box, self.options_box, self.preview_view):
                widget.setEnabled(False)

    # -- building ---------------------------------------------------------------------------
    def _build(self) -> None:
        self.file_radio = QRadioButton(self.tr("From a &file"))
        self.file_radio.setObjectName("fromFile")
        self.paste_radio = QRadioButton(self.tr("From a &pasted table"))
        self.paste_radio.setObjectName("fromPaste")
        self.file_radio.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.file_radio)
        group.addButton(self.paste_radio)
        self.sample_button = QPushButton(self.tr("Save &sample file…"))
        self.sample_button.setObjectName("saveSample")
        self.sample_button.setToolTip(
            self.tr("A file with the import's own columns and two example clients (IMP-2)")
        )
        self.sample_button.clicked.connect(self.save_sample)
        self.choice_box = QWidget()
        choice = QHBoxLayout(self.choice_box)
        choice.setContentsMargins(0, 0, 0, 0)
        choice.addWidget(self.file_radio)
        choice.addWidget(self.paste_radio)
        choice.addStretch(1)
        choice.addWidget(self.sample_button)

        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("sourcePath")
        self.path_edit.setPlaceholderText(self.tr("Choose a file, type its path or drop it here"))
        self.path_edit.setClearButtonEnabled(True)
        self.path_edit.editingFinished.connect(self._path_typed)
        self.path_edit.installEventFilter(self)
        browse = QPushButton(self.tr("Bro&wse…"))
        browse.setObjectName("browseFile")
        browse.clicked.connect(self.browse)
        self.browse_button = browse
        file_box = QWidget()
        file_row = QHBoxLayout(file_box)
        file_row.setContentsMargins(0, 0, 0, 0)
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(browse)

        self.paste_edit = QPlainTextEdit()
        self.paste_edit.setObjectName("pasteBox")
        self.paste_edit.setPlaceholderText(
            self.tr("Copy the table in Excel or a text editor and paste it here (Ctrl+V).")
        )
        self.paste_edit.setTabChangesFocus(True)
        self.paste_edit.setMaximumHeight(140)
        self.paste_edit.textChanged.connect(self._paste_changed)
        self.paste_edit.viewport().installEventFilter(self)

        self.file_box = file_box
        self.paste_edit.hide()
        self.file_radio.toggled.connect(self._mode_changed)

        self.encoding_combo = QComboBox()
        self.encoding_combo.setObjectName("encodingCombo")
        self.delimiter_combo = QComboBox()
        self.delimiter_combo.setObjectName("delimiterCombo")
        self.sheet_combo = QComboBox()
        self.sheet_combo.setObjectName("sheetCombo")
        for combo in (self.encoding_combo, self.delimiter_combo, self.sheet_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setMinimumContentsLength(8)
        self.header_check = QCheckBox(self.tr("First row holds column na&mes"))
        self.header_check.setObjectName("hasHeader")
        self.header_check.setChecked(True)
        self._reset_options()
        self.encoding_combo.activated.connect(lambda _i: self._schedule())
        self.delimiter_combo.activated.connect(lambda _i: self._schedule())
        self.sheet_combo.activated.connect(lambda _i: self._schedule())
        self.header_check.toggled.connect(lambda _on: self._schedule())
        self.options_box = QWidget()
        options = QHBoxLayout(self.options_box)
        options.setContentsMargins(0, 0, 0, 0)
        for text, combo in (
            (self.tr("&Encoding:"), self.encoding_combo),
            (self.tr("Sepa&rator:"), self.delimiter_combo),
            (self.tr("S&heet:"), self.sheet_combo),
        ):
            label = QLabel(text)
            label.setBuddy(combo)
            options.addWidget(label)
            options.addWidget(combo)
            options.addSpacing(8)
        options.addWidget(self.header_check)
        options.addStretch(1)

        self.info_label = QLabel()
        self.info_label.setObjectName("sourceInfo")
        self.info_label.setWordWrap(True)
        self.error_label = message_label("sourceError", error=True)
        self.preview_model = RowsModel(self)
        self.preview_view = QTableView()
        self.preview_view.setObjectName("sourcePreview")
        self.preview_view.setModel(self.preview_model)
        self.preview_view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.preview_view.setAlternatingRowColors(True)
        self.preview_view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.Interactive
        )
        self.preview_view.horizontalHeader().setDefaultSectionSize(140)
        self.preview_view.verticalHeader().setDefaultSectionSize(22)

        layout = QVBoxLayout(self)
        layout.addWidget(self.choice_box)
        layout.addWidget(self.file_box)
        layout.addWidget(self.paste_edit)
        layout.addWidget(self.options_box)
        layout.addWidget(self.error_label)
        layout.addWidget(self.info_label)
        layout.addWidget(self.preview_view, 1)

    def _reset_options(self) -> None:
        self.encoding_combo.clear()
        self.encoding_combo.addItem(self.tr("Automatic"), "auto")
        for name in ENCODINGS:
            self.encoding_combo.addItem(name, name)
        self.delimiter_combo.clear()
        self.delimiter_combo.addItem(self.tr("Automatic"), "auto")
        names = {
            ",": self.tr("comma ,"),
            ";": self.tr("semicolon ;"),
            "tab": self.tr("tab"),
            "space": self.tr("space"),
            "|": self.tr("bar |"),
        }
        for value in DELIMITERS:
            self.delimiter_combo.addItem(names[value], value)
        self.sheet_combo.clear()
        self.sheet_combo.setEnabled(False)

    # -- what the user does -----------------------------------------------------------------
    def browse(self) -> None:
        path = self.dialogs.open_path(
            self,
            self.tr("Choose the file to import"),
            self.tr("Tables (*.xlsx *.xls *.ods *.csv *.txt *.tsv *.vcf);;All files (*)"),
        )
        if path:
            self.choose_file(path)

    def choose_file(self, path: str | Path) -> None:
        """Read `path` as the source (a new file starts with automatic options)."""
        self.file_radio.setChecked(True)
        self.path_edit.setText(str(path))
        self._reset_options()
        self._schedule()

    def paste(self, text: str) -> None:
        """Use `text` as the pasted table."""
        self.paste_radio.setChecked(True)
        self.paste_edit.setPlainText(text)
        self._schedule()

    def save_sample(self) -> None:
        path = self.dialogs.save_path(
            self,
            self.tr("Save sample file"),
            str(Path.home() / "import-sample.xlsx"),
            self.tr("Excel workbook (*.xlsx);;CSV file (*.csv)"),
        )
        if not path:
            return
        try:
            write_template(Path(path))
        except CrmError as exc:
            show_message(self.error_label, error_message(exc))
            return
        except OSError as exc:
            show_message(
                self.error_label,
                self.tr("{0} cannot be written: {1}.").format(path, exc.strerror or exc),
            )
            return
        self.info_label.setText(self.tr("Sample file saved to {0}.").format(html.escape(path)))

    def _path_typed(self) -> None:
        text = self.path_edit.text().strip()
        if self.file_radio.isChecked() and text and text != self._loaded_path:
            self._reset_options()
            self._schedule()

    def _paste_changed(self) -> None:
        if not self.paste_radio.isChecked() and self.paste_edit.toPlainText().strip():
            self.paste_radio.setChecked(True)
            return  # _mode_changed schedules the reading
        self._schedule(PASTE_DELAY_MS)

    def _mode_changed(self, file_mode: bool) -> None:
        self.file_box.setVisible(file_mode)
        self.paste_edit.setVisible(not file_mode)
        self._reset_options()
        self._schedule()

    # -- drag and drop ----------------------------------------------------------------------
    @staticmethod
    def _dropped_file(event: QDragEnterEvent | QDropEvent) -> str | None:
        mime = event.mimeData()
        if mime is None or not mime.hasUrls():
            return None
        for url in mime.urls():
            if url.isLocalFile():
                return url.toLocalFile()
        return None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if not self.state.refusal and self._dropped_file(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        path = None if self.state.refusal else self._dropped_file(event)
        if path:
            event.acceptProposedAction()
            self.choose_file(path)
        else:
            event.ignore()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A file dropped on the path box or the paste box is chosen as the file."""
        kind = event.type()
        if (
            kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove)
            and isinstance(event, QDropEvent)
            and self._dropped_file(event)
        ):
            event.acceptProposedAction()
            return True
        if kind == QEvent.Type.Drop and isinstance(event, QDropEvent):
            path = self._dropped_file(event)
            if path:
                event.acceptProposedAction()
                self.choose_file(path)
                return True
        return super().eventFilter(watched, event)

    # -- reading ----------------------------------------------------------------------------
    def _schedule(self, delay_ms: int = 0) -> None:
        if self.state.refusal:
            return
        self._token += 1  # anything still being read is out of date now
        self._loading = True
        self.completeChanged.emit()
        self._timer.start(delay_ms)

    def _options(self) -> SourceOptions:
        sheet = self.sheet_combo.currentData() if self.sheet_combo.isEnabled() else None
        return SourceOptions(
            encoding=str(self.encoding_combo.currentData() or "auto"),
            delimiter=str(self.delimiter_combo.currentData() or "auto"),
            sheet=sheet or None,
            has_header=self.header_check.isChecked(),
        )

    def _load(self) -> None:
        token = self._token
        options = self._options()
        path = self.path_edit.text().strip() if self.file_radio.isChecked() else ""
        text = self.paste_edit.toPlainText() if self.paste_radio.isChecked() else ""
        if not path and not text.strip():
            self._show(None, [], None)
            return
        self.info_label.setText(self.tr("Reading…"))

        def task(_progress: object, _cancelled: object) -> tuple[Source, list[SourceRow]]:
            if text:
                source = open_source(text=text, options=options)
            else:
                source = open_source(Path(path), options=options)
            try:
                return source, source.preview(PREVIEW_ROWS)
            except BaseException:
                source.close()
                raise

        def done(result: tuple[Source, list[SourceRow]]) -> None:
            if token != self._token:
                result[0].close()  # the user chose something else meanwhile
                return
            self._loaded_path = path
            self._show(result[0], result[1], None)

        def failed(exc: BaseException) -> None:
            if token != self._token:
                return
            if isinstance(exc, CrmError):
                self._show(None, [], error_message(exc))
            else:
                self._show(
                    None,
                    [],
                    self.tr("The file could not be read because of an error inside desktop-crm."),
                )
                show_crash(self, exc)

        self.operation = run_task(
            self, task, on_success=done, on_failure=failed, progress_delay_ms=NO_PROGRESS_DIALOG_MS
        )

    def _show(self, source: Source | None, preview: list[SourceRow], error: str | None) -> None:
        self._loading = False
        self._error = error
        self.state.set_source(source, preview)
        show_message(self.error_label, error)
        if source is None:
            self.preview_model.set_rows([], [])
            self.info_label.setText("")
        else:
            self.preview_model.set_rows(source.headers, preview)
            self.info_label.setText(self.describe(source.info, len(source.headers)))
            self._show_detected(source.info)
        self.completeChanged.emit()

    def _show_detected(self, info: SourceInfo) -> None:
        text_table = info.kind == "csv"
        self.encoding_combo.setItemText(
            0,
            self.tr("Automatic ({0})").format(info.encoding)
            if info.encoding and text_table
            else self.tr("Automatic"),
        )
        self.delimiter_combo.setItemText(
            0,
            self.tr("Automatic ({0})").format(info.delimiter)
            if info.delimiter and text_table
            else self.tr("Automatic"),
        )
        self.encoding_combo.setEnabled(text_table and self.file_radio.isChecked())
        self.delimiter_combo.setEnabled(text_table)
        workbook = info.kind in WORKBOOK_KINDS
        self.sheet_combo.blockSignals(True)
        self.sheet_combo.clear()
        for sheet in info.sheets:
            self.sheet_combo.addItem(sheet, sheet)
        if info.sheet:
            self.sheet_combo.setCurrentIndex(max(0, self.sheet_combo.findData(info.sheet)))
        self.sheet_combo.setEnabled(workbook and len(info.sheets) > 1)
        self.sheet_combo.blockSignals(False)

    def describe(self, info: SourceInfo, columns: int) -> str:
        kinds = {
            "csv": self.tr("text table"),
            "xlsx": self.tr("Excel workbook"),
            "xls": self.tr("Excel 97-2003 workbook"),
            "ods": self.tr("OpenDocument spreadsheet"),
            "vcard": self.tr("vCard contacts"),
        }
        parts = [f"<b>{html.escape(info.name)}</b>", kinds.get(info.kind, info.kind)]
        if info.kind == "csv" and info.encoding:
            parts.append(self.tr("encoding {0}").format(info.encoding))
        if info.kind == "csv" and info.delimiter:
            parts.append(self.tr("separated by {0}").format(info.delimiter))
        if info.sheet:
            parts.append(self.tr("sheet “{0}”").format(html.escape(info.sheet)))
        parts.append(self.tr("{0} columns").format(number(columns)))
        if info.estimated_rows is not None:
            parts.append(self.tr("about {0} rows").format(number(info.estimated_rows)))
        return " · ".join(parts) + " — " + self.tr("the first rows:")

    # -- QWizardPage --------------------------------------------------------------------------
    def isComplete(self) -> bool:
        return (
            not self.state.refusal
            and not self._loading
            and self._error is None
            and self.state.source is not None
        )

    @property
    def loading(self) -> bool:
        return self._loading
