"""The past merges (CTL-8), newest first, with an Undo for the chosen one: the merged cards come
back as they were (services/merging/undo.py). Read and undone on a worker."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from desktop_crm.db import Database
from desktop_crm.progress import Cancelled, Progress
from desktop_crm.services.access import current_user
from desktop_crm.services.merging import MergeEntry, list_merges, undo_merge
from desktop_crm.ui.locale_format import local_time
from desktop_crm.ui.workers import Operation, run_operation, run_query


class MergesWindow(QDialog):
    """Lists merges; `undone(message)` after one was undone."""

    undone = Signal(str)

    def __init__(self, database: Database, login: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mergesWindow")
        self.database, self.login = database, login
        self.entries: list[MergeEntry] | None = None
        self.operation: Operation[Any] | None = None
        self.setWindowTitle(self.tr("Merges"))
        self.resize(760, 400)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("mergesTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("By"), self.tr("Kept"), self.tr("Merged")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selected)
        self.status = QLabel(self)
        self.undo_button = QPushButton(self.tr("&Undo merge"), self)
        self.undo_button.setObjectName("undoMerge")
        self.undo_button.setEnabled(False)
        self.undo_button.clicked.connect(self.undo_selected)
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(self.undo_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(row)
        self.refresh()

    def refresh(self) -> Operation[list[MergeEntry]]:
        login = self.login

        def work(session: Session, _progress: Progress, _cancelled: Cancelled) -> list[MergeEntry]:
            return list_merges(session, current_user(session, login))

        self.operation = run_query(self, self.database, work, on_success=self.show_entries)
        return self.operation

    def show_entries(self, entries: list[MergeEntry]) -> None:
        self.entries = entries
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            merged = ", ".join(entry.names)
            if entry.undone_at is not None:
                merged = self.tr("{0} (undone)").format(merged)
            cells = (local_time(entry.at), entry.by or "", f"#{entry.kept}", merged)
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.status.setText(self.tr("%n merge(s)", "", len(entries)))
        self._selected()

    def _chosen(self) -> MergeEntry | None:
        rows = {index.row() for index in self.table.selectedIndexes()}
        if self.entries is None or len(rows) != 1:
            return None
        return self.entries[rows.pop()]

    def _selected(self) -> None:
        entry = self._chosen()
        self.undo_button.setEnabled(entry is not None and entry.undone_at is None)

    def undo_selected(self) -> Operation[MergeEntry] | None:
        entry = self._chosen()
        if entry is None or entry.undone_at is not None:
            return None
        login, merge_id = self.login, entry.id

        def work(session: Session, _progress: Progress, _cancelled: Cancelled) -> MergeEntry:
            return undo_merge(session, current_user(session, login), merge_id)

        self.undo_button.setEnabled(False)
        operation = run_operation(self, self.database, work, on_success=self._undone)
        self.operation = operation
        return operation

    def _undone(self, entry: MergeEntry) -> None:
        restored = ", ".join(f"#{cid}" for cid in entry.merged)
        self.undone.emit(self.tr("Merge #{0} undone: {1} are back").format(entry.id, restored))
        self.refresh()
