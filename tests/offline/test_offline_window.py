"""The window while its PostgreSQL server goes away and comes back (STO-8), on a server the
test stops and starts: the banner comes, nothing typed is lost, the list keeps its rows, and
when the server is back the banner goes by itself and the list is read again."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from offline_support import Server
from pytestqt.qtbot import QtBot

from desktop_crm.db import Database, open_database
from desktop_crm.services.access import current_user
from desktop_crm.services.card_lookup import load_card
from desktop_crm.services.clients import ClientData, create_client
from desktop_crm.ui.card.client_card import ClientCardWidget
from desktop_crm.ui.clients.list_widget import ClientListWidget
from desktop_crm.ui.connection import ConnectionMonitor, OfflineBanner
from desktop_crm.ui.main_window import MainWindow

GONE_WITHIN_MS = 15_000  # the probe runs every 5 s; a busy machine gets some slack
BACK_WITHIN_MS = 10_000  # retries every 4 s at most, a connect needs well under a second


@pytest.fixture
def database(server: Server) -> Iterator[Database]:
    db = open_database(server.url)
    yield db
    db.dispose()


def add_clients(database: Database, *names: str) -> list[int]:
    with database.transaction() as session:
        user = current_user(session, "admin")
        return [create_client(session, user, ClientData(full_name=n)).id for n in names]


def names(widget: ClientListWidget) -> list[str]:
    model = widget.model
    column = model.column_of("name")
    return [model.index(r, column).data() for r in range(model.rowCount())]


def open_window(qtbot: QtBot, database: Database) -> MainWindow:
    window = MainWindow(database, "admin")
    qtbot.addWidget(window)
    window.show()
    return window


def banner_of(window: MainWindow) -> OfflineBanner:
    banner = window.findChild(OfflineBanner, "offlineBanner")
    assert banner is not None
    return banner


def window_with_a_card(
    qtbot: QtBot, database: Database
) -> tuple[MainWindow, OfflineBanner, ClientCardWidget, int]:
    """Ann Archer and Bob Baker in the base, the window on its list with Ann's card open in a
    tab of its own: (window, its banner, the card, Ann's id)."""
    ann, _bob = add_clients(database, "Ann Archer", "Bob Baker")
    window = open_window(qtbot, database)
    banner = banner_of(window)
    card = window.open_client_card(ann)
    assert isinstance(card, ClientCardWidget)
    card.prompts.ask = lambda *_: "discard"  # closing at the end, whatever happened
    window.tabs.setCurrentIndex(0)
    assert names(window.client_list) == ["Ann Archer", "Bob Baker"]
    assert not banner.isVisible()
    return window, banner, card, ann


def test_the_window_rides_out_a_server_restart(
    qtbot: QtBot, server: Server, database: Database
) -> None:
    window, banner, card, ann = window_with_a_card(qtbot, database)

    server.stop()
    qtbot.waitUntil(banner.isVisible, timeout=GONE_WITHIN_MS)  # the timer's probe found out
    assert banner.message.text() == "The server is unreachable. Retrying…"
    assert banner.last_try.text().startswith("Last try at ")

    window.client_list.refresh()  # a read that fails keeps the rows shown
    assert names(window.client_list) == ["Ann Archer", "Bob Baker"]
    assert "cannot be reached" in window.client_list.count_label.text()

    window.tabs.setCurrentWidget(card)
    card.fields.full_name.setText("Ann Archer-Smith")  # typed while the server is away
    assert card.save() is False
    assert "cannot be reached, so nothing was saved" in card.message_text()
    assert card.fields.full_name.text() == "Ann Archer-Smith"
    assert card.is_dirty()

    banner.retry_button.click()  # a try now, which fails too: still offline
    monitor = window.findChild(ConnectionMonitor, "connectionMonitor")
    assert monitor is not None
    qtbot.waitUntil(lambda: monitor.probing is None, timeout=GONE_WITHIN_MS)
    assert banner.isVisible()

    server.start()
    # another desktop adds a client as soon as the server is back: the list shows it after
    # the reconnection without anyone pressing Refresh (this window's own connections wait
    # for its probe: until then it knows the server only as away)
    other_desktop = open_database(server.url)
    add_clients(other_desktop, "Cid Carter")
    other_desktop.dispose()
    qtbot.waitUntil(lambda: not banner.isVisible(), timeout=BACK_WITHIN_MS)
    assert names(window.client_list) == ["Ann Archer", "Bob Baker", "Cid Carter"]
    assert window.count_label.text() == "3 clients in the base"

    assert card.fields.full_name.text() == "Ann Archer-Smith"  # still as typed: save it now
    assert card.save() is True
    with database.session() as session:
        assert load_card(session, current_user(session, "admin"), ann).data.full_name == (
            "Ann Archer-Smith"
        )


def test_a_failed_query_shows_the_banner_before_the_probe_does(
    qtbot: QtBot, server: Server, database: Database
) -> None:
    add_clients(database, "Ann Archer")
    window = open_window(qtbot, database)
    banner = banner_of(window)
    server.stop()
    window.client_list.refresh()  # fails at once (connection refused): no need to wait 5 s
    qtbot.waitUntil(banner.isVisible, timeout=2000)
    server.start()
    qtbot.waitUntil(lambda: not banner.isVisible(), timeout=BACK_WITHIN_MS)


def test_a_sqlite_base_has_no_banner(qtbot: QtBot, sqlite_database: Database) -> None:
    window = open_window(qtbot, sqlite_database)
    assert window.findChild(OfflineBanner, "offlineBanner") is None
    assert window.findChild(ConnectionMonitor, "connectionMonitor") is None
