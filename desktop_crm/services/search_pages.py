"""A window of a large text search on PostgreSQL, read part by part in sort order.

Ids in one `IN (UNION ...)` of every match made PostgreSQL hash the matches against a scan of
the whole clients table (a million rows), and the company's employees merge-join all of
`ix_clients_company_id`, for every window. Here each way of matching gives only the window's
worth, ordered, and those few rows are merged:
- names: the matching rows are read once from the trigram index (a manager's whole from the
  row-level security helper, or by the ids it gave when they are few); their window is cut
  from them, and the companies among them give the employees through `ix_clients_company_id`;
- contacts: the owners of the matching points (held from the estimate when few: PostgreSQL's
  guess of their number is far off, and a large guess hashes the whole table), or, when they
  are too many to hold (a fragment like "mail"), a walk of the sort column's index testing
  each row's contacts.
A walk for names would be no quicker: names cluster in sort order ("ники": 400,000 rows read
before the first Никитин).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    CTE,
    ColumnElement,
    CompoundSelect,
    Select,
    any_,
    literal_column,
    select,
    union,
)

from desktop_crm.models import Client, table_of
from desktop_crm.models.clients import COMPANY
from desktop_crm.services.client_rows import sort_expression
from desktop_crm.services.guarded_search import name_match_rows
from desktop_crm.services.search_statements import SearchStatements

# Sorts whose column has an index a window can walk in order (ties broken by id).
WALK_INDEXES = {
    "name": "ix_clients_sort_key",
    "created_at": "ix_clients_created_at",
    "stage": "ix_clients_stage",
}

_W = table_of(Client).alias("w")  # the walked or ordered clients
_N = table_of(Client).alias("named_rows")


class PagedStatements(SearchStatements):
    """The windows of a large text search on PostgreSQL; `ClientSearch` sets the flags."""

    _many_names: bool
    _many_contacts: bool

    @property
    def paged(self) -> bool:
        """True when a text search is read part by part (`paged_window`): on PostgreSQL."""
        return self._dialect != "sqlite" and not self.terms.empty

    def paged_window(self, offset: int, limit: int | None, *, reverse: bool) -> Select[Any]:
        """Ids of rows [offset, offset + limit) of the result (from its end when `reverse`;
        every row from `offset` when `limit` is None)."""
        wanted = None if limit is None else offset + limit
        found = self._union(self._parts(wanted, reverse)).subquery("found")
        order = order_keys(self.query.sort, found.c.k, found.c.id, self.query.descending, reverse)
        return select(found.c.id).order_by(*order).limit(limit).offset(offset)

    def paged_matches(self) -> Select[Any]:
        """Every matching id, in no order (to count them)."""
        found = self._union(self._parts(None, None)).subquery("found")
        return select(found.c.id)

    @staticmethod
    def _union(parts: list[Select[Any]]) -> Select[Any] | CompoundSelect[Any]:
        return union(*parts) if len(parts) > 1 else parts[0]

    def _parts(self, wanted: int | None, reverse: bool | None) -> list[Select[Any]]:
        """(id, sort key) of the matches of each way of matching: its first `wanted` in the
        order (read backwards when `reverse`), or all of them unordered (`reverse` None)."""
        w = _W

        def part(c: Any, *conditions: ColumnElement[bool]) -> Select[Any]:
            key = sort_expression(self.query.sort, c)
            statement = select(c.c.id.label("id"), key.label("k"))
            statement = statement.where(*conditions, *self._filters(c))
            if reverse is None:
                return statement
            order = order_keys(self.query.sort, key, c.c.id, self.query.descending, reverse)
            return statement.order_by(*order).limit(wanted)

        parts = []
        if self.terms.words or self.terms.prefix:
            named = self._named_clients()
            companies = select(named.c.id).where(named.c.kind == COMPANY)
            parts += [part(named), part(w, w.c.company_id.in_(companies))]
        if self.terms.contacts:
            # a manager's walk would test each row's contacts behind the row-level policies:
            # PostgreSQL then hashes every contact point they let through instead (seconds)
            if self._many_contacts and not self._guarded:
                parts.append(part(w, self._contact_test(w)))
            elif "contacts" in self._held:
                parts.append(part(w, held_condition(w.c.id, self._held["contacts"])))
            else:
                owners = self._contact_owner_ids()
                assert owners is not None
                parts.append(part(w, w.c.id.in_(owners)))
        return parts

    def _named_clients(self) -> CTE:
        """The rows of the clients whose name matches, read once: their own window is ordered
        from these, and the companies among them give the employees."""
        n = _N
        if self._guarded and "names" not in self._held:
            # a manager's many matches come whole from the helper, not as ids to read again
            rows = name_match_rows(self._guarded_name_patterns())
            return select(*rows.c).cte("named")
        if self._guarded:  # a few, held from the estimate
            names = self._name_ids()
            assert names is not None
            condition: ColumnElement[bool] = n.c.id.in_(names)
        else:  # the condition itself: the trigram index serves it
            condition = self._name_condition(n.c.name_key)
        return select(*n.c).where(condition).cte("named")


def held_condition(column: ColumnElement[int], ids: list[int]) -> ColumnElement[bool]:
    """`column` is one of `ids` (read before), the ids written into the statement as an array
    constant. The planner then knows how many they are: when many, it walks the sort order's
    index testing each entry against a hash of them (60 of 8,930 owners of "mich" addresses
    in 0.5 ms at a million clients), when few it looks them up by key. As `IN (unnest(...))`
    it guessed 200 and looked each of the 8,930 up by key (33 ms); as one array parameter, a
    prepared statement's generic plan would guess too."""
    constant = "'{" + ",".join(str(int(i)) for i in ids) + "}'::integer[]"
    return column == any_(literal_column(constant))


def order_keys(
    sort: str, key: ColumnElement[Any], ident: ColumnElement[Any], descending: bool, reverse: bool
) -> list[ColumnElement[Any]]:
    """ORDER BY of the list's order on `key` (ties by `ident`), or its reverse."""
    descending = descending != reverse
    if sort in WALK_INDEXES:  # never NULL: the plain order walks the index
        return [key.desc(), ident.desc()] if descending else [key.asc(), ident.asc()]
    # empty values last either way (first when read backwards from the end)
    order = key.desc() if descending else key.asc()
    order = order.nulls_first() if reverse else order.nulls_last()
    return [order, ident.desc() if descending else ident.asc()]
