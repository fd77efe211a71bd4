"""Small frictions of day one (issue 15 item 6), each driven through real widgets."""

from __future__ import annotations

from card_fixtures import make_client, open_card, type_text
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop_crm.db import Database
from desktop_crm.models import User


def test_the_saved_banner_moves_nothing_on_the_card(
    qtbot: QtBot, database: Database, admin: User
) -> None:
    card = open_card(qtbot, database, "admin", make_client(database, admin))
    website = card.fields.website
    before = (card.splitter.geometry(), website.mapTo(card, website.rect().topLeft()))
    type_text(qtbot, website, "stomat.com")
    with qtbot.waitSignal(card.saved, timeout=3000):
        qtbot.mouseClick(card.save_button, Qt.MouseButton.LeftButton)
    qtbot.wait(10)
    assert card.message_text() == "Saved."
    banner = card.message
    assert banner.isVisible() and banner.height() > 0
    after = (card.splitter.geometry(), website.mapTo(card, website.rect().topLeft()))
    assert after == before  # nothing under the mouse moved
    assert card.rect().contains(banner.geometry())  # and the banner is on the card
    qtbot.mouseClick(banner, Qt.MouseButton.LeftButton)  # a click puts it away
    assert not banner.isVisible()
