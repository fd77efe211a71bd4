"""Live updates in the window (STO-7), on both backends: a colleague's desktop (a second
connection) saves, and this window's open list and open card show it by themselves, without
losing the selection or anything typed."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from card_fixtures import Answers, make_showcase
from card_fixtures import open_card as open_plain_card
from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from desktop_crm.db import Database
from desktop_crm.models import User
from desktop_crm.services.access import current_user
from desktop_crm.services.clients import ClientData, create_client
from desktop_crm.services.live import ChangeEvent
from desktop_crm.ui.card.changed_banner import ChangedBanner, banner_of, show_change
from desktop_crm.ui.card.client_card import ClientCardWidget
from desktop_crm.ui.live import LiveUpdates
from desktop_crm.ui.main_window import MainWindow
from tests.live_support import COLLEAGUE_NAME, colleague, colleague_desktop, rename, write_note

SEEN_MS = 3000  # generous for a loaded test machine; the benchmark measures the real delay


@pytest.fixture
def window(qtbot: QtBot, database: Database, admin: User) -> Iterator[MainWindow]:
    window = MainWindow(database, admin.login)
    qtbot.addWidget(window)
    window.show()
    yield window
    live = window.findChild(LiveUpdates, "liveUpdates")
    assert live is not None
    live.close()


def row_of(window: MainWindow, client_id: int) -> int | None:
    model = window.client_list.model
    rows = [r for r in range(model.rowCount()) if model.id_at(r) == client_id]
    return rows[0] if rows else None


def name_shown(window: MainWindow, client_id: int) -> str | None:
    model = window.client_list.model
    row = row_of(window, client_id)
    if row is None:
        return None
    return model.data(model.index(row, model.column_of("name")))


def open_card(window: MainWindow, client_id: int) -> ClientCardWidget:
    card = window.open_client_card(client_id)
    assert isinstance(card, ClientCardWidget)
    Answers(card, choice="discard")
    return card


def test_a_colleagues_save_refreshes_the_row_and_keeps_the_selection(
    qtbot: QtBot,
    window: MainWindow,
    database_url: str,
    add_client: Callable[..., int],
) -> None:
    lst = window.client_list
    ids = [add_client(name) for name in ("Belova Irina", "Chernov Oleg", "Dudin Pavel")]
    lst.refresh()
    row = row_of(window, ids[1])
    assert row is not None
    lst.select_rows([row])
    with colleague_desktop(database_url) as other:
        rename(other, ids[1], "Chernov Oleg Ivanovich")
        qtbot.waitUntil(
            lambda: name_shown(window, ids[1]) == "Chernov Oleg Ivanovich", timeout=SEEN_MS
        )
        assert lst.selected_ids() == [ids[1]]

        # a client added above it moves the row down: the selection follows the client
        with other.transaction() as session:
            create_client(session, colleague(session), ClientData(full_name="Abramov Anton"))
        qtbot.waitUntil(lambda: lst.model.rowCount() == 4, timeout=SEEN_MS)
    assert name_shown(window, ids[1]) == "Chernov Oleg Ivanovich"
    assert lst.selected_ids() == [ids[1]]


def test_a_card_with_unsaved_edits_keeps_them_and_offers_reload(
    qtbot: QtBot, window: MainWindow, database_url: str, add_client: Callable[..., int]
) -> None:
    client_id = add_client("Egorova Maria")
    card = open_card(window, client_id)
    qtbot.keyClicks(card.fields.address, "Tverskaya 1")
    with colleague_desktop(database_url) as other:
        rename(other, client_id, "Egorova Maria Petrovna")
        banner = banner_of(card)
        qtbot.waitUntil(lambda: bool(banner.text()), timeout=SEEN_MS)
    assert banner.text().startswith(f"Changed by {COLLEAGUE_NAME} at ")
    assert "Your unsaved edits are kept" in banner.text()
    assert card.fields.address.text() == "Tverskaya 1"  # nothing typed is lost
    assert card.fields.full_name.text() == "Egorova Maria"
    assert card.is_dirty()
    reload = banner.findChild(QPushButton, "changedBannerReload")
    assert reload is not None and reload.isVisible()

    answers = Answers(card, yes=False)  # "discard your edits?" - no: still kept
    reload.click()
    assert answers.asked and card.fields.address.text() == "Tverskaya 1"
    Answers(card, yes=True)
    reload.click()
    assert card.fields.full_name.text() == "Egorova Maria Petrovna"
    assert not card.is_dirty() and not banner.isVisible()


def test_a_card_without_edits_shows_the_new_version_and_says_so(
    qtbot: QtBot, window: MainWindow, database_url: str, add_client: Callable[..., int]
) -> None:
    client_id = add_client("Fomin Kirill")
    card = open_card(window, client_id)
    with colleague_desktop(database_url) as other:
        rename(other, client_id, "Fomin Kirill Olegovich")
        qtbot.waitUntil(
            lambda: card.fields.full_name.text() == "Fomin Kirill Olegovich", timeout=SEEN_MS
        )
        banner = banner_of(card)
        assert banner.text().endswith("The card shows the stored version.")
        assert COLLEAGUE_NAME in banner.text()

        write_note(other, client_id, "Asked for a discount")  # the feed shows it by itself
        qtbot.waitUntil(
            lambda: any("Asked for a discount" in str(e) for e in card.feed_tab.entries()),
            timeout=SEEN_MS,
        )


@pytest.fixture
def shots(tmp_path: Path) -> Path:
    folder = os.environ.get("DESKTOP_CRM_SCREENSHOTS_DIR")
    path = Path(folder) if folder else tmp_path
    path.mkdir(parents=True, exist_ok=True)
    return path


def test_banner_screenshot(
    qtbot: QtBot, sqlite_database: Database, shots: Path, tmp_path: Path
) -> None:
    """docs/card-changed-banner.png: DESKTOP_CRM_SCREENSHOTS_DIR=docs pytest this test."""

    with sqlite_database.transaction() as session:
        admin = current_user(session, "admin")
    person_id, _company = make_showcase(sqlite_database, admin)
    card = open_plain_card(qtbot, sqlite_database, "admin", person_id)
    url = sqlite_database.engine.url.render_as_string(hide_password=False)
    qtbot.keyClicks(card.fields.address, ", office 12")
    with colleague_desktop(url) as other:
        rename(other, person_id, card.fields.full_name.text() + " Jr.")
    show_change(card, ChangeEvent())  # what the window does when SQLite says "changed"
    banner = card.findChild(ChangedBanner, "changedBanner")
    assert banner is not None and banner.isVisible()
    app = QApplication.instance()
    assert app is not None
    for _ in range(5):
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
    assert card.grab().save(str(shots / "card-changed-banner.png"))


def test_a_closed_window_stops_listening(qtbot: QtBot, database: Database, admin: User) -> None:
    window = MainWindow(database, admin.login)
    qtbot.addWidget(window)
    window.show()
    live = window.findChild(LiveUpdates, "liveUpdates")
    assert live is not None and live.listener is not None
    window.close()
    qtbot.waitUntil(lambda: live.listener is None, timeout=SEEN_MS)
    assert not live.timer.isActive()
