"""The feed of a client's card (CLI-6): notes, calls, emails, tasks, deals, files and field
changes in one list, newest first.

It is one UNION ALL query over the six tables, ordered by time, paged by a key (time, kind
rank, id) rather than an offset, so a card with years of history opens as fast as a new one
and loads older entries as the user scrolls. Each branch is cut to one page on its own index
before the union, so a page costs six small index range scans.

An entry carries facts (kind, subject, amount, status, the changed field); the card words them
in the user's language (`ui/card/record_text.py`).
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Date,
    Integer,
    Numeric,
    Row,
    Select,
    SQLColumnExpression,
    Text,
    and_,
    case,
    func,
    literal_column,
    null,
    or_,
    select,
    union_all,
)
from sqlalchemy.orm import Session, aliased
from sqlalchemy.types import TypeEngine

from desktop_crm.models import (
    Attachment,
    ChangeLog,
    ContactPerson,
    Deal,
    Interaction,
    Note,
    Task,
    TaskItem,
    User,
)
from desktop_crm.services.changelog import (
    CREATED,
    DELETED,
    PERSON_ENTITY,
    custom_labels,
    field_kinds,
    field_label,
    typed,
)
from desktop_crm.services.feed_entry import (
    BODY_PREVIEW,
    CALL,
    CHANGE,
    DEAL,
    EMAIL,
    FILE,
    NOTE,
    RANKS,
    TASK,
    FeedEntry,
)
from desktop_crm.services.feed_imports import group_imports
from desktop_crm.services.visibility import can_see

# the kinds and the entry live in `feed_entry` (the grouping of imports reads them too)
__all__ = [
    "BODY_PREVIEW",
    "CALL",
    "CHANGE",
    "DEAL",
    "EMAIL",
    "FILE",
    "NOTE",
    "RANKS",
    "TASK",
    "FeedEntry",
    "feed",
]

COLUMNS = ("kind", "id", "at", "c1", "c2", "c3", "c4", "num", "day", "author_id", "rank")
_TYPES: dict[str, TypeEngine[Any] | type[TypeEngine[Any]]] = {
    "c1": Text,
    "c2": Text,
    "c3": Text,
    "c4": Text,
    "num": Numeric(18, 2),
    "day": Date,
}


# A column of a branch: a mapped attribute (Note.id) or an expression (func.substr(...)).
Col = SQLColumnExpression[Any]


def _branch(kind: str | Col, rank: int, id_: Col, at: Col, **cols: Col) -> Select[Any]:
    """One branch of the union with every column present and typed (missing ones as typed
    NULLs, so SQLite results of the first branch carry the right types). Real columns are
    not CAST: on SQLite a CAST to DATE would turn a date into a number."""
    kind_col = literal_column(f"'{kind}'", Text) if isinstance(kind, str) else kind
    parts: list[Col] = [kind_col.label("kind"), id_.label("id"), at.label("at")]
    for name in ("c1", "c2", "c3", "c4", "num", "day"):
        value = cols.get(name)
        parts.append((null().cast(_TYPES[name]) if value is None else value).label(name))
    author = cols.get("author_id")
    parts.append((null().cast(Integer) if author is None else author).label("author_id"))
    parts.append(literal_column(str(rank), Integer).label("rank"))
    return select(*parts)


def _keyset(
    at: Col, id_: Col, rank: int, before: datetime | FeedEntry | None
) -> ColumnElement[bool] | None:
    """The branch's part of "older than `before`": rows of one branch share one rank, so the
    (time, rank, id) comparison reduces to a range on the branch's own time index."""
    if before is None:
        return None
    if isinstance(before, datetime):
        return at < before
    if rank < before.rank:
        return at <= before.at
    if rank > before.rank:
        return at < before.at
    return or_(at < before.at, and_(at == before.at, id_ < before.id))


def _limited(
    stmt: Select[Any], at: Col, id_: Col, condition: ColumnElement[bool] | None, limit: int
) -> Select[Any]:
    if condition is not None:
        stmt = stmt.where(condition)
    sub = stmt.order_by(at.desc(), id_.desc()).limit(limit).subquery()
    return select(*(sub.c[name] for name in COLUMNS))


# A branch of the feed: its statement, and its time, id and rank for the keyset.
Spec = tuple[Select[Any], Col, Col, int]


def _notes(client_id: int) -> Spec:
    stmt = _branch(
        NOTE, RANKS[NOTE], Note.id, Note.created_at, c2=Note.text, author_id=Note.author_id
    ).where(Note.client_id == client_id)
    return stmt, Note.created_at, Note.id, RANKS[NOTE]


def _interactions(client_id: int) -> Spec:
    """Calls and emails of the client, and of its contact persons when not linked to it."""
    persons = select(ContactPerson.id).where(ContactPerson.client_id == client_id)
    stmt = _branch(
        Interaction.kind,
        RANKS[CALL],
        Interaction.id,
        Interaction.occurred_at,
        c1=Interaction.subject,
        c2=func.substr(Interaction.body, 1, BODY_PREVIEW),
        c3=Interaction.direction,
        c4=case((Interaction.missed.is_(True), literal_column("'missed'", Text)), else_=null()),
        num=Interaction.duration_seconds,
        author_id=Interaction.registered_by_id,
    ).where(
        or_(
            Interaction.client_id == client_id,
            and_(Interaction.client_id.is_(None), Interaction.contact_person_id.in_(persons)),
        )
    )
    return stmt, Interaction.occurred_at, Interaction.id, RANKS[CALL]


def _tasks(client_id: int) -> Spec:
    """Tasks about the client, and tasks that list it among the clients to fix."""
    task_ids = select(TaskItem.task_id).where(TaskItem.client_id == client_id)
    stmt = _branch(
        TASK,
        RANKS[TASK],
        Task.id,
        Task.created_at,
        c1=Task.title,
        c2=Task.description,
        c3=Task.status,
        c4=select(User.full_name).where(User.id == Task.executor_id).scalar_subquery(),
        day=Task.due_date,
        author_id=Task.author_id,
    ).where(or_(Task.client_id == client_id, Task.id.in_(task_ids)))
    return stmt, Task.created_at, Task.id, RANKS[TASK]


def _deals(client_id: int) -> Spec:
    stmt = _branch(
        DEAL,
        RANKS[DEAL],
        Deal.id,
        Deal.created_at,
        c1=Deal.topic,
        c2=Deal.description,
        c3=Deal.status,
        c4=Deal.stage,
        num=Deal.expected_revenue,
        day=Deal.date,
        author_id=Deal.created_by_id,
    ).where(Deal.client_id == client_id)
    return stmt, Deal.created_at, Deal.id, RANKS[DEAL]


def _files(client_id: int) -> Spec:
    stmt = _branch(
        FILE,
        RANKS[FILE],
        Attachment.id,
        Attachment.created_at,
        c1=Attachment.filename,
        c2=Attachment.comment,
        c3=Attachment.mime_type,
        num=Attachment.size,
        author_id=Attachment.uploaded_by_id,
    ).where(Attachment.client_id == client_id)
    return stmt, Attachment.created_at, Attachment.id, RANKS[FILE]


def _changes(client_id: int) -> Spec:
    """The change log, with the name of the contact person a change was about."""
    person = aliased(ContactPerson)
    stmt = (
        _branch(
            CHANGE,
            RANKS[CHANGE],
            ChangeLog.id,
            ChangeLog.changed_at,
            c1=ChangeLog.field,
            c2=ChangeLog.old_value,
            c3=ChangeLog.new_value,
            c4=func.coalesce(person.full_name, ChangeLog.entity),
            num=ChangeLog.import_job_id,
            author_id=ChangeLog.user_id,
        )
        .outerjoin(
            person, and_(ChangeLog.entity == PERSON_ENTITY, person.id == ChangeLog.entity_id)
        )
        .where(ChangeLog.client_id == client_id)
    )
    return stmt, ChangeLog.changed_at, ChangeLog.id, RANKS[CHANGE]


def _branches(client_id: int, before: datetime | FeedEntry | None, limit: int) -> list[Select[Any]]:
    specs = [make(client_id) for make in (_notes, _interactions, _tasks, _deals, _files, _changes)]
    return [
        _limited(stmt, at, id_, _keyset(at, id_, rank, before), limit)
        for stmt, at, id_, rank in specs
    ]


def feed(
    session: Session,
    viewer: User,
    client_id: int,
    *,
    before: datetime | FeedEntry | None = None,
    limit: int = 50,
) -> list[FeedEntry]:
    """Up to `limit` feed entries of a client, newest first. For the next page pass the last
    entry received as `before` (exact, even when entries share a timestamp); a datetime gives
    the entries strictly older than it. A client `viewer` may not see has none, like a
    missing one."""
    if not can_see(session, viewer, client_id):
        return []
    limit = max(1, min(limit, 1000))
    union = union_all(*_branches(client_id, before, limit)).subquery("feed")
    stmt = (
        select(union, User.full_name)
        .outerjoin(User, User.id == union.c.author_id)
        .order_by(union.c.at.desc(), union.c.rank.desc(), union.c.id.desc())
        .limit(limit)
    )
    labels: dict[str, str] | None = None
    kinds: dict[str, str] = {}
    entries = []
    for row in session.execute(stmt):
        if row.kind == CHANGE and labels is None:
            labels, kinds = custom_labels(session), field_kinds(session)
        entries.append(_entry(row, labels or {}, kinds))
    return group_imports(session, client_id, entries, full=len(entries) == limit)


def _entry(row: Row[Any], labels: dict[str, str], kinds: dict[str, str]) -> FeedEntry:
    kind = row.kind
    common = {"kind": kind, "id": row.id, "at": row.at, "author": row.full_name}
    number = Decimal(row.num) if row.num is not None else None
    if kind == NOTE:
        return FeedEntry(text=row.c2, **common)
    if kind in (CALL, EMAIL):
        return FeedEntry(
            text=row.c2,
            direction=row.c3,
            subject=row.c1,
            number=number,
            status=row.c4,  # "missed" for a call nobody answered
            **common,
        )
    if kind == TASK:
        return FeedEntry(
            text=row.c2, status=row.c3, subject=row.c1, due=row.day, executor=row.c4, **common
        )
    if kind == DEAL:
        return FeedEntry(text=row.c2, status=row.c3, subject=row.c1, number=number, **common)
    if kind == FILE:
        return FeedEntry(text=row.c2, subject=row.c1, number=number, **common)
    field, old, new = row.c1, row.c2, row.c3
    person = row.c4 if row.c4 != "client" else None
    if field == CREATED:  # the card, or one of its contact persons (named by the new value)
        return FeedEntry(text=None, field=field, person=new if person else None, **common)
    if field == DELETED:
        return FeedEntry(text=None, field=field, person=old, **common)
    return FeedEntry(
        text=None,
        field=field,
        person=person,
        label=field_label(field, labels),
        old=typed(kinds.get(field, ""), old),
        new=typed(kinds.get(field, ""), new),
        import_job=int(row.num) if row.num is not None else None,
        **common,
    )
