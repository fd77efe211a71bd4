"""An open card learns that someone else changed its client (STO-7): a banner says who and
when. Unsaved edits are never thrown away: a card without them shows the stored version at
once and says so; a card with them keeps them and offers "Reload" (which asks before it
discards anything, as the card's own Reload does).

On PostgreSQL the change names its kind: a change of the fields (the client, its contact
points, persons, tags, custom fields) reloads or offers to; a new note, file, deal, call or task
refreshes the card's tabs. On SQLite the change names no client: the card compares its version
with the stored one, and refreshes its tabs in case a note came.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QVBoxLayout

from desktop_crm.services.live import ANY, ChangeEvent
from desktop_crm.services.live.stamps import ClientStamp, client_stamp, display_name
from desktop_crm.ui.card.client_card import ClientCardWidget
from desktop_crm.ui.locale_format import local_time
from desktop_crm.ui.widgets.style import MESSAGE_STYLES

DELETED, SHOWN, KEPT = "deleted", "shown", "kept"


class ChangedBanner(QFrame):
    """One sentence above the card's fields, a Reload button when it has a use, a close box."""

    def __init__(self, card: ClientCardWidget) -> None:
        super().__init__(card)
        self.setObjectName("changedBanner")
        self.setStyleSheet(f"#changedBanner {{ {MESSAGE_STYLES['warning']} }}")
        self.label = QLabel(self)
        self.label.setObjectName("changedBannerText")
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reload_button = QPushButton(self.tr("Reload"), self)
        self.reload_button.setObjectName("changedBannerReload")
        self.reload_button.setToolTip(self.tr("Show the card as it is stored now"))
        self.reload_button.clicked.connect(self.reload_card)
        close = QToolButton(self)
        close.setText("×")
        close.setAutoRaise(True)
        close.setToolTip(self.tr("Close"))
        close.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 2, 2, 2)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.reload_button)
        layout.addWidget(close)
        self._card = card
        self.hide()

    def say(self, state: str, who: str | None, when: str) -> None:
        """Show what happened: DELETED, SHOWN (the card shows it) or KEPT (the edits are)."""
        if state == DELETED:
            head = self.tr("Deleted by {0} at {1}.") if who else self.tr("Deleted at {1}.")
            tail = ""
        else:
            head = self.tr("Changed by {0} at {1}.") if who else self.tr("Changed at {1}.")
            tail = (
                self.tr("Your unsaved edits are kept; Reload shows the stored version.")
                if state == KEPT
                else self.tr("The card shows the stored version.")
            )
        self.label.setText(f"{head.format(who, when)} {tail}".strip())
        self.reload_button.setVisible(state == KEPT)
        self.show()

    def text(self) -> str:
        """The sentence shown now; empty when the banner is hidden."""
        return self.label.text() if self.isVisible() else ""

    def reload_card(self) -> None:
        if self._card.reload(ask=True):  # the card asks before discarding unsaved edits
            self._card.feed_tab.refresh()
            self.hide()


def banner_of(card: ClientCardWidget) -> ChangedBanner:
    """The card's banner, made and put under its header the first time."""
    banner = card.findChild(ChangedBanner, "changedBanner")
    if banner is None:
        banner = ChangedBanner(card)
        layout = card.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(1, banner)
    return banner


def _when(change: ChangeEvent, stamp: ClientStamp | None) -> str:
    if change.at is not None:
        return local_time(change.at)
    return local_time(stamp.updated_at) if stamp is not None else ""


def _refresh_tabs(card: ClientCardWidget) -> None:
    """Notes, files, deals, calls, tasks: the tabs read them again (they hold no edits)."""
    card.feed_tab.refresh()
    for tab in (card.files_tab, card.deals_tab, card.history_tab, card.people_tab):
        tab.loaded = False
    ensure = getattr(card.tabs.currentWidget(), "ensure_loaded", None)
    if ensure is not None:
        ensure()


def show_change(card: ClientCardWidget, change: ChangeEvent) -> None:
    """React to a change that may concern the card's client (see the module's note)."""
    with card.context.database.session() as session:
        stamp = client_stamp(session, card.client_id)
        who = display_name(session, change.login) or (stamp.updated_by if stamp else None)
    banner, when = banner_of(card), _when(change, stamp)
    if stamp is None:
        banner.say(DELETED, who, when)
        return
    if change.kind == ANY:  # SQLite: a note may have come; the version tells the fields
        _refresh_tabs(card)
        if card.snapshot is not None and stamp.version == card.snapshot.version:
            return
    elif not change.changes_fields:
        _refresh_tabs(card)
        banner.say(SHOWN, who, when)
        return
    if card.is_dirty():
        banner.say(KEPT, who, when)
    elif card.reload():
        card.feed_tab.refresh()
        banner.say(SHOWN, who, when)
