"""The SQL pieces of a client search: which names, contacts and filters match, as statements
and conditions for `ClientSearch` (services/search.py) to count, order and window.

Names match through the FTS5 trigram table on SQLite and pg_trgm indexes on PostgreSQL (both
made by revision 0002); a row-by-row test serves an index walk.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import (
    CTE,
    ColumnElement,
    Select,
    and_,
    column,
    exists,
    func,
    literal_column,
    or_,
    select,
    table,
)

from desktop_crm.models import Client, ContactPerson, ContactPoint, ImportRow, client_tags, table_of
from desktop_crm.models.imports import CREATED, UPDATED
from desktop_crm.services.guarded_search import (
    contact_match_ids,
    contains_pattern,
    held_ids,
    name_match_ids,
    prefix_pattern,
)
from desktop_crm.services.search_query import MIN_SUBSTRING, NONE_ID, ClientQuery, SearchTerms
from desktop_crm.services.visibility import queue_rule

# Above every character: `prefix <= key < prefix + TOP` holds for keys that start with prefix.
_TOP = "\U0010ffff"

_persons = table_of(ContactPerson)
# Aliases are made once: building one copies every column of the table, which costs more than
# running a small query.
_N = table_of(Client).alias("n")
_E = table_of(Client).alias("e")
_P = table_of(ContactPoint).alias("p")
_fts_names = table("fts_client_names", column("rowid"))
_fts_points = table("fts_contact_points", column("rowid"))


def _fts_query(terms: Sequence[str], joiner: str) -> str:
    return f" {joiner} ".join('"' + t.replace('"', '""') + '"' for t in terms)


def _fts_match(fts_name: str, query: str) -> ColumnElement[bool]:
    return literal_column(fts_name).op("MATCH")(query)


class SearchStatements:
    """The statements of one search; `ClientSearch` sets these attributes in `prepare`."""

    query: ClientQuery
    terms: SearchTerms
    _dialect: str
    _group_ids: tuple[int, ...]
    _viewer_id: int | None
    _viewer_all: bool
    _guarded: bool  # a manager on a team base: text through the RLS helpers
    _guarded_names: CTE | None
    _held: dict[str, list[int]]  # ids read in full before ("names", "contacts")

    def _contact_points_found(self) -> Select[Any]:
        fragments = [t.lstrip("+") for t in self.terms.contacts]
        return select(_fts_points.c.rowid).where(
            _fts_match("fts_contact_points", _fts_query(fragments, "OR"))
        )

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

    def _guarded_name_patterns(self) -> list[str]:
        """The LIKE patterns a manager's name search hands the helpers."""
        terms = self.terms
        if terms.prefix:
            return [prefix_pattern(terms.prefix)]
        return [contains_pattern(w) for w in terms.words]

    def _name_ids(self, cap: int | None = None) -> Select[Any] | None:
        """Ids of clients whose name matches, found through the index. `cap`: the caller
        reads no more than that many (a manager's helper then stops there)."""
        terms = self.terms
        if not (terms.words or terms.prefix):
            return None
        if self._guarded:
            patterns = self._guarded_name_patterns()
            if cap is not None:
                return name_match_ids(patterns, cap)
            if "names" in self._held:
                return held_ids(self._held["names"])
            # one call of the helper, though the names serve twice (the companies' employees)
            if self._guarded_names is None:
                self._guarded_names = name_match_ids(patterns).cte("guarded_names")
            return select(self._guarded_names.c.id)
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

    def _contact_owner_ids(self, cap: int | None = None) -> Select[Any] | None:
        """Ids of clients with a matching phone or email (their own or a contact person's);
        `cap` as for `_name_ids`."""
        if not self.terms.contacts:
            return None
        if cap is None and "contacts" in self._held:
            return held_ids(self._held["contacts"])
        if self._guarded:
            return contact_match_ids(
                [
                    prefix_pattern(t) if t.startswith("+") else contains_pattern(t)
                    for t in self.terms.contacts
                ],
                cap,
            )
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

    def _filters(self, c: Any) -> list[ColumnElement[bool]]:
        return filter_conditions(
            self.query, c, self._group_ids, viewer_id=self._viewer_id, viewer_all=self._viewer_all
        )


def filter_conditions(
    q: ClientQuery,
    c: Any,
    group_ids: tuple[int, ...] = (),
    *,
    viewer_id: int | None = None,
    viewer_all: bool = True,
) -> list[ColumnElement[bool]]:
    """The WHERE conditions of the list's filters on `c`, a clients table or alias: the list
    and the control checks (wizards/control/filters.py) filter alike. `group_ids` is the
    filtered group with its subgroups (`groups.group_subtree`); a viewer outside the admins
    sees clients outside queues and in their own queues."""
    conditions: list[ColumnElement[bool]] = []
    for tag_id in q.tag_ids:
        conditions.append(
            exists().where(client_tags.c.client_id == c.c.id, client_tags.c.tag_id == tag_id)
        )
    if q.group_id == NONE_ID:
        conditions.append(c.c.group_id.is_(None))
    elif q.group_id is not None:
        conditions.append(c.c.group_id.in_(group_ids or (q.group_id,)))
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
    if viewer_id is not None and not viewer_all:
        conditions.append(queue_rule(viewer_id, c.c.queue_id))
    return conditions
