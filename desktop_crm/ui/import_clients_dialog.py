"""The clients one import created or updated ("Show imported clients"), for when the client
list cannot filter by import: ids first, rows read in blocks as they scroll into view;
double-click (or Enter) opens a card."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.db import Database
from desktop_crm.errors import CrmError
from desktop_crm.services.client_rows import ClientRow, fetch_rows
from desktop_crm.ui.import_common import Index, number
from desktop_crm.wizards.importing.preview import job_client_ids

BLOCK = 200
COLUMNS = ("name", "phone", "email", "stage")


class ImportedClientsModel(QAbstractTableModel):
    def __init__(self, database: Database, ids: list[int], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.ids = ids
        self._rows: dict[int, ClientRow] = {}

    def _row(self, position: int) -> ClientRow | None:
        client_id = self.ids[position]
        if client_id not in self._rows:
            start = position - position % BLOCK
            block = self.ids[start : start + BLOCK]
            try:
                with self.database.session() as session:
                    self._rows.update(fetch_rows(session, block))
            except CrmError:
                return None
        return self._rows.get(client_id)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("Name"), self.tr("Phone"), self.tr("Email"), self.tr("Stage"))
        return titles[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        row = self._row(index.row())
        if row is None:
            return self.tr("(deleted)") if index.column() == 0 else ""
        key = COLUMNS[index.column()]
        if key == "phone":
            return row.phones[0] if row.phones else ""
        if key == "email":
            return row.emails[0] if row.emails else ""
        if key == "stage":
            return self.tr("lead") if row.stage == "lead" else self.tr("client")
        return row.text("name")


class ImportedClientsDialog(QDialog):
    """Signals: `openClientRequested(int)` with a client id."""

    openClientRequested = Signal(int)

    def __init__(
        self, database: Database, login: str, job_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importedClientsDialog")
        self.setWindowTitle(self.tr("Clients of import #{0}").format(job_id))
        with database.session() as session:
            ids = job_client_ids(session, job_id)
        self.model = ImportedClientsModel(database, ids, self)
        self.view = QTableView()
        self.view.setObjectName("importedClients")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.view.activated.connect(self._open)
        label = QLabel(
            self.tr(
                "{0} clients created or updated by this import. Double-click one to open it."
            ).format(number(len(ids)))
        )
        label.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.resize(720, 480)

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            self.openClientRequested.emit(self.model.ids[index.row()])
