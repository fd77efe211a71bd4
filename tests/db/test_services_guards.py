"""Who may read and remove what hangs on a card (issue 10, item 9): files are read only by a
user who may see the card (queues), files and contact persons are deleted only by someone who
may delete the card; a save race on PostgreSQL names who saved, as the normal check does."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import event, select, text

from desktop_crm.db import Database
from desktop_crm.errors import ConflictError, NotFound, PermissionDenied
from desktop_crm.models import Attachment, Client, ContactPerson, Queue, User
from desktop_crm.services import attachments, card_lookup, clients, contact_persons
from desktop_crm.services.access import current_user
from desktop_crm.services.clients import ClientData
from desktop_crm.services.contact_persons import PersonData
from desktop_crm.services.users import add_user


@pytest.fixture
def card(database: Database, admin: User, add_client) -> tuple[int, int, int]:
    """A client with a file and a contact person: (client, attachment, person) ids."""
    client_id = add_client("ООО Карточка")
    with database.transaction() as session:
        me = session.merge(admin)
        add_user(session, me, "maria", "Мария Менеджер")  # a manager
        file_id = attachments.attach_file(session, me, client_id, b"x", filename="a.txt").id
        person = contact_persons.add_contact_person(
            session, me, client_id, PersonData(full_name="Иван Контактов")
        )
        return client_id, file_id, person.id


def test_a_manager_may_not_delete_files_or_people_of_a_card(
    database: Database, card: tuple[int, int, int]
) -> None:
    client_id, file_id, person_id = card
    refused = pytest.raises(PermissionDenied, match="may not delete clients")
    with refused, database.transaction() as session:
        attachments.delete_attachment(session, current_user(session, "maria"), file_id)
    refused = pytest.raises(PermissionDenied, match="may not delete clients")
    with refused, database.transaction() as session:
        maria = current_user(session, "maria")
        contact_persons.delete_contact_person(session, maria, person_id)
    with database.session() as session:
        assert session.get(Attachment, file_id) is not None
        assert session.get(ContactPerson, person_id) is not None
    with database.transaction() as session:  # what a manager may do, they still can
        maria = current_user(session, "maria")
        attachments.set_comment(session, maria, file_id, "проверено")
        contact_persons.add_contact_person(session, maria, client_id, PersonData(full_name="Ок"))
    with database.transaction() as session:  # and an admin may delete
        admin = current_user(session, "admin")
        attachments.delete_attachment(session, admin, file_id)
        contact_persons.delete_contact_person(session, admin, person_id)


def test_reading_files_checks_the_user(
    database: Database, card: tuple[int, int, int], tmp_path: Path
) -> None:
    client_id, file_id, _ = card
    with database.transaction() as session:
        queue = Queue(name="VIP")
        session.add(queue)
        session.flush()
        session.get(Client, client_id).queue_id = queue.id  # type: ignore[union-attr]
    reads = {
        "list": lambda s, u: attachments.list_attachments(s, u, client_id),
        "rows": lambda s, u: card_lookup.file_rows(s, u, client_id),
        "bytes": lambda s, u: attachments.read_file_bytes(s, u, file_id),
        "open": lambda s, u: attachments.save_to_temp(s, u, file_id, folder=tmp_path),
        "save": lambda s, u: attachments.save_as(s, u, file_id, tmp_path / "copy.txt"),
    }
    for name, read in reads.items():
        # a client in a queue maria is not in is missing to her, as a deleted one would be
        hidden = pytest.raises(NotFound, match="does not exist")
        with hidden, database.session() as session:
            read(session, current_user(session, "maria"))
        with database.session() as session:
            assert read(session, current_user(session, "admin")), name
    assert (tmp_path / "copy.txt").read_bytes() == b"x"  # the admin's save, not maria's
    with database.transaction() as session:
        queue = session.scalars(select(Queue)).one()
        queue.members.append(current_user(session, "maria"))
    with database.session() as session:
        assert attachments.read_file_bytes(session, current_user(session, "maria"), file_id) == b"x"
    with database.transaction() as session:
        current_user(session, "maria").is_active = False
    with pytest.raises(PermissionDenied, match="is disabled"), database.session() as session:
        attachments.read_file_bytes(session, current_user(session, "maria"), file_id)


def _race(database: Database, session, statement: str, params: dict) -> list[bool]:
    """Before `session` flushes, another connection commits `statement`: the race the check
    before the save cannot see (PostgreSQL; SQLite serializes writers)."""
    fired: list[bool] = []

    def other_saves(*_args) -> None:  # type: ignore[no-untyped-def]
        if not fired:
            fired.append(True)
            with database.engine.begin() as conn:
                conn.execute(text(statement), params)

    event.listen(session, "before_flush", other_saves)
    return fired


def test_a_save_race_names_the_user_as_the_normal_check_does(
    database: Database, backend: str, card: tuple[int, int, int]
) -> None:
    if backend != "postgresql":
        pytest.skip("SQLite lets one writer at a time: this race cannot happen there")
    client_id, _, person_id = card
    with database.session() as session:
        loaded = clients.get_client(session, client_id, current_user(session, "admin"))
        data, version = ClientData.from_client(loaded), loaded.version
        person = contact_persons.get_contact_person(session, person_id)
        person_data, person_version = PersonData.from_person(person), person.version
        maria_id = current_user(session, "maria").id
    # the same user in another window: said so, as when the check before the save finds it
    session = database.session(write=True)
    fired = _race(
        database,
        session,
        "UPDATE clients SET address = 'other window', version = version + 1, "
        "updated_by_id = :uid WHERE id = :id",
        {"uid": maria_id, "id": client_id},
    )
    data.address = "this window"
    try:
        with pytest.raises(ConflictError, match="in another window") as caught, session.begin():
            maria = current_user(session, "maria")  # in the session, as the window has it
            clients.update_client(session, maria, client_id, data, version)
    finally:
        session.close()
    assert fired and caught.value.changed_by == "Мария Менеджер"
    # a contact person saved by someone else meanwhile: named, not "someone"
    session = database.session(write=True)
    fired = _race(
        database,
        session,
        "UPDATE contact_persons SET position = 'CFO', version = version + 1, "
        "updated_by_id = :uid WHERE id = :id",
        {"uid": maria_id, "id": person_id},
    )
    person_data.note = "admin's note"
    try:
        with pytest.raises(ConflictError) as caught, session.begin():
            admin = current_user(session, "admin")
            contact_persons.update_contact_person(
                session, admin, person_id, person_data, person_version
            )
    finally:
        session.close()
    assert fired
    assert "Мария Менеджер changed the contact person Иван Контактов at" in caught.value.message
