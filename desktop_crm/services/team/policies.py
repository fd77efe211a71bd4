"""Row-level security of a team base (STO-6): the database itself hides another queue's clients
and everything hanging off them, whatever program connects.

Every table below has RLS enabled and forced (the owner role, which runs migrations, would skip
it otherwise) and two policies. `crm_all` lets admins and the owner see and change every row;
it is the constant `true`, which the planner drops, so their queries plan as with no RLS at all.
`crm_queue` holds managers and the import role to the rule of `services/visibility.py`: a
client with no queue or of a queue they are a member of, keyed on `current_user`. Rows hanging
off a client are visible when their client is (an EXISTS on `clients`, itself under its policy);
interactions and task items without a client, and tasks of no client, stay visible to all.
Who may delete, or write users, queues, custom fields and settings, is the grants' business
(`grants.py`): RLS only narrows which rows the granted commands reach.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from desktop_crm.services.team.grants import ADMIN_GROUP, IMPORT_GROUP, MANAGER_GROUP, OWNER

ALL_POLICY = "crm_all"
QUEUE_POLICY = "crm_queue"


def _client(column: str) -> str:
    return f"EXISTS (SELECT 1 FROM public.clients v WHERE v.id = {column})"


def _person(column: str) -> str:
    return f"EXISTS (SELECT 1 FROM public.contact_persons v WHERE v.id = {column})"


def _interaction(column: str) -> str:
    return f"EXISTS (SELECT 1 FROM public.interactions v WHERE v.id = {column})"


def _optional(column: str, test: str) -> str:
    return f"({column} IS NULL OR {test})"


def _owners(*tests: str) -> str:
    return " AND ".join(tests)


# The InitPlan form `(SELECT f(...))` calls the helper once per statement, not once per row.
CLIENT_RULE = (
    "queue_id IS NULL OR queue_id = ANY "
    "((SELECT public.crm_visible_queue_ids(current_user::text))::integer[])"
)

# Each table that holds a client's data, with the condition under which a manager sees a row.
RULES: dict[str, str] = {
    "clients": CLIENT_RULE,
    **{
        table: _client("client_id")
        for table in (
            "attachments", "change_log", "client_tags", "contact_persons",
            "custom_field_values", "deals", "notes",
        )
    },
    "contact_points": _owners(
        _optional("client_id", _client("client_id")),
        _optional("contact_person_id", _person("contact_person_id")),
    ),
    "interactions": _owners(
        _optional("client_id", _client("client_id")),
        _optional("contact_person_id", _person("contact_person_id")),
    ),
    "interaction_parties": _interaction("interaction_id"),
    "tasks": _optional("client_id", _client("client_id")),
    "task_items": _owners(
        "EXISTS (SELECT 1 FROM public.tasks v WHERE v.id = task_id)",
        _optional("client_id", _client("client_id")),
        _optional("contact_person_id", _person("contact_person_id")),
        _optional("interaction_id", _interaction("interaction_id")),
    ),
    # an import's rows keep the imported line and the client as it was before
    "import_rows": _optional("client_id", _client("client_id")),
}  # fmt: skip

SEE_ALL_ROLES = f"{ADMIN_GROUP}, {OWNER}"
QUEUE_ROLES = f"{MANAGER_GROUP}, {IMPORT_GROUP}"

STATE_QUERY = """
SELECT c.relname, c.relrowsecurity AND c.relforcerowsecurity,
       array(SELECT p.polname::text FROM pg_policy p WHERE p.polrelid = c.oid)
FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r'
"""


def policy_statements(rows: Iterable[Sequence[Any]]) -> tuple[list[str], list[str]]:
    """Statements that put RLS and the two policies on every table of `RULES` among `rows`
    (what `STATE_QUERY` reads: table, RLS enabled and forced, its policies' names), and what
    they change. A policy already there is altered to the catalog's text: a second run
    changes nothing."""
    state = {str(table): (bool(forced), list(names)) for table, forced, names in rows}
    statements: list[str] = []
    done: list[str] = []
    for table, rule in RULES.items():
        if table not in state:
            continue
        forced, names = state[table]
        quoted = f'public."{table}"'
        if not forced:
            statements += [
                f"ALTER TABLE {quoted} ENABLE ROW LEVEL SECURITY",
                f"ALTER TABLE {quoted} FORCE ROW LEVEL SECURITY",
            ]
            done.append(f"row-level security on {table}")
        for name, roles, condition in (
            (ALL_POLICY, SEE_ALL_ROLES, "true"),
            (QUEUE_POLICY, QUEUE_ROLES, rule),
        ):
            verb = "ALTER" if name in names else "CREATE"
            statements.append(
                f"{verb} POLICY {name} ON {quoted} TO {roles}"
                f" USING ({condition}) WITH CHECK ({condition})"
            )
    return statements, done
