"""The client list's search, filters and sort (services/search.py), on every backend."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from sqlalchemy import select, update

from desktop_crm.db import Database
from desktop_crm.models import Client, Queue, User
from desktop_crm.models.people import queue_members
from desktop_crm.services.access import current_user
from desktop_crm.services.client_rows import fetch_rows
from desktop_crm.services.clients import ClientData, create_client
from desktop_crm.services.contact_points import ContactValue
from desktop_crm.services.custom_fields import add_field
from desktop_crm.services.groups import create_group
from desktop_crm.services.search import NONE_ID, ClientQuery, ClientSearch, parse_text
from desktop_crm.services.users import add_user

MakeClient = Callable[..., int]


def found(database: Database, text: str = "", **query) -> list[int]:
    with database.session() as session:
        search = ClientSearch(ClientQuery(text=text, **query)).prepare(session)
        return search.window(session, 0, 1000)


@pytest.fixture
def people(add_client: MakeClient) -> dict[str, int]:
    return {
        "ivanov": add_client("Иванов Пётр Сергеевич", ["8 (912) 345-67-89"], ["p.ivanov@mail.ru"]),
        "ivanova": add_client("ИВАНОВА Анна", ["+7 495 111-22-33"], ["anna@example.com"]),
        "kowalski": add_client("Kowalski Jan", ["+48 601 234 567"], ["jan.kowalski@wp.pl"]),
        "smith": add_client("John Smith", [], ["john@smith.co.uk"]),
    }


def test_name_fragments_fold_case_and_yo(database: Database, people: dict[str, int]) -> None:
    assert set(found(database, "иван")) == {people["ivanov"], people["ivanova"]}
    assert found(database, "ИВАНОВ П") == [people["ivanov"]]
    assert found(database, "петр") == [people["ivanov"]]  # ё typed as е
    assert found(database, "Пётр") == [people["ivanov"]]
    assert found(database, "owalsk") == [people["kowalski"]]
    assert found(database, "smith john") == [people["smith"]]  # words in any order


def test_short_text_finds_names_that_start_with_it(
    database: Database, people: dict[str, int]
) -> None:
    assert set(found(database, "ив")) == {people["ivanov"], people["ivanova"]}
    assert found(database, "J") == [people["smith"]]
    assert found(database, "ан") == []  # not a name's start


@pytest.mark.parametrize(
    ("typed", "who"),
    [
        ("8 912 345", "ivanov"),  # Russian local format of +7 912 345...
        ("+7912", "ivanov"),
        ("5-67-8", "ivanov"),
        ("(912) 345 67 89", "ivanov"),
        ("111 22", "ivanova"),
        ("+48 601", "kowalski"),
        ("601-23", "kowalski"),
    ],
)
def test_phone_fragments_in_any_format(
    database: Database, people: dict[str, int], typed: str, who: str
) -> None:
    assert found(database, typed) == [people[who]]


def test_plus_anchors_the_country_code(database: Database, people: dict[str, int]) -> None:
    assert found(database, "+912") == []  # 912 is inside the number, not its start


def test_email_fragments(database: Database, people: dict[str, int]) -> None:
    assert found(database, "ivanov@") == [people["ivanov"]]
    assert found(database, "WP.PL") == [people["kowalski"]]
    assert found(database, "smith.co") == [people["smith"]]
    assert found(database, "nobody@nowhere") == []


def test_company_name_finds_its_employees(database: Database, add_client: MakeClient) -> None:
    company = add_client("ООО Ромашка", kind="company")
    worker = add_client("Сидоров Олег", company_id=company)
    add_client("Петров Илья")
    assert found(database, "ромашк") == [company, worker]  # by name: "ооо..." < "сидоров..."


def test_contact_persons_phone_finds_their_client(
    database: Database, admin: User, add_client: MakeClient
) -> None:
    from desktop_crm.services.contact_persons import PersonData, add_contact_person

    company = add_client("ТОО Алатау", kind="company")
    with database.transaction() as session:
        add_contact_person(
            session,
            session.merge(admin),
            company,
            PersonData(full_name="Ержан Абенов", phones=[ContactValue("+7 701 555 44 33", True)]),
        )
    assert found(database, "701 555") == [company]


def test_filters(database: Database, admin: User, add_client: MakeClient) -> None:
    with database.transaction() as session:
        actor = session.merge(admin)
        anna = add_user(session, actor, "anna", "Anna Manager").id
        parent = create_group(session, actor, "Regions").id
        child = create_group(session, actor, "North", parent_id=parent).id
        queue = Queue(name="Hot")
        session.add(queue)
        session.flush()
        queue_id = queue.id
    a = add_client("Alpha", tags=["VIP"], group_id=child, responsible_id=anna, stage="lead")
    b = add_client("Beta", tags=["vip", "Wholesale"], group_id=parent, queue_id=queue_id)
    c = add_client("Gamma", tags=["Wholesale"])
    with database.session() as session:
        from desktop_crm.services.tags import tag_by_name

        vip = tag_by_name(session, "VIP")
        wholesale = tag_by_name(session, "wholesale")
        assert vip is not None and wholesale is not None
        vip_id, wholesale_id = vip.id, wholesale.id
    assert found(database, tag_ids=(vip_id,)) == [a, b]
    assert found(database, tag_ids=(vip_id, wholesale_id)) == [b]
    assert found(database, group_id=parent) == [a, b]  # subgroups included
    assert found(database, group_id=child) == [a]
    assert found(database, group_id=NONE_ID) == [c]
    assert found(database, responsible_id=anna) == [a]
    assert found(database, responsible_id=NONE_ID) == [b, c]
    assert found(database, stage="lead") == [a]
    assert found(database, stage="client") == [b, c]
    assert found(database, queue_id=queue_id) == [b]
    assert found(database, queue_id=NONE_ID) == [a, c]
    assert found(database, "a", stage="client") == []  # "a" starts no client's name
    assert found(database, "bet", tag_ids=(wholesale_id,)) == [b]


def test_queue_members_see_their_queues_only(
    database: Database, admin: User, add_client: MakeClient
) -> None:
    with database.transaction() as session:
        actor = session.merge(admin)
        anna = add_user(session, actor, "anna", "Anna Manager")
        queue = Queue(name="Hot")
        session.add(queue)
        session.flush()
        queue_id = queue.id
    open_one = add_client("Open client")
    queued = add_client("Queued client", queue_id=queue_id)

    def visible(login: str) -> list[int]:
        with database.session() as session:
            from desktop_crm.services.access import current_user

            viewer = current_user(session, login)
            search = ClientSearch(ClientQuery(), viewer=viewer).prepare(session)
            return search.window(session, 0, 100)

    assert visible("anna") == [open_one]
    assert visible("admin") == [open_one, queued]
    with database.transaction() as session:
        session.execute(queue_members.insert().values(queue_id=queue_id, user_id=anna.id))
    assert visible("anna") == [open_one, queued]


def test_sort_by_columns(database: Database, admin: User, add_client: MakeClient) -> None:
    with database.transaction() as session:
        add_field(session, session.merge(admin), "budget", "Budget", "number")
    b = add_client(
        "Bravo", ["+7 912 000 00 02"], birth_date=date(1990, 1, 1), custom={"budget": "5"}
    )
    a = add_client("alpha", ["+7 912 000 00 03"], custom={"budget": "7"})
    c = add_client("Charlie", ["+7 912 000 00 01"], birth_date=date(1980, 1, 1))
    assert found(database) == [a, b, c]  # case does not split the alphabet
    assert found(database, descending=True) == [c, b, a]
    assert found(database, sort="phone") == [c, b, a]
    assert found(database, sort="birth_date") == [c, b, a]  # empty values last
    assert found(database, sort="birth_date", descending=True) == [b, c, a]
    assert found(database, sort="created_at") == [b, a, c]
    assert found(database, sort="custom.budget") == [b, a, c]


def test_windows_match_the_whole_result(database: Database, add_client: MakeClient) -> None:
    """A large result is read window by window (walking an index on SQLite); every window,
    from the front or the back, equals that slice of the result read at once."""
    names = ["Иванов", "Петров", "Сидорова", "Ivanenko", "Смирнов", "Кузнецов", "Попов"]
    company = add_client("Romashka LLC", kind="company")
    for i in range(42):
        add_client(
            f"{names[i % len(names)]} {chr(0x0410 + i % 32)}{i}",
            [f"+7 912 {i:03d} 00 00"],
            [f"user{i}@{'romashka.ru' if i % 3 else 'mail.ru'}"],
            company_id=company if i % 5 == 0 else None,
            stage="lead" if i % 2 else "client",
        )
    queries = [
        ClientQuery(),
        ClientQuery(descending=True),
        ClientQuery(text="нов"),
        ClientQuery(text="нов", descending=True),
        ClientQuery(text="си"),
        ClientQuery(text="иванов"),
        ClientQuery(text="912 0"),
        ClientQuery(text="romashk"),  # the company, its employees, the emails
        ClientQuery(text="romashk", descending=True, stage="lead"),
        ClientQuery(text="romashk", sort="created_at"),
        ClientQuery(text="user", sort="stage", descending=True),
        ClientQuery(text="mail.ru"),
        ClientQuery(text="user1"),
        ClientQuery(text="с", stage="client"),
        ClientQuery(sort="created_at", descending=True),
        ClientQuery(sort="stage"),
        ClientQuery(sort="phone", descending=True),
    ]
    walks = 0
    with database.session() as session:
        for query in queries:
            whole = ClientSearch(query).prepare(session)
            assert whole.materialized
            windowed = ClientSearch(query, materialize_limit=3).prepare(session)
            # and when contact matches are too many to hold: each row's contacts are tested
            tested = ClientSearch(query, materialize_limit=3, hold_limit=2).prepare(session)
            walks += windowed.walking + tested.walking
            assert windowed.count == whole.count > 3, query
            expected = whole.window(session, 0, 1000)
            for size in (1, 5, 13):
                for search in (windowed, tested):
                    pieces = []
                    for offset in range(0, whole.count, size):
                        pieces += search.window(session, offset, size)
                    assert pieces == expected, (query, size)
    if database.dialect == "sqlite":
        assert walks >= len(queries)  # the index walks were tested, not only held lists


def test_index_follows_edits_and_deletes(
    database: Database, admin: User, add_client: MakeClient
) -> None:
    client = add_client("Старое Имя", ["+7 912 765 43 21"])
    with database.transaction() as session:
        session.execute(
            update(Client).where(Client.id == client).values(full_name="Новое", name_key="новое")
        )
    assert found(database, "стар") == []
    assert found(database, "ново") == [client]
    from desktop_crm.services.clients import delete_clients

    with database.transaction() as session:
        delete_clients(session, session.merge(admin), [client])
    assert found(database, "ново") == []
    assert found(database, "765 43") == []  # the cascade took its phone out of the index too
    if database.dialect == "sqlite":
        from desktop_crm.services.search import check_search_index

        with database.session() as session:
            check_search_index(session)


def test_rows_are_fetched_by_id(database: Database, add_client: MakeClient) -> None:
    company = add_client("ООО Ромашка", kind="company")
    worker = add_client(
        "Сидоров Олег",
        ["8 912 345 67 89", "+7 495 000 00 00"],
        ["oleg@romashka.ru"],
        company_id=company,
        tags=["VIP", "Опт"],
        birth_date=date(1985, 3, 7),
    )
    with database.session() as session:
        rows = fetch_rows(session, [worker, 999_999])
    assert list(rows) == [worker]
    row = rows[worker]
    assert row.value("name") == "Сидоров Олег"
    assert row.value("phone") == "+7 912 345-67-89"
    assert row.phones == ("+79123456789", "+74950000000")  # stored form; shown formatted
    assert row.value("email") == "oleg@romashka.ru"
    assert row.value("company") == "ООО Ромашка"
    assert row.value("tags") == "VIP, Опт"
    assert row.value("birth_date") == date(1985, 3, 7)  # the window formats it


def test_parse_text() -> None:
    assert parse_text("  ").empty
    assert parse_text("8 912 345").contacts == ("8912345", "+7912345")
    assert parse_text("+7 912").contacts == ("+7912",)
    assert parse_text("Ivan@Mail").contacts == ("ivan@mail",)
    assert parse_text("ab").prefix == "ab"
    assert parse_text("Иван Пётр").words == ("иван", "петр")


def test_import_filter_shows_what_one_import_created_or_updated(
    database: Database, admin: User, add_client: MakeClient
) -> None:
    from desktop_crm.wizards.importing import (
        ImportSettings,
        field_catalog,
        open_source,
        run_import,
        suggest_mapping,
    )

    untouched = add_client("Someone Else", ["+7 916 999 99 99"])
    updated = add_client("Anna", ["+7 916 000 00 01"])
    source = open_source(
        text="Name,Phone,Company\nAnna,+7 916 000 00 01,\nBoris,+7 916 000 00 02,ООО Ромашка\n"
    )
    with database.transaction() as session:
        mapping, _ = suggest_mapping(source.headers, field_catalog(session))
        result = run_import(session, session.merge(admin), source, ImportSettings(), mapping)
    assert (result.created, result.updated) == (1, 1)
    shown = set(found(database, import_job_id=result.job_id))
    assert updated in shown and untouched not in shown
    with database.session() as session:
        names = set(session.scalars(select(Client.full_name).where(Client.id.in_(shown))))
    assert names == {"Anna", "Boris", "ООО Ромашка"}  # the company it created too
    assert found(database, import_job_id=result.job_id + 1) == []


def test_a_filtered_walk_names_its_index_on_sqlite(sqlite_database: Database) -> None:
    """A window of a large filtered result walks the sort column's index (INDEXED BY): left to
    itself, SQLite takes the filter's index and sorts every match for each window of 200."""
    with sqlite_database.transaction() as session:
        actor = current_user(session, "admin")
        for i in range(12):
            data = ClientData(full_name=f"Client {i:02d}", stage="lead" if i % 2 else "client")
            create_client(session, actor, data)
    with sqlite_database.session() as session:
        for query, index in (
            (ClientQuery(stage="lead"), "ix_clients_sort_key"),
            (
                ClientQuery(stage="lead", sort="created_at", descending=True),
                "ix_clients_created_at",
            ),
            (ClientQuery(text="client", stage="lead"), "ix_clients_sort_key"),
        ):
            search = ClientSearch(query, materialize_limit=2).prepare(session, count=False)
            assert search.walking
            sql = str(
                search._window_query(reverse=False)
                .limit(200)
                .compile(dialect=session.get_bind().dialect, compile_kwargs={"literal_binds": True})
            )
            assert f"INDEXED BY {index}" in sql
            plan = " ".join(
                str(row[-1])
                for row in session.connection().exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}")
            )
            assert f"USING INDEX {index}" in plan and "TEMP B-TREE" not in plan, plan
            ids = search.window(session, 0, 200)
            assert ids == ClientSearch(query).prepare(session).window(session, 0, 200)
