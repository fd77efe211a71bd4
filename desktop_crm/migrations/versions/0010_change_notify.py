"""live updates between desktops (STO-7): PostgreSQL tells every listening desktop what changed

AFTER INSERT/UPDATE/DELETE triggers on the clients and the tables hanging off a client call
`pg_notify('crm_changes', json)` with the kind of change, the operation, the client ids, the
acting login (on a team base the connection's own role; on a shared account the application's
`crm.login` setting) and the time.

The triggers are statement-level with transition tables: an import's multi-row INSERT costs one
notice, not one per row, and a statement that touches more than 100 clients (or more than 1,000
rows: only that many are looked at) sends one "many changed" notice (ids null) instead of a
long list. PostgreSQL folds identical notices of one transaction into one. On SQLite this
revision does nothing: two desktops on one file learn of each other's changes from
`PRAGMA data_version` (services/live).

Revision ID: 0010
Revises: 0009
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# a contact point or an interaction belongs to a client directly or through a contact person
THROUGH_PERSON = (
    "coalesce(client_id,"
    " (SELECT p.client_id FROM contact_persons p WHERE p.id = contact_person_id))"
)
# table: (kind of change, the row's client id as an SQL expression)
WATCHED: dict[str, tuple[str, str]] = {
    "clients": ("client", "id"),
    "contact_persons": ("contact_person", "client_id"),
    "contact_points": ("contact_point", THROUGH_PERSON),
    "custom_field_values": ("custom_field", "client_id"),
    "client_tags": ("tag", "client_id"),
    "notes": ("note", "client_id"),
    "attachments": ("file", "client_id"),
    "deals": ("deal", "client_id"),
    "interactions": ("interaction", THROUGH_PERSON),
    "tasks": ("task", "client_id"),
    "task_items": ("task", "client_id"),
}
# PostgreSQL allows a transition table only on a trigger of one event: three triggers a table
EVENTS = {
    "insert": "NEW TABLE AS new_rows",
    "update": "OLD TABLE AS old_rows NEW TABLE AS new_rows",
    "delete": "OLD TABLE AS old_rows",
}

FUNCTION = r"""
CREATE OR REPLACE FUNCTION crm_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    expr text := TG_ARGV[1];
    source text;
    touched bigint;
    ids bigint[];
BEGIN
    -- at most 1,001 rows a side are looked at: a statement over more is "many changed"
    source := CASE TG_OP
        WHEN 'INSERT' THEN format('(SELECT %s AS c FROM new_rows LIMIT 1001)', expr)
        WHEN 'DELETE' THEN format('(SELECT %s AS c FROM old_rows LIMIT 1001)', expr)
        -- a row moved to another client (a call linked elsewhere) changed both
        ELSE format(
            '(SELECT %1$s AS c FROM old_rows LIMIT 1001)'
            ' UNION ALL (SELECT %1$s AS c FROM new_rows LIMIT 1001)', expr)
    END;
    EXECUTE format('SELECT count(*), array_agg(DISTINCT c) FILTER (WHERE c IS NOT NULL)'
                   ' FROM (%s) s', source) INTO touched, ids;
    IF touched <= 1000 AND ids IS NULL THEN
        RETURN NULL;  -- no client's row changed (an UPDATE of no rows, an unlinked call)
    END IF;
    PERFORM pg_notify('crm_changes', json_build_object(
        'kind', TG_ARGV[0],
        'op', lower(TG_OP),
        'ids', CASE WHEN touched > 1000 OR cardinality(ids) > 100 THEN NULL ELSE ids END,
        'login', CASE
            -- a team base: the connection's own login, which nobody can set to another's
            WHEN EXISTS (
                SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid
                JOIN pg_roles u ON u.oid = m.member
                WHERE u.rolname = current_user
                  AND g.rolname IN ('crm_admin', 'crm_manager', 'crm_import'))
            THEN current_user::text
            -- one shared account: the application names its user
            ELSE coalesce(nullif(current_setting('crm.login', true), ''), current_user::text)
        END,
        'at', extract(epoch FROM statement_timestamp())
    )::text);
    RETURN NULL;
END
$$
"""


def _trigger_name(table: str, event: str) -> str:
    return f"crm_notify_{table}_{event}"


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(FUNCTION)
    for table, (kind, expr) in WATCHED.items():
        quoted = expr.replace("'", "''")
        for event, clause in EVENTS.items():
            op.execute(
                f"CREATE TRIGGER {_trigger_name(table, event)} AFTER {event.upper()} ON {table} "
                f"REFERENCING {clause} FOR EACH STATEMENT "
                f"EXECUTE FUNCTION crm_notify_change('{kind}', '{quoted}')"
            )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in WATCHED:
        for event in EVENTS:
            op.execute(f"DROP TRIGGER IF EXISTS {_trigger_name(table, event)} ON {table}")
    op.execute("DROP FUNCTION IF EXISTS crm_notify_change()")
