"""The columns of the client list and the rows it shows, fetched by id (CLI-10, CLI-12).

The list asks only for the rows on screen, so these are a handful of small queries per batch of
ids; values come back typed (dates as dates) for the window to format.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, Connection, FromClause, Row, SQLColumnExpression, select
from sqlalchemy.orm import Session

from desktop_crm.fields import custom_field_key, custom_key, label
from desktop_crm.models import (
    Client,
    ContactPoint,
    CustomField,
    CustomFieldValue,
    Group,
    Queue,
    Tag,
    User,
    client_tags,
    table_of,
)
from desktop_crm.services.custom_fields import typed_value
from desktop_crm.services.phones import format_phone


@dataclass(frozen=True)
class ListColumn:
    key: str
    label: str  # English; the window translates it
    shown_by_default: bool = True
    width: int = 140  # pixels at the default font, a starting point the user can change


# Built-in columns in their default order: the list's own, and card fields under their labels.
# Custom fields follow under their field keys (`custom_key`).
COLUMNS: tuple[ListColumn, ...] = (
    ListColumn("name", "Name", width=260),
    ListColumn("phone", "Phone", width=150),
    ListColumn("email", "Email", width=200),
    ListColumn("company", label("company"), width=180),
    ListColumn("stage", label("stage"), width=70),
    ListColumn("tags", label("tags"), width=150),
    ListColumn("responsible", "Responsible", width=160),
    ListColumn("group", label("group"), shown_by_default=False),
    ListColumn("kind", "Kind", shown_by_default=False, width=80),
    ListColumn("queue", "Queue", shown_by_default=False),
    ListColumn("position", label("position"), shown_by_default=False),
    ListColumn("birth_date", label("birth_date"), shown_by_default=False, width=90),
    ListColumn("address", label("address"), shown_by_default=False, width=220),
    ListColumn("website", label("website"), shown_by_default=False),
    ListColumn("created_at", "Created", shown_by_default=False, width=130),
    ListColumn("updated_at", "Changed", shown_by_default=False, width=130),
)
BUILTIN_KEYS = frozenset(col.key for col in COLUMNS)


def custom_columns(session: Session) -> list[ListColumn]:
    """A column per custom field (CLI-12), hidden until the user picks it."""
    fields = session.scalars(select(CustomField).order_by(CustomField.position, CustomField.id))
    return [ListColumn(custom_key(f.key), f.label, shown_by_default=False) for f in fields]


def all_columns(session: Session) -> list[ListColumn]:
    return [*COLUMNS, *custom_columns(session)]


_clients = table_of(Client)
_points = table_of(ContactPoint)
# made once: an alias copies every column of its table
_SP = _points.alias("sp")
_SCO = _clients.alias("sco")
_ROW_C = _clients.alias("c")
_ROW_CO = _clients.alias("co")


def _contact_key(kind: str, c: FromClause) -> ColumnElement[Any]:
    p = _SP
    return (
        select(p.c.normalized)
        # `kind || ''`: a test the (kind, normalized) index cannot answer, so the client's own
        # points are read through the client_id index
        .where(p.c.client_id == c.c.id, p.c.kind.op("||")("") == kind)
        .order_by(p.c.is_primary.desc(), p.c.position, p.c.id)
        .limit(1)
        .scalar_subquery()
    )


def sort_expression(key: str, c: FromClause) -> ColumnElement[Any]:
    """What the list sorts a column by, for the clients alias `c`. Unknown keys sort by name."""
    direct: dict[str, ColumnElement[Any]] = {
        "name": c.c.sort_key,  # the base's sort language (services/collation.py)
        "kind": c.c.kind,
        "stage": c.c.stage,
        "position": c.c.position,
        "address": c.c.address,
        "website": c.c.website,
        "birth_date": c.c.birth_date,
        "created_at": c.c.created_at,
        "updated_at": c.c.updated_at,
    }
    if key in direct:
        return direct[key]
    if key in ("phone", "email"):
        return _contact_key(key, c)
    if key == "company":
        co = _SCO
        return select(co.c.sort_key).where(co.c.id == c.c.company_id).scalar_subquery()
    if key == "tags":
        return (
            select(Tag.name_key)
            .join(client_tags, client_tags.c.tag_id == Tag.id)
            .where(client_tags.c.client_id == c.c.id)
            .order_by(Tag.name_key)
            .limit(1)
            .scalar_subquery()
        )
    lookups: dict[str, tuple[SQLColumnExpression[Any], SQLColumnExpression[Any], Any]] = {
        "group": (Group.name, Group.id, c.c.group_id),
        "responsible": (User.full_name, User.id, c.c.responsible_id),
        "queue": (Queue.name, Queue.id, c.c.queue_id),
    }
    if key in lookups:
        shown, pk, fk = lookups[key]
        return select(shown).where(pk == fk).scalar_subquery()
    if (custom := custom_field_key(key)) is not None:
        return (
            select(CustomFieldValue.value)
            .join(CustomField, CustomField.id == CustomFieldValue.field_id)
            .where(
                CustomFieldValue.client_id == c.c.id,
                CustomField.key == custom,
            )
            .scalar_subquery()
        )
    return c.c.sort_key


# A cell's value: text as shown, or a date, time (naive UTC) or number the window formats in
# the user's locale; None for an empty date.
CellValue = str | date | datetime | Decimal | None


@dataclass(frozen=True)
class ClientRow:
    """One row of the list: a value per column key, plus what the window needs."""

    id: int
    values: dict[str, CellValue]
    kind: str
    stage: str
    phones: tuple[str, ...] = ()  # all phones, E.164, primary first (`format_phone` shows them)
    emails: tuple[str, ...] = ()

    def value(self, key: str) -> CellValue:
        return self.values.get(key, "")


def _card_values(conn: Connection, wanted: list[int]) -> Sequence[Row[Any]]:
    """The clients' own columns with the names of their company, group, manager and queue."""
    c, co = _ROW_C, _ROW_CO
    groups, users, queues = table_of(Group), table_of(User), table_of(Queue)
    return conn.execute(
        select(
            c.c.id,
            c.c.full_name,
            c.c.kind,
            c.c.stage,
            c.c.position,
            c.c.address,
            c.c.website,
            c.c.birth_date,
            c.c.created_at,
            c.c.updated_at,
            co.c.full_name.label("company"),
            groups.c.name.label("group"),
            users.c.full_name.label("responsible"),
            queues.c.name.label("queue"),
        )
        .select_from(c)
        .outerjoin(co, co.c.id == c.c.company_id)
        .outerjoin(groups, groups.c.id == c.c.group_id)
        .outerjoin(users, users.c.id == c.c.responsible_id)
        .outerjoin(queues, queues.c.id == c.c.queue_id)
        .where(c.c.id.in_(wanted))
    ).all()


def _own_contacts(
    conn: Connection, wanted: list[int]
) -> tuple[dict[int, list[str]], dict[int, list[str]]]:
    """Each client's own phones (E.164) and emails, the primary one first."""
    points = _points
    phones: dict[int, list[str]] = {}
    emails: dict[int, list[str]] = {}
    for client_id, kind, normalized in conn.execute(
        select(points.c.client_id, points.c.kind, points.c.normalized)
        # no condition on kind: SQLite would take the (kind, normalized) index and read them all
        .where(points.c.client_id.in_(wanted))
        .order_by(points.c.client_id, points.c.is_primary.desc(), points.c.position, points.c.id)
    ):
        if kind == "phone":  # stored E.164; only the shown one is formatted here
            phones.setdefault(client_id, []).append(normalized)
        elif kind == "email":
            emails.setdefault(client_id, []).append(normalized)
    return phones, emails


def _tag_names(conn: Connection, wanted: list[int]) -> dict[int, list[str]]:
    tags_t = table_of(Tag)
    tags: dict[int, list[str]] = {}
    for client_id, name in conn.execute(
        select(client_tags.c.client_id, tags_t.c.name)
        .join(tags_t, tags_t.c.id == client_tags.c.tag_id)
        .where(client_tags.c.client_id.in_(wanted))
        .order_by(tags_t.c.name_key)
    ):
        tags.setdefault(client_id, []).append(name)
    return tags


def _custom_values(
    session: Session, wanted: list[int], custom_keys: Iterable[str]
) -> dict[int, dict[str, CellValue]]:
    """The shown custom columns' values by "custom.<key>": dates and numbers typed, the rest
    as the card shows them."""
    fields_t, values_t = table_of(CustomField), table_of(CustomFieldValue)
    custom: dict[int, dict[str, CellValue]] = {}
    keys = [c for k in custom_keys if (c := custom_field_key(k)) is not None]
    if keys:
        fields = {
            f.key: f for f in session.scalars(select(CustomField).where(CustomField.key.in_(keys)))
        }
        for client_id, key, stored in session.connection().execute(
            select(values_t.c.client_id, fields_t.c.key, values_t.c.value)
            .join(fields_t, fields_t.c.id == values_t.c.field_id)
            .where(values_t.c.client_id.in_(wanted), fields_t.c.key.in_(keys))
        ):
            custom.setdefault(client_id, {})[custom_key(key)] = typed_value(fields[key], stored)
    return custom


def fetch_rows(
    session: Session, ids: Sequence[int], custom_keys: Iterable[str] = ()
) -> dict[int, ClientRow]:
    """The rows of these clients (ids that no longer exist are simply missing)."""
    if not ids:
        return {}
    wanted = list(ids)
    conn = session.connection()  # Core: the ORM adds nothing to plain rows but time
    rows = _card_values(conn, wanted)
    phones, emails = _own_contacts(conn, wanted)
    tags = _tag_names(conn, wanted)
    custom = _custom_values(session, wanted, custom_keys)
    result: dict[int, ClientRow] = {}
    for r in rows:
        own_phones, own_emails = phones.get(r.id, []), emails.get(r.id, [])
        values: dict[str, CellValue] = {
            "name": r.full_name,
            "kind": r.kind,
            "stage": r.stage,
            "phone": format_phone(own_phones[0]) if own_phones else "",
            "email": own_emails[0] if own_emails else "",
            "company": r.company or "",
            "tags": ", ".join(tags.get(r.id, [])),
            "group": r.group or "",
            "responsible": r.responsible or "",
            "queue": r.queue or "",
            "position": r.position or "",
            "address": r.address or "",
            "website": r.website or "",
            "birth_date": r.birth_date,
            "created_at": r.created_at,
            "updated_at": r.updated_at,
            **custom.get(r.id, {}),
        }
        result[r.id] = ClientRow(
            id=r.id,
            values=values,
            kind=r.kind,
            stage=r.stage,
            phones=tuple(own_phones),
            emails=tuple(own_emails),
        )
    return result
