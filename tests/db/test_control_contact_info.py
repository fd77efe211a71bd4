"""The contact info check (CTL-1) over clients and their contact persons, with the list's
filters, "any" and "all"; on both backends."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest
from sqlalchemy import update

from desktop_crm.db import Database
from desktop_crm.errors import ValidationError
from desktop_crm.models import Client, User
from desktop_crm.models.base import utcnow
from desktop_crm.wizards.control.contact_info import ContactInfoCheck, find
from desktop_crm.wizards.control.filters import ClientFilter
from desktop_crm.wizards.control.lookup import tag_id
from tests.db.control_support import add_group, add_person, add_queue, add_user, found

PHONE = "+7 912 345-67-89"


def check(database: Database, *kinds: str, missing: str = "any", **flt: object):
    with database.session() as session:
        return find(session, ContactInfoCheck(kinds, missing, ClientFilter(**flt)))  # type: ignore[arg-type]


def test_any_and_all_over_clients_and_persons(
    database: Database, add_client: Callable[..., int]
) -> None:
    bare = add_client("Голый Иван")
    phone_only = add_client("Телефонов Пётр", phones=[PHONE])
    both = add_client("Полный Сергей", phones=["+7 912 000-00-01"], emails=["s@example.com"])
    with_address = add_client("Адресов Олег", address="Москва, Тверская 1")
    person_bare = add_person(database, both, "Сотрудник Без Всего")
    person_full = add_person(database, both, "Сотрудник Всё", phone="+79120000002", email="a@b.c")
    person_mail = add_person(database, phone_only, "Почтовая Анна", email="anna@example.com")

    assert found(check(database, "phone", "email")) == {
        (bare, None, "phone,email"),
        (phone_only, None, "email"),
        (with_address, None, "phone,email"),
        (both, person_bare, "phone,email"),
        (phone_only, person_mail, "phone"),
    }
    assert found(check(database, "phone", "email", missing="all")) == {
        (bare, None, "phone,email"),
        (with_address, None, "phone,email"),
        (both, person_bare, "phone,email"),
    }
    # a person has no address: only its phone and email are looked at
    assert found(check(database, "email", "address", missing="all")) == {
        (bare, None, "email,address"),
        (phone_only, None, "email,address"),
        (both, person_bare, "email"),
    }
    assert (both, person_full, "email") not in found(check(database, "email"))
    assert found(check(database, "address", "website", missing="all")) == {
        (client, None, "address,website") for client in (bare, phone_only, both)
    }


def test_records_carry_owner_and_keep_with(
    database: Database, admin: User, add_client: Callable[..., int]
) -> None:
    manager = add_user(database, "ivanova")
    client = add_client("Клиент Один", responsible_id=manager)
    person = add_person(database, client, "Человек Клиента")
    records = {r.contact_person_id: r for r in check(database, "email")}
    assert records[None].owner_id == manager and records[person].owner_id == manager
    assert records[None].keep_with == records[person].keep_with == client


def test_filters_apply_to_clients_and_their_persons(
    database: Database, add_client: Callable[..., int]
) -> None:
    manager = add_user(database, "petrov")
    parent = add_group(database, "Москва")
    child = add_group(database, "Юг", parent)
    other_group = add_group(database, "Казань")
    queue = add_queue(database, "VIP")
    in_child = add_client("Южный Клиент", group_id=child, tags=["опт"], stage="lead")
    in_parent = add_client("Центральный Клиент", group_id=parent, responsible_id=manager)
    elsewhere = add_client("Казанский Клиент", group_id=other_group, queue_id=queue)
    person = add_person(database, in_child, "Человек Юга")

    assert found(check(database, "phone", group_id=parent)) == {
        (in_child, None, "phone"),
        (in_child, person, "phone"),
        (in_parent, None, "phone"),
    }
    assert {r.client_id for r in check(database, "phone", group_id=child)} == {in_child}
    with database.session() as session:
        opt = tag_id(session, "ОПТ")
    assert {r.client_id for r in check(database, "phone", tag_id=opt)} == {in_child}
    assert {r.client_id for r in check(database, "phone", stage="lead")} == {in_child}
    assert {r.client_id for r in check(database, "phone", responsible_id=manager)} == {in_parent}
    assert {r.client_id for r in check(database, "phone", queue_id=queue)} == {elsewhere}
    # 0 is "not set", as in the list: clients with nobody responsible, in no queue
    assert {r.client_id for r in check(database, "phone", responsible_id=0, queue_id=0)} == {
        in_child
    }
    assert ClientFilter(responsible_id=0, stage="lead").as_params() == {
        "responsible_id": 0,
        "stage": "lead",
    }


def test_created_between(database: Database, add_client: Callable[..., int]) -> None:
    old = add_client("Старый Клиент")
    new = add_client("Новый Клиент")
    today = utcnow().date()
    with database.transaction() as session:
        session.execute(
            update(Client).where(Client.id == old).values(created_at=utcnow() - timedelta(days=30))
        )
    week_ago = today - timedelta(days=7)
    assert {r.client_id for r in check(database, "email", created_from=week_ago)} == {new}
    assert {r.client_id for r in check(database, "email", created_to=week_ago)} == {old}
    assert {
        r.client_id for r in check(database, "email", created_from=today, created_to=today)
    } == {new}


def test_bad_input_is_refused() -> None:
    with pytest.raises(ValidationError) as caught:
        ContactInfoCheck(("phone", "fax"))
    assert caught.value.code == "control.kind_unknown"
    with pytest.raises(ValidationError) as caught:
        ContactInfoCheck(())
    assert caught.value.code == "control.nothing_chosen"
    with pytest.raises(ValidationError) as caught:
        ContactInfoCheck(("phone",), "some")
    assert caught.value.code == "control.missing_unknown"
    with pytest.raises(ValidationError) as caught:
        ClientFilter(stage="prospect")
    assert caught.value.code == "client.stage_unknown"
    with pytest.raises(ValidationError) as caught:
        ClientFilter(created_from=date(2026, 2, 1), created_to=date(2026, 1, 1))
    assert caught.value.code == "report.period_reversed"  # one sentence for any period
