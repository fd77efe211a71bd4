"""The History tab of a card (CLI-7): who changed which field of the client or of one of its
contact persons, when, from what to what; newest first, loaded page by page."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QVBoxLayout, QWidget

from desktop_crm.services.changelog import CREATED, DELETED, ChangeEntry, history
from desktop_crm.ui.card.context import CardContext
from desktop_crm.ui.card.record_text import change_value, import_words
from desktop_crm.ui.locale_format import local_time
from desktop_crm.ui.widgets.paged_model import PagedModel, follow_scrolling
from desktop_crm.ui.words import change_field

PAGE = 200
WHEN, WHO, FIELD, CHANGE = range(4)


class HistoryModel(PagedModel):
    def __init__(self, read_page, parent: Any = None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(read_page, PAGE, parent)
        self.headers = (self.tr("When"), self.tr("Who"), self.tr("Field"), self.tr("Change"))

    def cell(self, row: ChangeEntry, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == CHANGE:
            return self.text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == WHO and row.import_job_id:
            return row.author  # the user who ran the import
        return None

    def text(self, row: ChangeEntry, column: int) -> str:
        if column == WHEN:
            return local_time(row.at)
        if column == WHO:
            if row.import_job_id is not None:
                return import_words(row.import_job_id, row.import_name, row.by_undo)
            return row.author or "—"
        if column == FIELD:
            label = change_field(row.field, row.field_label)
            return f"{row.entity_name}: {label}" if row.entity_name else label
        if row.field == CREATED:
            return str(row.new or "")
        if row.field == DELETED:
            return str(row.old or "")
        # wider gaps than the feed's: a table cell reads better with them
        return f"{change_value(row.field, row.old)}  →  {change_value(row.field, row.new)}"


class HistoryTab(QWidget):
    def __init__(self, context: CardContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.loaded = False
        self.model = HistoryModel(self._page, self)
        self.view = QTableView(self)
        self.view.setObjectName("historyView")
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)
        self.view.setAlternatingRowColors(True)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        follow_scrolling(self.view, self.model)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.view)

    def _page(self, last: ChangeEntry | None) -> list[ChangeEntry]:
        return self.context.read_as(
            lambda s, user: history(
                s, user, self.context.client_id, before_id=last.id if last else None, limit=PAGE
            )
        )

    def refresh(self) -> None:
        self.model.reload()
        self.loaded = True
        self.view.resizeColumnsToContents()
        header = self.view.horizontalHeader()
        for column in (WHO, FIELD):
            header.resizeSection(column, min(header.sectionSize(column), 220))

    def ensure_loaded(self) -> None:
        if not self.loaded:
            self.refresh()

    def entries(self) -> list[ChangeEntry]:
        return self.model.rows()
