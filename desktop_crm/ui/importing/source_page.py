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
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop_crm.errors import CrmError
from desktop_crm.progress import Cancelled, Progress
from desktop_crm.ui.error_words import error_message
from desktop_crm.ui.errors import show_crash
from desktop_crm.ui.importing.common import (
    Dialogs,
    ImportState,
    RowsModel,
    message_label,
    number,
    show_message,
)
from desktop_crm.ui.importing.source_form import (
    SourceForm,
    build_choice,
    build_file_row,
    build_options,
    build_paste_box,
    build_preview,
    reset_options,
)
from desktop_crm.ui.workers import Operation, run_task
from desktop_crm.wizards.importing import (
    Source,
    SourceInfo,
    SourceOptions,
    open_source,
    write_template,
)
from desktop_crm.wizards.importing.sources.base import SourceRow

PREVIEW_ROWS = 20
PASTE_DELAY_MS = 300  # typing in the paste box re-reads the table after a pause
WORKBOOK_KINDS = ("xlsx", "xls", "ods")


class SourcePage(SourceForm):
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
        self.operation: Operation[tuple[Source, list[SourceRow]]] | None = None
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
        self.choice_box = build_choice(self)
        self.file_box = build_file_row(self)
        self.paste_edit = build_paste_box(self)
        self.options_box = build_options(self)
        reset_options(self)
        self.info_label = QLabel()
        self.info_label.setObjectName("sourceInfo")
        self.info_label.setWordWrap(True)
        self.error_label = message_label("sourceError", error=True)
        self.preview_model = RowsModel(self)
        self.preview_view = build_preview(self.preview_model)
        layout = QVBoxLayout(self)
        for widget in (self.choice_box, self.file_box, self.paste_edit, self.options_box):
            layout.addWidget(widget)
        layout.addWidget(self.error_label)
        layout.addWidget(self.info_label)
        layout.addWidget(self.preview_view, 1)
        self.paste_edit.hide()
        self.sample_button.clicked.connect(self.save_sample)
        self.browse_button.clicked.connect(self.browse)
        self.path_edit.editingFinished.connect(self._path_typed)
        self.paste_edit.textChanged.connect(self._paste_changed)
        self.file_radio.toggled.connect(self._mode_changed)
        for combo in (self.encoding_combo, self.delimiter_combo, self.sheet_combo):
            combo.activated.connect(lambda _i: self._schedule())
        self.header_check.toggled.connect(lambda _on: self._schedule())

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
        reset_options(self)
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
            reset_options(self)
            self._schedule()

    def _paste_changed(self) -> None:
        if not self.paste_radio.isChecked() and self.paste_edit.toPlainText().strip():
            self.paste_radio.setChecked(True)
            return  # _mode_changed schedules the reading
        self._schedule(PASTE_DELAY_MS)

    def _mode_changed(self, file_mode: bool) -> None:
        self.file_box.setVisible(file_mode)
        self.paste_edit.setVisible(not file_mode)
        reset_options(self)
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

        def task(_progress: Progress, _cancelled: Cancelled) -> tuple[Source, list[SourceRow]]:
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

        self.operation = run_task(self, task, on_success=done, on_failure=failed)

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
