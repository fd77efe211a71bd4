"""the list's order-by-name index carries each client's queue (issue 13, performance)

Under row-level security a manager's list walks `ix_clients_sort_key` and keeps the rows of
their queues; with `queue_id` in the index (INCLUDE) the policy is tested on the index entry,
and the first window is read from the index alone as an admin's is, instead of fetching every
walked row (half of them hidden) from the table. PostgreSQL only: SQLite has no INCLUDE, and
there the queue rule is the application's own condition.

Revision ID: 0012
Revises: 0011
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

NAME = "ix_clients_sort_key"


def _rebuild(include: list[str]) -> None:
    op.drop_index(NAME, table_name="clients")
    op.create_index(NAME, "clients", ["sort_key", "id"], postgresql_include=include)


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _rebuild(["queue_id"])


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _rebuild([])
