"""The search index of revision 0002: built for rows that were there before, kept in step with
every kind of write (ORM, Core inserts of imports and demo data, cascades), removable."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from sqlalchemy import insert, select, text

from desktop_crm.db import Database, alembic_config, make_engine, open_database
from desktop_crm.demo.fill import fill_demo
from desktop_crm.models import Client, ContactPoint, User
from desktop_crm.services.access import current_user
from desktop_crm.services.clients import (
    ClientData,
    create_client,
    delete_clients,
    get_client,
    update_client,
)
from desktop_crm.services.contact_points import ContactValue
from desktop_crm.services.search import (
    ClientQuery,
    ClientSearch,
    check_search_index,
    rebuild_search_index,
)


def found(database: Database, text: str) -> list[int]:
    with database.session() as session:
        return ClientSearch(ClientQuery(text=text)).prepare(session).window(session, 0, 100)


def test_sqlite_triggers_exist(sqlite_database: Database) -> None:
    with sqlite_database.engine.connect() as conn:
        triggers = set(
            conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'trigger'")).scalars()
        )
    for fts in ("fts_client_names", "fts_contact_points"):
        assert {f"trg_{fts}_insert", f"trg_{fts}_delete", f"trg_{fts}_update"} <= triggers


def test_rows_of_an_older_base_become_searchable(database_url: str, backend: str) -> None:
    engine = make_engine(database_url)
    if backend == "sqlite":
        Path(engine.url.database or "").unlink()  # start from nothing, not the template
        engine.dispose()
        engine = make_engine(database_url)
    else:
        command.downgrade(alembic_config(engine), "0001")
    command.upgrade(alembic_config(engine), "0001")
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO clients (id, kind, stage, full_name, name_key, created_at, "
                "updated_at, version) VALUES (7, 'person', 'client', 'Ёлкина Вера', "
                "'елкина вера', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1)"
            )
        )
        conn.execute(
            text(
                "INSERT INTO contact_points (client_id, kind, value, normalized, is_primary, "
                "position) VALUES (7, 'phone', '8 912 111 22 33', '+79121112233', TRUE, 0)"
            )
        )
    engine.dispose()
    database = open_database(database_url)  # upgrades to head
    try:
        assert found(database, "ЕЛКИН") == [7]
        assert found(database, "912 111") == [7]
        with database.session() as session:
            check_search_index(session)
    finally:
        database.dispose()


def test_index_follows_every_kind_of_write(database: Database, admin: User) -> None:
    with database.transaction() as session:
        actor = session.merge(admin)
        client = create_client(
            session,
            actor,
            ClientData(full_name="Первый Клиент", phones=[ContactValue("8 912 100 00 01", True)]),
        )
        client_id, version = client.id, client.version
    with database.transaction() as session:
        data = ClientData.from_client(
            get_client(session, client_id, current_user(session, "admin"))
        )
        data.full_name = "Переименованный Клиент"
        data.phones = [ContactValue("8 912 200 00 02", True)]
        data.emails = [ContactValue("renamed@example.com", True)]
        update_client(session, session.merge(admin), client_id, data, version)
    assert found(database, "первый") == []
    assert found(database, "переимен") == [client_id]
    assert found(database, "100 00 01") == []
    assert found(database, "200 00 02") == [client_id]
    assert found(database, "renamed@") == [client_id]

    with database.transaction() as session:  # the way an import writes: Core, no ORM
        new_id = session.execute(
            insert(Client)
            .values(full_name="Импортированный", name_key="импортированный", kind="person")
            .returning(Client.id)
        ).scalar_one()
        session.execute(
            insert(ContactPoint).values(
                client_id=new_id, kind="email", value="IMP@X.RU", normalized="imp@x.ru"
            )
        )
    assert found(database, "импорт") == [new_id]
    assert found(database, "imp@x") == [new_id]

    with database.transaction() as session:
        delete_clients(session, session.merge(admin), [client_id, new_id])
    assert found(database, "клиент") == found(database, "imp@") == []
    with database.session() as session:
        check_search_index(session)


def test_demo_data_is_searchable(database: Database, admin: User) -> None:
    fill_demo(database, 60, seed=3)
    with database.session() as session:
        name, phone = session.execute(
            select(Client.name_key, ContactPoint.normalized)
            .join(ContactPoint, ContactPoint.client_id == Client.id)
            .where(ContactPoint.kind == "phone")
            .limit(1)
        ).one()
        check_search_index(session)
    assert found(database, name.split()[0])
    assert found(database, phone[-7:])


def test_rebuild_keeps_results(sqlite_database: Database) -> None:
    with sqlite_database.transaction() as session:
        actor = current_user(session, "admin")
        create_client(session, actor, ClientData(full_name="Тестов Тест"))
    with sqlite_database.transaction() as session:
        rebuild_search_index(session)
    assert len(found(sqlite_database, "тестов")) == 1


def test_downgrade_removes_the_search_objects(sqlite_database: Database) -> None:
    engine = sqlite_database.engine
    command.downgrade(alembic_config(engine), "0001")
    with engine.connect() as conn:
        names = set(conn.execute(text("SELECT name FROM sqlite_master")).scalars())
    assert not {n for n in names if n.startswith(("fts_", "trg_fts_"))}
    command.upgrade(alembic_config(engine), "head")
    with engine.connect() as conn:
        names = set(conn.execute(text("SELECT name FROM sqlite_master")).scalars())
    assert "fts_client_names" in names
