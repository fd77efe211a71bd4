"""group names unique at the root too (a partial unique index)

The unique constraint on (parent_id, name) lets root groups (parent_id NULL) repeat, and two
imports at once made "Clients" twice. Root groups of the same name that exist already are merged
into the oldest one first: their clients and subgroups move there (subgroups of the same name
merge the same way, level by level) and the copies are deleted.

Revision ID: 0004
Revises: 0003
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

INDEX = "uq_groups_root_name"
ROOT = sa.text("parent_id IS NULL")


def upgrade() -> None:
    connection = op.get_bind()
    duplicates = connection.execute(
        sa.text(
            "SELECT name, min(id) FROM groups WHERE parent_id IS NULL "
            "GROUP BY name HAVING count(*) > 1"
        )
    ).all()
    for name, keep in duplicates:
        copies = connection.execute(
            sa.text(
                "SELECT id FROM groups WHERE parent_id IS NULL AND name = :name AND id <> :keep"
            ),
            {"name": name, "keep": keep},
        ).scalars()
        for copy in list(copies):
            _merge(connection, keep, copy)
    op.create_index(
        INDEX, "groups", ["name"], unique=True, sqlite_where=ROOT, postgresql_where=ROOT
    )


def _merge(connection: sa.Connection, keep: int, copy: int) -> None:
    """Move what group `copy` holds into group `keep`, then delete `copy`."""
    connection.execute(
        sa.text(
            "UPDATE clients SET group_id = :keep, version = version + 1 WHERE group_id = :copy"
        ),
        {"keep": keep, "copy": copy},
    )
    children = connection.execute(
        sa.text("SELECT id, name FROM groups WHERE parent_id = :copy"), {"copy": copy}
    ).all()
    for child, name in children:
        twin = connection.execute(
            sa.text("SELECT id FROM groups WHERE parent_id = :keep AND name = :name"),
            {"keep": keep, "name": name},
        ).scalar()
        if twin is None:
            connection.execute(
                sa.text("UPDATE groups SET parent_id = :keep WHERE id = :child"),
                {"keep": keep, "child": child},
            )
        else:
            _merge(connection, twin, child)
    connection.execute(sa.text("DELETE FROM groups WHERE id = :copy"), {"copy": copy})


def downgrade() -> None:
    op.drop_index(INDEX, table_name="groups")
