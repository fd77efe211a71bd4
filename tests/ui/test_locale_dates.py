"""The client list and the card's History write dates and numbers the way the window's
language does (issue 14 item 5, PKG-2): the services hand them over as values, the window
formats them; the list still sorts by the value, not by its text."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop_crm.db import Database
from desktop_crm.models import Client, User
from desktop_crm.services.changelog import history
from desktop_crm.services.client_rows import COLUMNS, custom_columns
from desktop_crm.services.client_values import ClientData
from desktop_crm.services.clients import update_client
from desktop_crm.services.custom_fields import add_field
from desktop_crm.services.feed import feed
from desktop_crm.ui.card.history_tab import HistoryModel
from desktop_crm.ui.card.record_text import feed_text
from desktop_crm.ui.clients.table_model import ClientTableModel
from desktop_crm.ui.locale_format import local_time
from tests.ui.test_translations import interface_language

NBSP = "\u00a0"  # Qt's group separator in Russian and Polish
# 7 March 1985, 25 December 1979, and a budget of 1 250 000.5 (a number keeps its own places)
DATES = {"en": ("3/7/1985", "12/25/1979"), "ru": ("07.03.1985", "25.12.1979")}
DATES["pl"] = ("7.03.1985", "25.12.1979")
BUDGET = {"en": "1,250,000.5", "ru": f"1{NBSP}250{NBSP}000,5", "pl": f"1{NBSP}250{NBSP}000,5"}
LANGUAGES = ["en", "ru", "pl"]


def with_budget(database: Database, admin: User, add_client: Callable[..., int]) -> list[int]:
    """Two clients born on different dates (their texts in Russian sort the other way round
    than the dates), the first with a custom date and number."""
    with database.transaction() as session:
        actor = session.merge(admin)
        add_field(session, actor, "budget", "Budget", "number")
        add_field(session, actor, "met", "Met on", "date")
    first = add_client(
        "Anna Date",
        birth_date=date(1985, 3, 7),
        custom={"budget": "1250000.50", "met": "1979-12-25"},
    )
    return [first, add_client("Boris Date", birth_date=date(1979, 12, 25))]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_list_writes_dates_and_numbers_in_the_language_and_sorts_by_date(
    qtbot: QtBot,
    database: Database,
    admin: User,
    add_client: Callable[..., int],
    language: str,
) -> None:
    anna, boris = with_budget(database, admin, add_client)
    with database.session() as session:
        columns = [*COLUMNS, *custom_columns(session)]
        created = session.get(Client, anna).created_at  # type: ignore[union-attr]
    with interface_language(language):
        model = ClientTableModel(database, columns, viewer=admin)
        model.refresh()

        def cell(row: int, key: str) -> str:
            return model.index(row, model.column_of(key)).data()

        rows = {cell(r, "name"): r for r in range(model.rowCount())}
        born_1985, born_1979 = DATES[language]
        assert cell(rows["Anna Date"], "birth_date") == born_1985
        assert cell(rows["Boris Date"], "birth_date") == born_1979
        assert cell(rows["Anna Date"], "custom.met") == born_1979
        assert cell(rows["Anna Date"], "custom.budget") == BUDGET[language]
        assert cell(rows["Anna Date"], "created_at") == local_time(created)
        assert cell(rows["Boris Date"], "custom.budget") == ""
        model.sort(model.column_of("birth_date"), Qt.SortOrder.AscendingOrder)
        qtbot.waitUntil(lambda: model.rowCount() == 2 and model.id_at(0) == boris)
        assert [cell(r, "birth_date") for r in range(2)] == [born_1979, born_1985]
        assert model.id_at(1) == anna


@pytest.mark.parametrize("language", LANGUAGES)
def test_history_and_feed_write_changed_dates_and_numbers_in_the_language(
    qtbot: QtBot,
    database: Database,
    admin: User,
    add_client: Callable[..., int],
    language: str,
) -> None:
    anna, _ = with_budget(database, admin, add_client)
    with database.transaction() as session:
        actor = session.merge(admin)
        client = session.get(Client, anna)
        assert client is not None
        data = ClientData.from_client(client)
        data.birth_date, data.custom["budget"] = date(1979, 12, 25), "99.25"
        update_client(session, actor, anna, data, client.version)
    with database.session() as session:
        entries = history(session, session.merge(admin), anna)
        fed = feed(session, session.merge(admin), anna)
    with interface_language(language):
        feed_lines = {feed_text(entry) for entry in fed}
        model = HistoryModel(lambda last: [] if last else entries)
        model.reload()
        assert model.rowCount() == len(entries)
        changes = {
            model.index(r, 2).data(): model.index(r, 3).data() for r in range(model.rowCount())
        }
    born_1985, born_1979 = DATES[language]
    budget = {"en": "99.25", "ru": "99,25", "pl": "99,25"}[language]
    labels = {"en": "Birth date", "ru": "Дата рождения", "pl": "Data urodzenia"}
    assert changes[labels[language]] == f"{born_1985}  →  {born_1979}"
    assert changes["Budget"] == f"{BUDGET[language]}  →  {budget}"
    # the card's feed says the same
    assert {f"{born_1985} → {born_1979}", f"{BUDGET[language]} → {budget}"} <= feed_lines
