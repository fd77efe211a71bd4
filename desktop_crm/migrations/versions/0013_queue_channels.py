"""a queue's live-update notices go to a channel only its members can name (issue 13)

Until now every change was announced on `crm_changes`, which any login may LISTEN on: a manager
learnt the ids of other queues' clients being changed, and by whom. Now the triggers announce a
queue's client on the queue's own channel, named from the base's secret (`live_channel_key`,
made on first use), and tell a change of queues or members on the public channel
(`services/live/channels.py`). On SQLite only the (unused) table is made.

Revision ID: 0013
Revises: 0012
"""

import importlib
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from desktop_crm.services.live.channels import FUNCTIONS, MEMBERSHIP_TABLES

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CLIENT_EVENTS = {
    "insert": "NEW TABLE AS new_rows",
    "update": "OLD TABLE AS old_rows NEW TABLE AS new_rows",
    "delete": "OLD TABLE AS old_rows",
}


def _driver_execute(statement: str) -> None:
    """Through the driver itself: the bodies' format('%s') are no parameter placeholders."""
    driver = op.get_bind().connection.driver_connection
    assert driver is not None
    driver.execute(statement)


def _client_triggers(*arguments: str) -> None:
    quoted = ", ".join(f"'{a}'" for a in arguments)
    for event, clause in CLIENT_EVENTS.items():
        name = f"crm_notify_clients_{event}"
        op.execute(f"DROP TRIGGER IF EXISTS {name} ON clients")
        op.execute(
            f"CREATE TRIGGER {name} AFTER {event.upper()} ON clients REFERENCING {clause}"
            f" FOR EACH STATEMENT EXECUTE FUNCTION crm_notify_change({quoted})"
        )


def upgrade() -> None:
    op.create_table(
        "live_channel_key",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("secret", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_live_channel_key")),
    )
    if op.get_bind().dialect.name != "postgresql":
        return
    for body in FUNCTIONS.values():
        _driver_execute(body)
    op.execute("REVOKE ALL ON FUNCTION crm_queue_channel(integer) FROM PUBLIC")
    _client_triggers("client", "id", "own")
    for table in MEMBERSHIP_TABLES:
        op.execute(
            f"CREATE TRIGGER crm_notify_{table}_membership AFTER INSERT OR UPDATE OR DELETE"
            f" ON {table} FOR EACH STATEMENT EXECUTE FUNCTION crm_notify_membership()"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table in MEMBERSHIP_TABLES:
            op.execute(f"DROP TRIGGER IF EXISTS crm_notify_{table}_membership ON {table}")
        op.execute("DROP FUNCTION IF EXISTS crm_notify_membership()")
        op.execute("DROP FUNCTION IF EXISTS crm_my_channels()")
        op.execute("DROP FUNCTION IF EXISTS crm_queue_channel(integer)")
        # the function as revision 0010 made it: every notice on the public channel
        earlier = importlib.import_module("desktop_crm.migrations.versions.0010_change_notify")
        _driver_execute(earlier.FUNCTION)
        _client_triggers("client", "id")
    op.drop_table("live_channel_key")
