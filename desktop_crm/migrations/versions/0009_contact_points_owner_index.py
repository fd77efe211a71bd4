"""the (kind, normalized) index of contact points carries the owner (issue 12, performance)

The linking job and the duplicate search look addresses up by (kind, normalized) and then need
the card that holds each one; with client_id and contact_person_id in the index the lookup is
answered from the index alone (SQLite reads no table row, PostgreSQL can scan index-only).
Same number of indexes as before: the wider one replaces ix_contact_points_kind_normalized.

Revision ID: 0009
Revises: 0008
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OLD, NEW = "ix_contact_points_kind_normalized", "ix_contact_points_kind_normalized_owner"


def upgrade() -> None:
    op.create_index(NEW, "contact_points", ["kind", "normalized", "client_id", "contact_person_id"])
    op.drop_index(OLD, table_name="contact_points")


def downgrade() -> None:
    op.create_index(OLD, "contact_points", ["kind", "normalized"])
    op.drop_index(NEW, table_name="contact_points")
