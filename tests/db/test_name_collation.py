"""Sorting by name in the base's sort language (issue 15 item 6): the list sorts by the stored
`clients.sort_key` (services/collation.py), written with every name, made anew for every client
when an admin changes the language, and read through an index on both backends."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest
from sqlalchemy import select

from desktop_crm.cli import main
from desktop_crm.db import Database
from desktop_crm.errors import PermissionDenied, ValidationError
from desktop_crm.models import Client, User
from desktop_crm.services.base_settings import set_sort_language, sort_language
from desktop_crm.services.collation import sort_key
from desktop_crm.services.search import ClientQuery, ClientSearch
from desktop_crm.services.users import add_user

POLISH_ORDER = ["Bałtyk", "Bartosz", "Lucyna", "Łukasz", "Marek", "Zofia", "Żaneta"]
# ё sorts with е; Cyrillic before Latin, as CLDR's Russian order has it
RUSSIAN_ORDER = ["Ёж", "Ежов", "Елена", "Ёлкин", "Яковлев", "Adams", "Żaneta", "Zofia"]
# accents count only between names otherwise equal: Żaneta before Zofia, Ćma before Cyryl
ENGLISH_ORDER = ["Ábel", "Adams", "Ćma", "Cyryl", "Żaneta", "Zofia", "Ёлкин"]


def choose(database: Database, admin: User, language: str) -> int:
    with database.transaction() as session:
        return set_sort_language(session, admin, language)


def listed(database: Database, **query: object) -> list[int]:
    with database.session() as session:
        search = ClientSearch(ClientQuery(sort="name", **query)).prepare(session)  # type: ignore[arg-type]
        return search.window(session, 0, 100)


@pytest.mark.parametrize(
    ("language", "ordered"),
    [("pl", POLISH_ORDER), ("ru", RUSSIAN_ORDER), ("en", ENGLISH_ORDER)],
)
def test_names_sort_in_the_base_language(
    database: Database,
    admin: User,
    add_client: Callable[..., int],
    language: str,
    ordered: list[str],
) -> None:
    choose(database, admin, language)
    ids = {name: add_client(name) for name in reversed(ordered)}
    by_id = {v: k for k, v in ids.items()}
    assert [by_id[i] for i in listed(database)] == ordered
    assert [by_id[i] for i in listed(database, descending=True)] == ordered[::-1]


def test_a_large_result_walks_the_sort_key_index_in_order(
    database: Database, admin: User, add_client: Callable[..., int]
) -> None:
    """Past the materialize limit a window is read on its own (an index walk on SQLite)."""
    choose(database, admin, "pl")
    ids = {name: add_client(name) for name in reversed(POLISH_ORDER)}
    by_id = {v: k for k, v in ids.items()}
    with database.session() as session:
        for query in (ClientQuery(sort="name"), ClientQuery(sort="name", stage="client")):
            search = ClientSearch(query, materialize_limit=2).prepare(session)
            assert not search.materialized
            assert [by_id[i] for i in search.window(session, 0, 100)] == POLISH_ORDER
            # a window past the middle is read backwards from the end
            assert [by_id[i] for i in search.window(session, 4, 2)] == POLISH_ORDER[4:6]


def test_changing_the_language_sorts_every_client_anew(
    database: Database, admin: User, add_client: Callable[..., int]
) -> None:
    choose(database, admin, "en")
    ids = {name: add_client(name) for name in ("Żaneta", "Zofia", "Яков", "Adams")}
    by_id = {v: k for k, v in ids.items()}
    assert [by_id[i] for i in listed(database)] == ["Adams", "Żaneta", "Zofia", "Яков"]
    assert choose(database, admin, "pl") == 4
    assert [by_id[i] for i in listed(database)] == ["Adams", "Zofia", "Żaneta", "Яков"]
    assert choose(database, admin, "RU ") == 4
    assert [by_id[i] for i in listed(database)] == ["Яков", "Adams", "Żaneta", "Zofia"]
    assert choose(database, admin, "ru") == 0  # the base's language already: nothing to do
    with database.session() as session:
        assert sort_language(session) == "ru"


def test_an_unknown_language_is_refused(database: Database, admin: User) -> None:
    with pytest.raises(ValidationError) as raised:
        choose(database, admin, "klingon")
    assert "klingon" in str(raised.value)


def test_the_card_service_writes_the_key_on_create_and_rename(
    database: Database, admin: User, add_client: Callable[..., int]
) -> None:
    from desktop_crm.services.clients import ClientData, update_client

    choose(database, admin, "pl")
    client_id = add_client("Żaneta")
    with database.transaction() as session:
        client = session.get(Client, client_id)
        assert client is not None
        assert client.sort_key == sort_key("Żaneta", "pl")
        data = ClientData.from_client(client)
        data.full_name = "Łucja"
        update_client(session, admin, client_id, data, expected_version=client.version)
    with database.session() as session:
        stored = session.scalar(select(Client.sort_key).where(Client.id == client_id))
    assert stored == sort_key("Łucja", "pl")


def test_only_an_admin_chooses_the_language(database: Database, admin: User) -> None:
    choose(database, admin, "en")
    with database.transaction() as session:
        manager = add_user(session, session.merge(admin), "maria", "Maria", role="manager")
    with pytest.raises(PermissionDenied), database.transaction() as session:
        set_sort_language(session, session.merge(manager), "pl")
    with database.session() as session:
        assert sort_language(session) == "en"


def test_the_command_line_changes_and_shows_the_language(
    database: Database,
    database_url: str,
    admin: User,
    add_client: Callable[..., int],
    capsys: pytest.CaptureFixture[str],
) -> None:
    choose(database, admin, "en")
    ids = [add_client(name) for name in ("Żaneta", "Zofia")]
    assert main(["--db", database_url, "settings", "sort-language", "pl", "--json"]) == 0
    out = capsys.readouterr().out.strip().splitlines()[-1]
    assert json.loads(out) == {"sort_language": "pl", "clients_rekeyed": 2}
    assert listed(database) == ids[::-1]
    assert main(["--db", database_url, "settings", "show", "--json"]) == 0
    assert json.loads(capsys.readouterr().out.strip().splitlines()[-1])["sort_language"] == "pl"
    assert main(["--db", database_url, "settings", "sort-language", "xx"]) == 2
    assert "'xx' is not a language names can be sorted in" in capsys.readouterr().err
