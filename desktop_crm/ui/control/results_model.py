"""The rows a check found, as a table: for clients, the client, the contact person, what is
missing and the responsible manager; for calls and emails, which one, when, the other side's
number or address and who noted it.

The model sorts itself: one key a row, computed once, and Python's sort (a proxy model would
call `data()` for every comparison: 22 s for 100,000 rows, the window frozen). A sort resets
the model (`sorted()` follows), so widgets set on its cells must be set again.

Signals: `sorted()` after a sort."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from desktop_crm.ui.control.words import interaction_word, missing_words
from desktop_crm.ui.locale_format import format_datetime
from desktop_crm.ui.merge.labels import by_word
from desktop_crm.ui.translation_marks import QT_TRANSLATE_NOOP
from desktop_crm.wizards.control.checks import ResultRow

ModelIndex = QModelIndex | QPersistentModelIndex
CLIENT_COLUMNS = (
    QT_TRANSLATE_NOOP("ControlResults", "Client"),
    QT_TRANSLATE_NOOP("ControlResults", "Contact person"),
    QT_TRANSLATE_NOOP("ControlResults", "What is missing"),
    QT_TRANSLATE_NOOP("ControlResults", "Responsible"),
)
INTERACTION_COLUMNS = (
    QT_TRANSLATE_NOOP("ControlResults", "Call or email"),
    QT_TRANSLATE_NOOP("ControlResults", "When"),
    QT_TRANSLATE_NOOP("ControlResults", "Number or address"),
    QT_TRANSLATE_NOOP("ControlResults", "Noted by"),
)
NAMES_COLUMNS = (
    QT_TRANSLATE_NOOP("ControlResults", "Client"),
    QT_TRANSLATE_NOOP("ControlResults", "Contact person"),
    QT_TRANSLATE_NOOP("ControlResults", "Last name"),
    QT_TRANSLATE_NOOP("ControlResults", "First name"),
    QT_TRANSLATE_NOOP("ControlResults", "Middle name"),
    QT_TRANSLATE_NOOP("ControlResults", "Split"),
    QT_TRANSLATE_NOOP("ControlResults", "Responsible"),
)
DUPLICATE_COLUMNS = (
    QT_TRANSLATE_NOOP("ControlResults", "Cards"),
    QT_TRANSLATE_NOOP("ControlResults", "They share"),
    QT_TRANSLATE_NOOP("ControlResults", "Responsible"),
    QT_TRANSLATE_NOOP("ControlResults", "Merge"),
)
SURE = QT_TRANSLATE_NOOP("ControlResults", "sure")
DOUBTFUL = QT_TRANSLATE_NOOP("ControlResults", "doubtful")
INTERACTIONS, CLIENTS, NAMES, GROUPS = "interactions", "clients", "names", "groups"
COLUMNS = {
    INTERACTIONS: INTERACTION_COLUMNS,
    CLIENTS: CLIENT_COLUMNS,
    NAMES: NAMES_COLUMNS,
    GROUPS: DUPLICATE_COLUMNS,
}
CLIENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
GROUP_ROLE = Qt.ItemDataRole.UserRole + 2  # a group of duplicates: its cards' ids


class ResultsModel(QAbstractTableModel):
    sorted = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[ResultRow] = []
        self.columns: tuple[str, ...] = CLIENT_COLUMNS
        self.custom_labels: dict[str, str] = {}

    def set_rows(self, rows: list[ResultRow], shape: str, custom_labels: dict[str, str]) -> None:
        """`shape`: INTERACTIONS, CLIENTS or NAMES, the columns shown."""
        self.beginResetModel()
        self.rows = list(rows)  # sorted in place: the caller's list keeps its order
        self.columns = COLUMNS[shape]
        self.custom_labels = custom_labels
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("ControlResults", self.columns[section])
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == CLIENT_ID_ROLE:
            return None if row.cards else row.client_id
        if role == GROUP_ROLE:
            return row.cards
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, index.column())
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        self.beginResetModel()
        self.rows.sort(
            key=lambda row: self._sort_key(row, column),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )
        self.endResetModel()
        self.sorted.emit()

    def _sort_key(self, row: ResultRow, column: int) -> str:
        if self.columns is INTERACTION_COLUMNS and column == 1:
            return row.occurred_at.isoformat() if row.occurred_at else ""
        return self._text(row, column).casefold()

    def _text(self, row: ResultRow, column: int) -> str:
        if self.columns is INTERACTION_COLUMNS:
            when = row.occurred_at
            return (
                interaction_word(row.interaction_kind, row.direction),
                format_datetime(when),
                row.party,
                row.responsible,
            )[column]
        if self.columns is DUPLICATE_COLUMNS:
            shared = ", ".join(by_word(by) for by in row.shared)
            return (" / ".join(row.card_names), shared, row.responsible, "")[column]
        if self.columns is NAMES_COLUMNS:
            last, first, middle = row.proposed or ("", "", "")
            sure = QCoreApplication.translate("ControlResults", SURE if row.sure else DOUBTFUL)
            return (row.client, row.person, last, first, middle, sure, row.responsible)[column]
        return (
            row.client,
            row.person,
            missing_words(row.missing, self.custom_labels),
            row.responsible,
        )[column]
