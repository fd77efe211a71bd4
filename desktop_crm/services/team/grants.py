"""Who may touch which table on a team base: the owner role, the group roles and their grants.

Every table belongs to the NOLOGIN owner role; people log in as their own roles, members of
one group role each (plus `crm_import` for the import permission). Admins may do everything;
managers read and write clients and what hangs off them, but never delete a client and never
write users, roles, queues, custom fields or base settings; import jobs belong to the import
role. A table this catalog does not name yet (a later migration's) gets admin rights only, until
it is named here: a new table is never quietly open to managers.
"""

from __future__ import annotations

OWNER = "crm_owner"
ADMIN_GROUP = "crm_admin"
MANAGER_GROUP = "crm_manager"
IMPORT_GROUP = "crm_import"
GROUPS = (ADMIN_GROUP, MANAGER_GROUP, IMPORT_GROUP)

READ = "SELECT"
WRITE = "SELECT, INSERT, UPDATE, DELETE"
NO_DELETE = "SELECT, INSERT, UPDATE"

# What a manager may do with each table (tables not listed: nothing).
MANAGER_TABLES: dict[str, str] = {
    "clients": NO_DELETE,
    "change_log": "SELECT, INSERT",
    **dict.fromkeys(
        (
            "attachments", "client_tags", "contact_persons", "contact_points",
            "custom_field_values", "deals", "groups", "interaction_parties", "interactions",
            "mail_sync", "notes", "tags",
        ),
        WRITE,
    ),
    **dict.fromkeys(("tasks", "task_items"), NO_DELETE),
    **dict.fromkeys(
        (
            "alembic_version", "base_settings", "custom_fields", "projects",
            "queue_members", "queues", "roles", "sales_scenarios", "user_group_members",
            "user_groups", "users",
        ),
        READ,
    ),
}  # fmt: skip
# Not even read: `bulk_edits` (the undo data of name splits and merges holds the cards of every
# queue; those are admins' work).

# The import role's tables (an import also writes clients: managers' rights cover that).
IMPORT_TABLES: dict[str, str] = dict.fromkeys(
    ("import_jobs", "import_rows", "mapping_presets"), WRITE
)


def grant_statements(tables: list[str]) -> list[str]:
    """GRANT/REVOKE statements that give `tables` exactly the catalog's rights (repeatable)."""
    statements = [f"GRANT USAGE ON SCHEMA public TO {', '.join(GROUPS)}"]
    for table in tables:
        quoted = f'public."{table}"'
        statements.append(f"REVOKE ALL ON {quoted} FROM PUBLIC, {MANAGER_GROUP}, {IMPORT_GROUP}")
        statements.append(f"GRANT ALL ON {quoted} TO {ADMIN_GROUP}")
        if table in MANAGER_TABLES:
            statements.append(f"GRANT {MANAGER_TABLES[table]} ON {quoted} TO {MANAGER_GROUP}")
        if table in IMPORT_TABLES:
            statements.append(f"GRANT {IMPORT_TABLES[table]} ON {quoted} TO {IMPORT_GROUP}")
    statements += [
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {', '.join(GROUPS)}",
        f"GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO {ADMIN_GROUP}",
        # tables a later migration makes (run as the owner) are the admins' at once
        f"ALTER DEFAULT PRIVILEGES FOR ROLE {OWNER} IN SCHEMA public "
        f"GRANT ALL ON TABLES TO {ADMIN_GROUP}",
        f"ALTER DEFAULT PRIVILEGES FOR ROLE {OWNER} IN SCHEMA public "
        f"GRANT USAGE, SELECT ON SEQUENCES TO {', '.join(GROUPS)}",
    ]
    return statements


def owned_functions(functions: dict[str, str], runners: str) -> list[str]:
    """Create (or replace) each function of `functions` (signature -> CREATE statement) as the
    owner role, and let only the roles `runners` names (comma-separated) run it."""
    statements = []
    for signature, body in functions.items():
        statements += [
            body,
            f"ALTER FUNCTION public.{signature} OWNER TO {OWNER}",
            f"REVOKE ALL ON FUNCTION public.{signature} FROM PUBLIC",
            f"GRANT EXECUTE ON FUNCTION public.{signature} TO {runners}",
        ]
    return statements
