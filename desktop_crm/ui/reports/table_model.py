"""The discipline report as a table: one row per executor, then the total (bold)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QApplication

from desktop_crm.services.discipline import DisciplineReport, DisciplineRow
from desktop_crm.ui.translation_marks import QT_TRANSLATE_NOOP

CONTEXT = "DisciplineReport"
COLUMNS = (
    QT_TRANSLATE_NOOP("DisciplineReport", "Executor"),
    QT_TRANSLATE_NOOP("DisciplineReport", "Given"),
    QT_TRANSLATE_NOOP("DisciplineReport", "Done on time"),
    QT_TRANSLATE_NOOP("DisciplineReport", "Done late"),
    QT_TRANSLATE_NOOP("DisciplineReport", "Overdue"),
    QT_TRANSLATE_NOOP("DisciplineReport", "Open, not yet due"),
    QT_TRANSLATE_NOOP("DisciplineReport", "On time, %"),
)
OVERDUE_COLUMN = 4
OVERDUE_COLOR = QColor("#c62828")
ModelIndex = QModelIndex | QPersistentModelIndex


NOBODY = QT_TRANSLATE_NOOP("DisciplineReport", "(nobody)")
TOTAL = QT_TRANSLATE_NOOP("DisciplineReport", "Total")


def tr(text: str) -> str:
    """A word of this module, marked above with QT_TRANSLATE_NOOP, in the user's language."""
    return QCoreApplication.translate(CONTEXT, text)


def executor_name(row: DisciplineRow) -> str:
    return row.executor or tr(NOBODY)


class DisciplineModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.report: DisciplineReport | None = None
        self.rows: list[DisciplineRow] = []

    def set_report(self, report: DisciplineReport) -> None:
        self.beginResetModel()
        self.report = report
        self.rows = [*report.rows, report.total] if report.rows else []
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(COLUMNS[section])
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], index.column()
        is_total = index.row() == len(self.rows) - 1
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column, is_total)
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and is_total:
            font = QFont(QApplication.font())
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and column == OVERDUE_COLUMN and row.overdue:
            return QBrush(OVERDUE_COLOR)
        return None

    def _text(self, row: DisciplineRow, column: int, is_total: bool) -> str:
        locale = QLocale()
        if column == 0:
            return tr(TOTAL) if is_total else executor_name(row)
        if column == len(COLUMNS) - 1:
            share = row.share_on_time
            return "" if share is None else locale.toString(share * 100, "f", 0)
        numbers = (row.given, row.on_time, row.late, row.overdue, row.open)
        return locale.toString(numbers[column - 1])
