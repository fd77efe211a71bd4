"""A card opened while someone else saves the same client (STO-4): saving shows who changed it
and offers to reload their version or save over it; nothing is overwritten silently."""

from __future__ import annotations

import pytest
from card_fixtures import Answers, add_manager, make_client, open_card, stored
from pytestqt.qtbot import QtBot

from desktop_crm.db import Database
from desktop_crm.models import User
from desktop_crm.services import tags
from desktop_crm.services.access import current_user
from desktop_crm.services.clients import ClientData, get_client, update_client
from desktop_crm.ui.card.client_card import ClientCardWidget


def someone_else_saves(database: Database, login: str, client_id: int, address: str) -> None:
    """Another session (another user's window) saves the client."""
    with database.transaction() as session:
        client = get_client(session, client_id, current_user(session, "admin"))
        data = ClientData.from_client(client)
        data.address = address
        update_client(session, current_user(session, login), client_id, data, client.version)


@pytest.fixture
def card_and_client(qtbot: QtBot, database: Database, admin: User) -> tuple[ClientCardWidget, int]:
    add_manager(database, admin)
    client_id = make_client(database, admin)
    card = open_card(qtbot, database, "admin", client_id)
    return card, client_id


def test_reload_shows_their_version(
    qtbot: QtBot, database: Database, card_and_client: tuple[ClientCardWidget, int]
) -> None:
    card, client_id = card_and_client
    someone_else_saves(database, "maria", client_id, "Их адрес")
    qtbot.keyClicks(card.fields.website, "mine.example")
    answers = Answers(card, choice="reload")

    assert not card.save()
    title, text = answers.asked[-1]
    assert title == "Someone changed this card"
    assert text.startswith("Мария Соколова changed the card of Фронкин Игорь Михайлович at ")
    assert card.fields.address.text() == "Их адрес"  # theirs, shown
    assert card.fields.website.text() == ""  # mine, dropped as asked
    assert not card.is_dirty()
    data = stored(database, client_id)
    assert (data.address, data.website) == ("Их адрес", None)

    # the card now holds the new version: a further save goes through
    qtbot.keyClicks(card.fields.website, "after.example")
    assert card.save()
    assert stored(database, client_id).website == "after.example"


def test_overwrite_keeps_mine(
    qtbot: QtBot, database: Database, card_and_client: tuple[ClientCardWidget, int]
) -> None:
    card, client_id = card_and_client
    someone_else_saves(database, "maria", client_id, "Их адрес")
    qtbot.keyClicks(card.fields.website, "mine.example")
    answers = Answers(card, choice="overwrite")

    assert card.save()
    assert "Мария Соколова" in answers.asked[-1][1]
    data = stored(database, client_id)
    assert (data.address, data.website) == ("Бунина 43Б", "mine.example")
    assert card.fields.address.text() == "Бунина 43Б"
    assert not card.is_dirty()


def test_keep_editing_changes_nothing(
    qtbot: QtBot, database: Database, card_and_client: tuple[ClientCardWidget, int]
) -> None:
    card, client_id = card_and_client
    with database.transaction() as session:  # a bulk tag change from the list counts too
        tags.add_tag(session, current_user(session, "maria"), [client_id], "Холодный")
    qtbot.keyClicks(card.fields.website, "mine.example")
    Answers(card, choice="cancel")

    assert not card.save()
    assert "Мария Соколова changed the card" in card.message_text()
    assert card.is_dirty() and card.fields.website.text() == "mine.example"
    data = stored(database, client_id)
    assert data.website is None
    assert "Холодный" in data.tags
