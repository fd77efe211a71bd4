"""Every writer of a client's name stores its sort key in the base's language: the import (new
clients, renamed ones, companies it creates, and its undo) and the demo generator; migration
0007 gives the clients already in a base their keys. The card service: test_name_collation.py."""

from __future__ import annotations

from collections.abc import Callable

from alembic import command
from sqlalchemy import select, text

from desktop_crm.db import Database, alembic_config, upgrade
from desktop_crm.demo.fill import fill_demo
from desktop_crm.models import Client, User
from desktop_crm.services.base_settings import set_sort_language, sort_language
from desktop_crm.services.collation import sort_key
from desktop_crm.services.contact_persons import (
    PersonData,
    add_contact_person,
    list_contact_persons,
)
from desktop_crm.services.sort_keys import proposed_sort_language
from desktop_crm.wizards.importing import undo_import
from desktop_crm.wizards.importing.mapping import Mapping
from tests.db.import_support import do_import

MAPPING = Mapping({0: "full_name", 1: "phones", 2: "company"})


def stored_keys(database: Database) -> dict[str, bytes]:
    with database.session() as session:
        return dict(session.execute(select(Client.full_name, Client.sort_key)).tuples().all())


def polish(database: Database, admin: User) -> None:
    with database.transaction() as session:
        set_sort_language(session, admin, "pl")


def test_an_import_writes_the_keys_of_new_renamed_and_restored_clients(
    database: Database, admin: User, add_client: Callable[..., int]
) -> None:
    polish(database, admin)
    add_client("Zofia Nowak", phones=["+48 601 234 567"])
    file = (
        "Name;Phone;Company\n"
        "Żaneta Nowak;+48 601 234 567;\n"  # Zofia renamed
        "Łukasz Wójcik;+48 601 234 568;Źródło SA\n"  # new, with a new company
    )
    result = do_import(database, text=file, mapping=MAPPING, region="PL")
    keys = stored_keys(database)
    assert set(keys) == {"Żaneta Nowak", "Łukasz Wójcik", "Źródło SA"}  # renamed, new, company
    assert all(key == sort_key(name, "pl") for name, key in keys.items())
    with database.transaction() as session:
        undo_import(session, session.merge(admin), result.job_id)
    assert stored_keys(database) == {"Zofia Nowak": sort_key("Zofia Nowak", "pl")}


def test_the_demo_writes_keys_in_the_base_language(database: Database, admin: User) -> None:
    polish(database, admin)
    fill_demo(database, 60, seed=3, batch_size=25)
    keys = stored_keys(database)
    assert len(keys) > 30
    assert all(key == sort_key(name, "pl") for name, key in keys.items())


def test_the_migration_gives_existing_clients_their_keys(
    database: Database, admin: User, add_client: Callable[..., int]
) -> None:
    names = ["Żaneta", "Zofia", "Łukasz", "Lucyna"]
    for name in names:
        add_client(name)
    engine = database.engine
    command.downgrade(alembic_config(engine), "0006")
    with engine.begin() as conn:  # a Polish base of the older schema
        conn.execute(
            text(
                "INSERT INTO base_settings (key, value, updated_at)"
                " VALUES ('phone_region', 'PL', CURRENT_TIMESTAMP)"
            )
        )
    assert upgrade(engine)
    with database.session() as session:
        assert sort_language(session) == "pl"
    assert stored_keys(database) == {name: sort_key(name, "pl") for name in names}


def test_a_new_base_sorts_in_its_phone_country_or_locale_language() -> None:
    assert proposed_sort_language("PL", "en_US.UTF-8") == "pl"
    assert proposed_sort_language(None, "ru_RU.UTF-8") == "ru"
    assert proposed_sort_language("US", "pl-PL") == "pl"
    assert proposed_sort_language(None, None) == "en"
    assert proposed_sort_language(None, "Polish_Poland.1250") == "pl"  # as Windows names it
    assert proposed_sort_language("DE", "de_DE") == "en"


def test_a_companys_people_are_listed_in_the_base_language(
    database: Database, admin: User, add_client: Callable[..., int]
) -> None:
    polish(database, admin)
    company = add_client("Źródło SA", kind="company")
    names = ["Lucyna", "Łukasz", "Zofia", "Żaneta"]
    with database.transaction() as session:
        actor = session.merge(admin)
        for name in reversed(names):
            add_contact_person(session, actor, company, PersonData(full_name=name))
    with database.session() as session:
        assert [p.full_name for p in list_contact_persons(session, company)] == names
