"""Names a user types (a login, a user group, a client group's path, a queue, a tag, a date)
turned into what the control engines take, or a coded error saying what is wrong."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_crm.errors import Code, NotFound, ValidationError
from desktop_crm.models import Queue, User, UserGroup
from desktop_crm.services.groups import group_by_path
from desktop_crm.services.tags import tag_by_name


def parse_date(text: str | None, what: str = "date") -> date | None:
    """An ISO date (YYYY-MM-DD); None for no text."""
    if text is None or not text.strip():
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise ValidationError(Code.DATE_INVALID, field=what, value=text) from None


def active_user_id(session: Session, login: str) -> int:
    """The id of the active user `login`: someone tasks can be given to."""
    user_id = session.scalar(select(User.id).where(User.login == login.strip(), User.is_active))
    if user_id is None:
        raise NotFound(Code.EXECUTOR_UNKNOWN, login=login)
    return user_id


def user_id(session: Session, login: str) -> int:
    """The id of the user `login`, active or not (a filter may name a former manager)."""
    found = session.scalar(select(User.id).where(User.login == login.strip()))
    if found is None:
        raise NotFound(Code.FILTER_USER_UNKNOWN, login=login)
    return found


def active_user_ids(session: Session, logins: list[str]) -> list[int]:
    """The ids of these users, in the order given, each once."""
    return list(dict.fromkeys(active_user_id(session, login) for login in logins))


def user_group_member_ids(session: Session, name: str) -> list[int]:
    """The active members of the user group `name`, by id (a stable order for distribution)."""
    group = session.scalar(select(UserGroup).where(UserGroup.name == name.strip()))
    if group is None:
        raise NotFound(Code.USER_GROUP_UNKNOWN, name=name)
    return sorted(user.id for user in group.members if user.is_active)


def client_group_id(session: Session, path: str) -> int:
    group = group_by_path(session, path, create=False)
    if group is None:
        raise NotFound(Code.CLIENT_GROUP_UNKNOWN, path=path)
    return group.id


def queue_id(session: Session, name: str) -> int:
    found = session.scalar(select(Queue.id).where(Queue.name == name.strip()))
    if found is None:
        raise NotFound(Code.CONTROL_QUEUE_UNKNOWN, name=name)
    return found


def tag_id(session: Session, name: str) -> int:
    tag = tag_by_name(session, name)
    if tag is None:
        raise NotFound(Code.TAG_UNKNOWN, name=name)
    return tag.id
