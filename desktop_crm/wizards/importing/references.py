"""Things an import row refers to by name: groups (created by path), tags (created), managers
(users found by full name or login), companies (found by name or created), queue, scenario.
Each is looked up once per import and cached. Two imports never run at once in a base
(`locking`); a tag or group that someone else saves meanwhile is found, not duplicated."""

from __future__ import annotations

from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from desktop_crm.errors import Code, ImportSettingsError
from desktop_crm.models import Client, Group, Queue, SalesScenario, Tag, User, table_of, utcnow
from desktop_crm.models.clients import COMPANY
from desktop_crm.services.base_settings import sort_language
from desktop_crm.services.collation import sort_key
from desktop_crm.services.names import name_key

clients_table = table_of(Client)
tags_table = table_of(Tag)
groups_table = table_of(Group)


def insert_new(session: Session, table: Any, values: dict[str, Any]) -> Any:
    """`INSERT` in the session's dialect, so that `on_conflict_do_nothing` can follow."""
    dialect = session.get_bind().dialect.name
    module = postgresql if dialect == "postgresql" else sqlite
    return module.insert(table).values(values)


class References:
    def __init__(self, session: Session, job_id: int | None, user_id: int, stage: str) -> None:
        self.session = session
        self.job_id = job_id
        self.user_id = user_id
        self.stage = stage
        self._groups: dict[tuple[int | None, str], int] = {}
        self._tags: dict[str, int] | None = None
        self._users: dict[str, int] | None = None
        self._companies: dict[str, int] = {}
        self._pending_companies: dict[str, object] = {}  # name key -> new company Target
        self.responsible_id: int | None = None
        self.created_companies = 0
        self.sort_language = sort_language(session)

    # -- groups -------------------------------------------------------------------------------
    def group_id(self, path: str) -> int:
        """The group at `path` ("Clients/Moscow"), created with its parents when missing."""
        parent: int | None = None
        parts = [p.strip() for p in path.replace("\\", "/").split("/") if p.strip()]
        if not parts:
            raise ImportSettingsError(Code.GROUP_NAME_INVALID, path=path)
        for part in parts:
            key = (parent, part.casefold())
            if key not in self._groups:
                found = self.session.scalars(
                    select(Group).where(
                        Group.parent_id.is_(None) if parent is None else Group.parent_id == parent
                    )
                ).all()
                for group in found:
                    self._groups.setdefault((parent, group.name.casefold()), group.id)
                if key not in self._groups:
                    self._groups[key] = self._new_group(parent, part[:255])
            parent = self._groups[key]
        assert parent is not None
        return parent

    def _new_group(self, parent: int | None, name: str) -> int:
        """A new group, or the one of that exact name that someone saved meanwhile (the unique
        indexes of migration 0004 cover the root too)."""
        where = groups_table.c.parent_id.is_(None) if parent is None else None
        columns = ["name"] if parent is None else ["parent_id", "name"]
        made = insert_new(self.session, groups_table, {"name": name, "parent_id": parent})
        made = made.on_conflict_do_nothing(index_elements=columns, index_where=where)
        found = self.session.execute(made.returning(groups_table.c.id)).scalar_one_or_none()
        if found is None:
            same_parent = Group.parent_id.is_(None) if parent is None else Group.parent_id == parent
            found = self.session.scalars(
                select(Group.id).where(same_parent, Group.name == name)
            ).one()
        return found

    # -- tags ---------------------------------------------------------------------------------
    def tag_ids(self, names: list[str]) -> list[int]:
        if self._tags is None:
            self._tags = dict(self.session.execute(select(Tag.name_key, Tag.id)).tuples().all())
        out = []
        for name in names:
            key = name.casefold()
            if key not in self._tags:
                made = insert_new(self.session, tags_table, {"name": name, "name_key": key})
                made = made.on_conflict_do_nothing(index_elements=["name_key"])
                found = self.session.execute(made.returning(tags_table.c.id)).scalar_one_or_none()
                if found is None:  # someone else saved the tag meanwhile
                    found = self.session.scalars(select(Tag.id).where(Tag.name_key == key)).one()
                self._tags[key] = found
            out.append(self._tags[key])
        return out

    # -- managers -----------------------------------------------------------------------------
    def manager_id(self, text: str) -> int | None:
        """A user by full name (case and ё folded) or login; None when there is none."""
        if self._users is None:
            self._users = {}
            for uid, login, full_name in self.session.execute(
                select(User.id, User.login, User.full_name).where(User.is_active).order_by(User.id)
            ):
                self._users.setdefault(name_key(full_name), uid)
                self._users.setdefault(login.casefold(), uid)
        key = name_key(text)
        if key in self._users:
            return self._users[key]
        # "Иванов Иван" for "Иванов Иван Иванович": every word given matches, in order
        for full, uid in self._users.items():
            if full.startswith(key + " "):
                return uid
        return None

    # -- companies ----------------------------------------------------------------------------
    def add_pending_company(self, name: str, target: object) -> None:
        """A company row of this import: later rows naming it link to it, not to a copy."""
        self._pending_companies.setdefault(name_key(name), target)

    def company_id(self, name: str) -> object:
        """The company client called `name` (an id, or the Target of a company row of this
        batch), created as part of this import when there is none."""
        key = name_key(name)
        pending = self._pending_companies.get(key)
        if pending is not None:
            pending_id = getattr(pending, "id", None)
            return pending_id if pending_id is not None else pending
        if key not in self._companies:
            found = self.session.scalar(
                select(Client.id)
                .where(Client.name_key == key, Client.kind == COMPANY)
                .order_by(Client.id)
                .limit(1)
            )
            if found is None:
                now = utcnow()
                found = self.session.execute(
                    insert(clients_table).returning(clients_table.c.id),
                    {
                        "kind": COMPANY,
                        "stage": self.stage,
                        "full_name": name[:500],
                        "name_key": key[:500],
                        "sort_key": sort_key(name[:500], self.sort_language),
                        "responsible_id": self.responsible_id,
                        "import_job_id": self.job_id,
                        "created_at": now,
                        "updated_at": now,
                        "created_by_id": self.user_id,
                        "updated_by_id": self.user_id,
                        "version": 1,
                    },
                ).scalar_one()
                self.created_companies += 1
            self._companies[key] = found
        return self._companies[key]


def user_by_login(session: Session, login: str) -> User:
    user = session.scalar(select(User).where(User.login == login))
    if user is None:
        raise ImportSettingsError(Code.RESPONSIBLE_UNKNOWN, login=login)
    return user


def queue_id(session: Session, name: str) -> int:
    found = session.scalar(select(Queue.id).where(Queue.name == name))
    if found is None:
        raise ImportSettingsError(Code.QUEUE_UNKNOWN, name=name)
    return found


def scenario_id(session: Session, name: str) -> int:
    found = session.scalar(select(SalesScenario.id).where(SalesScenario.name == name))
    if found is None:
        raise ImportSettingsError(Code.SCENARIO_UNKNOWN, name=name)
    return found
