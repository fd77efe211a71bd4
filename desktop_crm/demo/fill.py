"""Demo data: fill a base with N realistic clients (`desktop-crm demo N`, and the window's offer
on an empty base).

Built for a million clients: rows are made in Python without the ORM (`demo_rows.py`) and
written batch by batch with Core `insert()` executemany, one short write transaction per batch,
so other users keep working and a cancel keeps every finished batch. Ids of rows that other rows
point at are reserved up front (SQLite: past the current maximum, under the write lock;
PostgreSQL: from the table's sequence), so nothing is read back. The inserts go into the real
tables, so triggers (e.g. a search index) see every row.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass, replace
from datetime import date, datetime
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, Table, func, insert, select, text
from sqlalchemy.orm import Session
from sqlalchemy.sql import sqltypes

from desktop_crm.db import Database
from desktop_crm.demo import world
from desktop_crm.demo.batch import Batch, DemoReferences
from desktop_crm.demo.rows import DemoGenerator
from desktop_crm.errors import Code, ValidationError
from desktop_crm.models import (
    ChangeLog,
    Client,
    ContactPerson,
    ContactPoint,
    Deal,
    Interaction,
    InteractionParty,
    Note,
    SalesScenario,
    User,
    client_tags,
    table_of,
    utcnow,
)
from desktop_crm.progress import Cancelled, Progress
from desktop_crm.services.access import (
    MANAGER_ROLE,
    Permission,
    current_user,
    require,
    role_by_name,
)
from desktop_crm.services.base_settings import sort_language
from desktop_crm.services.groups import group_by_path
from desktop_crm.services.tags import tag_by_name
from desktop_crm.services.users import user_group

BATCH_SIZE = 5_000
MAX_COUNT = 10_000_000


@dataclass(frozen=True)
class DemoStats:
    """What a fill added. `rows` counts every inserted row of every table."""

    clients: int = 0
    companies: int = 0
    leads: int = 0
    contact_persons: int = 0
    contact_points: int = 0
    tag_links: int = 0
    notes: int = 0
    deals: int = 0
    interactions: int = 0
    change_log: int = 0
    rows: int = 0
    seconds: float = 0.0
    cancelled: bool = False

    @property
    def rows_per_second(self) -> float:
        return self.rows / self.seconds if self.seconds > 0 else 0.0

    @property
    def clients_per_second(self) -> float:
        return self.clients / self.seconds if self.seconds > 0 else 0.0

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["rows_per_second"] = round(self.rows_per_second)
        data["clients_per_second"] = round(self.clients_per_second)
        return data


def fill_demo(
    database: Database,
    count: int,
    *,
    seed: int = 0,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    login: str | None = None,
    on_batch: Callable[[DemoStats], None] | None = None,
    batch_size: int = BATCH_SIZE,
) -> DemoStats:
    """Add `count` demo clients to `database` (empty or not) and return what was added.

    `progress(done, total)` and `on_batch(stats so far)` are called after each committed batch;
    `cancelled()` is polled between batches and keeps what is committed. With `login`, that user
    must be allowed to import clients and is recorded as the creator.
    """
    if not 1 <= count <= MAX_COUNT:
        raise ValidationError(
            Code.DEMO_COUNT, field="count", value=count, count=count, max_count=MAX_COUNT
        )
    started = time.perf_counter()
    with database.transaction() as session:
        author_id = None
        if login is not None:
            actor = current_user(session, login)
            require(actor, Permission.IMPORT)
            author_id = actor.id
        refs = prepare_references(session, author_id)
        offset = session.scalar(select(func.max(Client.id))) or 0
    # the same seed gives the same clients on an empty base; appending gives new ones
    generator = DemoGenerator(refs, seed=f"{seed}/{offset}", now=utcnow(), total=count)
    stats = DemoStats()
    done = 0
    for batch in _batches(generator, count, batch_size):
        if cancelled is not None and cancelled():
            stats = replace(stats, cancelled=True)
            break
        with database.transaction() as session:
            write_batch(session.connection(), batch)
        done += len(batch.companies) + len(batch.persons)
        stats = _add(stats, batch, time.perf_counter() - started)
        if progress is not None:
            progress(done, count)
        if on_batch is not None:
            on_batch(stats)
    _tidy(database)
    return replace(stats, seconds=time.perf_counter() - started)


def _batches(generator: DemoGenerator, count: int, batch_size: int) -> Iterator[Batch]:
    # Made in the writer's thread on purpose: a helper thread fights the driver for the GIL
    # after every row and makes the whole fill slower, not faster.
    made = 0
    while made < count:
        size = min(batch_size, count - made)
        yield generator.batch(size)
        made += size


def prepare_references(session: Session, author_id: int | None = None) -> DemoReferences:
    """Managers, tags, groups and a sales scenario for demo clients: found by name when a
    previous fill (or a person) made them, created otherwise."""
    role = role_by_name(session, MANAGER_ROLE)
    managers: dict[str, list[int]] = {}
    names: dict[int, str] = {}
    for login, full_name, country in world.MANAGERS:
        user = session.scalar(select(User).where(User.login == login))
        if user is None:
            user = User(login=login, full_name=full_name, email=f"{login}@crm.example.com")
            user.role = role
            user.groups.append(user_group(session, world.SALES_GROUP))
            session.add(user)
            session.flush()
        if user.is_active:
            managers.setdefault(country, []).append(user.id)
            names[user.id] = user.full_name
    tag_ids = []
    for name in world.TAGS:
        tag = tag_by_name(session, name, create=True)
        assert tag is not None
        session.flush()
        tag_ids.append(tag.id)
    groups: dict[tuple[str, str], int] = {}
    for country, (root, children) in world.GROUPS.items():
        for child in children:
            group = group_by_path(session, f"{root}/{child}")
            assert group is not None
            groups[(country, child)] = group.id
        group = group_by_path(session, root)
        assert group is not None
        groups[(country, root)] = group.id
    scenario = session.scalar(select(SalesScenario).where(SalesScenario.name == world.SCENARIO[0]))
    if scenario is None:
        scenario = SalesScenario(name=world.SCENARIO[0], description=world.SCENARIO[1])
        session.add(scenario)
        session.flush()
    return DemoReferences(
        managers={k: tuple(v) for k, v in managers.items()},
        manager_names=names,
        tag_ids=tuple(tag_ids),
        group_ids=groups,
        scenario_id=scenario.id,
        author_id=author_id,
        sort_language=sort_language(session),
    )


def write_batch(conn: Connection, batch: Batch) -> None:
    """Reserve ids for the batch's rows, give them out, insert the rows."""
    assign_ids(
        batch,
        reserve_ids(conn, table_of(Client), len(batch.companies) + len(batch.persons)),
        reserve_ids(conn, table_of(ContactPerson), len(batch.contact_persons)),
        reserve_ids(conn, table_of(Interaction), len(batch.interactions)),
    )
    insert_batch(conn, batch)


def assign_ids(
    batch: Batch,
    client_ids: Sequence[int],
    person_ids: Sequence[int],
    interaction_ids: Sequence[int],
) -> None:
    """Swap the batch-local indices for real ids (see `demo_rows`)."""
    _remap(batch.companies, ("id", "company_id"), client_ids)
    _remap(batch.persons, ("id", "company_id"), client_ids)
    for rows in (batch.contact_persons, batch.contact_points, batch.client_tags, batch.notes):
        _remap(rows, ("client_id",), client_ids)
    _remap(batch.deals, ("client_id",), client_ids)
    _remap(batch.interactions, ("client_id",), client_ids)
    _remap(batch.change_log, ("client_id", "entity_id"), client_ids)
    for row, new_id in zip(batch.contact_persons, person_ids, strict=True):
        row["id"] = new_id
    _remap(batch.contact_points, ("contact_person_id",), person_ids)
    for row, new_id in zip(batch.interactions, interaction_ids, strict=True):
        row["id"] = new_id
        row["external_id"] = (
            f"demo-call-{new_id}" if row["kind"] == "call" else f"<demo.{new_id}@mail.example.com>"
        )
    _remap(batch.parties, ("interaction_id",), interaction_ids)


def insert_batch(conn: Connection, batch: Batch) -> None:
    """One executemany per table, parents before children.

    Contact points and parties go in the order of their busy random-key index (kind, value),
    so consecutive inserts land on the same index pages; they get their ids as they come, and
    a card keeps its order in `position`. Clients go in id order: the full-text index (FTS5)
    flushes its pending terms whenever a row id is lower than the one before, which makes it
    several times slower.
    """
    by_value = itemgetter("kind", "normalized")
    for table, rows in (
        (table_of(Client), batch.companies),  # companies first: employees point at them
        (table_of(Client), batch.persons),
        (table_of(ContactPerson), batch.contact_persons),
        (table_of(ContactPoint), sorted(batch.contact_points, key=by_value)),
        (client_tags, batch.client_tags),
        (table_of(Note), batch.notes),
        (table_of(Deal), batch.deals),
        (table_of(Interaction), batch.interactions),
        (table_of(InteractionParty), sorted(batch.parties, key=by_value)),
        (table_of(ChangeLog), batch.change_log),
    ):
        if rows:
            insert_rows(conn, table, rows)


def insert_rows(conn: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """Core's `insert(table)`, compiled once for these columns, executemany'd by the driver.

    SQLAlchemy's generic per-row parameter handling costs as much as SQLite's own work, so the
    rows skip it: psycopg binds Python values itself, and for SQLite the dates, times and
    decimals are turned into what SQLAlchemy's SQLite types store (`sqlite_binders`).
    """
    columns = list(rows[0])
    compiled = insert(table).compile(dialect=conn.dialect, column_keys=columns)
    _fill_defaults(table, [name for name in compiled.params if name not in rows[0]], rows)
    if not compiled.positional:
        conn.exec_driver_sql(str(compiled), rows)
        return
    order = compiled.positiontup or []
    binders = sqlite_binders(table, order)
    for row in rows:
        for name, bind in binders:
            value = row[name]
            if value is not None:
                row[name] = bind(value)
    if len(order) == 1:
        params = [(row[order[0]],) for row in rows]
    else:
        params = list(map(itemgetter(*order), rows))
    conn.exec_driver_sql(str(compiled), params)


def _fill_defaults(table: Table, names: Sequence[str], rows: list[dict[str, Any]]) -> None:
    """Python-side column defaults the rows leave out (SQLAlchemy computes them per row; the
    driver cannot): one value per batch is good enough for demo rows."""
    for name in names:
        default = table.c[name].default
        value = None
        if default is not None and default.is_scalar:
            value = default.arg  # type: ignore[attr-defined]
        elif default is not None and default.is_callable:
            value = default.arg(None)  # type: ignore[attr-defined]
        for row in rows:
            row[name] = value


def sqlite_binders(table: Table, columns: Sequence[str]) -> list[tuple[str, Callable[[Any], Any]]]:
    """(column, converter) for the columns of `table` whose values sqlite3 cannot bind as they
    are. The output equals SQLAlchemy's SQLite bind processors ("YYYY-MM-DD HH:MM:SS.ffffff",
    "YYYY-MM-DD", floats), made by C methods instead of Python formatting."""
    binders: list[tuple[str, Callable[[Any], Any]]] = []
    for name in columns:
        column_type = table.c[name].type
        if isinstance(column_type, sqltypes.DateTime):
            binders.append((name, _sqlite_datetime))
        elif isinstance(column_type, sqltypes.Date):
            binders.append((name, date.isoformat))
        elif isinstance(column_type, sqltypes.Numeric) and not isinstance(
            column_type, sqltypes.Float
        ):
            binders.append((name, float))
    return binders


def _sqlite_datetime(value: datetime) -> str:
    return value.isoformat(" ", "microseconds")


def reserve_ids(conn: Connection, table: Table, count: int) -> Sequence[int]:
    """`count` new primary keys of `table` that nobody else will use.

    SQLite: the ids after the current maximum; the caller holds the write lock (BEGIN
    IMMEDIATE), so nobody can take them meanwhile. PostgreSQL: values drawn from the column's
    sequence, so later ordinary inserts never collide with them.
    """
    if count == 0:
        return ()
    if conn.dialect.name == "postgresql":
        sql = "SELECT nextval(pg_get_serial_sequence(:t, 'id')) FROM generate_series(1, :n)"
        return conn.execute(text(sql), {"t": table.name, "n": count}).scalars().all()
    start = (conn.execute(select(func.max(table.c.id))).scalar() or 0) + 1
    return range(start, start + count)


def _remap(rows: list[dict[str, Any]], columns: Sequence[str], ids: Sequence[int]) -> None:
    for column in columns:
        for row in rows:
            value = row[column]
            if value is not None:
                row[column] = ids[value]


def _add(stats: DemoStats, batch: Batch, seconds: float) -> DemoStats:
    clients = batch.companies + batch.persons
    counts = {
        "clients": len(clients),
        "companies": len(batch.companies),
        "leads": sum(1 for c in clients if c["stage"] == "lead"),
        "contact_persons": len(batch.contact_persons),
        "contact_points": len(batch.contact_points),
        "tag_links": len(batch.client_tags),
        "notes": len(batch.notes),
        "deals": len(batch.deals),
        "interactions": len(batch.interactions),
        "change_log": len(batch.change_log),
    }
    rows = sum(counts.values()) - counts["companies"] - counts["leads"] + len(batch.parties)
    new = {k: getattr(stats, k) + v for k, v in counts.items()}
    return replace(stats, **new, rows=stats.rows + rows, seconds=seconds)


def _tidy(database: Database) -> None:
    """Fresh planner statistics after a big fill, and (SQLite) the WAL folded into the file."""
    with database.engine.connect() as conn:
        if conn.dialect.name == "sqlite":
            conn.exec_driver_sql("PRAGMA analysis_limit = 1000")
            conn.exec_driver_sql("ANALYZE")
        else:
            conn.exec_driver_sql("ANALYZE clients, contact_points, contact_persons")
        conn.commit()
    if database.dialect == "sqlite":
        with database.engine.connect() as conn:  # BEGIN DEFERRED: no snapshot taken yet
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
