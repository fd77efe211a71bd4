"""The client list follows other desktops' changes (STO-7) without losing its place.

Rows whose clients changed are read again in place (`forget_rows`: they are fetched by id the
next time they paint). When clients may have come or gone (a new or deleted client, a change of
unknown extent: an import, any change on SQLite) the list reads its result again and puts back
what the user had: the selected clients, the current row, the scroll position, the page.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QAbstractItemView

from desktop_crm.services.live import ChangeEvent
from desktop_crm.ui.clients.list_widget import ClientListWidget

# a selected client is looked for this many rows around where it was (rows above it may have
# come or gone); larger selections (select all) are put back by position
NEAR = 50
BY_ID_LIMIT = 500


def follow_changes(lst: ClientListWidget, changes: Sequence[ChangeEvent]) -> None:
    """Show `changes` in the list: the rows in place, or the whole window re-read."""
    if any(change.changes_rows for change in changes):
        reread_window(lst)
        return
    ids: set[int] = set()
    for change in changes:
        ids |= change.client_ids or set()
    lst.model.forget_rows(ids)


def _selected_rows(lst: ClientListWidget) -> list[int]:
    rows: set[int] = set()
    for part in lst.table.selectionModel().selection():  # type: ignore[attr-defined]
        rows.update(range(part.top(), part.bottom() + 1))
    return sorted(rows)


def _find(lst: ClientListWidget, client_id: int | None, near: int) -> int | None:
    """The row of `client_id` at or around row `near` (None if it is not there any more)."""
    if client_id is None:
        return None
    model = lst.model
    for distance in range(NEAR + 1):
        for row in {near - distance, near + distance}:
            if 0 <= row < model.rowCount() and model.id_at(row) == client_id:
                return row
    return None


def reread_window(lst: ClientListWidget) -> None:
    """Read the list's result again, keeping selection, current row and scroll position."""
    model, table = lst.model, lst.table
    rows = _selected_rows(lst)
    by_id = len(rows) <= BY_ID_LIMIT
    selected = [(row, model.id_at(row) if by_id else None) for row in rows]
    current_row = table.currentIndex().row()
    current = (current_row, model.id_at(current_row)) if current_row >= 0 else None
    top = max(table.rowAt(0), 0)
    left = table.horizontalScrollBar().value()

    model.refresh()
    while model.rowCount() <= top and model.canFetchMore():  # continuous: read as far again
        model.fetchMore()

    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    selection = table.selectionModel()
    for row, client_id in selected:
        found = _find(lst, client_id, row) if by_id else row
        if found is not None and found < model.rowCount():
            selection.select(model.index(found, 0), flags)
    if current is not None:
        found = _find(lst, current[1], current[0])
        if found is not None:
            selection.setCurrentIndex(
                model.index(found, 0), QItemSelectionModel.SelectionFlag.NoUpdate
            )
    if top < model.rowCount():
        table.scrollTo(model.index(top, 0), QAbstractItemView.ScrollHint.PositionAtTop)
    table.horizontalScrollBar().setValue(left)
