"""The journal's rows, loaded page by page as the view scrolls (keyset pages of
`services.interaction_list`)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor

from desktop_crm.services.interaction_list import InteractionRow
from desktop_crm.ui.interactions.words import (
    direction_word,
    duration_text,
    kind_word,
    link_word,
    local_text,
)
from desktop_crm.ui.widgets.paged_model import PagedModel

WHEN, KIND, DIRECTION, OTHER_SIDE, SUBJECT, CLIENT, LINK, DURATION, USER = range(9)
MISSED_COLOUR = "#c0392b"
UNLINKED_COLOUR = "#8a6d00"


class JournalModel(PagedModel):
    def __init__(
        self, fetch: Callable[[InteractionRow | None], list[InteractionRow]], parent: Any = None
    ) -> None:
        super().__init__(fetch, 200, parent)
        translate = QCoreApplication.translate
        self.headers = (
            translate("Interactions", "When"),
            translate("Interactions", "Kind"),
            translate("Interactions", "Direction"),
            translate("Interactions", "Other side"),
            translate("Interactions", "Subject"),
            translate("Interactions", "Client"),
            translate("Interactions", "Linked"),
            translate("Interactions", "Duration"),
            translate("Interactions", "Registered by"),
        )

    def cell(self, row: InteractionRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == KIND and row.missed:
                return QBrush(QColor(MISSED_COLOUR))
            if column == LINK and row.client_id is None:
                return QBrush(QColor(UNLINKED_COLOUR))
        if role == Qt.ItemDataRole.ToolTipRole and column == OTHER_SIDE:
            return "\n".join(f"{p.role}: {p.shown()}" for p in row.parties)
        return None

    def _text(self, row: InteractionRow, column: int) -> str:
        if column == WHEN:
            return local_text(row.occurred_at)
        if column == KIND:
            word = kind_word(row.kind)
            return word + (
                ", " + QCoreApplication.translate("Interactions", "missed") if row.missed else ""
            )
        if column == DIRECTION:
            return direction_word(row.direction)
        if column == OTHER_SIDE:
            return row.counterparts()
        if column == SUBJECT:
            return row.subject or ""
        if column == CLIENT:
            name = row.client_name or ""
            return f"{name} ({row.person_name})" if row.person_name else name
        if column == LINK:
            return link_word(row.link_method, row.ambiguous)
        if column == DURATION:
            return duration_text(row.duration_seconds) if row.kind == "call" else ""
        return row.registered_by or ""
