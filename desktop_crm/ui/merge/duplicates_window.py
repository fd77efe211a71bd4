"""The "Duplicates in the base" window (CTL-8, Control menu): what to compare (phones, emails,
names, with the birth date), the groups found over the whole base (read on a worker, with
progress and cancel), and a "Merge…" button per group that opens the merge dialog."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
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
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_crm.db import Database
from desktop_crm.models import Client
from desktop_crm.progress import Cancelled, Progress
from desktop_crm.services.access import current_user
from desktop_crm.ui.merge.dialog import MergeDialog, open_merge_dialog
from desktop_crm.ui.merge.labels import by_word
from desktop_crm.ui.merge.merges_window import MergesWindow
from desktop_crm.ui.workers import Operation, ProgressDialog, run_query
from desktop_crm.wizards.control.duplicates import DuplicateGroup, find_duplicates

SHOWN = 500  # groups listed at once: merging them changes the base, a new search shows more
CARDS, SHARED, ACTION = range(3)


@dataclass(frozen=True)
class Found:
    groups: list[DuplicateGroup]
    names: dict[int, str]  # the listed groups' cards


def find(
    session: Session, login: str, by: list[str], birth_date: bool, progress: Progress
) -> Found:
    """The groups, and the names of the cards of the first SHOWN of them."""
    groups = find_duplicates(
        session, current_user(session, login), by, birth_date=birth_date, progress=progress
    )
    ids = sorted({cid for group in groups[:SHOWN] for cid in group.client_ids})
    names: dict[int, str] = {}
    for start in range(0, len(ids), 1000):
        rows = session.execute(
            select(Client.id, Client.full_name).where(Client.id.in_(ids[start : start + 1000]))
        )
        names.update((int(cid), name) for cid, name in rows.tuples())
    return Found(groups, names)


class DuplicatesWindow(QDialog):
    """Finds duplicate groups and opens the merge dialog for one, or the past merges to undo
    one; `merged(message)` after either changed the base."""

    merged = Signal(str)

    def __init__(self, database: Database, login: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("duplicatesWindow")
        self.database, self.login = database, login
        self.found: Found | None = None
        self.operation: Operation[Any] | None = None
        self.dialog: MergeDialog | None = None
        self.setWindowTitle(self.tr("Duplicates in the base"))
        self.resize(820, 520)
        self.by = {
            "phone": QCheckBox(self.tr("Same &phone"), self),
            "email": QCheckBox(self.tr("Same &email"), self),
            "name": QCheckBox(self.tr("Same &name"), self),
        }
        for box in self.by.values():
            box.setChecked(True)
        self.birth_date = QCheckBox(self.tr("Names only with the same &birth date"), self)
        self.find_button = QPushButton(self.tr("&Find"), self)
        self.find_button.setObjectName("findDuplicates")
        self.find_button.clicked.connect(self.search)
        options = QHBoxLayout()
        for widget in (*self.by.values(), self.birth_date):
            options.addWidget(widget)
        options.addStretch(1)
        options.addWidget(self.find_button)
        self.merges_button = QPushButton(self.tr("&Merges…"), self)
        self.merges_button.setObjectName("showMerges")
        self.merges_button.setToolTip(self.tr("Past merges, to undo one"))
        self.merges_button.clicked.connect(self.show_merges)
        options.addWidget(self.merges_button)
        self.merges: MergesWindow | None = None
        self.status = QLabel(self.tr("Choose what to compare and press Find."), self)
        self.status.setObjectName("duplicatesStatus")
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("duplicatesTable")
        self.table.setHorizontalHeaderLabels([self.tr("Cards"), self.tr("Shared"), ""])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(CARDS, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(SHARED, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ACTION, QHeaderView.ResizeMode.ResizeToContents)
        self.table.cellDoubleClicked.connect(lambda row, _column: self.merge_group(row))
        layout = QVBoxLayout(self)
        layout.addLayout(options)
        layout.addWidget(self.status)
        layout.addWidget(self.table)

    def search(self) -> Operation[Found] | None:
        by = [key for key, box in self.by.items() if box.isChecked()]
        if not by:
            self.status.setText(self.tr("Choose at least one thing to compare."))
            return None
        login, birth_date = self.login, self.birth_date.isChecked()

        def work(session: Session, progress: Progress, _cancelled: Cancelled) -> Found:
            return find(session, login, by, birth_date, progress)

        self.find_button.setEnabled(False)
        self.status.setText(self.tr("Looking for duplicates…"))
        self.operation = run_query(
            self,
            self.database,
            work,
            on_success=self.show_found,
            on_failure=self._failed,
            dialog=ProgressDialog(label=self.tr("Looking for duplicates…"), cancellable=False),
        )
        return self.operation

    def _failed(self, error: BaseException) -> None:
        from desktop_crm.ui.errors import show_exception

        self.find_button.setEnabled(True)
        self.status.setText("")
        show_exception(self, error)

    def show_found(self, found: Found) -> None:
        self.found = found
        self.find_button.setEnabled(True)
        total = len(found.groups)
        text = self.tr("%n group(s) of duplicates found.", "", total)
        if total > SHOWN:
            text += " " + self.tr("The first {0} are listed.").format(SHOWN)
        self.status.setText(text)
        shown = found.groups[:SHOWN]
        self.table.setRowCount(len(shown))
        for row, group in enumerate(shown):
            cards = "\n".join(f"#{cid} {found.names.get(cid, '')}" for cid in group.client_ids)
            shared = "\n".join(f"{by_word(by)}: {value}" for by, value in group.keys)
            self.table.setItem(row, CARDS, QTableWidgetItem(cards))
            self.table.setItem(row, SHARED, QTableWidgetItem(shared))
            button = QPushButton(self.tr("Merge…"), self.table)
            button.setObjectName(f"mergeGroup{row}")
            button.clicked.connect(lambda _checked=False, r=row: self.merge_group(r))
            self.table.setCellWidget(row, ACTION, button)
        self.table.resizeRowsToContents()

    def merge_group(self, row: int) -> MergeDialog | None:
        """The merge dialog for the group on `row`; the row is marked merged once it is."""
        if self.found is None or not 0 <= row < min(len(self.found.groups), SHOWN):
            return None
        group = self.found.groups[row]
        self.dialog = open_merge_dialog(self, self.database, self.login, group.client_ids)
        self.dialog.merged.connect(lambda message, r=row: self._merged(r, message))
        return self.dialog

    def _merged(self, row: int, message: str) -> None:
        button = self.table.cellWidget(row, ACTION)
        if button is not None:
            button.setEnabled(False)
            button.setToolTip(message)
        item = self.table.item(row, SHARED)
        if item is not None:
            item.setText(message)
        self.merged.emit(message)

    def show_merges(self) -> MergesWindow:
        """The past merges, to undo one."""
        if self.merges is None:
            self.merges = MergesWindow(self.database, self.login, self)
            self.merges.undone.connect(self.merged)
        else:
            self.merges.refresh()
        self.merges.show()
        self.merges.raise_()
        return self.merges
