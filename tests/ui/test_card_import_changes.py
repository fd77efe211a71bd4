"""A card that an import updated: the History tab names the import as who changed each field,
the Feed shows one entry "Updated by import #N: ..." with the fields old → new (issue 15)."""

from __future__ import annotations

from card_fixtures import make_client, open_card
from pytestqt.qtbot import QtBot

from desktop_crm.db import Database
from desktop_crm.models import User
from desktop_crm.services.access import current_user
from desktop_crm.ui.card.record_text import feed_text, feed_title
from desktop_crm.wizards.importing import ImportSettings, open_source, run_import
from desktop_crm.wizards.importing.mapping import Mapping

FILE = "Phone;Email;Address\n+7 777 785-99-54;new@mail.ru;Тверская 1\n"


def _import(database: Database, name: str) -> int:
    source = open_source(None, text=FILE)
    with database.transaction() as session:
        user = current_user(session, "admin")
        mapping = Mapping({0: "phones", 1: "emails", 2: "address"})
        result = run_import(session, user, source, ImportSettings(name=name), mapping)
    assert result.updated == 1 and result.job_id is not None
    return result.job_id


def test_history_and_feed_name_the_import_and_its_changes(
    qtbot: QtBot, database: Database, admin: User
) -> None:
    client_id = make_client(database, admin)
    job_id = _import(database, "Прайс")
    card = open_card(qtbot, database, "admin", client_id)

    entries = card.feed_tab.entries()
    assert feed_title(entries[0]) == f"Updated by import #{job_id}: Emails, Address"
    assert feed_text(entries[0]) == ("Emails: — → new@mail.ru\nAddress: Бунина 43Б → Тверская 1")
    assert [feed_title(e) for e in entries[1:]] == ["Card created"]
    card.feed_tab.grab().save("/tmp/import_changes_feed.png")

    card.tabs.setCurrentWidget(card.history_tab)
    model = card.history_tab.model
    rows = [[model.index(r, c).data() for c in range(1, 4)] for r in range(model.rowCount())]
    who = f"Import #{job_id} «Прайс»"
    assert [who, "Address", "Бунина 43Б  →  Тверская 1"] in rows
    assert [who, "Emails", "—  →  new@mail.ru"] in rows
    card.history_tab.grab().save("/tmp/import_changes_history.png")
