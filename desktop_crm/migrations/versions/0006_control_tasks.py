"""control tasks: duplicate tasks, what each item lacks, and bulk edits that can be undone

- tasks.kind admits 'duplicates' (the CTL-8 "merge these" tasks);
- task_items.missing keeps what the record lacked when a check found it ("phone,email",
  "field:address", ...), so done-ness is derived from the base as it is now; task_items.details
  keeps per-check extras (a proposed name split, the cards of a duplicate group); items are
  looked up by contact person and interaction too, hence the two indexes;
- bulk_edits records a change made to many cards outside an import (names split by the
  full-name check, a merge of duplicates) with what its undo restores.

Revision ID: 0006
Revises: 0005
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_OLD_KINDS = "kind IN ('manual', 'contact_info', 'registration', 'properties', 'names')"
_NEW_KINDS = (
    "kind IN ('manual', 'contact_info', 'registration', 'properties', 'names', 'duplicates')"
)


def upgrade() -> None:
    with op.batch_alter_table("tasks", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("ck_tasks_kind"), type_="check")
        batch_op.create_check_constraint(batch_op.f("ck_tasks_kind"), sa.text(_NEW_KINDS))
    with op.batch_alter_table("task_items", schema=None) as batch_op:
        batch_op.add_column(sa.Column("missing", sa.String(length=1000), nullable=True))
        batch_op.add_column(sa.Column("details", sa.JSON(), nullable=True))
        batch_op.create_index("ix_task_items_contact_person_id", ["contact_person_id"])
        batch_op.create_index("ix_task_items_interaction_id", ["interaction_id"])
    op.create_table(
        "bulk_edits",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("summary", sa.JSON(), nullable=True),
        sa.Column("undo_data", sa.JSON(), nullable=True),
        sa.Column("undone_at", sa.DateTime(), nullable=True),
        sa.Column("undone_by_id", sa.Integer(), nullable=True),
        sa.CheckConstraint("kind IN ('names', 'merge')", name=op.f("ck_bulk_edits_kind")),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_bulk_edits_user_id_users"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["undone_by_id"],
            ["users.id"],
            name=op.f("fk_bulk_edits_undone_by_id_users"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_bulk_edits")),
    )


def downgrade() -> None:
    op.drop_table("bulk_edits")
    with op.batch_alter_table("task_items", schema=None) as batch_op:
        batch_op.drop_index("ix_task_items_interaction_id")
        batch_op.drop_index("ix_task_items_contact_person_id")
        batch_op.drop_column("details")
        batch_op.drop_column("missing")
    op.execute(sa.text("DELETE FROM tasks WHERE kind = 'duplicates'"))
    with op.batch_alter_table("tasks", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("ck_tasks_kind"), type_="check")
        batch_op.create_check_constraint(batch_op.f("ck_tasks_kind"), sa.text(_OLD_KINDS))
