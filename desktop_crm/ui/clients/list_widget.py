"""The client list, the main window's central view (CLI-10, CLI-11, CLI-9, CLI-4).

Search as you type over names, phones, emails and companies; filters; sort by any column (the
database sorts); columns chosen, dragged and sized per user; pages of 10/20/100 or continuous
scrolling; several rows selected for bulk actions. Keyboard: Enter opens the card, Del deletes,
Ctrl+F goes to the search box (the window's Find action calls `focus_search`); in the search
box Down moves to the first result and Enter opens it.

Signals: `openClientRequested(int)`, `newClientRequested()`, `importRequested()`,
`demoRequested()` (the empty base's buttons), `clientsChanged()` after a bulk action changed
or deleted clients, `resultChanged(int)` with the number of clients found.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QPoint, Qt, Signal
from PySide6.QtWidgets import QMenu, QVBoxLayout, QWidget

from desktop_crm.db import Database
from desktop_crm.models import User
from desktop_crm.services.access import Permission
from desktop_crm.services.client_rows import all_columns
from desktop_crm.services.search import ClientQuery, FilterChoices, filter_choices
from desktop_crm.ui.clients.bulk import BulkActions, permission_reason
from desktop_crm.ui.clients.columns import ColumnLayout
from desktop_crm.ui.clients.filters import FilterBar
from desktop_crm.ui.clients.lazy_result import ID_BLOCK
from desktop_crm.ui.clients.list_parts import (
    ClientListParts,
    build_actions,
    build_bottom_row,
    build_search_row,
    build_states,
    build_table,
)
from desktop_crm.ui.clients.search_keys import SearchKeys
from desktop_crm.ui.clients.table_model import ID_ROLE, ClientTableModel
from desktop_crm.ui.workers import Operation

PAGE_SIZES = (10, 20, 100)
DEFAULT_PAGE_SIZE = 0  # 0: continuous scrolling


class ClientListWidget(ClientListParts):
    openClientRequested = Signal(int)
    newClientRequested = Signal()
    importRequested = Signal()
    demoRequested = Signal()
    clientsChanged = Signal()
    resultChanged = Signal(int)

    def __init__(
        self,
        database: Database,
        user: User,
        *,
        region: str = "RU",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("clientList")
        self.database = database
        self.user = user
        self.login = user.login
        self.bulk = BulkActions(self, database, user, self.selected_ids)
        self.bulk.finished.connect(self._bulk_finished)

        with database.session() as session:
            columns = all_columns(session)
            choices = filter_choices(session)
        self.model = ClientTableModel(database, columns, viewer=user, region=region, parent=self)

        search_row = build_search_row(self)
        self.filters = FilterBar(self)
        self.filters.set_choices(choices)
        self.table = build_table(self)
        self.stack = build_states(self)
        bottom_row, bulk_row = build_bottom_row(self)
        self._fill_page_sizes()
        build_actions(self, bulk_row)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.setSpacing(6)
        layout.addLayout(search_row)
        layout.addWidget(self.filters)
        layout.addWidget(self.stack, 1)
        layout.addLayout(bottom_row)
        self._connect()

        self.columns = ColumnLayout(self.table.horizontalHeader(), self.login, self)
        self.columns.apply(columns)
        stored = self.columns.stored()
        sort = stored.get("sort", "name")
        if sort not in [c.key for c in columns]:
            sort = "name"
        descending = bool(stored.get("descending", False))
        page_size = stored.get("page_size", DEFAULT_PAGE_SIZE)
        self._select_page_size(page_size if page_size in PAGE_SIZES else 0)
        self.model.set_query(ClientQuery(sort=sort, descending=descending))
        self.table.horizontalHeader().setSortIndicator(
            self.model.column_of(sort),
            Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder,
        )
        self.table.setSortingEnabled(True)  # from now on a header click sorts
        self._selection_changed()

    def _connect(self) -> None:
        self.search_edit.textChanged.connect(self._text_typed)
        self.search_keys = SearchKeys(self.search_edit, self.go_to_first_result)
        self.columns_button.clicked.connect(self.show_columns_menu)
        self.new_button.clicked.connect(self.newClientRequested)
        self.import_button.clicked.connect(self.importRequested)
        self.demo_button.clicked.connect(self.demoRequested)
        self.clear_button.clicked.connect(self.clear_search)
        self.first_button.clicked.connect(lambda: self.go_to_page(0))
        self.prev_button.clicked.connect(lambda: self.go_to_page(self.model.page - 1))
        self.next_button.clicked.connect(lambda: self.go_to_page(self.model.page + 1))
        self.last_button.clicked.connect(lambda: self.go_to_page(self.model.page_count - 1))
        for action, slot in (
            (self.open_action, self.open_current),
            (self.enter_action, self.open_current),
            (self.select_all_action, self.table.selectAll),
            (self.refresh_action, self.refresh),
            (self.assign_action, self.assign_selected),
            (self.add_tag_action, self.add_tag_selected),
            (self.remove_tag_action, self.remove_tag_selected),
            (self.delete_action, self.delete_selected),
            (self.merge_action, self.bulk.merge),
        ):
            action.triggered.connect(lambda _checked=False, slot=slot: slot())
        self.filters.changed.connect(self._query_changed)
        header = self.table.horizontalHeader()
        header.customContextMenuRequested.connect(self._header_menu)
        self.table.customContextMenuRequested.connect(self._row_menu)
        self.table.doubleClicked.connect(lambda index: self._open_row(index.row()))
        self.page_size_combo.currentIndexChanged.connect(self._page_size_chosen)
        self.model.resultChanged.connect(self._result_changed)
        self.model.searchLanded.connect(self.table.scrollToTop)
        self.model.loadFailed.connect(self._load_failed)
        self.model.modelReset.connect(self._update_pager)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

    # -- search and filters -----------------------------------------------------------------
    def _text_typed(self, _text: str) -> None:
        """Search as the user types, on a worker thread: no pause, no blocked keystrokes."""
        self.model.search_in_background(self._query_asked(self.model.wanted_query))

    def search_now(self) -> None:
        """Search for what is typed at once (Enter in the search box)."""
        self._query_changed()

    def go_to_first_result(self, open_it: bool) -> None:
        """Down or Enter in the search box: search now, select the first result and move
        there; Enter opens its card too (when something was searched for)."""
        self.search_now()
        if self.model.rowCount() == 0:
            return
        self.select_rows([0])
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if open_it and self.search_edit.text().strip():
            self._open_row(0)

    def _query_asked(self, query: ClientQuery) -> ClientQuery:
        """`query` with the search box's text and the filters' choices."""
        return self.filters.apply(replace(query, text=self.search_edit.text()))

    def _query_changed(self) -> None:
        query = self._query_asked(self.model.query)
        if query == self.model.query and self.model.wanted_query == query:
            return
        self.model.set_query(query)
        self.table.scrollToTop()

    def show_import_job(self, job_id: int) -> None:
        """Show only the clients import `job_id` created or updated (its results page asks)."""
        self.search_edit.blockSignals(True)
        self.search_edit.clear()
        self.search_edit.blockSignals(False)
        self.filters.show_import_job(job_id)

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def clear_search(self) -> None:
        self.search_edit.blockSignals(True)
        self.search_edit.clear()
        self.search_edit.blockSignals(False)
        self.filters.blockSignals(True)
        self.filters.reset()
        self.filters.blockSignals(False)
        self._query_changed()

    def refresh(self) -> None:
        """Read the list again, keeping search, filters, sort and page."""
        self.model.refresh()

    def reload_choices(self) -> None:
        """Refill the filters (after tags, users or groups changed)."""
        with self.database.session() as session:
            choices: FilterChoices = filter_choices(session)
        self.filters.blockSignals(True)
        self.filters.set_choices(choices)
        self.filters.blockSignals(False)

    def _result_changed(self, total: int) -> None:
        query = self.model.query
        self.highlighter.search = query.text  # the matches it paints
        self.table.viewport().update()
        searching = bool(query.text.strip()) or query.has_filters
        if total and not self.model.counted:
            self.stack.setCurrentWidget(self.table)
            text = self.tr("Found: %Ln or more clients, counting…", "", total)
        elif total:
            self.stack.setCurrentWidget(self.table)
            text = (
                self.tr("Found: %Ln client(s)", "", total)
                if searching
                else self.tr("%Ln client(s)", "", total)
            )
        elif searching:
            self.stack.setCurrentWidget(self.no_match)
            if query.text.strip():
                self.no_match.set_text(
                    self.tr(
                        "No client matches “{0}”{1}. Check the spelling, or search by a part "
                        "of the name, phone or email."
                    ).format(
                        query.text.strip(),
                        self.tr(" with these filters") if query.has_filters else "",
                    )
                )
            else:
                self.no_match.set_text(self.tr("No client matches these filters."))
            text = self.tr("Found: 0 clients")
        else:
            self.stack.setCurrentWidget(self.empty_base)
            text = self.tr("No clients")
        if self.model.error:
            text = self.tr("The list could not be read: {0}").format(self.model.error)
        self.count_label.setText(text)
        self._selection_changed()
        self._update_pager()
        self.resultChanged.emit(total)

    def _load_failed(self, message: str) -> None:
        self.count_label.setText(self.tr("The list could not be read: {0}").format(message))

    # -- pages ----------------------------------------------------------------------------
    def _fill_page_sizes(self) -> None:
        # Here, not in list_parts: lupdate reads a plural's count only in a tr() call (in
        # QCoreApplication.translate() it takes a named count for the old encoding argument).
        for size in PAGE_SIZES:
            self.page_size_combo.addItem(self.tr("%n per page", "", size), size)
        self.page_size_combo.addItem(self.tr("Continuous scrolling"), 0)

    def _select_page_size(self, size: int) -> None:
        index = self.page_size_combo.findData(size)
        self.page_size_combo.blockSignals(True)
        self.page_size_combo.setCurrentIndex(max(index, 0))
        self.page_size_combo.blockSignals(False)
        self.model.set_page_size(size or None)
        self._update_pager()

    def set_page_size(self, size: int | None) -> None:
        """10, 20, 100 rows per page, or None for continuous scrolling."""
        self.page_size_combo.setCurrentIndex(self.page_size_combo.findData(size or 0))

    def _page_size_chosen(self) -> None:
        size = int(self.page_size_combo.currentData() or 0)
        self.model.set_page_size(size or None)
        self.columns.store(page_size=size)
        self._update_pager()

    def go_to_page(self, page: int) -> None:
        self.model.set_page(page)
        self._update_pager()

    def _update_pager(self) -> None:
        paged = self.model.page_size is not None
        for widget in (
            self.first_button,
            self.prev_button,
            self.page_label,
            self.next_button,
            self.last_button,
        ):
            widget.setVisible(paged)
        if paged:
            page, pages = self.model.page, self.model.page_count
            if self.model.counted:
                self.page_label.setText(self.tr("Page {0} of {1}").format(page + 1, pages))
            else:
                self.page_label.setText(self.tr("Page {0} of {1} or more").format(page + 1, pages))
            self.first_button.setEnabled(page > 0)
            self.prev_button.setEnabled(page > 0)
            self.next_button.setEnabled(page < pages - 1)
            self.last_button.setEnabled(page < pages - 1)
        query = self.model.query
        self.columns.store(sort=query.sort, descending=query.descending)

    # -- selection and rows -----------------------------------------------------------------
    def selected_ids(self) -> list[int]:
        """Ids of the selected rows. Every row of a continuous list selected means the whole
        result, read in one query rather than row by row."""
        rows = self._selected_rows()
        if self.model.page_size is None and len(rows) == self.model.rowCount() > ID_BLOCK:
            return self.model.all_ids()
        return self.model.ids_of_rows(rows)

    def _selected_rows(self) -> set[int]:
        rows: set[int] = set()
        # a QList of ranges; PySide's stub does not declare that it iterates
        for part in self.table.selectionModel().selection():  # type: ignore[attr-defined]
            rows.update(range(part.top(), part.bottom() + 1))
        return rows

    def select_rows(self, rows: list[int]) -> None:
        """Select these rows of the page (for keyboard users and tests)."""
        model = self.table.selectionModel()
        model.clearSelection()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for row in rows:
            model.select(self.model.index(row, 0), flags)
        if rows:
            model.setCurrentIndex(
                self.model.index(rows[0], 0), QItemSelectionModel.SelectionFlag.NoUpdate
            )

    def _selection_changed(self, *_args: object) -> None:
        count = len(self._selected_rows())
        self.selection_label.setText(self.tr("%Ln selected", "", count) if count else "")
        for action in self.bulk_actions:
            permission = action.property("permission")
            reason = permission_reason(self.user, Permission(permission)) if permission else None
            action.setEnabled(count >= (action.property("min_rows") or 1) and reason is None)
            action.setToolTip(reason or action.text().rstrip("…"))
        self.open_action.setEnabled(count > 0)

    def open_current(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self._open_row(index.row())

    def _open_row(self, row: int) -> None:
        client_id = self.model.data(self.model.index(row, 0), ID_ROLE)
        if client_id is not None:
            self.openClientRequested.emit(int(client_id))

    def _header_menu(self, pos: QPoint) -> None:
        menu = self.columns.menu(self)
        menu.exec(self.table.horizontalHeader().mapToGlobal(pos))

    def show_columns_menu(self) -> None:
        menu = self.columns.menu(self)
        menu.exec(self.columns_button.mapToGlobal(QPoint(0, self.columns_button.height())))

    def _row_menu(self, pos: QPoint) -> None:
        if not self.table.indexAt(pos).isValid():
            return
        menu = QMenu(self)
        menu.addAction(self.open_action)
        menu.addSeparator()
        for action in self.bulk_actions:
            menu.addAction(action)
        menu.exec(self.table.viewport().mapToGlobal(pos))

    def set_columns_visible(self, key: str, visible: bool) -> None:
        self.columns.set_visible(key, visible)

    # -- bulk actions (clients/bulk.py) -------------------------------------------------------
    def _bulk_finished(self, message: str) -> None:
        self.refresh()
        self.reload_choices()
        self.count_label.setText(message)
        self.clientsChanged.emit()

    @property
    def operation(self) -> Operation[Any] | None:
        """The last bulk action started, for callers to wait on."""
        return self.bulk.operation

    def assign_selected(self) -> Operation[int] | None:
        return self.bulk.assign()

    def add_tag_selected(self) -> Operation[int] | None:
        return self.bulk.add_tag()

    def remove_tag_selected(self) -> Operation[int] | None:
        return self.bulk.remove_tag()

    def delete_selected(self) -> Operation[int] | None:
        """Delete the selected clients after a confirmation (CLI-11)."""
        return self.bulk.delete()
