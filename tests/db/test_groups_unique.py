"""Group names are unique among siblings at the root too (migration 0004): root groups that an
older version let repeat are merged, with their clients and subgroups, when the base upgrades."""

from __future__ import annotations

import pytest
from alembic import command
from sqlalchemy import Engine, func, select, text
from sqlalchemy.exc import IntegrityError

from desktop_crm.db import SCHEMA_HEAD, Database, alembic_config, current_revision, upgrade
from desktop_crm.models import Client, Group, User
from desktop_crm.services.groups import group_paths


def add_group(engine: Engine, name: str, parent: int | None = None) -> int:
    with engine.begin() as conn:
        return conn.execute(
            text("INSERT INTO groups (name, parent_id) VALUES (:n, :p) RETURNING id"),
            {"n": name, "p": parent},
        ).scalar_one()


def test_duplicate_root_groups_are_merged_by_the_upgrade(
    database: Database, admin: User, add_client
) -> None:
    engine = database.engine
    # the clients are made at the head (the services write today's columns), then put into
    # the groups of the older schema with plain SQL
    names = ["In first", "In second", "In second's Moscow", "In Kazan"]
    ids = [add_client(name) for name in names]
    command.downgrade(alembic_config(engine), "0003")
    try:
        first, second = add_group(engine, "Clients"), add_group(engine, "Clients")
        moscow, moscow2 = add_group(engine, "Moscow", first), add_group(engine, "Moscow", second)
        kazan = add_group(engine, "Kazan", second)
        add_group(engine, "Other")
        placed = [(first, first), (second, first), (moscow2, moscow), (kazan, kazan)]
        with engine.begin() as conn:
            for client_id, (group_id, _) in zip(ids, placed, strict=True):
                conn.execute(
                    text("UPDATE clients SET group_id = :g WHERE id = :c"),
                    {"g": group_id, "c": client_id},
                )
        people = {client_id: merged for client_id, (_, merged) in zip(ids, placed, strict=True)}
    finally:
        assert upgrade(engine)
    assert current_revision(engine) == SCHEMA_HEAD
    with database.session() as session:
        assert sorted(group_paths(session).values()) == [
            "Clients",
            "Clients/Kazan",
            "Clients/Moscow",
            "Other",
        ]
        for client_id, group_id in people.items():
            assert session.get(Client, client_id).group_id == group_id  # type: ignore[union-attr]
    with pytest.raises(IntegrityError), database.transaction() as session:
        session.add(Group(name="Clients", parent_id=None))
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(Group)) == 4
