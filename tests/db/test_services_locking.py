"""Concurrent edits of one card never silently overwrite each other (STO-4): two sessions load
the same client, one saves, the other's save is refused with a message naming who saved."""

from __future__ import annotations

import pytest
from sqlalchemy import event, select, text

from desktop_crm.db import Database
from desktop_crm.errors import ConflictError
from desktop_crm.models import ChangeLog, Client, User
from desktop_crm.services import clients, contact_persons, tags
from desktop_crm.services.access import current_user
from desktop_crm.services.clients import ClientData, ContactValue
from desktop_crm.services.contact_persons import PersonData
from desktop_crm.services.users import add_user


@pytest.fixture
def two_users(database: Database, admin: User) -> tuple[User, User]:
    with database.transaction() as session:
        anna = add_user(session, admin, "anna", "Анна Кузнецова")
        boris = add_user(session, admin, "boris", "Boris Nowak")
    return anna, boris


@pytest.fixture
def client_id(database: Database, admin: User) -> int:
    with database.transaction() as session:
        data = ClientData(
            full_name="Acme Ltd", kind="company", phones=[ContactValue("+44 20 7946 0958")]
        )
        return clients.create_client(session, admin, data).id


def load(database: Database, client_id: int) -> tuple[ClientData, int]:
    """What a card does when it opens: read in a short session, keep data and version."""
    with database.session() as session:
        client = clients.get_client(session, client_id, current_user(session, "admin"))
        return ClientData.from_client(client), client.version


def test_second_save_is_refused_naming_who_saved(
    database: Database, client_id: int, two_users: tuple[User, User]
) -> None:
    anna, boris = two_users
    data_a, version_a = load(database, client_id)
    data_b, version_b = load(database, client_id)

    data_b.address = "Boris's address"
    with database.transaction() as session:
        clients.update_client(session, boris, client_id, data_b, version_b)

    data_a.address = "Anna's address"
    with pytest.raises(ConflictError) as caught, database.transaction() as session:
        clients.update_client(session, anna, client_id, data_a, version_a)
    assert caught.value.changed_by == "Boris Nowak"
    assert "Boris Nowak changed the card of Acme Ltd at " in caught.value.message
    assert "Reload" in caught.value.message
    with database.session() as session:
        assert session.get(Client, client_id).address == "Boris's address"  # type: ignore[union-attr]

    # "keep mine": Anna saves over Boris's version; the log records what she replaced
    with database.transaction() as session:
        saved = clients.update_client(session, anna, client_id, data_a, version_a, force=True)
        assert saved.version == version_b + 2
    with database.session() as session:
        client = session.get(Client, client_id)
        assert client is not None
        assert (client.address, client.updated_by_id) == ("Anna's address", anna.id)
        row = session.scalars(
            select(ChangeLog).where(ChangeLog.field == "address").order_by(ChangeLog.id.desc())
        ).first()
        assert row is not None
        assert (row.old_value, row.new_value, row.user_id) == (
            "Boris's address",
            "Anna's address",
            anna.id,
        )


def test_a_phone_change_alone_also_conflicts(
    database: Database, client_id: int, two_users: tuple[User, User]
) -> None:
    anna, boris = two_users
    data_a, version = load(database, client_id)
    data_b, _ = load(database, client_id)
    data_b.phones.append(ContactValue("+44 20 7946 0000"))
    with database.transaction() as session:
        clients.update_client(session, boris, client_id, data_b, version)
    with pytest.raises(ConflictError, match="Boris Nowak"), database.transaction() as session:
        clients.update_client(session, anna, client_id, data_a, version)


def test_a_bulk_tag_change_conflicts_with_an_open_card(
    database: Database, client_id: int, two_users: tuple[User, User]
) -> None:
    anna, boris = two_users
    data_a, version = load(database, client_id)
    with database.transaction() as session:
        assert tags.add_tag(session, boris, [client_id], "partner") == 1
    with pytest.raises(ConflictError, match="Boris Nowak"), database.transaction() as session:
        clients.update_client(session, anna, client_id, data_a, version)


def test_own_save_in_another_window_is_named_as_such(
    database: Database, client_id: int, two_users: tuple[User, User]
) -> None:
    anna, _ = two_users
    first, version = load(database, client_id)
    second, _ = load(database, client_id)
    second.website = "acme.example"
    with database.transaction() as session:
        clients.update_client(session, anna, client_id, second, version)
    with (
        pytest.raises(ConflictError, match="in another window") as caught,
        database.transaction() as session,
    ):
        clients.update_client(session, anna, client_id, first, version)
    assert caught.value.changed_by == "Анна Кузнецова"


def test_version_check_of_the_update_itself_becomes_a_conflict(
    database: Database, backend: str, client_id: int, two_users: tuple[User, User]
) -> None:
    """The race the up-front check cannot see: the other save commits between our check and
    our UPDATE. SQLAlchemy's StaleDataError must surface as the same ConflictError.
    Needs row-level concurrency (PostgreSQL); SQLite serializes writers instead."""
    if backend != "postgresql":
        pytest.skip("SQLite lets one writer at a time: this race cannot happen there")
    anna, boris = two_users
    data, version = load(database, client_id)
    data.address = "Anna's address"

    session = database.session(write=True)
    fired = []

    def other_user_saves(*_args) -> None:  # type: ignore[no-untyped-def]
        if fired:
            return
        fired.append(True)
        with database.engine.begin() as conn:
            conn.execute(
                text(
                    "UPDATE clients SET address = 'Boris', version = version + 1, "
                    "updated_by_id = :uid WHERE id = :id"
                ),
                {"uid": boris.id, "id": client_id},
            )

    event.listen(session, "before_flush", other_user_saves)
    try:
        with pytest.raises(ConflictError) as caught, session.begin():
            clients.update_client(session, anna, client_id, data, version)
    finally:
        session.close()
    assert fired
    assert caught.value.changed_by == "Boris Nowak"
    with database.session() as check:
        assert check.get(Client, client_id).address == "Boris"  # type: ignore[union-attr]


def test_contact_person_conflict(
    database: Database, client_id: int, two_users: tuple[User, User]
) -> None:
    anna, boris = two_users
    with database.transaction() as session:
        person = contact_persons.add_contact_person(
            session, anna, client_id, PersonData(full_name="Jane Doe")
        )
        person_id = person.id
    with database.session() as session:
        loaded = contact_persons.get_contact_person(session, person_id)
        data, version = PersonData.from_person(loaded), loaded.version
    with database.transaction() as session:
        changed = PersonData(full_name="Jane Doe", position="CFO")
        contact_persons.update_contact_person(session, boris, person_id, changed, version)
    data.note = "Anna's note"
    with (
        pytest.raises(ConflictError, match="Boris Nowak changed the contact person Jane Doe"),
        database.transaction() as session,
    ):
        contact_persons.update_contact_person(session, anna, person_id, data, version)
    with database.transaction() as session:
        contact_persons.update_contact_person(session, anna, person_id, data, version, force=True)
    with database.session() as session:
        saved = contact_persons.get_contact_person(session, person_id)
        assert (saved.note, saved.position) == ("Anna's note", None)
