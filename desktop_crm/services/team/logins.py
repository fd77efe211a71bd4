"""A team base's users as login roles of the server: made, given a password, disabled and
moved between groups through the admin-only functions of `functions.py`. The `users` row stays
the application's record (name, role, queues); the login role is who may connect."""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from desktop_crm.errors import Code, DatabaseError, ValidationError
from desktop_crm.models import User
from desktop_crm.services.access import Permission, require
from desktop_crm.services.team.scram import scram_verifier
from desktop_crm.services.team.setup import groups_for, is_team_base
from desktop_crm.services.users import add_user, set_active, set_role, user_by_login


def connection_login(session: Session) -> str | None:
    """On a team base, the login the connection itself is made with (`current_user`): the
    person at this desktop; None elsewhere (the OS login or `--user` speaks then)."""
    if not is_team_base(session):
        return None
    return str(session.scalar(text("SELECT current_user")))


def require_team_base(session: Session) -> None:
    bind = session.get_bind()
    where = bind.engine.url.render_as_string(hide_password=True)
    if bind.dialect.name != "postgresql":
        raise DatabaseError(Code.TEAM_NEEDS_POSTGRESQL, url=where)
    if not is_team_base(session):
        raise DatabaseError(Code.TEAM_NOT_SET_UP, url=where)


def create_login(session: Session, user: User, verifier: str | None) -> None:
    """The login role of a user just added, with its password and groups."""
    try:
        with session.begin_nested():
            for group in groups_for(user.role):
                session.execute(
                    text("SELECT public.crm_create_login(:login, :verifier, :grp)"),
                    {"login": user.login, "verifier": verifier, "grp": group},
                )
    except DBAPIError as exc:
        if getattr(exc.orig, "sqlstate", None) == "42710":
            raise ValidationError(Code.LOGIN_ROLE_FOREIGN, field="login", login=user.login) from exc
        raise


def set_password(session: Session, actor: User, login: str, verifier: str) -> None:
    """A new password: admins for anyone, everyone for themselves (`ALTER ROLE` of one's own
    role needs no privilege)."""
    require_team_base(session)
    if login == actor.login:
        literal = verifier.replace("'", "''")
        raw = session.connection().connection.driver_connection
        raw.execute(f"ALTER ROLE CURRENT_USER PASSWORD '{literal}'")  # type: ignore[union-attr]
        return
    require(actor, Permission.ADMIN)
    session.execute(
        text("SELECT public.crm_set_password(:login, :verifier)"),
        {"login": login, "verifier": verifier},
    )


def sync_login(session: Session, user: User) -> None:
    """After a change of the `users` row (disabled, enabled, another role): the login role
    follows, so the server itself refuses a disabled user."""
    if not is_team_base(session):
        return
    session.execute(
        text("SELECT public.crm_set_login_enabled(:login, :enabled)"),
        {"login": user.login, "enabled": user.is_active},
    )
    session.execute(
        text("SELECT public.crm_set_login_group(:login, :grp)"),
        {"login": user.login, "grp": groups_for(user.role)[0]},
    )


def add_login_user(
    session: Session, actor: User, login: str, full_name: str, role: str, password: str
) -> User:
    """Add a user; on a team base also their login role with `password` (empty: none yet, an
    admin sets it later), as `users add` does."""
    user = add_user(session, actor, login, full_name, role)
    if is_team_base(session):
        create_login(session, user, scram_verifier(password) if password else None)
    return user


def change_user(
    session: Session,
    actor: User,
    login: str,
    *,
    role: str | None = None,
    active: bool | None = None,
) -> User:
    """Another role or state for a user; on a team base the login role follows."""
    user = (
        set_role(session, actor, login, role) if role is not None else user_by_login(session, login)
    )
    if active is not None:
        user = set_active(session, actor, login, active)
    sync_login(session, user)
    return user
