"""Finding clients for the list (CLI-10): search text, filters and sort, all done by the database.

Ids come first (STYLE.md practice 4): a `ClientSearch` knows how many clients match and which
ids sit at rows [offset, offset + limit) in the chosen order; the list then fetches only the
rows it shows, by id (`services/client_rows.py`).

The text matches names, phones (any digits fragment, typed in any format: `8 912 345`,
`+7912...`), emails and the company's name. Names and the text are folded the same way
(`names.name_key`: case, Cyrillic included, and ё). The index (revision 0002) is an FTS5 trigram
table on SQLite and pg_trgm GIN indexes on PostgreSQL. The text is taken apart in
`search_query.py`, the conditions and statements it makes are in `search_statements.py`; this
module decides how to read a result and reads it.

How a result is read depends on its size, because a million clients is the normal case:
- a small result (at most `MATERIALIZE_LIMIT`, or any result in an order no index gives) is
  read at once: every matching id, sorted by the database;
- a large one is counted, and each window of it is read on its own. On SQLite in name or
  creation order the window walks that column's index and tests each row (the index gives the
  order, the test is cheap, and a broad match fills a window after a few rows); a window past
  the middle is read backwards from the end, so the last page is as quick as the first. On
  PostgreSQL a text search's window (and a small result, and the count) is read part by part,
  each way of matching giving only what the window needs (`search_pages.py`).
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import (
    CTE,
    ColumnClause,
    CompoundSelect,
    Select,
    String,
    false,
    func,
    literal_column,
    or_,
    select,
    type_coerce,
    union,
)
from sqlalchemy.orm import Session

from desktop_crm.models import Client, User, table_of
from desktop_crm.services.access import Permission, has_permission
from desktop_crm.services.client_rows import sort_expression

# Re-exported: the list, its filters and the tests import these from here.
from desktop_crm.services.filter_choices import FilterChoices, filter_choices
from desktop_crm.services.groups import group_subtree
from desktop_crm.services.guarded_search import guarded
from desktop_crm.services.search_index import check_search_index, rebuild_search_index
from desktop_crm.services.search_pages import WALK_INDEXES, PagedStatements, order_keys
from desktop_crm.services.search_query import NONE_ID, ClientQuery, SearchTerms, parse_text

# A result up to this size is read in one go; a larger one window by window.
MATERIALIZE_LIMIT = 5_000
# A walk holds up to this many clients found by contacts; more (a fragment like "mail") and it
# looks up each walked row's contacts instead (they are then common enough to be found soon).
HOLD_LIMIT = 20_000

# Aliases are made once: building one copies every column of the table, which costs more than
# running a small query.
_C = table_of(Client).alias("c")
_H = table_of(Client).alias("h")


@dataclass
class ClientSearch(PagedStatements):
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
    _guarded: bool = field(init=False, default=False)
    _guarded_names: CTE | None = field(init=False, default=None)
    _held: dict[str, list[int]] = field(init=False, default_factory=dict)
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
        clients), or every client a manager's queues show, costs more than showing the first
        screen of them. So does every client of a PostgreSQL base (a million rows: 400 ms of
        a parallel scan)."""
        self._dialect = session.get_bind().dialect.name
        # text only goes through the helpers: a list with none needs no look at the base
        self._guarded = not self.terms.empty and guarded(session, self._viewer_all)
        self._guarded_names = None
        self._held = {}
        self._ids = None
        self.walking = False
        self._walk_ids = []
        self._many_contacts = False
        self._many_names = False
        group_id = self.query.group_id
        if group_id is not None and group_id != NONE_ID:
            self._group_ids = group_subtree(session, group_id)
        limit = self.materialize_limit
        walkable = self._dialect != "sqlite" or self.query.sort in WALK_INDEXES
        exact: int | None = None
        if self.whole_base and (count or self._dialect == "sqlite"):
            exact = _count(session, self._set_query())  # everybody: cheap on SQLite
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
            self._ids = self._all(session)
            self.count = len(self._ids)
        return self

    def count_all(self, session: Session) -> int:
        """The exact number of matches (the slow part of a broad search)."""
        if self._ids is not None:
            return len(self._ids)
        return _count(session, self.paged_matches() if self.paged else self._set_query())

    def _text_estimate(self, session: Session, limit: int) -> int:
        """Matches of the text alone, each part counted up to `limit` + 1 (cheap either way).
        Remembers whether the contact matches alone are many: a walk then tests each row's
        contacts instead of holding all their owners."""
        total = 0
        names = self._name_ids(cap=limit + 1)
        contacts = self._contact_owner_ids(cap=self.hold_limit + 1)
        if names is not None:
            found = self._estimate_part(session, "names", names, limit)
            self._many_names = found > limit
            total += found
        if contacts is not None:
            # on SQLite the points the index finds, not their owners: joining a common
            # fragment's points to their owners reads them all before any limit applies
            points = self._contact_points_found() if self._dialect == "sqlite" else contacts
            found = self._estimate_part(session, "contacts", points, self.hold_limit)
            self._many_contacts = found > self.hold_limit
            total += found
        return total

    def _estimate_part(self, session: Session, part: str, found: Select[Any], limit: int) -> int:
        """How many `found` holds, up to `limit` + 1. A manager's helper is asked once, and
        contact owners on PostgreSQL are read: what came, when not cut short, is held for
        the statements that follow."""
        if self._dialect == "sqlite" or (part == "names" and not self._guarded):
            return _count(session, found.limit(limit + 1))
        ids = _ids(session, found.limit(limit + 1))  # a helper stopped there already
        if len(ids) <= limit:
            self._held[part] = ids
        return len(ids)

    def all_ids(self, session: Session) -> list[int]:
        """Every matching id in order (for bulk actions on a whole result)."""
        if self._ids is not None:
            return list(self._ids)
        return self._all(session)

    def _all(self, session: Session) -> list[int]:
        if self.paged:
            return _ids(session, self.paged_window(0, None, reverse=False))
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
        return _ids(session, self.window_statement(offset, limit, reverse=reverse))

    def window_statement(self, offset: int, limit: int, *, reverse: bool = False) -> Select[Any]:
        """The statement of a window of a result read window by window (not walked with held
        matches: see `_merged_window`)."""
        if self.paged:
            return self.paged_window(offset, limit, reverse=reverse)
        return self._window_query(reverse=reverse).limit(limit).offset(offset)

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
            key, ident = _walk_columns()
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
        key, ident = _walk_columns()
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
        key = sort_expression(self.query.sort, c)
        return statement.order_by(
            *order_keys(self.query.sort, key, c.c.id, self.query.descending, reverse)
        )

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


def _c() -> Any:
    return _C


def _walk_columns() -> tuple[ColumnClause[Any], ColumnClause[Any]]:
    """The sort key and the id of an index walk's rows, by their labels ("k", "id")."""
    return literal_column("k"), literal_column("id")


def _ids(session: Session, statement: Select[Any] | CompoundSelect[Any]) -> list[int]:
    # Core on the session's connection: the ORM adds nothing to a list of ids but time
    return list(session.connection().execute(statement).scalars())


def _count(session: Session, statement: Select[Any]) -> int:
    counted = select(func.count()).select_from(statement.subquery())
    return int(session.connection().execute(counted).scalar() or 0)


__all__ = [
    "HOLD_LIMIT",
    "MATERIALIZE_LIMIT",
    "NONE_ID",
    "WALK_INDEXES",
    "ClientQuery",
    "ClientSearch",
    "FilterChoices",
    "SearchTerms",
    "check_search_index",
    "filter_choices",
    "parse_text",
    "rebuild_search_index",
]
