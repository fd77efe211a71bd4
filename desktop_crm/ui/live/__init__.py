"""Live updates in the window (STO-7): the window keeps a listener of other desktops' changes
(`services/live`) and reads it on a timer; the client list refreshes the changed rows in place
and an open card whose client changed says who changed it and when. Plugged into the main
window by `install(window)` when the window is made.

The listener never raises: when the server is away it retries by itself, and the window's own
banner for an unreachable server is another feature's business.
"""

from __future__ import annotations

import sys
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from desktop_crm.connection_loss import is_connection_lost
from desktop_crm.services.live import ChangeEvent, Listener, open_listener
from desktop_crm.services.live.events import DELETE
from desktop_crm.ui.clients.live_refresh import follow_changes
from desktop_crm.ui.shell import Shell

if TYPE_CHECKING:
    from desktop_crm.ui.card.client_card import ClientCardWidget

CARD_MODULE = "desktop_crm.ui.card.client_card"

POLL_MS = 200  # well within the second a colleague's change may take to show
# the list reads its whole window again at most this often: on SQLite every commit (an import
# of this window's own, in chunks) says "changed", and a re-read of a million clients' first
# screen costs a tenth of a second
REREAD_SPACING_S = 0.5


class LiveUpdates(QObject):
    """The window's listener and what it does with each batch of changes."""

    def __init__(self, window: Shell) -> None:
        super().__init__(window)
        self.setObjectName("liveUpdates")
        self.window = window
        self.listener: Listener | None = open_listener(window.database, window.login)
        self._waiting: list[ChangeEvent] = []
        self._untold: list[ChangeEvent] = []  # for open cards, once the server answers
        self._reread_at = 0.0
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)
        self.timer.start()
        listener = self.listener
        window.destroyed.connect(listener.close)
        window.installEventFilter(self)
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.close)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close:
            # the window may refuse (a card with unsaved changes): look once it has decided
            QTimer.singleShot(0, self, self._closed_or_not)
        return False

    def _closed_or_not(self) -> None:
        if not self.window.isVisible():
            self.close()

    def close(self) -> None:
        """Stop listening (the window is closing)."""
        self.timer.stop()
        if self.listener is not None:
            self.listener.close()
            self.listener = None

    def poll(self) -> None:
        if self.listener is None:
            return
        self._waiting += self.listener.poll()
        changes = self._follow_in_list()
        if changes or self._untold:
            self._tell_cards(changes)

    def _follow_in_list(self) -> list[ChangeEvent]:
        """The waiting changes, once the list has followed them; none yet while a search the
        user typed lands first (the list reads again after it) or the list read them too
        recently."""
        lst = self.window.client_list
        if not self._waiting or lst.model.searching is not None:
            return []
        if any(change.changes_rows for change in self._waiting):
            if time.monotonic() - self._reread_at < REREAD_SPACING_S:
                return []
            self._reread_at = time.monotonic()
        changes, self._waiting = self._waiting, []
        follow_changes(lst, changes)
        if any(change.changes_rows and not change.many for change in changes):
            self.window.update_client_count(fresh=False)
        return changes

    def _tell_cards(self, changes: list[ChangeEvent]) -> None:
        """Each open card whose client is touched says so; when the server cannot be reached
        for that, the changes wait for the next poll (the monitor's banner says why)."""
        changes, self._untold = self._untold + changes, []
        cards = self.open_cards()
        if not cards:
            return
        from desktop_crm.ui.card.changed_banner import show_change  # with the first card

        for card in cards:
            touching = [change for change in changes if change.touches(card.client_id)]
            if not touching:
                continue
            try:
                show_change(card, _weightiest(touching))
            except Exception as exc:
                if not is_connection_lost(exc):
                    raise
                self._untold = changes
                return

    def open_cards(self) -> list[ClientCardWidget]:
        card_module = sys.modules.get(CARD_MODULE)
        if card_module is None:  # no card was ever opened: the window starts without them
            return []
        tabs = self.window.tabs
        widgets = (tabs.widget(i) for i in range(tabs.count()))
        return [w for w in widgets if isinstance(w, card_module.ClientCardWidget)]


def _weightiest(changes: list[ChangeEvent]) -> ChangeEvent:
    """Of the changes a card got at once, the one to tell: a deletion, else the newest change
    of its fields, else the newest."""
    for change in reversed(changes):
        if change.kind == "client" and change.op == DELETE:
            return change
    fields = [change for change in changes if change.changes_fields]
    return (fields or changes)[-1]


def install(window: Shell) -> None:
    LiveUpdates(window)


__all__ = ["LiveUpdates", "install"]
