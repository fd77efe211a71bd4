"""the import that made a change: change_log.import_job_id

A change an import (or the undo of an import) makes to a card names that import, so the card's
History and Feed can say "Import #N". Nullable: changes by hand name none, and so do the rows
written before this revision. No index: deleting an import job is rare, and every query that
reads the column starts from a client's changes.

Revision ID: 0005
Revises: 0004
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("change_log", schema=None) as batch_op:
        batch_op.add_column(sa.Column("import_job_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_change_log_import_job_id_import_jobs"),
            "import_jobs",
            ["import_job_id"],
            ["id"],
            ondelete="SET NULL",
        )


def downgrade() -> None:
    with op.batch_alter_table("change_log", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_change_log_import_job_id_import_jobs"), type_="foreignkey"
        )
        batch_op.drop_column("import_job_id")
