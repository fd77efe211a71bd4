"""Duplicates in the base (CTL-8): cards sharing a phone, an email or a folded name (and birth
date) are grouped, on both backends; different extensions of one number are not a match."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from desktop_crm.db import Database
from desktop_crm.errors import PermissionDenied
from desktop_crm.models import Client, User
from desktop_crm.services.access import role_by_name
from desktop_crm.wizards.control.duplicates import DuplicateGroup, find_duplicates, to_records


def _find(database: Database, admin: User, **options: object) -> list[DuplicateGroup]:
    with database.session() as session:
        return find_duplicates(session, session.merge(admin), **options)  # type: ignore[arg-type]


def test_phone_email_and_name_groups(
    database: Database, admin: User, add_client: Callable[..., int]
) -> None:
    a = add_client("Иванов Иван", phones=["+7 912 345-67-89"])
    b = add_client("Ivan Ivanov", phones=["8 (912) 345 67 89"], emails=["ivan@example.com"])
    c = add_client("ООО Ромашка", emails=["IVAN@example.com"], kind="company")
    d = add_client("Петров Пётр", phones=["+7 912 000-00-01"])
    e = add_client("петров  петр")  # ё folds to е
    f = add_client("Сидоров Сидор", emails=["sid@example.com"])
    groups = _find(database, admin)
    assert [g.client_ids for g in groups] == [(a, b, c), (d, e)]
    assert groups[0].by == ["phone", "email"]
    assert ("phone", "+79123456789") in groups[0].keys
    assert ("email", "ivan@example.com") in groups[0].keys
    assert groups[1].keys == (("name", "петров петр"),)
    assert f not in {cid for g in groups for cid in g.client_ids}

    only_email = _find(database, admin, by=["email"])
    assert [g.client_ids for g in only_email] == [(b, c)]
    only_phone = _find(database, admin, by=["phone"])
    assert [g.client_ids for g in only_phone] == [(a, b)]


def test_extensions_differ(database: Database, admin: User, add_client: Callable[..., int]) -> None:
    add_client("Первый", phones=["+7 495 983-36-99 доб. 2926"])
    add_client("Второй", phones=["+7 495 983-36-99 доб. 2927"])
    add_client("Третий", phones=["+7 495 983-36-99"])
    assert _find(database, admin) == []
    fourth = add_client("Четвёртый", phones=["+7 (495) 983 36 99 ext. 2927"])
    groups = _find(database, admin)
    assert len(groups) == 1 and fourth in groups[0].client_ids
    assert groups[0].keys == (("phone", "+74959833699;ext=2927"),)


def test_name_with_birth_date(
    database: Database, admin: User, add_client: Callable[..., int]
) -> None:
    a = add_client("Анна Смирнова", birth_date="01.02.1990")
    b = add_client("анна смирнова", birth_date="01.02.1990")
    c = add_client("Анна Смирнова", birth_date="03.04.1985")
    d = add_client("Анна Смирнова")
    by_name = _find(database, admin, by=["name"])
    assert [g.client_ids for g in by_name] == [(a, b, c, d)]
    groups = _find(database, admin, by=["name"], birth_date=True)
    assert [g.client_ids for g in groups] == [(a, b)]
    with database.session() as session:
        assert session.get(Client, a).birth_date == date(1990, 2, 1)  # type: ignore[union-attr]


def test_records_and_owner(database: Database, admin: User, add_client: Callable[..., int]) -> None:
    a = add_client("Клиент", emails=["x@example.com"])
    b = add_client("Клиент 2", emails=["x@example.com"])
    with database.transaction() as session:
        session.get(Client, a).responsible_id = admin.id  # type: ignore[union-attr]
    groups = _find(database, admin)
    records = to_records(groups)
    assert len(records) == 1
    record = records[0]
    assert (record.client_id, record.keep_with, record.owner_id) == (a, a, admin.id)
    assert record.missing == "duplicate"
    assert record.details == {"client_ids": [a, b], "by": ["email"]}


def test_manager_is_refused(database: Database, admin: User) -> None:
    with database.transaction() as session:
        manager = User(login="m", full_name="M", role=role_by_name(session, "manager"))
        session.add(manager)
        session.flush()
        with pytest.raises(PermissionDenied):
            find_duplicates(session, manager)
