"""What an import changes on a card shows in its History and Feed with the import's number and
each field old → new (issue 15, item 2): its own columns, and the phones, emails, tags, custom
values and company link it adds; also a client an earlier row of the same file created."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from import_support import do_import
from sqlalchemy import select

from desktop_crm.db import Database
from desktop_crm.models import ChangeLog, Client, User
from desktop_crm.services.access import current_user
from desktop_crm.services.changelog import history
from desktop_crm.services.custom_fields import add_field
from desktop_crm.services.feed import feed
from desktop_crm.wizards.importing import undo_import
from desktop_crm.wizards.importing.mapping import Mapping

FILE = (
    "Name;Phone;Email;Address;Tags;Company;Source;Birth date\n"
    "Ivan Petrov;+7 916 123-45-67;ivan@petrov.ru;Tverskaya 1;VIP;Acme LLC;Fair;06.09.1990\n"
)
MAPPING = Mapping(
    {
        0: "full_name",
        1: "phones",
        2: "emails",
        3: "address",
        4: "tags",
        5: "company",
        6: "custom.source",
        7: "birth_date",
    }
)


def _existing(database: Database, admin: User, add_client: Callable[..., int]) -> int:
    with database.transaction() as session:
        add_field(session, session.merge(admin), "source", "Lead source")
    return add_client(
        "Ivan Petrov", phones=["+79161234567"], address="Arbat 5", birth_date=date(1980, 1, 2)
    )


def test_an_import_that_updates_a_client_shows_in_its_history(
    database: Database, admin: User, add_client: Callable[..., int]
) -> None:
    client_id = _existing(database, admin, add_client)
    result = do_import(database, text=FILE, mapping=MAPPING, name="Price list")
    assert (result.created, result.updated) == (0, 1)
    with database.session() as session:
        entries = [
            e
            for e in history(session, current_user(session, "admin"), client_id)
            if e.import_job_id is not None
        ]
    assert {e.import_job_id for e in entries} == {result.job_id}
    assert {e.import_name for e in entries} == {"Price list"}
    assert not any(e.by_undo for e in entries)
    changes = {e.field: (e.old, e.new) for e in entries}
    assert changes == {
        "address": ("Arbat 5", "Tverskaya 1"),
        "birth_date": (date(1980, 1, 2), date(1990, 9, 6)),  # read back as dates
        "emails": (None, "ivan@petrov.ru"),
        "tags": (None, "VIP"),
        "company": (None, "Acme LLC"),  # by name, not its id
        "custom.source": (None, "Fair"),
        "last_name": (None, "Petrov"),  # the import splits the full name into its parts
        "first_name": (None, "Ivan"),
    }
    assert {e.field_label for e in entries} >= {"Address", "Emails", "Company", "Lead source"}


def test_the_feed_shows_one_entry_for_the_import_with_its_number(
    database: Database, admin: User, add_client: Callable[..., int]
) -> None:
    client_id = _existing(database, admin, add_client)
    result = do_import(database, text=FILE, mapping=MAPPING, name="Price list")
    with database.session() as session:
        entries = feed(session, current_user(session, "admin"), client_id)
    imported = [e for e in entries if e.import_job is not None]
    assert len(imported) == 1
    entry = imported[0]
    assert entry is entries[0]  # the newest entry of the card
    assert (entry.import_job, entry.import_name, entry.by_undo) == (
        result.job_id,
        "Price list",
        False,
    )
    lines = {c.label: (c.old, c.new) for c in entry.changes}
    assert lines["Address"] == ("Arbat 5", "Tverskaya 1")
    assert lines["Emails"] == (None, "ivan@petrov.ru")
    assert lines["Company"] == (None, "Acme LLC")
    assert lines["Lead source"] == (None, "Fair")
    assert len(entry.changes) == 8


def test_a_feed_page_that_ends_inside_an_import_keeps_its_changes_together(
    database: Database, admin: User, add_client: Callable[..., int]
) -> None:
    client_id = _existing(database, admin, add_client)
    result = do_import(database, text=FILE, mapping=MAPPING)
    with database.session() as session:
        first = feed(session, current_user(session, "admin"), client_id, limit=2)
        rest = feed(session, current_user(session, "admin"), client_id, before=first[-1], limit=50)
    assert first[0].import_job == result.job_id and len(first[0].changes) == 8
    assert first[0].import_name == "Import of pasted text"  # the name it gets by default
    assert all(e.import_job is None for e in first[1:] + rest)


def test_a_later_row_that_updates_a_client_an_earlier_row_created_is_logged(
    database: Database, admin: User
) -> None:
    text = (
        "Name;Phone;Email;Address\n"
        "Olga;+7 903 111-22-33;;Lenina 1\n"
        "Olga;+7 903 111-22-33;olga@mail.ru;Lenina 2\n"
    )
    result = do_import(
        database,
        text=text,
        mapping=Mapping({0: "full_name", 1: "phones", 2: "emails", 3: "address"}),
    )
    assert (result.created, result.updated) == (1, 1)
    with database.session() as session:
        client_id = session.scalars(select(Client.id).where(Client.full_name == "Olga")).one()
        entries = history(session, current_user(session, "admin"), client_id)
    changes = {e.field: (e.old, e.new, e.import_job_id) for e in entries}
    assert changes == {
        "address": ("Lenina 1", "Lenina 2", result.job_id),
        "emails": (None, "olga@mail.ru", result.job_id),
    }


def test_the_undo_of_the_import_names_it_in_the_history(
    database: Database, admin: User, add_client: Callable[..., int]
) -> None:
    client_id = _existing(database, admin, add_client)
    result = do_import(database, text=FILE, mapping=MAPPING, name="Price list")
    assert result.job_id is not None
    with database.transaction() as session:
        undo_import(session, current_user(session, "admin"), result.job_id)
    with database.session() as session:
        undone = [
            e for e in history(session, current_user(session, "admin"), client_id) if e.by_undo
        ]
        entries = feed(session, current_user(session, "admin"), client_id)
        jobs = set(session.scalars(select(ChangeLog.import_job_id)))
    assert {e.import_job_id for e in undone} == {result.job_id}
    assert {e.field: (e.old, e.new) for e in undone} == {
        "address": ("Tverskaya 1", "Arbat 5"),
        "birth_date": (date(1990, 9, 6), date(1980, 1, 2)),
        "company": ("Acme LLC", None),
        "last_name": ("Petrov", None),
        "first_name": ("Ivan", None),
    }
    assert entries[0].by_undo and entries[0].import_job == result.job_id
    assert entries[1].import_job == result.job_id and not entries[1].by_undo
    assert jobs == {None, result.job_id}
