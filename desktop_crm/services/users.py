"""Adding and listing users, user groups and queues."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_crm.errors import Code, ValidationError
from desktop_crm.models import User, UserGroup
from desktop_crm.services.access import Permission, require, role_by_name


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
