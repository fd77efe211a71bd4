"""The database side of a batch: load the existing clients a batch touches, then write
everything with Core `insert()` / `update()` executemany (ORM unit-of-work is about 10x slower
for bulk rows) and batched `IN` lookups. Inserts go through the real tables, so triggers (the
search index) fire as for any other write."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Integer,
    and_,
    any_,
    bindparam,
    func,
    insert,
    select,
    text,
    update,
)
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Session

from desktop_crm.errors import Code, ConflictError
from desktop_crm.models import (
    ChangeLog,
    Client,
    ContactPoint,
    CustomFieldValue,
    Deal,
    ImportRow,
    Note,
    client_tags,
    table_of,
    utcnow,
)
from desktop_crm.models.clients import COMPANY, EMAIL, PHONE
from desktop_crm.services.base_settings import sort_language
from desktop_crm.services.collation import sort_key
from desktop_crm.services.linking import link_addresses
from desktop_crm.wizards.importing.bulk import Bulk
from desktop_crm.wizards.importing.change_lines import (
    CHANGE_INSERT,
    LogEntry,
    change_rows,
)
from desktop_crm.wizards.importing.outcomes import RowOutcome
from desktop_crm.wizards.importing.sources.base import Cell
from desktop_crm.wizards.importing.targets import STATE_COLUMNS, Target

CHUNK = 2000
clients_t = table_of(Client)
points_t = table_of(ContactPoint)
custom_t = table_of(CustomFieldValue)
notes_t = table_of(Note)
deals_t = table_of(Deal)
changes_t = table_of(ChangeLog)
rows_t = table_of(ImportRow)

CLIENT_INSERT = (
    *STATE_COLUMNS,
    "id",
    "queue_id",
    "import_job_id",
    "created_at",
    "updated_at",
    "created_by_id",
    "updated_by_id",
    "version",
    "sort_key",  # made here from the name, never part of a row's before-image (bytes)
)
COMPANY_INDEX = STATE_COLUMNS.index("company_id")
STAMPS = ("created_at", "updated_at")
POINT_INSERT = ("client_id", "kind", "value", "normalized", "is_primary", "position")
ROW_INSERT = ("job_id", "row_number", "outcome", "reason", "detail", "client_id", "before", "raw")


def chunks(values: Sequence[Any], size: int = CHUNK) -> Iterable[Sequence[Any]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]


class BatchWriter:
    def __init__(
        self,
        session: Session,
        *,
        job_id: int | None,
        user_id: int,
        load_tags: bool,
        custom_field_ids: Sequence[int],
        load_notes: bool,
        load_deals: bool,
    ) -> None:
        self.session = session
        self.job_id = job_id
        self.user_id = user_id
        self.load_tags = load_tags
        self.custom_field_ids = list(custom_field_ids)
        self.load_notes = load_notes
        self.load_deals = load_deals
        self.bulk = Bulk(session)
        self.sort_language = sort_language(session)

    # -- loading ------------------------------------------------------------------------------
    def load(self, targets: dict[int, Target]) -> None:
        """Fill the state of existing clients (ids are the keys) in a few IN queries."""
        ids = sorted(targets)
        columns = [clients_t.c[c] for c in STATE_COLUMNS]
        execute = self.session.execute
        pg = self.bulk.postgresql
        for chunk in chunks(ids):
            for row in execute(
                select(clients_t.c.id, clients_t.c.version, *columns).where(
                    _any_of(clients_t.c.id, chunk, pg)
                )
            ):
                target = targets[row[0]]
                target.version = row[1]
                target.values = dict(zip(STATE_COLUMNS, row[2:], strict=True))
            for client_id, kind, normalized, primary, position in execute(
                select(
                    points_t.c.client_id,
                    points_t.c.kind,
                    points_t.c.normalized,
                    points_t.c.is_primary,
                    points_t.c.position,
                ).where(_any_of(points_t.c.client_id, chunk, pg))
            ):
                # kind is filtered here, not in SQL: with it there SQLite walks the (kind,
                # normalized) index over every phone in the base instead of the client_id one
                if kind not in (PHONE, EMAIL):
                    continue
                target = targets[client_id]
                target.points[(kind, normalized)] = target.points.get((kind, normalized)) or primary
                target.positions[kind] = max(target.positions.get(kind, -1), position)
            if self.load_tags:
                for client_id, tag_id in execute(
                    select(client_tags.c.client_id, client_tags.c.tag_id).where(
                        _any_of(client_tags.c.client_id, chunk, pg)
                    )
                ):
                    targets[client_id].tags.add(tag_id)
            if self.custom_field_ids:
                for client_id, field_id, value in execute(
                    select(custom_t.c.client_id, custom_t.c.field_id, custom_t.c.value).where(
                        _any_of(custom_t.c.client_id, chunk, pg),
                        custom_t.c.field_id.in_(self.custom_field_ids),
                    )
                ):
                    targets[client_id].custom[field_id] = value
            if self.load_notes:
                for client_id, text in execute(
                    select(notes_t.c.client_id, notes_t.c.text).where(
                        _any_of(notes_t.c.client_id, chunk, pg)
                    )
                ):
                    targets[client_id].notes.add(text)
            if self.load_deals:
                for client_id, topic in execute(
                    select(deals_t.c.client_id, deals_t.c.topic).where(
                        _any_of(deals_t.c.client_id, chunk, pg), deals_t.c.status == "open"
                    )
                ):
                    targets[client_id].deal_topics.add(topic.casefold())

    # -- writing ------------------------------------------------------------------------------
    def _reserve_ids(self, count: int) -> list[int]:
        """Ids for new clients, taken before the insert: a plain executemany is several times
        faster than INSERT ... RETURNING, which SQLite can only do row by row in order."""
        if self.session.get_bind().dialect.name == "postgresql":
            return list(
                self.session.execute(
                    text(
                        "SELECT nextval(pg_get_serial_sequence('clients', 'id')) "
                        "FROM generate_series(1, :n)"
                    ),
                    {"n": count},
                ).scalars()
            )
        # SQLite: this transaction holds the write lock, so max(id) cannot move under us
        start = (self.session.scalar(select(func.max(clients_t.c.id))) or 0) + 1
        return list(range(start, start + count))

    def write(
        self,
        new: list[Target],
        existing: list[Target],
        log: list[LogEntry],
        outcomes: list[RowOutcome],
    ) -> None:
        """Insert new clients, update touched ones, then their points, tags, custom values,
        notes, deals, change log (`log`: changes to clients that existed before their row) and
        the job's row records."""
        now = utcnow()
        stamp = self.bulk.db_value(clients_t, "created_at", now)  # bound once, not per row
        self._insert_clients(new, stamp)
        touched = [t for t in existing if t.touched]
        self._update_clients(touched, now)
        everyone = new + touched
        self._write_details(everyone, touched, now, stamp)
        if log:
            rows = change_rows(
                self.session, log, user_id=self.user_id, at=stamp, job_id=self.job_id
            )
            self.bulk.insert(changes_t, CHANGE_INSERT, rows, ready=("changed_at",))
        if outcomes and self.job_id is not None:
            self._write_rows(outcomes)
        for t in everyone:
            t.new_points.clear()
            t.new_tags.clear()
            t.custom_insert.clear()
            t.custom_update.clear()
            t.new_notes.clear()
            t.new_deals.clear()

    def _insert_clients(self, new: list[Target], stamp: Any) -> None:
        """New clients get their ids here; companies first: people of the same batch may
        point at them."""
        job_id, user_id = self.job_id, self.user_id
        for group in (
            [t for t in new if t.values.get("kind") == COMPANY],
            [t for t in new if t.values.get("kind") != COMPANY],
        ):
            if not group:
                continue
            for t, client_id in zip(group, self._reserve_ids(len(group)), strict=True):
                t.id = client_id
            rows = []
            for t in group:
                values = t.values
                row = [values.get(c) for c in STATE_COLUMNS]
                company = row[COMPANY_INDEX]
                if isinstance(company, Target):
                    row[COMPANY_INDEX] = company.id
                row += (t.id, values.get("queue_id"), job_id, stamp, stamp, user_id, user_id, 1)
                row.append(sort_key(values.get("full_name") or "", self.sort_language))
                rows.append(row)
            self.bulk.insert(clients_t, CLIENT_INSERT, rows, ready=STAMPS)

    def _write_details(
        self, everyone: list[Target], touched: list[Target], now: Any, stamp: Any
    ) -> None:
        """What the batch adds to its clients besides their own columns."""
        bulk, user_id = self.bulk, self.user_id
        bulk.insert(
            points_t,
            POINT_INSERT,
            [(t.id, *p) for t in everyone for p in t.new_points],
            ready=("is_primary",),  # a bool binds as itself on both databases
        )
        # the batch's new phones and emails link their past calls and emails at once (LNK-4)
        link_addresses(self.session, {(p[0], p[2]) for t in everyone for p in t.new_points})
        bulk.insert(
            client_tags,
            ("client_id", "tag_id"),
            [(t.id, tag) for t in everyone for tag in t.new_tags],
        )
        bulk.insert(
            custom_t,
            ("client_id", "field_id", "value"),
            [(t.id, f, v) for t in everyone for f, v in t.custom_insert.items()],
        )
        custom_changed = [
            {"_c": t.id, "_f": f, "value": v} for t in touched for f, v in t.custom_update.items()
        ]
        if custom_changed:
            self.session.execute(
                update(custom_t)
                .where(
                    and_(
                        custom_t.c.client_id == bindparam("_c"),
                        custom_t.c.field_id == bindparam("_f"),
                    )
                )
                .values(value=bindparam("value")),
                custom_changed,
            )
        bulk.insert(
            notes_t,
            ("client_id", "author_id", "created_at", "text"),
            [(t.id, user_id, stamp, text) for t in everyone for text in t.new_notes],
            ready=("created_at",),
        )
        deals = [
            dict(
                d,
                client_id=t.id,
                status="open",
                created_by_id=user_id,
                responsible_id=t.values.get("responsible_id"),
                import_job_id=self.job_id,
                created_at=now,
            )
            for t in everyone
            for d in t.new_deals
        ]
        if deals:
            self.session.execute(insert(deals_t), deals)

    def _write_rows(self, outcomes: list[RowOutcome]) -> None:
        """One `ImportRow` per input row; before-images carry the version undo expects."""
        rows = []
        as_json = self.bulk.json
        versions: dict[int, str | None] = {}  # the before-image of a created client
        for o in outcomes:
            target, before = o.target, o.before
            client_id = None
            if target is not None:
                client_id = target.id
                if before is not None:
                    before["version"] = target.version
            if before is None:
                before_json = None
            elif len(before) == 1 and target is not None:  # {"version": n}
                before_json = versions.get(target.version)
                if before_json is None:
                    before_json = versions[target.version] = as_json(before)
            else:
                before_json = as_json(before)
            raw = None if o.failure is None else as_json(_jsonable_cells(o.failure.raw))
            rows.append(
                (self.job_id, o.number, o.outcome, o.reason, o.detail, client_id, before_json, raw)
            )
        self.bulk.insert(rows_t, ROW_INSERT, rows, ready=("before", "raw"))

    def _group(self, t: Target) -> tuple[str, ...]:
        """The update a touched client goes into. SQLite: one per set of changed columns.
        PostgreSQL stages the rows (see `staging`), so fewer, wider updates pay: a client's
        loaded columns (all of `STATE_COLUMNS`) go along as they are, under the version check
        that guarantees they are still the stored ones; only other columns split the groups."""
        if self.bulk.postgresql:
            return tuple(sorted(c for c in t.changed if c not in STATE_COLUMNS))
        return tuple(sorted(t.changed))

    def _update_clients(self, touched: list[Target], now: Any) -> None:
        """Bulk updates (see `_group`); the version check catches anyone who
        changed one of these clients since they were loaded (PostgreSQL, other sessions)."""
        groups: dict[tuple[str, ...], list[Target]] = defaultdict(list)
        for t in touched:
            if "full_name" in t.changed:  # a renamed client sorts under its new name
                t.changed["sort_key"] = sort_key(t.changed["full_name"], self.sort_language)
            groups[self._group(t)].append(t)
        for targets in groups.values():
            columns = tuple(sorted(set().union(*(t.changed for t in targets))))
            rows = [
                (
                    t.id,
                    t.version,
                    *(_resolved(t.changed[c] if c in t.changed else t.values[c]) for c in columns),
                    t.version + 1,
                    now,
                    self.user_id,
                )
                for t in targets
            ]
            count = self.bulk.update(
                clients_t,
                (*columns, "version", "updated_at", "updated_by_id"),
                rows,
                check="version",
            )
            if count not in (-1, len(rows)):
                raise ConflictError(Code.IMPORT_CHANGED_MEANWHILE)
            for t in targets:
                t.version += 1
                t.changed.clear()
                t.touched = False


def _any_of(column: ColumnElement[Any], ids: Sequence[int], postgresql: bool) -> Any:
    """`column IN ids`; on PostgreSQL `= ANY(array)`: one parameter, not thousands, so the
    statement is the same text (and plan) for every batch."""
    if postgresql:
        return column == any_(bindparam(None, list(ids), type_=ARRAY(Integer)))
    return column.in_(ids)


def _resolved(value: Any) -> Any:
    """A company created in this batch stands in a value until it has its id."""
    return value.id if isinstance(value, Target) else value


def _jsonable_cells(cells: list[Cell]) -> list[Any]:
    """Cells as JSON values for `ImportRow.raw` (dates as ISO text)."""
    return [c.isoformat() if isinstance(c, date | datetime) else c for c in cells]
