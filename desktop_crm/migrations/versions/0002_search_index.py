"""search index for the client list

SQLite: two FTS5 tables with the trigram tokenizer (substring match, case folded, Cyrillic
included), external content so the text is not stored twice: `fts_client_names` over
clients.name_key and `fts_contact_points` over contact_points.normalized (E.164 phones, lower-cased
emails). Triggers keep them in step with every write, ORM or Core, so imports and demo data are
searchable at once. PostgreSQL: pg_trgm GIN indexes on the same two columns.

A later batch migration that copies `clients` or `contact_points` (SQLite) drops their
triggers with the old table; it must create them again (tests/db/test_search_index.py notices).

Revision ID: 0002
Revises: 0001
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# (FTS table, content table, indexed column)
SQLITE_INDEXES = (
    ("fts_client_names", "clients", "name_key"),
    ("fts_contact_points", "contact_points", "normalized"),
)

PG_INDEXES = (
    ("ix_clients_name_key_trgm", "clients", "name_key"),
    ("ix_contact_points_normalized_trgm", "contact_points", "normalized"),
)


def _sqlite_statements(fts: str, table: str, column: str) -> list[str]:
    # External-content FTS5: a delete must repeat the old indexed value, which the triggers do.
    delete_old = (
        f"INSERT INTO {fts}({fts}, rowid, {column}) VALUES ('delete', old.id, old.{column});"
    )
    insert_new = f"INSERT INTO {fts}(rowid, {column}) VALUES (new.id, new.{column});"
    return [
        f"CREATE VIRTUAL TABLE {fts} USING fts5({column}, content='{table}', "
        f"content_rowid='id', tokenize='trigram')",
        f"CREATE TRIGGER trg_{fts}_insert AFTER INSERT ON {table} BEGIN {insert_new} END",
        f"CREATE TRIGGER trg_{fts}_delete AFTER DELETE ON {table} BEGIN {delete_old} END",
        f"CREATE TRIGGER trg_{fts}_update AFTER UPDATE OF {column} ON {table} "
        f"BEGIN {delete_old} {insert_new} END",
        # index the rows that are already there
        f"INSERT INTO {fts}({fts}) VALUES ('rebuild')",
    ]


def _pg_trgm_available(bind: sa.Connection) -> bool:
    """pg_trgm is a trusted extension (a database owner may create it); without it the search
    still works, only without an index."""
    installed = bind.execute(
        sa.text("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'")
    ).scalar()
    if installed:
        return True
    available = bind.execute(
        sa.text("SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm'")
    ).scalar()
    if not available:
        return False
    savepoint = bind.begin_nested()
    try:
        bind.execute(sa.text("CREATE EXTENSION IF NOT EXISTS pg_trgm"))
    except sa.exc.DBAPIError:
        savepoint.rollback()
        return False
    savepoint.commit()
    return True


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for fts, table, column in SQLITE_INDEXES:
            for statement in _sqlite_statements(fts, table, column):
                op.execute(statement)
    elif bind.dialect.name == "postgresql" and _pg_trgm_available(bind):
        for name, table, column in PG_INDEXES:
            op.execute(
                f"CREATE INDEX IF NOT EXISTS {name} ON {table} USING gin ({column} gin_trgm_ops)"
            )


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for fts, _table, _column in SQLITE_INDEXES:
            for event in ("insert", "delete", "update"):
                op.execute(f"DROP TRIGGER IF EXISTS trg_{fts}_{event}")
            op.execute(f"DROP TABLE IF EXISTS {fts}")
    elif bind.dialect.name == "postgresql":
        for name, _table, _column in PG_INDEXES:
            op.execute(f"DROP INDEX IF EXISTS {name}")
