"""`db init-team`: turn a PostgreSQL base into a team base, and keep it one (repeatable).

Run by a superuser (or a CREATEROLE role that owns the tables). It makes the owner and group
roles, hands every table to the owner, grants by the catalog (`grants.py`), installs the login
functions (`functions.py`), enables and forces row-level security with its policies and helpers
(`policies.py`, `row_functions.py`), gives every `users` row a login role of its group (an
existing base's users: without a password until an admin sets one; disabled users: NOLOGIN)
and makes the first admin. A second run finds everything in place and changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Connection, select, text
from sqlalchemy.orm import Session

from desktop_crm.models import Role, User
from desktop_crm.services.access import ADMIN_ROLE, Permission, role_by_name
from desktop_crm.services.live import channels
from desktop_crm.services.team.functions import function_statements
from desktop_crm.services.team.grants import (
    ADMIN_GROUP,
    GROUPS,
    IMPORT_GROUP,
    MANAGER_GROUP,
    OWNER,
    grant_statements,
    owned_functions,
)
from desktop_crm.services.team.policies import STATE_QUERY, policy_statements
from desktop_crm.services.team.row_functions import row_function_statements


def role_exists(session: Session, name: str) -> bool:
    found = session.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name})
    return found.first() is not None


def is_team_base(session: Session) -> bool:
    """A PostgreSQL base `db init-team` has set up (its tables belong to the owner role)."""
    if session.get_bind().dialect.name != "postgresql":
        return False
    owner = session.scalar(text("SELECT tableowner FROM pg_tables WHERE tablename = 'clients'"))
    return bool(owner == OWNER)


def act_as_owner(connection: Connection) -> None:
    """On a team base, run this transaction as the owner role (when the connected role may):
    the tables a migration creates then belong to the owner and get the default grants."""
    if connection.dialect.name != "postgresql":
        return
    may = connection.exec_driver_sql(
        "SELECT pg_has_role(current_user, tableowner, 'MEMBER') FROM pg_tables"
        f" WHERE schemaname = 'public' AND tablename = 'clients' AND tableowner = '{OWNER}'"
    ).scalar()
    if may:
        connection.exec_driver_sql(f"SET LOCAL ROLE {OWNER}")


def groups_for(role: Role) -> list[str]:
    """The group roles a user of application role `role` belongs to."""
    granted = set(role.permissions or ())
    if role.name == ADMIN_ROLE or Permission.ADMIN.value in granted:
        return [ADMIN_GROUP]
    return [MANAGER_GROUP] + ([IMPORT_GROUP] if Permission.IMPORT.value in granted else [])


def _ensure_roles(session: Session, done: list[str]) -> None:
    for name, options in [(OWNER, "NOLOGIN CREATEROLE"), *((g, "NOLOGIN") for g in GROUPS)]:
        if not role_exists(session, name):
            _ddl(session, f"CREATE ROLE {name} {options}")
            done.append(f"created role {name}")
    if not session.scalar(text("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")):
        _ddl(session, f"GRANT {OWNER} TO current_user")  # to hand the tables over
    # the owner runs the login functions; PostgreSQL 16 asks it to administer the groups
    _ddl(session, f"GRANT {', '.join(GROUPS)} TO {OWNER} WITH ADMIN OPTION")


def _own_tables(session: Session, done: list[str]) -> list[str]:
    rows = session.execute(
        text("SELECT tablename, tableowner FROM pg_tables WHERE schemaname = 'public'")
    ).all()
    for table, owner in rows:
        if owner != OWNER:
            _ddl(session, f'ALTER TABLE public."{table}" OWNER TO {OWNER}')
            done.append(f"{table} now belongs to {OWNER}")
    # later migrations run as the owner and create their tables in this schema
    _ddl(session, f"GRANT CREATE, USAGE ON SCHEMA public TO {OWNER}")
    return sorted(table for table, _ in rows)


def _ensure_login(session: Session, user: User, verifier: str | None, done: list[str]) -> None:
    """Give `user` a login role of their groups if they have none (never touches an existing
    role: its password and state are the admins' business from then on)."""
    if role_exists(session, user.login):
        return
    can_login = "LOGIN" if user.is_active else "NOLOGIN"
    _ddl(session, f'CREATE ROLE "{_ident(user.login)}" {can_login}')
    if verifier is not None:
        _ddl(session, f"ALTER ROLE \"{_ident(user.login)}\" PASSWORD '{_literal(verifier)}'")
    for group in groups_for(user.role):
        _ddl(session, f'GRANT {group} TO "{_ident(user.login)}"')
    done.append(f"login role for {user.login}")


def _ddl(session: Session, statement: str) -> None:
    """Run `statement` through the driver itself, in the session's transaction: neither
    SQLAlchemy (':' in a SCRAM verifier) nor psycopg ('%I' in format()) may read it as a
    statement with parameters."""
    session.connection().connection.driver_connection.execute(statement)  # type: ignore[union-attr]


def _ident(name: str) -> str:
    return name.replace('"', '""')


def _literal(value: str) -> str:
    return value.replace("'", "''")


def refresh_team(session: Session) -> list[str]:
    """Roles, table owners, grants and functions as the catalog says, and a login role for
    every user without one; returns what changed (`db upgrade` runs it on a team base)."""
    done: list[str] = []
    _ensure_roles(session, done)
    tables = _own_tables(session, done)
    statements = grant_statements(tables) + function_statements() + row_function_statements()
    # the live-update channels' functions (revision 0013) run as the owner too
    statements += owned_functions(channels.INTERNAL, OWNER)
    statements += owned_functions(channels.CALLED, ", ".join(GROUPS))
    for statement in statements:
        _ddl(session, statement)
    policies, changed = policy_statements(session.execute(text(STATE_QUERY)).tuples())
    for statement in policies:
        _ddl(session, statement)
    done += changed
    for user in session.scalars(select(User).order_by(User.login)):
        _ensure_login(session, user, None, done)
    return done


def init_team(
    session: Session, admin_login: str, full_name: str, verifier: Callable[[], str]
) -> list[str]:
    """Set the base up for a team with `admin_login` as its first admin; returns what changed
    (empty on a base already set up). `verifier` is asked only if the admin's login role is new."""
    done: list[str] = []
    admin = session.scalar(select(User).where(User.login == admin_login))
    if admin is None:
        admin = User(login=admin_login, full_name=full_name or admin_login)
        admin.role = role_by_name(session, ADMIN_ROLE)
        session.add(admin)
        session.flush()
        done.append(f"user {admin_login} added")
    elif admin.role.name != ADMIN_ROLE or not admin.is_active:
        admin.role, admin.is_active = role_by_name(session, ADMIN_ROLE), True
        done.append(f"{admin_login} is now an active administrator")
    _ensure_roles(session, done)
    if not role_exists(session, admin_login):
        _ensure_login(session, admin, verifier(), done)
    done += refresh_team(session)
    session.flush()
    return done
