"""The migrations build exactly the schema the models describe, on every backend."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import select

from desktop_crm.db import SCHEMA_HEAD, Database, current_revision, head_revision
from desktop_crm.migrations.unmanaged import include_name
from desktop_crm.models import Base, Role


def test_migrated_schema_equals_models(database: Database) -> None:
    with database.engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"compare_type": True, "include_name": include_name}
        )
        assert compare_metadata(context, Base.metadata) == []


def test_database_is_at_head(database: Database) -> None:
    assert current_revision(database.engine) == head_revision(database.engine) == SCHEMA_HEAD
    with database.engine.connect() as conn:  # our reading of the revision is Alembic's
        assert MigrationContext.configure(conn).get_current_revision() == SCHEMA_HEAD


def test_roles_are_seeded(database: Database) -> None:
    with database.session() as session:
        roles = {r.name: set(r.permissions) for r in session.scalars(select(Role))}
    assert roles["admin"] >= {"import", "delete_clients", "control", "admin"}
    assert "delete_clients" not in roles["manager"]


def test_a_new_role_can_be_added_after_the_seeded_ones(database: Database) -> None:
    """The seed must leave the id sequence (PostgreSQL) past the seeded rows."""
    with database.transaction() as session:
        session.add(Role(name="importer", permissions=["import"]))
    with database.session() as session:
        assert session.scalar(select(Role.id).where(Role.name == "importer")) is not None
