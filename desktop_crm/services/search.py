"""Finding clients for the list (CLI-10): search text, filters and sort, all done by the database.

Ids come first (STYLE.md practice 4): a `ClientSearch` knows how many clients match and which
ids sit at rows [offset, offset + limit) in the chosen order; the list then fetches only the
rows it shows, by id (`services/client_rows.py`).

The text matches names, phones (any digits fragment, typed in any format: `8 912 345`,
`+7912...`), emails and the company's name. Names and the text are folded the same way
(`names.name_key`: case, Cyrillic included, and ё). The index (revision 0002) is an FTS5 trigram
table on SQLite and pg_trgm GIN indexes on PostgreSQL.

How a result is read depends on its size, because a million clients is the normal case:
- a small result (at most `MATERIALIZE_LIMIT`, or any result in an order no index gives) is
  read at once: every matching id, sorted by the database;
- a large one is counted, and each window of it is read on its own. On SQLite in name or
  creation order the window walks that column's index and tests each row (the index gives the
  order, the test is cheap, and a broad match fills a window after a few rows); a window past
  the middle is read backwards from the end, so the last page is as quick as the first.
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import phonenumbers
from sqlalchemy import (
    ColumnElement,
    CompoundSelect,
    Select,
    String,
    and_,
    column,
    exists,
    false,
    func,
    literal_column,
    or_,
    select,
    table,
    type_coerce,
    union,
)
from sqlalchemy.orm import Session

from desktop_crm.models import (
    Client,
    ContactPerson,
    ContactPoint,
    Group,
    ImportRow,
    Queue,
    Tag,
    User,
    client_tags,
)
from desktop_crm.models.imports import CREATED, UPDATED
from desktop_crm.models.people import queue_members
from desktop_crm.services.access import Permission, has_permission
from desktop_crm.services.client_rows import sort_expression
from desktop_crm.services.groups import group_tree
from desktop_crm.services.names import name_key
from desktop_crm.services.phones import digits

# A result up to this size is read in one go; a larger one window by window.
MATERIALIZE_LIMIT = 5_000
# A walk holds up to this many clients found by contacts; more (a fragment like "mail") and it
# looks up each walked row's contacts instead (they are then common enough to be found soon).
HOLD_LIMIT = 20_000
# Filter value for "not set": no group, nobody responsible, no queue.
NONE_ID = 0
# Above every character: `prefix <= key < prefix + TOP` holds for keys that start with prefix.
_TOP = "\U0010ffff"
# Trigram search needs three characters; shorter text looks for names that start with it.
MIN_SUBSTRING = 3

_clients = Client.__table__
_points = ContactPoint.__table__
_persons = ContactPerson.__table__
# Aliases are made once: building one copies every column of the table, which costs more than
# running a small query.
_C = _clients.alias("c")
_N = _clients.alias("n")
_E = _clients.alias("e")
_P = _points.alias("p")
_H = _clients.alias("h")
_fts_names = table("fts_client_names", column("rowid"))
_fts_points = table("fts_contact_points", column("rowid"))
_PHONE_LIKE = re.compile(r"^\+?[\d\s().\-]+$")

# Sorts whose column has an index SQLite can walk in order (ties broken by id, as the index does).
WALK_INDEXES = {
    "name": "ix_clients_name_key",
    "created_at": "ix_clients_created_at",
    "stage": "ix_clients_stage",
}


@dataclass(frozen=True)
class ClientQuery:
    """What the list shows: search text, filters (None: any; `NONE_ID`: not set) and order."""

    text: str = ""
    tag_ids: tuple[int, ...] = ()  # clients that have all of these tags
    group_id: int | None = None  # the group and its subgroups
    responsible_id: int | None = None
    stage: str | None = None
    queue_id: int | None = None
    kind: str | None = None
    import_job_id: int | None = None  # clients an import created or updated
    sort: str = "name"
    descending: bool = False

    @property
    def has_filters(self) -> bool:
        return bool(
            self.tag_ids
            or self.group_id is not None
            or self.responsible_id is not None
            or self.stage
            or self.queue_id is not None
            or self.kind
            or self.import_job_id is not None
        )


@dataclass(frozen=True)
class SearchTerms:
    """The search text taken apart: what to look for in names and in contact points."""

    words: tuple[str, ...] = ()  # folded name words; at least one has MIN_SUBSTRING characters
    prefix: str = ""  # short text: names that start with it
    contacts: tuple[str, ...] = ()  # substrings of contact_points.normalized ("+..." : its start)

    @property
    def empty(self) -> bool:
        return not (self.words or self.prefix or self.contacts)


@lru_cache(maxsize=64)
def _trunk_prefix(region: str) -> tuple[str, str] | None:
    """(national trunk prefix, country code) of a region: ("8", "7") for RU, ("0", "44") for GB."""
    metadata = phonenumbers.PhoneMetadata.metadata_for_region(region.upper())
    if metadata is None or not metadata.national_prefix:
        return None
    return metadata.national_prefix, str(metadata.country_code)


def parse_text(text: str, region: str = "RU") -> SearchTerms:
    """Split the search box's text into name words and contact fragments."""
    folded = name_key(text)
    if not folded:
        return SearchTerms()
    words = tuple(dict.fromkeys(folded.split()))
    long_words = [w for w in words if len(w) >= MIN_SUBSTRING]
    contacts: list[str] = []
    stripped = text.strip()
    number = digits(stripped)
    if _PHONE_LIKE.match(stripped) and len(number) >= MIN_SUBSTRING:
        # a number: phones only (a walk through a million names for digits finds nothing)
        if stripped.startswith("+"):
            return SearchTerms(contacts=("+" + number,))  # E.164 starts with it
        contacts.append(number)
        trunk = _trunk_prefix(region)
        if trunk and number.startswith(trunk[0]) and len(number) > len(trunk[0]) + 1:
            # 8 912 345 (Russian local format) is +7 912 345 in the stored E.164
            contacts.append("+" + trunk[1] + number[len(trunk[0]) :])
        return SearchTerms(contacts=tuple(contacts))
    if " " not in folded and len(folded) >= MIN_SUBSTRING:
        contacts.append(stripped.lower())  # an email or part of one
    if long_words:
        return SearchTerms(words=words, contacts=tuple(contacts))
    return SearchTerms(prefix=folded, contacts=tuple(contacts))


def _fts_query(terms: Sequence[str], joiner: str) -> str:
    return f" {joiner} ".join('"' + t.replace('"', '""') + '"' for t in terms)


def _fts_match(fts_name: str, query: str) -> ColumnElement[bool]:
    return literal_column(fts_name).op("MATCH")(query)


@dataclass
class ClientSearch:
    """One query of the list. `prepare(session)` decides how to read it and counts; then
    `window(session, offset, limit)` gives the ids of those rows. Each call may take its own
    session (the list opens a short one per fetch)."""

    query: ClientQuery
    viewer: User | None = None  # without the admin permission, only clients of their queues
    region: str = "RU"
    materialize_limit: int = MATERIALIZE_LIMIT
    hold_limit: int = HOLD_LIMIT
    terms: SearchTerms = field(init=False)
    count: int | None = field(init=False, default=0)  # None: not counted yet
    walking: bool = field(init=False, default=False)  # windows walk an index (SQLite)
    _ids: list[int] | None = field(init=False, default=None)
    _dialect: str = field(init=False, default="sqlite")
    _viewer_id: int | None = field(init=False, default=None)
    _viewer_all: bool = field(init=False, default=True)
    _group_ids: tuple[int, ...] = field(init=False, default=())
    _many_contacts: bool = field(init=False, default=False)
    _many_names: bool = field(init=False, default=False)
    _walk_ids: list[tuple[int, Any]] = field(init=False, default_factory=list)

    def __post_init__(self) -> None:
        self.terms = parse_text(self.query.text, self.region)
        if self.viewer is not None:  # plain values: the viewer object stays in its session
            self._viewer_id = self.viewer.id
            self._viewer_all = has_permission(self.viewer, Permission.ADMIN)
            self.viewer = None

    # -- the decision ------------------------------------------------------------------------
    @property
    def whole_base(self) -> bool:
        """True when the result is every client of the base: no text, no filter, a viewer
        who sees every queue (its count is then the base's size)."""
        return self.terms.empty and not self.query.has_filters and self._viewer_all

    @property
    def materialized(self) -> bool:
        return self._ids is not None

    def prepare(self, session: Session, *, count: bool = True) -> ClientSearch:
        """Decide how to read the result and count it. With `count=False` a large result of a
        search or filter is not counted (`count` stays None, see `count_all`): counting every
        match of a broad word, or of a filter without an index (kind: 500 ms on a million
        clients), costs more than showing the first screen of them."""
        self._dialect = session.get_bind().dialect.name
        self._ids = None
        self.walking = False
        self._walk_ids = []
        self._many_contacts = False
        self._many_names = False
        if self.query.group_id not in (None, NONE_ID):
            self._group_ids = _group_and_descendants(session, self.query.group_id)
        limit = self.materialize_limit
        walkable = self._dialect != "sqlite" or self.query.sort in WALK_INDEXES
        exact: int | None = None
        if self.terms.empty and not self.query.has_filters:
            exact = _count(session, self._set_query())  # everybody: cheap to count
            broad = exact > limit
        elif not self.terms.empty:
            broad = self._text_estimate(session, limit) > limit
        else:
            c = _c()
            broad = (
                _count(session, select(c.c.id).where(*self._filters(c)).limit(limit + 1)) > limit
            )
        if broad and walkable:
            self.walking = self._dialect == "sqlite"
            if self.walking and not self.terms.empty:
                self._walk_ids = self._other_matches(session)
                if not (self._many_names or self._many_contacts):
                    # nothing common enough to walk for: what was read is the whole result
                    self._ids = [client_id for client_id, _key in self._walk_ids]
                    if self.query.descending:
                        self._ids.reverse()
                    self.count = len(self._ids)
                    self.walking = False
                    return self
            if exact is not None:
                self.count = exact
            elif count:
                self.count = self.count_all(session)
            else:
                self.count = None
        else:
            self._ids = _ids(session, self._ordered(self._set_query()))
            self.count = len(self._ids)
        return self

    def count_all(self, session: Session) -> int:
        """The exact number of matches (the slow part of a broad search)."""
        if self._ids is not None:
            return len(self._ids)
        return _count(session, self._set_query())

    def _text_estimate(self, session: Session, limit: int) -> int:
        """Matches of the text alone, each part counted up to `limit` + 1 (cheap either way).
        Remembers whether the contact matches alone are many: a walk then tests each row's
        contacts instead of holding all their owners."""
        total = 0
        names, contacts = self._name_ids(), self._contact_owner_ids()
        if names is not None:
            found = _count(session, names.limit(limit + 1))
            self._many_names = found > limit
            total += found
        if contacts is not None:
            # on SQLite the points the index finds, not their owners: joining a common
            # fragment's points to their owners reads them all before any limit applies
            points = self._contact_points_found() if self._dialect == "sqlite" else contacts
            found = _count(session, points.limit(self.hold_limit + 1))
            self._many_contacts = found > self.hold_limit
            total += found
        return total

    def _contact_points_found(self) -> Select[Any]:
        fragments = [t.lstrip("+") for t in self.terms.contacts]
        return select(_fts_points.c.rowid).where(
            _fts_match("fts_contact_points", _fts_query(fragments, "OR"))
        )

    def all_ids(self, session: Session) -> list[int]:
        """Every matching id in order (for bulk actions on a whole result)."""
        if self._ids is not None:
            return list(self._ids)
        return _ids(session, self._ordered(self._set_query()))

    def window(self, session: Session, offset: int, limit: int) -> list[int]:
        """Ids of rows [offset, offset + limit) in the chosen order."""
        offset = max(offset, 0)
        if self._ids is not None:
            return self._ids[offset : offset + limit]
        if limit <= 0 or (self.count is not None and offset >= self.count):
            return []
        if self.count is not None:
            limit = min(limit, self.count - offset)
            if offset + limit / 2 > self.count / 2:
                # nearer the end: read backwards from the end, then turn the rows round
                back = self.count - offset - limit
                ids = self._read_window(session, back, limit, reverse=True)
                ids.reverse()
                return ids
        return self._read_window(session, offset, limit, reverse=False)

    def _read_window(
        self, session: Session, offset: int, limit: int, *, reverse: bool
    ) -> list[int]:
        if self.walking and self._walk_ids:  # held matches exist only for a text search
            return self._merged_window(session, offset, limit, reverse=reverse)
        return _ids(session, self._window_query(reverse=reverse).limit(limit).offset(offset))

    def _merged_window(
        self, session: Session, offset: int, limit: int, *, reverse: bool
    ) -> list[int]:
        """A window of an index walk and the matches held by `prepare`, merged here: the held
        list is in order already, while SQLite, handed it, parsed and sorted all of it (13,000
        employees of companies called "Плюс": 90 ms) for every window."""
        descending = self.query.descending != reverse
        walked: list[tuple[Any, int]] = []
        walk = self._walk_query(_C)
        if walk is not None:
            key, ident = literal_column("k"), literal_column("id")
            order = (key.desc(), ident.desc()) if descending else (key, ident)
            statement = walk.order_by(*order).limit(offset + limit)
            walked = [(k, i) for i, k in session.connection().execute(statement)]
        held = [(k, i) for i, k in self._walk_ids]  # ascending (key, id), as read
        if descending:
            held.reverse()
        wanted = offset + limit
        ids: list[int] = []
        seen: set[int] = set()  # a client both walked and held (name and email match) once
        for _key, client_id in heapq.merge(walked, held, reverse=descending):
            if client_id not in seen:
                seen.add(client_id)
                ids.append(client_id)
                if len(ids) == wanted:
                    break
        return ids[offset:]

    # -- statements --------------------------------------------------------------------------
    def _set_query(self) -> Select[Any]:
        """Matching ids, the database choosing how to find them (an index of the text)."""
        c = _c()
        conditions = self._filters(c)
        if not self.terms.empty:
            parts = [p for p in (self._name_ids(), self._contact_owner_ids()) if p is not None]
            if self.terms.words or self.terms.prefix:
                parts.append(self._company_employee_ids())
            conditions.append(c.c.id.in_(union(*parts) if len(parts) > 1 else parts[0]))
        return select(c.c.id).where(*conditions)

    def _window_query(self, *, reverse: bool) -> Select[Any]:
        if not self.walking:
            return self._ordered(self._set_query(), reverse=reverse)
        c = _C
        hint = f"INDEXED BY {WALK_INDEXES[self.query.sort]}"
        if self.terms.empty:
            statement = select(c.c.id).where(*self._filters(c))
            return self._ordered(
                statement.with_hint(c, hint, dialect_name="sqlite"), reverse=reverse
            )
        # The index walk, testing what each index entry can answer (the name; a common contact
        # fragment through the row's id). Matches held by `prepare` are merged in by
        # `_merged_window`.
        walk = self._walk_query(c)
        if walk is None:
            return select(c.c.id).where(false())
        key, ident = literal_column("k"), literal_column("id")
        if self.query.descending != reverse:
            return walk.order_by(key.desc(), ident.desc())
        return walk.order_by(key, ident)

    def _walk_query(self, c: Any) -> Select[Any] | None:
        """The index walk of a text search: (id, k) of each row whose name or contacts match,
        in the sort column's index order; its key as stored, like the held list's."""
        tests = []
        if (self.terms.words or self.terms.prefix) and self._many_names:
            tests.append(self._name_condition(c.c.name_key))
        if self.terms.contacts and self._many_contacts:
            tests.append(self._contact_test(c))
        if not tests:
            return None
        key = type_coerce(sort_expression(self.query.sort, c), String)
        walk = select(c.c.id.label("id"), key.label("k")).where(or_(*tests), *self._filters(c))
        return walk.with_hint(
            c, f"INDEXED BY {WALK_INDEXES[self.query.sort]}", dialect_name="sqlite"
        )

    def _ordered(self, statement: Select[Any], *, reverse: bool = False) -> Select[Any]:
        c = statement.selected_columns[0].table
        descending = self.query.descending != reverse
        key = sort_expression(self.query.sort, c)
        if self.query.sort in WALK_INDEXES:  # never NULL: the plain order walks the index
            keys = [key.desc(), c.c.id.desc()] if descending else [key.asc(), c.c.id.asc()]
        else:  # empty values last either way (first when read backwards from the end)
            order = key.desc() if descending else key.asc()
            order = order.nulls_first() if reverse else order.nulls_last()
            keys = [order, c.c.id.desc() if descending else c.c.id.asc()]
        return statement.order_by(*keys)

    def _name_condition(self, name_column: ColumnElement[str]) -> ColumnElement[bool]:
        """A row-by-row test of a folded name: substring per word, or the prefix."""
        terms = self.terms
        if self._dialect == "sqlite":
            if terms.prefix:
                return and_(name_column >= terms.prefix, name_column < terms.prefix + _TOP)
            return and_(*(func.instr(name_column, w) > 0 for w in terms.words))
        if terms.prefix:
            return name_column.startswith(terms.prefix, autoescape=True)
        return and_(*(name_column.contains(w, autoescape=True) for w in terms.words))

    def _name_ids(self) -> Select[Any] | None:
        """Ids of clients whose name matches, found through the index."""
        terms = self.terms
        if not (terms.words or terms.prefix):
            return None
        n = _N
        if self._dialect != "sqlite" or terms.prefix:
            return select(n.c.id).where(self._name_condition(n.c.name_key))
        long_words = [w for w in terms.words if len(w) >= MIN_SUBSTRING]
        short_words = [w for w in terms.words if len(w) < MIN_SUBSTRING]
        found = select(_fts_names.c.rowid).where(
            _fts_match("fts_client_names", _fts_query(long_words, "AND"))
        )
        if not short_words:
            return found
        return select(n.c.id).where(
            n.c.id.in_(found), *(func.instr(n.c.name_key, w) > 0 for w in short_words)
        )

    def _contact_condition(self, normalized: ColumnElement[str]) -> ColumnElement[bool]:
        """A contact point's normalized value holds a fragment ("+..." fragments: starts)."""
        tests = []
        for term in self.terms.contacts:
            if term.startswith("+"):
                tests.append(normalized.startswith(term, autoescape=True))
            elif self._dialect == "sqlite":
                tests.append(func.instr(normalized, term) > 0)
            else:
                tests.append(normalized.contains(term, autoescape=True))
        return or_(*tests)

    def _contact_owner_ids(self) -> Select[Any] | None:
        """Ids of clients with a matching phone or email (their own or a contact person's)."""
        if not self.terms.contacts:
            return None
        p = _P
        person_client = (
            select(_persons.c.client_id)
            .where(_persons.c.id == p.c.contact_person_id)
            .scalar_subquery()
        )
        condition = self._contact_condition(p.c.normalized)
        if self._dialect == "sqlite":
            # The index is asked without the leading "+": "+79" is in every Russian number,
            # a trigram that rules nothing out and costs a read of them all.
            condition = and_(p.c.id.in_(self._contact_points_found()), condition)
        return select(func.coalesce(p.c.client_id, person_client)).where(condition)

    def _contact_test(self, c: Any) -> ColumnElement[bool]:
        """Row by row (index walks): the client's own points or its contact persons'."""
        p, person = _P, _persons
        own = exists().where(p.c.client_id == c.c.id, self._contact_condition(p.c.normalized))
        persons = exists().where(
            person.c.client_id == c.c.id,
            exists().where(
                p.c.contact_person_id == person.c.id, self._contact_condition(p.c.normalized)
            ),
        )
        return or_(own, persons)

    def _company_employee_ids(self) -> Select[Any]:
        """Clients whose company's name matches. Only companies have employees, so the name
        matches need no check of their kind (a check that reads each of them)."""
        e = _E
        names = self._name_ids()
        assert names is not None
        return select(e.c.id).where(e.c.company_id.in_(names))

    def _other_matches(self, session: Session) -> list[tuple[int, Any]]:
        """For a walk: the matches that are not common enough to be walked for (by name, by a
        contact) and the employees of matching companies, with their sort key, filtered and in
        order, read once. Each window merges them with the index walk, and neither reads a
        table row."""
        parts = []
        if self.terms.words or self.terms.prefix:
            parts.append(self._company_employee_ids())
            names = self._name_ids()
            if names is not None and not self._many_names:  # a few: held, not walked for
                parts.append(names)
        if self.terms.contacts and not self._many_contacts:
            owners = self._contact_owner_ids()
            assert owners is not None
            parts.append(owners)
        if not parts:
            return []
        found = union(*parts) if len(parts) > 1 else parts[0]
        h = _H
        key = type_coerce(sort_expression(self.query.sort, h), String)  # as stored
        statement = (
            select(h.c.id, key).where(h.c.id.in_(found), *self._filters(h)).order_by(key, h.c.id)
        )
        return [(i, k) for i, k in session.connection().execute(statement)]

    def _filters(self, c: Any) -> list[ColumnElement[bool]]:
        q = self.query
        conditions: list[ColumnElement[bool]] = []
        for tag_id in q.tag_ids:
            conditions.append(
                exists().where(client_tags.c.client_id == c.c.id, client_tags.c.tag_id == tag_id)
            )
        if q.group_id == NONE_ID:
            conditions.append(c.c.group_id.is_(None))
        elif q.group_id is not None:
            conditions.append(c.c.group_id.in_(self._group_ids or (q.group_id,)))
        for value, col in (
            (q.responsible_id, c.c.responsible_id),
            (q.queue_id, c.c.queue_id),
        ):
            if value == NONE_ID:
                conditions.append(col.is_(None))
            elif value is not None:
                conditions.append(col == value)
        if q.stage:
            conditions.append(c.c.stage == q.stage)
        if q.kind:
            conditions.append(c.c.kind == q.kind)
        if q.import_job_id is not None:
            imported = select(ImportRow.client_id).where(
                ImportRow.job_id == q.import_job_id,
                ImportRow.outcome.in_((CREATED, UPDATED)),
                ImportRow.client_id.is_not(None),
            )
            # plus the companies it created for its rows, which have no import row of their own
            conditions.append(or_(c.c.id.in_(imported), c.c.import_job_id == q.import_job_id))
        if self._viewer_id is not None and not self._viewer_all:
            mine = select(queue_members.c.queue_id).where(
                queue_members.c.user_id == self._viewer_id
            )
            conditions.append(or_(c.c.queue_id.is_(None), c.c.queue_id.in_(mine)))
        return conditions


def _c() -> Any:
    return _C


def _ids(session: Session, statement: Select[Any] | CompoundSelect) -> list[int]:
    # Core on the session's connection: the ORM adds nothing to a list of ids but time
    return list(session.connection().execute(statement).scalars())


def _count(session: Session, statement: Select[Any]) -> int:
    counted = select(func.count()).select_from(statement.subquery())
    return int(session.connection().execute(counted).scalar() or 0)


def _group_and_descendants(session: Session, group_id: int) -> tuple[int, ...]:
    rows = session.execute(select(Group.id, Group.parent_id)).tuples().all()
    children: dict[int | None, list[int]] = {}
    for gid, parent in rows:
        children.setdefault(parent, []).append(gid)
    found, stack = [group_id], [group_id]
    while stack:
        for child in children.get(stack.pop(), ()):
            if child not in found:
                found.append(child)
                stack.append(child)
    return tuple(found)


def rebuild_search_index(session: Session) -> None:
    """Index every client again (SQLite), e.g. after rows were written with triggers off."""
    if session.get_bind().dialect.name != "sqlite":
        return
    connection = session.connection()
    for name in ("fts_client_names", "fts_contact_points"):
        connection.exec_driver_sql(f"INSERT INTO {name}({name}) VALUES ('rebuild')")


def check_search_index(session: Session) -> None:
    """Raise if the SQLite search index disagrees with the tables (FTS5 integrity-check)."""
    if session.get_bind().dialect.name != "sqlite":
        return
    connection = session.connection()
    for name in ("fts_client_names", "fts_contact_points"):
        connection.exec_driver_sql(
            f"INSERT INTO {name}({name}, rank) VALUES ('integrity-check', 1)"
        )


@dataclass(frozen=True)
class FilterChoices:
    """What the list's filters offer, as (id, label) pairs in display order."""

    users: tuple[tuple[int, str], ...] = ()
    tags: tuple[tuple[int, str], ...] = ()
    groups: tuple[tuple[int, str], ...] = ()  # label: "Parent/Child"
    queues: tuple[tuple[int, str], ...] = ()


def filter_choices(session: Session) -> FilterChoices:
    users = session.execute(
        select(User.id, User.full_name).where(User.is_active).order_by(User.full_name)
    ).tuples()
    tags = session.execute(select(Tag.id, Tag.name).order_by(Tag.name_key)).tuples()
    queues = session.execute(select(Queue.id, Queue.name).order_by(Queue.name)).tuples()
    groups: list[tuple[int, str]] = []

    def walk(nodes: Sequence[Any]) -> None:
        for node in nodes:
            groups.append((node.id, node.path))
            walk(node.children)

    walk(group_tree(session))
    return FilterChoices(
        users=tuple(users), tags=tuple(tags), groups=tuple(groups), queues=tuple(queues)
    )
