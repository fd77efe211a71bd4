"""Search-as-you-type over clients: a line edit whose popup lists the clients found so far
(for "attach to company" and for moving a deal to another client, CLI-2, CLI-8).

Typing restarts a short timer; when it fires, one small query runs (see
`services.card_lookup.search_clients`) and the popup shows its results. Choosing one emits
`clientChosen(id, name)`. Only clients the logged-in user may see are offered."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QCompleter, QLineEdit, QWidget

from desktop_crm.db import Database
from desktop_crm.models.clients import COMPANY
from desktop_crm.services.access import current_user
from desktop_crm.services.card_lookup import ClientHit, search_clients

DEBOUNCE_MS = 200
ID_ROLE = Qt.ItemDataRole.UserRole + 1
NAME_ROLE = Qt.ItemDataRole.UserRole + 2


class ClientSearchEdit(QLineEdit):
    """A line edit that finds clients while typing.

    Signals: `clientChosen(int, str)` with the chosen client's id and name;
    `searched(int)` with the number of clients found (after each search)."""

    clientChosen = Signal(int, str)
    searched = Signal(int)

    def __init__(
        self,
        database: Database,
        login: str,
        parent: QWidget | None = None,
        *,
        companies_only: bool = False,
        exclude_ids: Callable[[], tuple[int, ...]] = tuple,
    ) -> None:
        super().__init__(parent)
        self.database, self.login = database, login  # whose view of the base it searches
        self.companies_only = companies_only
        self.exclude_ids = exclude_ids
        self.setClearButtonEnabled(True)
        self.setPlaceholderText(
            self.tr("Type a company name…")
            if companies_only
            else self.tr("Type a name, phone or email…")
        )
        self.results = QStandardItemModel(self)
        self.completer_ = QCompleter(self.results, self)
        # the popup shows what the database found; the completer must not filter it again
        self.completer_.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer_.setCompletionRole(NAME_ROLE)
        self.completer_.setWidget(self)
        # the stub has no signal overloads; this is activated(QModelIndex), not (str)
        self.completer_.activated[QModelIndex].connect(self._chosen)  # type: ignore[index]
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.search_now)
        self.textEdited.connect(lambda _: self._timer.start())

    def popup_visible(self) -> bool:
        return self._popup().isVisible()

    def _popup(self) -> QAbstractItemView:
        popup = self.completer_.popup()
        assert popup is not None  # a completer makes its popup when first asked for it
        return popup

    def search_now(self) -> list[ClientHit]:
        """Run the search for the current text and show the popup."""
        self._timer.stop()
        with self.database.session() as session:
            hits = search_clients(
                session,
                current_user(session, self.login),
                self.text(),
                companies_only=self.companies_only,
                exclude_ids=tuple(self.exclude_ids()),
            )
        self.results.clear()
        for hit in hits:
            shown = hit.full_name
            extras = [
                e for e in (hit.detail, self.tr("company") if hit.kind == COMPANY else "") if e
            ]
            if extras:
                shown += f"  —  {', '.join(extras)}"
            item = QStandardItem(shown)
            item.setData(hit.id, ID_ROLE)
            item.setData(hit.full_name, NAME_ROLE)
            item.setEditable(False)
            self.results.appendRow(item)
        if hits:
            self.completer_.complete()
        else:
            self._popup().hide()
        self.searched.emit(len(hits))
        return hits

    def choose_row(self, row: int) -> None:
        """Choose the `row`-th result, as a click on it would."""
        self._chosen(self.results.index(row, 0))

    def _chosen(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        client_id = index.data(ID_ROLE)
        name = index.data(NAME_ROLE)
        self._popup().hide()
        self.setText(name)
        self.clientChosen.emit(int(client_id), str(name))
