"""File -> Export clients: the whole base, or the clients the list found, to .xlsx or .csv.

When the client list shows a search or filters, a small dialog says both counts and lets the
user choose (an export started from a card would otherwise take the list's filter unseen). The
format follows the file name; a name without a known ending gets the chosen filter's.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from desktop_crm.progress import Cancelled, Progress
from desktop_crm.services.access import current_user
from desktop_crm.services.card_lookup import count_clients
from desktop_crm.services.export import export_clients as write_export
from desktop_crm.ui.shell import Shell
from desktop_crm.ui.workers import Operation, ProgressDialog, run_query

FORMATS = (".xlsx", ".csv")


class ExportScopeDialog(QDialog):
    """Which clients to export: all of the base, or the ones the list found."""

    def __init__(self, total: int, found: int, prefer_found: bool, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("exportScopeDialog")
        self.setWindowTitle(self.tr("Export clients"))
        self.all_button = QRadioButton(self.tr("&All %Ln client(s)", "", total))
        self.all_button.setObjectName("exportAll")
        self.found_button = QRadioButton(
            self.tr("&The %Ln client(s) found by the current search and filters", "", found)
        )
        self.found_button.setObjectName("exportFound")
        group = QButtonGroup(self)
        group.addButton(self.all_button)
        group.addButton(self.found_button)
        (self.found_button if prefer_found else self.all_button).setChecked(True)
        note = QLabel(
            self.tr(
                "Next you choose the file; its name decides the format: .xlsx for Excel, "
                ".csv for a plain table."
            )
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Choose file…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Which clients should be exported?")))
        layout.addWidget(self.all_button)
        layout.addWidget(self.found_button)
        layout.addSpacing(6)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def export_found(self) -> bool:
        return self.found_button.isChecked()


class Exporter(QObject):
    """File -> Export clients: which clients, which file, then the file written on a worker."""

    def __init__(self, window: Shell) -> None:
        super().__init__(window)
        self.window = window

    def run(self) -> Operation[int] | None:
        """Ask what to export and where, then write the file on a worker thread; the status
        bar says how many clients went into it."""
        scope = self._ask_scope()
        if scope is None:
            return None
        ids, count = scope
        path = self._ask_path(count)
        if path is None:
            return None
        window, login = self.window, self.window.login

        def op(session: Session, progress: Progress, _cancelled: Cancelled) -> int:
            user = current_user(session, login)
            return write_export(session, user, path, client_ids=ids, progress=progress).rows

        def done(rows: int) -> None:
            text = self.tr("Exported %Ln client(s) to {0}", "", rows)
            window.show_status(text.format(str(path)))

        window.operation = run_query(
            window,
            window.database,
            op,
            on_success=done,
            dialog=ProgressDialog(self.tr("Export clients"), self.tr("Exporting…")),
        )
        return window.operation

    def _ask_scope(self) -> tuple[list[int] | None, int] | None:
        """The ids to export (None: the whole base) and their count; None when cancelled."""
        window = self.window
        with window.database.session() as session:
            total = count_clients(session, current_user(session, window.login))
        model = window.client_list.model
        query = model.query
        if not (query.text.strip() or query.has_filters):
            return None, total
        found = model.all_ids()
        from_list = window.tabs.currentWidget() is window.client_list
        dialog = ExportScopeDialog(total, len(found), prefer_found=from_list, parent=window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return (found, len(found)) if dialog.export_found() else (None, total)

    def _ask_path(self, count: int) -> Path | None:
        filters = [self.tr("Excel workbook (*.xlsx)"), self.tr("CSV file (*.csv)")]
        path, chosen = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Export %Ln client(s)", "", count),
            str(Path.home() / "clients.xlsx"),
            ";;".join(filters),
        )
        if not path:
            return None
        if Path(path).suffix.lower() not in FORMATS:  # "clients", "clients.2024": the filter's
            path += FORMATS[filters.index(chosen)] if chosen in filters else FORMATS[0]
        return Path(path)
