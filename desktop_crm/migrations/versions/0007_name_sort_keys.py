"""sort keys of names in the base's language (issue 15): clients.sort_key and its index

Every existing client gets the key of its name, in batches, in the language the base starts
with: its phone country's when one was chosen, else the system locale's, else English
(`sort_keys.proposed_sort_language`); that language is stored as the base's sort language.

Revision ID: 0007
Revises: 0006
"""

import locale
from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

from desktop_crm.services.sort_keys import proposed_sort_language, rebuild_sort_keys

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SORT_LANGUAGE = "sort_language"


def _system_locale() -> str | None:
    try:
        return locale.getlocale(locale.LC_COLLATE)[0] or locale.getlocale()[0]
    except ValueError:
        return None


def upgrade() -> None:
    bind = op.get_bind()
    empty = "X''" if bind.dialect.name == "sqlite" else "'\\x'::bytea"
    # a constant default: neither backend rewrites the table to add the column
    op.add_column(
        "clients",
        sa.Column("sort_key", sa.LargeBinary(), nullable=False, server_default=sa.text(empty)),
    )
    settings = sa.table("base_settings", sa.column("key"), sa.column("value"))
    stored = dict(bind.execute(sa.select(settings.c.key, settings.c.value)).tuples().all())
    language = stored.get(SORT_LANGUAGE) or proposed_sort_language(
        stored.get("phone_region"), _system_locale()
    )
    if SORT_LANGUAGE not in stored:
        op.bulk_insert(
            sa.table(
                "base_settings",
                sa.column("key", sa.String),
                sa.column("value", sa.Text),
                sa.column("updated_at", sa.DateTime),
            ),
            [
                {
                    "key": SORT_LANGUAGE,
                    "value": language,
                    "updated_at": datetime.now(UTC).replace(tzinfo=None),
                }
            ],
        )
    rebuild_sort_keys(bind, language)
    # made after the keys: one sorted build instead of an index updated row by row
    op.create_index("ix_clients_sort_key", "clients", ["sort_key", "id"])


def downgrade() -> None:
    op.drop_index("ix_clients_sort_key", table_name="clients")
    op.execute(sa.text("ALTER TABLE clients DROP COLUMN sort_key"))  # no table copy on SQLite
    op.execute(sa.text("DELETE FROM base_settings WHERE key = 'sort_language'"))
