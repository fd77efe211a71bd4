"""Who may do what. Permissions are checked here, in the service layer, so the CLI obeys the
same rules as the window; the UI only mirrors them (disabled actions with a reason)."""

from __future__ import annotations

from enum import StrEnum

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_crm.errors import Code, NotFound, PermissionDenied
from desktop_crm.models import Role, User


class Permission(StrEnum):
    EDIT_CLIENTS = "edit_clients"
    IMPORT = "import"
    EXPORT = "export"
    DELETE_CLIENTS = "delete_clients"
    CONTROL = "control"
    ADMIN = "admin"


PERMISSION_LABELS = {
    Permission.EDIT_CLIENTS: "edit clients",
    Permission.IMPORT: "import clients",
    Permission.EXPORT: "export clients",
    Permission.DELETE_CLIENTS: "delete clients",
    Permission.CONTROL: "run control wizards",
    Permission.ADMIN: "administer users, roles, fields and settings",
}

ADMIN_ROLE, MANAGER_ROLE = "admin", "manager"


def has_permission(user: User, permission: Permission) -> bool:
    granted = set(user.role.permissions or ())
    return permission.value in granted or Permission.ADMIN.value in granted


def require(user: User, permission: Permission) -> None:
    """Raise `PermissionDenied` unless `user` holds `permission`."""
    if not user.is_active:
        raise PermissionDenied(Code.ACCOUNT_DISABLED, login=user.login)
    if not has_permission(user, permission):
        raise PermissionDenied(
            Code.PERMISSION_DENIED,
            name=user.full_name,
            login=user.login,
            role=user.role.name,
            action=PERMISSION_LABELS[permission],
            permission=permission.value,
        )


def role_by_name(session: Session, name: str) -> Role:
    role = session.scalar(select(Role).where(Role.name == name))
    if role is None:
        known = ", ".join(session.scalars(select(Role.name).order_by(Role.name)))
        raise NotFound(Code.ROLE_UNKNOWN, role=name, known=known)
    return role


def current_user(session: Session, login: str) -> User:
    """The user behind `login`. A brand-new database makes its first user an admin."""
    user = session.scalar(select(User).where(User.login == login))
    if user is not None:
        return user
    if session.scalar(select(func.count(User.id))) == 0:
        user = User(login=login, full_name=login, role=role_by_name(session, ADMIN_ROLE))
        session.add(user)
        session.flush()
        return user
    raise PermissionDenied(Code.USER_UNKNOWN, login=login)
