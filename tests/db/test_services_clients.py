"""Client services on a real database (SQLite, and PostgreSQL when configured): create, read,
update, normalization, primary contact points, change log, bulk changes, permissions."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from desktop_crm.db import Database
from desktop_crm.errors import NotFound, PermissionDenied, ValidationError
from desktop_crm.models import ChangeLog, Client, ContactPoint, Tag, User
from desktop_crm.services import clients
from desktop_crm.services.access import current_user
from desktop_crm.services.changelog import history
from desktop_crm.services.clients import ClientData, ContactValue
from desktop_crm.services.contact_persons import PersonData, add_contact_person
from desktop_crm.services.custom_fields import add_field
from desktop_crm.services.groups import group_by_path
from desktop_crm.services.users import add_user


def person(**overrides) -> ClientData:  # type: ignore[no-untyped-def]
    data = ClientData(
        full_name="Иванов Пётр Сергеевич",
        phones=[ContactValue("8 (912) 345-67-89"), ContactValue("+7 495 123 45 67", True)],
        emails=[ContactValue("Petr.Ivanov@Example.COM")],
        tags=["VIP", "Moscow"],
        birth_date=date(1985, 3, 12),
        address="Москва, ул. Ленина, 1",
    )
    for key, value in overrides.items():
        setattr(data, key, value)
    return data


def create(database: Database, actor: User, data: ClientData | None = None) -> int:
    with database.transaction() as session:
        return clients.create_client(session, actor, data or person()).id


def count(database: Database, model) -> int:  # type: ignore[no-untyped-def]
    with database.session() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def log_rows(database: Database, client_id: int) -> dict[str, tuple[str | None, str | None]]:
    with database.session() as session:
        rows = session.scalars(select(ChangeLog).where(ChangeLog.client_id == client_id))
        return {r.field: (r.old_value, r.new_value) for r in rows}


def test_create_and_reopen(database: Database, admin: User) -> None:
    client_id = create(database, admin)
    with database.session() as session:
        client = clients.get_client(session, client_id, current_user(session, "admin"))
    # read after the session is closed: everything the card needs was loaded
    data = ClientData.from_client(client)
    assert client.name_key == "иванов петр сергеевич"
    assert client.version == 1
    assert client.created_by_id == admin.id
    assert [(p.value, p.is_primary) for p in data.phones] == [
        ("+7 912 345-67-89", False),
        ("+7 495 123-45-67", True),
    ]
    stored = sorted((p.kind, p.normalized, p.is_primary) for p in client.contact_points)
    assert stored == [
        ("email", "petr.ivanov@example.com", True),
        ("phone", "+74951234567", True),
        ("phone", "+79123456789", False),
    ]
    assert data.emails[0].value == "Petr.Ivanov@Example.COM"  # as typed
    assert sorted(data.tags) == ["Moscow", "VIP"]
    assert data.birth_date == date(1985, 3, 12)
    assert log_rows(database, client_id) == {"created": (None, "Иванов Пётр Сергеевич")}


def test_full_name_is_built_from_parts(database: Database, admin: User) -> None:
    data = ClientData(last_name=" Kowalski ", first_name="Jan", middle_name=None)
    client_id = create(database, admin, data)
    with database.session() as session:
        client = clients.get_client(session, client_id, current_user(session, "admin"))
        assert (client.full_name, client.name_key) == ("Jan Kowalski", "jan kowalski")
        assert client.last_name == "Kowalski"


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"full_name": "  "}, "needs a name"),
        ({"phones": [ContactValue("12")]}, "'12' is not a phone number"),
        ({"emails": [ContactValue("ivan@")]}, "'ivan@' is not an email address"),
        ({"birth_date": date(2999, 1, 1)}, "in the future"),
        ({"stage": "prospect"}, "not a stage"),
        ({"custom": {"nope": "1"}}, "no custom field 'nope'"),
        ({"tags": ["x" * 200]}, "at most 128"),
        ({"full_name": "x" * 501}, "at most 500"),
        ({"group_id": 999}, "group does not exist"),
        ({"responsible_id": 999}, "responsible manager does not exist"),
    ],
)
def test_bad_values_are_refused_and_nothing_is_written(
    database: Database, admin: User, overrides: dict, message: str
) -> None:
    with pytest.raises(ValidationError, match=message), database.transaction() as session:
        clients.create_client(session, admin, person(**overrides))
    assert count(database, Client) == 0
    assert count(database, ContactPoint) == 0
    assert count(database, Tag) == 0


def test_bad_value_on_update_leaves_the_card_as_it_was(database: Database, admin: User) -> None:
    client_id = create(database, admin)
    with pytest.raises(ValidationError, match="not a phone"), database.transaction() as session:
        data = person(full_name="Другое Имя", phones=[ContactValue("abc")])
        clients.update_client(session, admin, client_id, data, 1)
    with database.session() as session:
        client = clients.get_client(session, client_id, current_user(session, "admin"))
        assert (client.full_name, client.version) == ("Иванов Пётр Сергеевич", 1)
    assert count(database, ChangeLog) == 1  # only "created"


def test_phones_normalized_with_region_and_duplicates_merged(
    database: Database, admin: User
) -> None:
    data = person(
        phones=[
            ContactValue("22 123 45 67"),  # Polish landline in the national format
            ContactValue("+48 22 123-45-67", is_primary=True, comment="office"),
            ContactValue(""),  # an empty row of the editor is ignored
        ],
        emails=[ContactValue("a@x.pl"), ContactValue("A@X.PL")],
    )
    with database.transaction() as session:
        client = clients.create_client(session, admin, data, region="PL")
        points = sorted(
            (p.kind, p.normalized, p.is_primary, p.comment) for p in client.contact_points
        )
    assert points == [
        ("email", "a@x.pl", True, None),
        ("phone", "+48221234567", True, "office"),
    ]


def test_first_value_is_primary_when_none_is_marked(database: Database, admin: User) -> None:
    data = person(phones=[ContactValue("89123456789"), ContactValue("84951234567")])
    client_id = create(database, admin, data)
    with database.session() as session:
        primary = session.scalar(
            select(ContactPoint.normalized).where(
                ContactPoint.client_id == client_id,
                ContactPoint.kind == "phone",
                ContactPoint.is_primary.is_(True),
            )
        )
    assert primary == "+79123456789"


def test_primary_switch_and_removal(database: Database, admin: User) -> None:
    client_id = create(database, admin)  # +7495... is primary
    with database.transaction() as session:
        data = ClientData.from_client(
            clients.get_client(session, client_id, current_user(session, "admin"))
        )
        # the other phone becomes primary: the old primary must be cleared before
        data.phones = [ContactValue(data.phones[0].value, True), ContactValue("+74951234567")]
        clients.update_client(session, admin, client_id, data, 1)
    with database.transaction() as session:
        data = ClientData.from_client(
            clients.get_client(session, client_id, current_user(session, "admin"))
        )
        # the primary goes away entirely; a new number is added and marked primary
        data.phones = [ContactValue("+7 495 123-45-67"), ContactValue("8 900 000 00 01", True)]
        client = clients.update_client(session, admin, client_id, data, 2)
        assert client.version == 3
    with database.session() as session:
        rows = session.execute(
            select(ContactPoint.normalized, ContactPoint.is_primary)
            .where(ContactPoint.client_id == client_id, ContactPoint.kind == "phone")
            .order_by(ContactPoint.position)
        ).all()
    assert [tuple(r) for r in rows] == [("+74951234567", False), ("+79000000001", True)]


def test_every_kind_of_change_is_logged(database: Database, admin: User) -> None:
    client_id = create(database, admin)
    with database.transaction() as session:
        add_field(session, admin, "source", "Source", "choice", ["Web", "Fair"])
        add_field(session, admin, "budget", "Budget", "number")
        manager = add_user(session, admin, "olga", "Ольга Смирнова")
        group = group_by_path(session, "Partners/Moscow")
        data = ClientData.from_client(
            clients.get_client(session, client_id, current_user(session, "admin"))
        )
        data.full_name = "Иванов Пётр"
        data.birth_date = date(1985, 3, 13)
        data.phones = [ContactValue("+7 912 345 67 89", True)]
        data.emails.append(ContactValue("second@example.com"))
        data.tags = ["vip", "Key account"]  # "vip" is the same tag as "VIP"
        data.responsible_id = manager.id
        data.group_id = group.id
        data.custom = {"source": "web", "budget": "1 500,50"}
        clients.update_client(session, admin, client_id, data, 1)
    rows = log_rows(database, client_id)
    assert rows["full_name"] == ("Иванов Пётр Сергеевич", "Иванов Пётр")
    assert rows["birth_date"] == ("12.03.1985", "13.03.1985")
    assert rows["phones"] == ("+7 495 123-45-67; +7 912 345-67-89", "+7 912 345-67-89")
    assert rows["emails"] == (
        "Petr.Ivanov@Example.COM",
        "Petr.Ivanov@Example.COM; second@example.com",
    )
    assert rows["tags"] == ("Moscow, VIP", "Key account, VIP")
    assert rows["responsible"] == (None, "Ольга Смирнова")
    assert rows["group"] == (None, "Partners/Moscow")
    assert rows["custom.source"] == (None, "Web")
    assert rows["custom.budget"] == (None, "1500.5")
    assert "address" not in rows  # unchanged fields write nothing
    with database.session() as session:
        entries = history(session, admin, client_id)
        assert {e.author for e in entries} == {"admin"}
        assert {e.field_label for e in entries} >= {"Phones", "Source", "Budget", "Full name"}


def test_saving_unchanged_data_writes_nothing(database: Database, admin: User) -> None:
    client_id = create(database, admin)
    with database.transaction() as session:
        data = ClientData.from_client(
            clients.get_client(session, client_id, current_user(session, "admin"))
        )
        client = clients.update_client(session, admin, client_id, data, 1)
        assert client.version == 1
    assert count(database, ChangeLog) == 1


def test_custom_values_left_out_stay_and_empty_clears(database: Database, admin: User) -> None:
    with database.transaction() as session:
        add_field(session, admin, "source", "Source")
        add_field(session, admin, "size", "Size", "number")
    client_id = create(database, admin, person(custom={"source": "Fair", "size": "10"}))
    with database.transaction() as session:
        data = ClientData.from_client(
            clients.get_client(session, client_id, current_user(session, "admin"))
        )
        data.custom = {"size": ""}
        clients.update_client(session, admin, client_id, data, 1)
    with database.session() as session:
        assert ClientData.from_client(
            clients.get_client(session, client_id, current_user(session, "admin"))
        ).custom == {"source": "Fair"}
    assert log_rows(database, client_id)["custom.size"] == ("10", None)


def test_company_link_and_its_checks(database: Database, admin: User) -> None:
    company_id = create(database, admin, ClientData(kind="company", full_name="ООО Ромашка"))
    person_id = create(database, admin, person(company_id=company_id, position="CEO"))
    with database.session() as session:
        assert (
            clients.get_client(session, person_id, current_user(session, "admin")).company_id
            == company_id
        )
    with pytest.raises(ValidationError, match="not a company"), database.transaction() as s:
        clients.create_client(s, admin, ClientData(full_name="X", company_id=person_id))
    with pytest.raises(ValidationError, match="itself"), database.transaction() as s:
        data = ClientData(kind="company", full_name="ООО Ромашка", company_id=company_id)
        clients.update_client(s, admin, company_id, data, 1)


def test_get_client_of_a_missing_id(database: Database) -> None:
    with database.session() as session, pytest.raises(NotFound, match="#404"):
        clients.get_client(session, 404, current_user(session, "admin"))


def test_bulk_assign_responsible(database: Database, admin: User) -> None:
    ids = [create(database, admin, person(full_name=f"Client {i}")) for i in range(3)]
    with database.transaction() as session:
        olga = add_user(session, admin, "olga", "Olga Smirnova")
        clients.assign_responsible(session, admin, ids[:1], olga.id)
    with database.transaction() as session:
        changed = clients.assign_responsible(session, admin, [*ids, 9999], olga.id)
    assert changed == 2  # one had her already; 9999 does not exist
    with database.session() as session:
        rows = session.execute(
            select(Client.responsible_id, Client.version, Client.updated_by_id).where(
                Client.id.in_(ids)
            )
        ).all()
        logs = session.scalars(
            select(ChangeLog.new_value).where(ChangeLog.field == "responsible")
        ).all()
    assert {tuple(r) for r in rows} == {(olga.id, 2, admin.id)}
    assert logs == ["Olga Smirnova"] * 3


def test_bulk_assign_needs_an_existing_user(database: Database, admin: User) -> None:
    client_id = create(database, admin)
    with pytest.raises(NotFound), database.transaction() as session:
        clients.assign_responsible(session, admin, [client_id], 12345)


def test_manager_may_edit_but_not_delete(database: Database, admin: User) -> None:
    client_id = create(database, admin)
    with database.transaction() as session:
        manager = add_user(session, admin, "ivan", "Ivan Petrov", role="manager")
    with database.transaction() as session:
        data = ClientData.from_client(
            clients.get_client(session, client_id, current_user(session, "admin"))
        )
        data.address = "Казань"
        clients.update_client(session, manager, client_id, data, 1)
    with (
        pytest.raises(
            PermissionDenied, match=r"Ivan Petrov \(ivan, role manager\) may not delete clients"
        ),
        database.transaction() as session,
    ):
        clients.delete_clients(session, manager, [client_id])
    assert count(database, Client) == 1


def test_disabled_user_may_do_nothing(database: Database, admin: User) -> None:
    with database.transaction() as session:
        user = add_user(session, admin, "gone", "Gone User", role="admin")
        user.is_active = False
    with pytest.raises(PermissionDenied, match="disabled"), database.transaction() as session:
        clients.create_client(session, user, person())


def test_bulk_stage_and_group(database: Database, admin: User) -> None:
    ids = [create(database, admin, person(full_name=f"Lead {i}", stage="lead")) for i in range(2)]
    with database.transaction() as session:
        assert clients.set_stage(session, admin, ids, "client") == 2
        group = group_by_path(session, "Archive")
        assert clients.set_group(session, admin, ids, group.id) == 2
    with database.session() as session:
        rows = session.execute(select(Client.stage, Client.group_id, Client.version)).all()
    assert {tuple(r) for r in rows} == {("client", group.id, 3)}
    assert log_rows(database, ids[0])["group"] == (None, "Archive")


def test_history_pages_and_filters(database: Database, admin: User) -> None:
    client_id = create(database, admin)
    for i in range(5):
        with database.transaction() as session:
            data = ClientData.from_client(
                clients.get_client(session, client_id, current_user(session, "admin"))
            )
            data.address = f"Street {i}"
            clients.update_client(session, admin, client_id, data, i + 1)
    with database.transaction() as session:
        add_contact_person(session, admin, client_id, PersonData(full_name="Jane Roe"))
    with database.session() as session:
        everything = history(session, admin, client_id)
        first = history(session, admin, client_id, limit=3)
        rest = history(session, admin, client_id, before_id=first[-1].id)
        people = history(session, admin, client_id, entity="contact_person")
    assert [e.new for e in everything[:3]] == ["Jane Roe", "Street 4", "Street 3"]
    assert everything[-1].field == "created" and everything[-1].entity == "client"
    assert first + rest == everything
    assert len(everything) == 7
    assert [(e.entity_name, e.field_label) for e in people] == [("Jane Roe", "Created")]
