"""Users and user groups: adding, listing, changing a role, disabling. Queues: `queues.py`."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_crm.errors import Code, NotFound, ValidationError
from desktop_crm.models import Role, User, UserGroup
from desktop_crm.services.access import ADMIN_ROLE, Permission, require, role_by_name


def add_user(
    session: Session,
    actor: User,
    login: str,
    full_name: str,
    role: str = "manager",
    groups: list[str] | None = None,
    email: str | None = None,
) -> User:
    require(actor, Permission.ADMIN)
    login = login.strip()
    if not login:
        raise ValidationError(Code.LOGIN_EMPTY, field="login")
    if session.scalar(select(User.id).where(User.login == login)) is not None:
        raise ValidationError(Code.LOGIN_TAKEN, field="login", value=login, login=login)
    user = User(
        login=login,
        full_name=full_name.strip() or login,
        email=email,
        role=role_by_name(session, role),
    )
    for name in groups or ():
        user.groups.append(user_group(session, name))
    session.add(user)
    session.flush()
    return user


def user_group(session: Session, name: str) -> UserGroup:
    """The user group called `name`, created if missing."""
    group = session.scalar(select(UserGroup).where(UserGroup.name == name))
    if group is None:
        group = UserGroup(name=name)
        session.add(group)
    return group


def list_users(session: Session) -> list[User]:
    return list(session.scalars(select(User).order_by(User.full_name)))


def user_by_login(session: Session, login: str) -> User:
    user = session.scalar(select(User).where(User.login == login))
    if user is None:
        raise NotFound(Code.USER_UNKNOWN, login=login)
    return user


def _check_admins_remain(session: Session, leaving: User) -> None:
    """Refuse a change that would leave the base without an active admin."""
    admins = session.scalars(
        select(User.id).join(Role).where(User.is_active, Role.name == ADMIN_ROLE)
    ).all()
    if leaving.id in admins and len(admins) <= 1:
        raise ValidationError(Code.LAST_ADMIN, field="role", login=leaving.login)


def set_role(session: Session, actor: User, login: str, role: str) -> User:
    """Give `login` another role; the last active admin keeps theirs."""
    require(actor, Permission.ADMIN)
    user = user_by_login(session, login)
    new_role = role_by_name(session, role)
    if new_role.id != user.role_id and user.role.name == ADMIN_ROLE:
        _check_admins_remain(session, user)
    user.role = new_role
    session.flush()
    return user


def set_active(session: Session, actor: User, login: str, active: bool) -> User:
    """Disable a user (they keep their clients and history, but may no longer sign in) or
    enable them again; the last active admin cannot be disabled."""
    require(actor, Permission.ADMIN)
    user = user_by_login(session, login)
    if not active and user.is_active and user.role.name == ADMIN_ROLE:
        _check_admins_remain(session, user)
    user.is_active = active
    session.flush()
    return user


def list_roles(session: Session) -> list[str]:
    return list(session.scalars(select(Role.name).order_by(Role.name)))
