"""Tags, custom field definitions and groups on a real database."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from desktop_crm.db import Database
from desktop_crm.errors import NotFound, PermissionDenied, ValidationError
from desktop_crm.models import ChangeLog, Client, CustomField, Group, Tag, User
from desktop_crm.services import clients, custom_fields, groups, tags
from desktop_crm.services.access import current_user
from desktop_crm.services.clients import ClientData
from desktop_crm.services.users import add_user


def make_clients(database: Database, admin: User, n: int, **kw) -> list[int]:  # type: ignore[no-untyped-def]
    with database.transaction() as session:
        return [
            clients.create_client(session, admin, ClientData(full_name=f"Client {i}", **kw)).id
            for i in range(n)
        ]


def tag_names(database: Database, client_id: int) -> list[str]:
    with database.session() as session:
        return ClientData.from_client(
            clients.get_client(session, client_id, current_user(session, "admin"))
        ).tags


def test_add_and_remove_tag_in_bulk(database: Database, admin: User) -> None:
    ids = make_clients(database, admin, 3, tags=["old"])
    with database.transaction() as session:
        assert tags.add_tag(session, admin, ids[:2], "VIP") == 2
    with database.transaction() as session:
        # "vip" is the same tag; only the third client lacks it
        assert tags.add_tag(session, admin, ids, " vip ") == 1
        assert [t.name for t in tags.all_tags(session)] == ["old", "VIP"]
    assert tag_names(database, ids[2]) == ["old", "VIP"]
    with database.transaction() as session:
        assert tags.remove_tag(session, admin, [ids[0], 999], "Vip") == 1
        assert tags.remove_tag(session, admin, ids, "no such tag") == 0
        usage = {t.name: n for t, n in tags.tag_usage(session)}
    assert usage == {"old": 3, "VIP": 2}
    assert tag_names(database, ids[0]) == ["old"]
    with database.session() as session:
        logged = session.execute(
            select(ChangeLog.client_id, ChangeLog.old_value, ChangeLog.new_value)
            .where(ChangeLog.field == "tags")
            .order_by(ChangeLog.id)
        ).all()
        versions = session.scalars(select(Client.version).order_by(Client.id)).all()
    assert [tuple(r) for r in logged] == [
        (ids[0], "old", "old, VIP"),
        (ids[1], "old", "old, VIP"),
        (ids[2], "old", "old, VIP"),
        (ids[0], "old, VIP", "old"),
    ]
    assert versions == [3, 2, 2]


def test_tag_by_name_is_case_insensitive_and_creates_on_demand(database: Database) -> None:
    with database.transaction() as session:
        assert tags.tag_by_name(session, "Партнёр") is None
        created = tags.tag_by_name(session, "Партнёр", create=True)
        assert created is not None
        assert tags.tag_by_name(session, "ПАРТНЕР") is created  # ё reads as е
        assert session.scalar(select(func.count()).select_from(Tag)) == 1
    with database.session() as session, pytest.raises(ValidationError, match="empty"):
        tags.tag_by_name(session, "   ")


def test_tag_rename_and_delete_need_an_admin(database: Database, admin: User) -> None:
    ids = make_clients(database, admin, 2, tags=["temp"])
    with database.transaction() as session:
        manager = add_user(session, admin, "m", "Manager")
    with pytest.raises(PermissionDenied), database.transaction() as session:
        tags.delete_tag(session, manager, "temp")
    with database.transaction() as session:
        assert tags.rename_tag(session, admin, "temp", "Temporary").name == "Temporary"
        assert tags.delete_tag(session, admin, "temporary") == 2
        assert tags.all_tags(session) == []
    assert tag_names(database, ids[0]) == []


def test_custom_field_definitions(database: Database, admin: User) -> None:
    with database.transaction() as session:
        manager = add_user(session, admin, "m", "Manager")
    with pytest.raises(PermissionDenied), database.transaction() as session:
        custom_fields.add_field(session, manager, "source", "Source")
    with database.transaction() as session:
        custom_fields.add_field(session, admin, "source", "Source", "choice", ["Web", "Fair"])
        auto = custom_fields.add_field(session, admin, "", "Дата визита", "date")
        assert auto.key == "data_vizita"
        with pytest.raises(ValidationError, match="already"):
            custom_fields.add_field(session, admin, "source", "Again")
        with pytest.raises(ValidationError, match="built-in"):
            custom_fields.add_field(session, admin, "phones", "Phones")
        with pytest.raises(ValidationError, match="latin letters"):
            custom_fields.add_field(session, admin, "Bad Key", "Bad")
        with pytest.raises(ValidationError, match="not a field type"):
            custom_fields.add_field(session, admin, "x", "X", "colour")
        with pytest.raises(ValidationError, match="at least one choice"):
            custom_fields.add_field(session, admin, "y", "Y", "choice", [" "])
        assert [f.key for f in custom_fields.list_fields(session)] == ["source", "data_vizita"]
        custom_fields.update_field(session, admin, "source", label="Lead source", position=9)
        assert [f.key for f in custom_fields.list_fields(session)] == ["data_vizita", "source"]
    with database.transaction() as session:
        custom_fields.delete_field(session, admin, "source")
        assert session.scalar(select(func.count()).select_from(CustomField)) == 1
        with pytest.raises(NotFound):
            custom_fields.delete_field(session, admin, "source")


def test_groups_by_path_and_tree(database: Database, admin: User) -> None:
    with database.transaction() as session:
        moscow = groups.group_by_path(session, "Partners / Moscow")
        assert moscow is not None
        assert groups.group_by_path(session, "partners/MOSCOW") is moscow
        assert groups.group_by_path(session, "Partners/Kazan", create=False) is None
        groups.group_by_path(session, "Partners/Almaty")
        groups.group_by_path(session, "Archive")
        assert groups.group_path(moscow) == "Partners/Moscow"
        tree = groups.group_tree(session)
        assert [n.path for n in tree] == ["Archive", "Partners"]
        assert [(c.path, c.depth) for c in tree[1].children] == [
            ("Partners/Almaty", 1),
            ("Partners/Moscow", 1),
        ]
        assert sorted(groups.group_paths(session).values()) == [
            "Archive",
            "Partners",
            "Partners/Almaty",
            "Partners/Moscow",
        ]
        with pytest.raises(ValidationError, match="empty"):
            groups.group_by_path(session, " / ")
        with pytest.raises(ValidationError, match="here already"):
            groups.create_group(session, admin, "archive")
        groups.rename_group(session, admin, moscow.id, "Москва")
        assert groups.group_paths(session)[moscow.id] == "Partners/Москва"
        moscow_id, partners_id = moscow.id, moscow.parent_id
    ids = make_clients(database, admin, 1, group_id=moscow_id)
    with database.transaction() as session:
        groups.delete_group(session, admin, partners_id)  # type: ignore[arg-type]
    with database.session() as session:
        assert sorted(groups.group_paths(session).values()) == ["Archive"]
        assert session.get(Client, ids[0]).group_id is None  # type: ignore[union-attr]
        assert session.scalar(select(func.count()).select_from(Group)) == 1
