"""The failing rows of a dry run as an editable table (IMP-12 in the preview).

Columns: row number, the problem in words, then the file's own columns. The cell at fault is
highlighted and says why in its tooltip; a file cell can be edited, which records a fix for this
import (`ImportState.overrides`) and asks for the row to be checked again (`edited`). Once the
check is back (`set_checks`) the problem column says whether the row is fixed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from desktop_crm.models.imports import CREATED, FAILED, UPDATED
from desktop_crm.ui.importing.common import Index
from desktop_crm.ui.words import reason_words
from desktop_crm.wizards.importing import RowFailure
from desktop_crm.wizards.importing.preview import RowCheck, cell_text

ROW, PROBLEM = 0, 1
FIRST_CELL = 2
FAULT = QColor("#f8d7da")
FIXED = QColor("#d4edda")
TYPED = QColor("#fff3cd")


@dataclass
class FailedEntry:
    failure: RowFailure
    check: RowCheck | None = None  # the latest check after an edit

    @property
    def number(self) -> int:
        return self.failure.number

    @property
    def fixed(self) -> bool:
        return self.check is not None and self.check.outcome != FAILED


class FailuresModel(QAbstractTableModel):
    """Signals: `edited(int)` with the row number (in the file) whose cell the user changed."""

    edited = Signal(int)

    def __init__(
        self,
        overrides: dict[int, dict[int, str]],
        columns_of: Callable[[str], list[int]],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.overrides = overrides
        self._columns_of = columns_of
        self._headers: list[str] = []
        self.entries: list[FailedEntry] = []
        self._position: dict[int, int] = {}

    def set_failures(self, headers: Sequence[str], failures: Sequence[RowFailure]) -> None:
        self.beginResetModel()
        self._headers = list(headers)
        self.entries = [FailedEntry(f) for f in failures]
        self._position = {e.number: i for i, e in enumerate(self.entries)}
        self.endResetModel()

    def set_checks(self, checks: Sequence[RowCheck]) -> None:
        for check in checks:
            position = self._position.get(check.number)
            if position is None:
                continue
            self.entries[position].check = check
            self.dataChanged.emit(
                self.index(position, 0), self.index(position, self.columnCount() - 1)
            )

    def entry(self, number: int) -> FailedEntry | None:
        position = self._position.get(number)
        return None if position is None else self.entries[position]

    # -- what is wrong ------------------------------------------------------------------------
    def fault_columns(self, entry: FailedEntry) -> set[int]:
        source: RowFailure | RowCheck = entry.failure
        if entry.check is not None:
            if entry.fixed:
                return set()
            source = entry.check
        if source.column is not None:
            return {source.column}
        if source.key:
            return set(self._columns_of(source.key))
        return set()

    def problem(self, entry: FailedEntry) -> str:
        check = entry.check
        if check is not None and check.outcome == CREATED:
            return self.tr("Fixed: the client will be created")
        if check is not None and check.outcome == UPDATED:
            return self.tr("Fixed: the client will be updated")
        if check is not None and check.outcome != FAILED:
            return self.tr("Fixed: the row will be skipped ({0})").format(
                reason_words(check.reason)
            )
        reason = check.reason if check is not None else entry.failure.reason
        detail = check.detail if check is not None else entry.failure.detail
        text = detail or reason_words(reason)  # the detail names the field and the value
        return text[:1].upper() + text[1:]

    def explanation(self, entry: FailedEntry) -> str:
        """The reason in words and its code, then the detail: the tooltip."""
        if entry.fixed:
            return self.problem(entry)
        reason = entry.check.reason if entry.check is not None else entry.failure.reason
        words = reason_words(reason)
        return f"{words[:1].upper()}{words[1:]} ({reason}).\n{self.problem(entry)}"

    def cell(self, entry: FailedEntry, column: int) -> str:
        typed = self.overrides.get(entry.number, {}).get(column)
        if typed is not None:
            return typed
        raw = entry.failure.raw
        return cell_text(raw[column]) if column < len(raw) else ""

    # -- QAbstractTableModel ------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else FIRST_CELL + len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == ROW:
            return self.tr("Row")
        if section == PROBLEM:
            return self.tr("Problem")
        index = section - FIRST_CELL
        return self._headers[index] if 0 <= index < len(self._headers) else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() >= FIRST_CELL:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self.entries[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == ROW:  # a view shows text; a number here breaks Qt's model contract
                return str(entry.number)
            if column == PROBLEM:
                return self.problem(entry)
            return self.cell(entry, column - FIRST_CELL)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == PROBLEM or (column - FIRST_CELL) in self.fault_columns(entry):
                return self.explanation(entry)
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            if column == PROBLEM and entry.fixed:
                return QBrush(FIXED)
            if column >= FIRST_CELL:
                cell = column - FIRST_CELL
                if cell in self.fault_columns(entry):
                    return QBrush(FAULT)
                if cell in self.overrides.get(entry.number, {}):
                    return QBrush(TYPED)
            return None
        if (
            role == Qt.ItemDataRole.FontRole
            and column >= FIRST_CELL
            and (column - FIRST_CELL) in self.fault_columns(entry)
        ):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() < FIRST_CELL or role != Qt.ItemDataRole.EditRole:
            return False
        entry = self.entries[index.row()]
        column = index.column() - FIRST_CELL
        text = "" if value is None else str(value)
        if text == self.cell(entry, column):
            return False
        raw = entry.failure.raw
        original = cell_text(raw[column]) if column < len(raw) else ""
        fixes = self.overrides.setdefault(entry.number, {})
        if text == original:
            fixes.pop(column, None)
            if not fixes:
                self.overrides.pop(entry.number, None)
        else:
            fixes[column] = text
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), index.column()))
        self.edited.emit(entry.number)
        return True
