"""The services behind the Settings window, usable by the CLI too: roles, disabling users,
queues and their members, merging tags, moving and deleting groups, ordering custom fields."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from desktop_crm.cli import main
from desktop_crm.db import Database, open_database
from desktop_crm.errors import NotFound, PermissionDenied, ValidationError
from desktop_crm.models import Client, User
from desktop_crm.services import custom_fields, groups, queues, tags, users
from desktop_crm.services.clients import ClientData, create_client


def _client(database: Database, admin: User, name: str, **fields: object) -> int:
    with database.transaction() as session:
        data = ClientData(full_name=name, **fields)  # type: ignore[arg-type]
        return create_client(session, session.merge(admin), data).id


def test_roles_and_disabling_keep_an_admin(database: Database, admin: User) -> None:
    with database.transaction() as session:
        actor = session.merge(admin)
        users.add_user(session, actor, "maria", "Maria", "manager")
        with pytest.raises(ValidationError, match="last active administrator"):
            users.set_role(session, actor, "admin", "manager")
        with pytest.raises(ValidationError, match="last active administrator"):
            users.set_active(session, actor, "admin", False)
        assert users.set_role(session, actor, "maria", "admin").role.name == "admin"
        assert users.set_active(session, actor, "maria", False).is_active is False
        with pytest.raises(NotFound):
            users.set_role(session, actor, "nobody", "admin")
        assert users.list_roles(session) == ["admin", "manager"]
    with database.transaction() as session:
        maria = users.user_by_login(session, "maria")
        with pytest.raises(PermissionDenied):
            users.set_active(session, maria, "admin", False)  # disabled: may do nothing


def test_queues_and_members(database: Database, admin: User) -> None:
    with database.transaction() as session:
        actor = session.merge(admin)
        users.add_user(session, actor, "maria", "Maria")
        queues.add_queue(session, actor, " Opt  sales ")
        with pytest.raises(ValidationError, match="already"):
            queues.add_queue(session, actor, "opt sales")
        assert queues.set_member(session, actor, "Opt sales", "maria", True)
        assert not queues.set_member(session, actor, "Opt sales", "maria", True)
        queues.rename_queue(session, actor, "opt sales", "Wholesale")
        [info] = queues.list_queues(session)
        assert (info.name, info.members, info.clients) == ("Wholesale", ("maria",), 0)
        maria = users.user_by_login(session, "maria")
        with pytest.raises(PermissionDenied):
            queues.add_queue(session, maria, "Mine")
        assert queues.delete_queue(session, actor, "wholesale") == 0
        assert queues.list_queues(session) == []


def test_merge_tags(database: Database, admin: User) -> None:
    a = _client(database, admin, "Anna", tags=["vip"])
    b = _client(database, admin, "Boris", tags=["V.I.P.", "vip"])
    _client(database, admin, "Cyril", tags=["V.I.P."])
    with database.transaction() as session:
        actor = session.merge(admin)
        with pytest.raises(ValidationError):
            tags.merge_tags(session, actor, "vip", "VIP")
        assert tags.merge_tags(session, actor, "V.I.P.", "vip") == 2
        usage = {t.name: n for t, n in tags.tag_usage(session)}
        assert usage == {"vip": 3}
        assert [t.name for t in session.get(Client, b).tags] == ["vip"]  # type: ignore[union-attr]
        assert session.get(Client, a) is not None


def test_move_group_and_delete_only_when_empty(database: Database, admin: User) -> None:
    with database.transaction() as session:
        actor = session.merge(admin)
        moscow = groups.group_by_path(session, "Partners/Moscow")
        archive = groups.group_by_path(session, "Archive")
        assert moscow is not None and archive is not None and moscow.parent_id is not None
        partners_id, moscow_id, archive_id = moscow.parent_id, moscow.id, archive.id
        with pytest.raises(ValidationError, match="itself"):
            groups.move_group(session, actor, partners_id, moscow_id)
        groups.move_group(session, actor, moscow_id, archive_id)
        assert groups.group_paths(session)[moscow_id] == "Archive/Moscow"
        groups.move_group(session, actor, moscow_id, None)
        assert groups.group_paths(session)[moscow_id] == "Moscow"
    _client(database, admin, "Anna", group_id=moscow_id)
    with database.transaction() as session:
        actor = session.merge(admin)
        with pytest.raises(ValidationError, match="clients: 1"):
            groups.delete_empty_group(session, actor, moscow_id)
        assert groups.group_client_counts(session) == {moscow_id: 1}
        groups.delete_empty_group(session, actor, partners_id)
        assert sorted(groups.group_paths(session).values()) == ["Archive", "Moscow"]


def test_reorder_fields_and_count_values(database: Database, admin: User) -> None:
    with database.transaction() as session:
        actor = session.merge(admin)
        for key in ("a", "b", "c"):
            custom_fields.add_field(session, actor, key, key.upper())
        order = custom_fields.move_field(session, actor, "c", -1)
        assert [f.key for f in order] == ["a", "c", "b"]
        order = custom_fields.move_field(session, actor, "a", -5)
        assert [f.key for f in order] == ["a", "c", "b"]
    _client(database, admin, "Anna", custom={"b": "x"})
    with database.session() as session:
        assert custom_fields.value_count(session, "b") == 1
        assert custom_fields.value_count(session, "a") == 0


def test_cli_roles_and_queues(database_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    def run(*argv: str) -> tuple[int, str, str]:
        status = main(["--db", database_url, *argv])
        out, err = capsys.readouterr()
        return status, out, err

    assert run("users", "add", "maria", "--name", "Maria")[0] == 0
    assert run("users", "role", "maria", "admin") == (0, "maria is now admin.\n", "")
    assert run("users", "disable", "maria") == (0, "maria is disabled.\n", "")
    status, _, err = run("users", "disable", "admin")
    assert status == 2 and "last active administrator" in err
    assert run("queues", "add", "Opt")[0] == 0
    status, out, _ = run("queues", "members", "Opt", "--add", "maria")
    assert status == 0 and "maria" in out
    status, out, _ = run("queues", "list", "--json")
    assert json.loads(out) == [{"name": "Opt", "members": ["maria"], "clients": 0}]
    db = open_database(database_url)
    try:
        with db.session() as session:
            assert session.scalar(select(User.is_active).where(User.login == "maria")) is False
    finally:
        db.dispose()
