"""calls and emails from real sources (issue 12): what the linking job and the importers keep

- interactions.missed marks a call nobody answered; interactions.attachments keeps the names
  and sizes of an email's attachments (the files themselves are not stored);
  interactions.link_candidates keeps the other cards that matched when the linking job had to
  choose, so an admin can see the ambiguity; interactions.account names the mail account or
  file an interaction came from;
- a partial index on the unlinked interactions, the linking job's working set;
- mail_sync keeps, per mail account and folder, the IMAP UIDVALIDITY and the last UID fetched,
  so a fetch asks only for what is new;
- mapping_presets.kind tells the import's column presets ('clients') from the call-log ones
  ('calls').

Revision ID: 0008
Revises: 0007
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

UNLINKED = "client_id IS NULL AND contact_person_id IS NULL"


def upgrade() -> None:
    with op.batch_alter_table("interactions", schema=None) as batch_op:
        batch_op.add_column(sa.Column("missed", sa.Boolean(), nullable=True))
        batch_op.add_column(sa.Column("attachments", sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column("link_candidates", sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column("account", sa.String(length=255), nullable=True))
    op.create_index(
        "ix_interactions_unlinked",
        "interactions",
        ["id"],
        sqlite_where=sa.text(UNLINKED),
        postgresql_where=sa.text(UNLINKED),
    )
    op.create_table(
        "mail_sync",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account", sa.String(length=255), nullable=False),
        sa.Column("folder", sa.String(length=255), nullable=False),
        sa.Column("uidvalidity", sa.BigInteger(), nullable=False),
        sa.Column("last_uid", sa.BigInteger(), nullable=False),
        sa.Column("fetched_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mail_sync")),
        sa.UniqueConstraint("account", "folder", name=op.f("uq_mail_sync_account_folder")),
    )
    with op.batch_alter_table("mapping_presets", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("kind", sa.String(length=16), server_default="clients", nullable=False)
        )


def downgrade() -> None:
    with op.batch_alter_table("mapping_presets", schema=None) as batch_op:
        batch_op.drop_column("kind")
    op.drop_table("mail_sync")
    op.drop_index("ix_interactions_unlinked", table_name="interactions")
    with op.batch_alter_table("interactions", schema=None) as batch_op:
        batch_op.drop_column("account")
        batch_op.drop_column("link_candidates")
        batch_op.drop_column("attachments")
        batch_op.drop_column("missed")
