"""What a client card reads besides the client itself: the card's data with the names it shows
(company, who changed it last), the choices of its pickers (managers, groups, custom fields,
tags), and a search-as-you-type over clients for "attach to company" and "change the deal's
client" (CLI-2, CLI-8).

Everything returned is plain data, so the card can keep it after its short session closes.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, Select, func, literal_column, select, table
from sqlalchemy.orm import Session

from desktop_crm.models import Client, ContactPoint, Tag, User
from desktop_crm.models.clients import COMPANY, EMAIL, PHONE
from desktop_crm.services.attachments import list_attachments
from desktop_crm.services.clients import ClientData, get_client
from desktop_crm.services.custom_fields import list_fields
from desktop_crm.services.deals import list_deals
from desktop_crm.services.emails import try_normalize_email
from desktop_crm.services.groups import group_paths
from desktop_crm.services.guarded_search import (
    contact_match_ids,
    contains_pattern,
    guarded,
    name_match_ids,
    prefix_pattern,
)
from desktop_crm.services.names import name_key
from desktop_crm.services.phones import digits, format_phone, try_normalize_phone
from desktop_crm.services.visibility import sees_all, visible_clients

MIN_CONTAINS = 3  # characters before a search also looks inside names (a trigram needs 3)
FTS_NAMES = "fts_client_names"  # the trigram index of client names (revision 0002, SQLite)


@dataclass(frozen=True)
class CardSnapshot:
    """A client as its card shows it when opened: the editable data, the version it was
    loaded at (for the optimistic lock) and the names of what it refers to."""

    client_id: int
    version: int
    data: ClientData
    company_name: str | None
    created_at: datetime
    updated_at: datetime
    updated_by: str | None


@dataclass(frozen=True)
class FieldSpec:
    """A custom field as a card renders it."""

    key: str
    label: str
    type: str
    choices: tuple[str, ...] = ()


@dataclass(frozen=True)
class UserChoice:
    id: int
    full_name: str
    is_active: bool


@dataclass(frozen=True)
class CardChoices:
    """What the card's pickers offer."""

    users: tuple[UserChoice, ...] = ()
    groups: tuple[tuple[int, str], ...] = ()  # (id, "Parent/Child") by path
    fields: tuple[FieldSpec, ...] = ()
    tags: tuple[str, ...] = ()


@dataclass(frozen=True)
class ClientHit:
    """A client found while typing: its name and what identifies it (phone, email)."""

    id: int
    full_name: str
    kind: str
    detail: str = ""


def load_card(session: Session, viewer: User, client_id: int) -> CardSnapshot:
    """The card of a client; `NotFound` when it was deleted or `viewer` may not see it."""
    client = get_client(session, client_id, viewer)
    company = session.get(Client, client.company_id) if client.company_id else None
    editor = session.get(User, client.updated_by_id) if client.updated_by_id else None
    return CardSnapshot(
        client_id=client.id,
        version=client.version,
        data=ClientData.from_client(client),
        company_name=company.full_name if company else None,
        created_at=client.created_at,
        updated_at=client.updated_at,
        updated_by=editor.full_name if editor else None,
    )


def load_choices(session: Session) -> CardChoices:
    users = session.execute(
        select(User.id, User.full_name, User.is_active).order_by(User.full_name, User.id)
    ).tuples()
    paths = sorted(group_paths(session).items(), key=lambda item: item[1].casefold())
    fields = tuple(
        FieldSpec(f.key, f.label, f.type, tuple(str(c) for c in f.choices or ()))
        for f in list_fields(session)
    )
    tags = tuple(session.scalars(select(Tag.name).order_by(Tag.name_key)))
    return CardChoices(
        users=tuple(UserChoice(i, n, bool(a)) for i, n, a in users),
        groups=tuple(paths),
        fields=fields,
        tags=tags,
    )


def version_of(session: Session, client_id: int) -> int | None:
    """The stored version of a client (None if deleted): has someone saved it meanwhile?"""
    return session.scalar(select(Client.version).where(Client.id == client_id))


def _prefix(column, text: str, dialect: str):  # type: ignore[no-untyped-def]
    """`column` starts with `text`, as an index range where the collation allows it."""
    if dialect == "sqlite":  # binary collation: a range is exact and uses the index
        return (column >= text) & (column < text + "\U0010ffff")
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return column.like(escaped + "%", escape="\\")


def _contains(text: str, dialect: str) -> ColumnElement[bool]:
    """The client's name contains `text` (at least 3 characters): through the trigram index
    of revision 0002 (FTS5 on SQLite, pg_trgm serves LIKE on PostgreSQL)."""
    if dialect == "sqlite":
        quoted = '"' + text.replace('"', '""') + '"'
        matches: Select[Any] = (
            select(literal_column("rowid"))
            .select_from(table(FTS_NAMES))
            .where(literal_column(FTS_NAMES).op("MATCH")(quoted))
        )
        return Client.id.in_(matches)
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return Client.name_key.like("%" + escaped + "%", escape="\\")


def search_clients(
    session: Session,
    viewer: User,
    text: str,
    *,
    companies_only: bool = False,
    exclude_ids: tuple[int, ...] = (),
    limit: int = 15,
) -> list[ClientHit]:
    """Clients whose name starts with (or, from 3 letters on, contains) `text`, or who hold
    a phone or email starting with it: up to `limit`, names that start with it first; only
    clients `viewer` may see are offered."""
    text = (text or "").strip()
    if not text:
        return []
    dialect = session.get_bind().dialect.name
    key = name_key(text)

    def narrowed(stmt: Select) -> Select:  # type: ignore[type-arg]
        stmt = stmt.where(visible_clients(viewer))
        if companies_only:
            stmt = stmt.where(Client.kind == COMPANY)
        if exclude_ids:
            stmt = stmt.where(Client.id.not_in(exclude_ids))
        return stmt

    base = select(Client.id)
    # a manager on a team base: the RLS helpers reach the indexes (guarded_search.py)
    guard = guarded(session, sees_all(viewer))
    starts = (
        Client.id.in_(name_match_ids([prefix_pattern(key)]))
        if guard
        else _prefix(Client.name_key, key, dialect)
    )
    ids: list[int] = list(
        session.scalars(
            narrowed(base.where(starts)).order_by(Client.name_key, Client.id).limit(limit)
        )
    )
    if len(ids) < limit and len(key) >= MIN_CONTAINS:
        inside = (
            Client.id.in_(name_match_ids([contains_pattern(key)]))
            if guard
            else _contains(key, dialect)
        )
        # no ORDER BY: a broad word ("ович") matches a third of a big base, and the first
        # few found are as good a hint as any while the user goes on typing
        more = session.scalars(narrowed(base.where(inside)).limit(limit * 2))
        ids += [i for i in more if i not in ids][: limit - len(ids)]
    if len(ids) < limit:
        ids += [i for i in _by_contact(session, text, dialect, limit, guard) if i not in ids]
        kept = set(session.scalars(narrowed(base.where(Client.id.in_(ids)))))
        ids = [i for i in ids if i in kept]
        ids = ids[:limit]
    return _hits(session, ids)


def _by_contact(
    session: Session, text: str, dialect: str, limit: int, guard: bool = False
) -> list[int]:
    """Client ids holding a phone (by its digits, in any format typed) or an email that
    starts with `text`."""
    wanted: list[tuple[str, str]] = []
    if "@" in text:
        email = try_normalize_email(text)
        wanted.append((EMAIL, email or text.strip().lower()))
    else:
        number = digits(text)
        if len(number) >= 5 and len(number) * 2 >= len(text.replace(" ", "")):
            full = try_normalize_phone(text)
            wanted.append((PHONE, full or "+" + number))
            if number.startswith("8") and not text.strip().startswith("+"):
                wanted.append((PHONE, "+7" + number[1:]))  # a Russian trunk prefix typed
    ids: list[int] = []
    if guard and wanted:
        patterns = [prefix_pattern(value) for _kind, value in wanted]
        return list(session.scalars(contact_match_ids(patterns).limit(limit)))
    for kind, value in wanted:
        rows = session.scalars(
            select(ContactPoint.client_id)
            .where(
                ContactPoint.kind == kind,
                _prefix(ContactPoint.normalized, value, dialect),
                ContactPoint.client_id.is_not(None),
            )
            .limit(limit)
        )
        ids += [i for i in rows if i is not None and i not in ids]
    return ids


def _hits(session: Session, ids: list[int]) -> list[ClientHit]:
    if not ids:
        return []
    names = {
        i: (n, k)
        for i, n, k in session.execute(
            select(Client.id, Client.full_name, Client.kind).where(Client.id.in_(ids))
        ).tuples()
    }
    details: dict[int, str] = {}
    rows = session.execute(
        select(ContactPoint.client_id, ContactPoint.kind, ContactPoint.normalized)
        .where(ContactPoint.client_id.in_(ids), ContactPoint.is_primary.is_(True))
        .order_by(ContactPoint.kind.desc())  # phone before email
    ).tuples()
    for client_id, kind, value in rows:
        if client_id is not None and client_id not in details:
            details[client_id] = format_phone(value) if kind == PHONE else value
    return [ClientHit(i, names[i][0], names[i][1], details.get(i, "")) for i in ids if i in names]


def client_name(session: Session, viewer: User, client_id: int) -> str | None:
    return session.scalar(
        select(Client.full_name).where(Client.id == client_id, visible_clients(viewer))
    )


@dataclass(frozen=True)
class FileRow:
    """A file of the Files tab, with who attached it."""

    id: int
    filename: str
    size: int
    comment: str | None
    created_at: datetime
    uploaded_by: str | None


def file_rows(session: Session, user: User, client_id: int) -> list[FileRow]:
    """The client's files, newest first (their bytes are not read), if `user` may see them."""
    names = _user_names(session)
    return [
        FileRow(a.id, a.filename, a.size, a.comment, a.created_at, names.get(a.uploaded_by_id))
        for a in list_attachments(session, user, client_id)
    ]


# `date` inside DealRow is the name of a field; its annotations use this name for the type
Day = date


@dataclass(frozen=True)
class DealRow:
    """A deal of the Deals tab."""

    id: int
    topic: str
    status: str
    date: date | None
    expected_revenue: Decimal | None
    description: str | None
    activity: str | None
    activity_date: Day | None
    responsible: str | None
    created_at: datetime


def deal_rows(session: Session, viewer: User, client_id: int) -> list[DealRow]:
    """The client's deals: open ones first, then the newest."""
    names = _user_names(session)
    return [
        DealRow(
            d.id,
            d.topic,
            d.status,
            d.date,
            d.expected_revenue,
            d.description,
            d.activity,
            d.activity_date,
            names.get(d.responsible_id),
            d.created_at,
        )
        for d in list_deals(session, viewer, client_id)
    ]


def _user_names(session: Session) -> dict[int | None, str]:
    return dict(session.execute(select(User.id, User.full_name)).tuples().all())


def user_id(session: Session, login: str) -> int | None:
    """The id of the user with `login`; None when there is none (yet)."""
    return session.scalar(select(User.id).where(User.login == login))


def count_clients(session: Session, viewer: User | None = None) -> int:
    """How many clients the base holds, or of them `viewer` sees (the window's status bar)."""
    counted = select(func.count()).select_from(Client)
    if viewer is not None:
        counted = counted.where(visible_clients(viewer))
    return session.scalar(counted) or 0


def existing_clients(session: Session, client_ids: Iterable[int]) -> set[int]:
    """Which of `client_ids` still exist (the window closes the cards of the others)."""
    return set(session.scalars(select(Client.id).where(Client.id.in_(list(client_ids)))))
