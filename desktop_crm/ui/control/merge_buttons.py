"""A "Merge…" button in each row of the duplicates' results (the first `LIMIT` rows: more
widgets would slow the table; every row also opens the merge dialog on a double-click)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, QCoreApplication
from PySide6.QtWidgets import QPushButton, QTableView

from desktop_crm.ui.control.results_model import GROUP_ROLE

LIMIT = 500


def add_merge_buttons(
    table: QTableView, model: QAbstractItemModel, merge: Callable[[tuple[int, ...]], object]
) -> list[QPushButton]:
    """Put a button in the last column of each row; `merge(card ids)` on a click."""
    buttons = []
    column = model.columnCount() - 1
    for row in range(min(model.rowCount(), LIMIT)):
        index = model.index(row, column)
        cards = tuple(index.data(GROUP_ROLE) or ())
        button = QPushButton(QCoreApplication.translate("ControlResults", "Merge…"), table)
        button.setObjectName("mergeGroup")
        button.clicked.connect(lambda _checked=False, ids=cards: merge(ids))
        table.setIndexWidget(index, button)
        buttons.append(button)
    return buttons
