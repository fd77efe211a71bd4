"""The matching stage (IMP-5, IMP-6): which client each row of a batch belongs to. The keys a
row is recognised by, one batched lookup of those keys in the base, and the decision: an
existing client, a client an earlier row of the batch created, a new one, or a failure.

Steps run in the order phone, email, name, each switchable; or, instead, one field marked
unique. The first step that finds someone decides; two different clients found by one step is
ambiguous and the row is refused rather than guessed. The mode decides what a found or a
missing client means (add: a found one is a duplicate; update: a missing one is not found).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_crm.errors import Code, ImportSettingsError
from desktop_crm.fields import custom_field_key
from desktop_crm.models import Client, CustomField, CustomFieldValue
from desktop_crm.models.clients import COMPANY, EMAIL, PHONE
from desktop_crm.models.imports import ADD, UPDATE
from desktop_crm.services.matching import BATCH, clients_by_name
from desktop_crm.services.names import name_key
from desktop_crm.wizards.importing.fields import CLIENT_COLUMNS
from desktop_crm.wizards.importing.outcomes import NOT_FOUND, NOT_UNIQUE, RowFailure
from desktop_crm.wizards.importing.row_data import RowData
from desktop_crm.wizards.importing.targets import Target

STEPS = ("phone", "email", "name")
UNIQUE_FIELDS = ("phones", "emails", "full_name", *CLIENT_COLUMNS)
Key = tuple[str, str]  # (step or field, normalized value)
Keys = list[tuple[str, list[str]]]  # a row's values per step, the implicit "company" step last


class Placement(NamedTuple):
    row: RowData
    target: Target
    created: bool  # the row creates its client (later rows of the batch may update it)


@dataclass(slots=True)
class Placed:
    """A batch, matched: per row in file order its placement or its failure."""

    plan: list[Placement | RowFailure] = field(default_factory=list)
    new: list[Target] = field(default_factory=list)  # clients the batch creates
    existing: dict[int, Target] = field(default_factory=dict)  # clients it updates, by id


def parse_steps(text: str | Sequence[str] | None) -> tuple[str, ...]:
    """`phone,email,name` (any subset, any order given; applied in the fixed order)."""
    if text is None:
        return ("phone", "email")
    items = text.split(",") if isinstance(text, str) else list(text)
    wanted = {i.strip().lower().rstrip("s") for i in items if i.strip()}
    wanted.discard("none")
    unknown = wanted - set(STEPS)
    if unknown:
        raise ImportSettingsError(Code.DEDUPE_STEP_UNKNOWN, steps=", ".join(sorted(unknown)))
    return tuple(s for s in STEPS if s in wanted)


class Matcher:
    """Matches the batches of one import; checks the unique field when built."""

    def __init__(
        self,
        session: Session,
        mode: str,
        steps: Sequence[str],
        unique_field: str | None,
        mapped: set[str],
    ) -> None:
        self.session = session
        self.mode = mode
        self.unique_field = unique_field
        self.custom_field_id: int | None = None
        if unique_field:
            if (custom := custom_field_key(unique_field)) is not None:
                self.custom_field_id = session.scalar(
                    select(CustomField.id).where(CustomField.key == custom)
                )
                if self.custom_field_id is None:
                    raise ImportSettingsError(Code.CUSTOM_FIELD_UNKNOWN, key=custom)
            elif unique_field not in UNIQUE_FIELDS:
                raise ImportSettingsError(
                    Code.UNIQUE_FIELD_UNKNOWN, field=unique_field, allowed=", ".join(UNIQUE_FIELDS)
                )
            if unique_field not in mapped:
                raise ImportSettingsError(Code.UNIQUE_FIELD_UNMATCHED, field=unique_field)
            self.steps: tuple[str, ...] = (unique_field,)
        else:
            self.steps = tuple(steps)

    def place(self, rows: Sequence[RowData | RowFailure]) -> Placed:
        """Each row's client, in file order: a row also finds the clients of the rows before it
        in the batch. Targets are compared by identity, one per client id."""
        keyed = [self._keys(row) if type(row) is RowData else None for row in rows]
        hits = self._lookup([keys for keys in keyed if keys is not None])
        placed = Placed()
        index: dict[Key, list[Target]] = {}  # the keys of the rows placed so far
        candidates: dict[int, Target] = {}  # clients found, chosen or not (yet)
        for row, keys in zip(rows, keyed, strict=True):
            if isinstance(row, RowFailure):
                placed.plan.append(row)
                continue
            assert keys is not None
            target, failure = self._resolve(row, keys, hits, index, candidates)
            if failure is not None:
                placed.plan.append(failure)
                continue
            created = target is None
            if target is None:
                target = Target(id=None, new=True, first_row=row.number)
                placed.new.append(target)
            elif target.id is not None:
                placed.existing[target.id] = target
            placed.plan.append(Placement(row, target, created))
            for step, values in keys:
                for value in values:
                    bucket = index.get((step, value))
                    if bucket is None:
                        index[(step, value)] = [target]
                    elif target not in bucket:
                        bucket.append(target)
        return placed

    def _resolve(
        self,
        row: RowData,
        keys: Keys,
        hits: dict[Key, list[int]],
        index: dict[Key, list[Target]],
        candidates: dict[int, Target],
    ) -> tuple[Target | None, RowFailure | None]:
        """The client `row` belongs to (None: a new one), or why it cannot be placed. The
        first step that finds anyone decides."""
        for step, values in keys:
            found: list[Target] = []
            found_on = ""
            for value in values:
                key = (step, value)
                for client_id in hits.get(key, ()):
                    target = candidates.get(client_id)
                    if target is None:
                        target = candidates[client_id] = Target(id=client_id, new=False)
                    if target not in found:
                        found.append(target)
                        found_on = value
                for target in index.get(key, ()):
                    if target not in found:
                        found.append(target)
                        found_on = value
            if not found:
                continue
            if len(found) > 1:
                ids = ", ".join(f"#{t.id}" if t.id else f"row {t.first_row}" for t in found[:5])
                detail = f"{step} {found_on} matches {len(found)} clients ({ids})"
                return None, RowFailure(row.number, NOT_UNIQUE, detail, row.raw)
            if self.mode == ADD:
                where = f"client #{found[0].id}" if found[0].id else f"row {found[0].first_row}"
                detail = f"{step} {found_on} is already on {where}"
                return None, RowFailure(row.number, NOT_UNIQUE, detail, row.raw)
            return found[0], None
        if self.mode == UPDATE:
            return None, RowFailure(row.number, NOT_FOUND, "no client has this row's keys", row.raw)
        return None, None

    def _keys(self, row: RowData) -> Keys:
        """The values `row` is looked up by (normalized), per step."""
        keys: Keys = [(step, self._step_keys(row, step)) for step in self.steps]
        company = self._company_key(row)
        keys.append(("company", [company] if company else []))
        return keys

    def _step_keys(self, row: RowData, step: str) -> list[str]:
        if step in ("phone", "phones"):
            return [e for _, e in row.phones if e]  # a phone kept as typed matches nothing
        if step in ("email", "emails"):
            return [e for _, e in row.emails]
        if step in ("name", "full_name"):
            full = row.values.get("full_name")
            return [name_key(full)] if full else []
        if (custom := custom_field_key(step)) is not None:
            value = row.custom.get(custom)
            return [value] if value else []
        value = row.values.get(step)
        return [str(value)] if value else []

    def _company_key(self, row: RowData) -> str | None:
        """Company rows are also recognised by their name (a company is known by it): the key
        of the implicit last step, which people rows never take."""
        if row.kind != COMPANY or not row.values.get("full_name") or self.unique_field:
            return None
        return name_key(row.values["full_name"])

    def _lookup(self, keyed: list[Keys]) -> dict[Key, list[int]]:
        """Existing clients for every key of the rows, oldest first, in a few IN queries."""
        wanted: dict[str, set[str]] = defaultdict(set)
        for keys in keyed:
            for step, values in keys:
                if values:
                    wanted[step].update(values)
        found: dict[Key, list[int]] = {}
        companies = sorted(wanted.pop("company", ()))
        for start in range(0, len(companies), BATCH):
            for key, client_id in self.session.execute(
                select(Client.name_key, Client.id)
                .where(
                    Client.kind == COMPANY, Client.name_key.in_(companies[start : start + BATCH])
                )
                .order_by(Client.id)
            ):
                found.setdefault(("company", key), [client_id])  # the oldest one
        for step in self.steps:
            if wanted.get(step):
                for value, ids in self._query(step, wanted[step]).items():
                    found[(step, value)] = ids
        return found

    def _contacts(self, kind: str, values: set[str]) -> dict[str, list[int]]:
        """`services.matching.clients_by_contact` as plain SQL on the session's connection: an
        import asks it for thousands of keys per batch and the ORM's per-query work showed."""
        connection = self.session.connection()
        postgresql = connection.dialect.name == "postgresql"
        mark = "%s" if connection.dialect.paramstyle in ("format", "pyformat") else "?"
        found: dict[str, list[int]] = defaultdict(list)
        ordered = sorted(values)
        for start in range(0, len(ordered), BATCH):
            chunk = ordered[start : start + BATCH]
            params: tuple[object, ...]
            if postgresql:
                # a join on the array walks the (kind, normalized) index key by key; with a
                # long IN list the planner prefers scanning every contact point (4x slower)
                sql = (
                    "SELECT cp.normalized, cp.client_id FROM unnest(%s::text[]) AS k(v) "
                    "JOIN contact_points cp ON cp.normalized = k.v WHERE cp.kind = %s "
                    "AND cp.client_id IS NOT NULL ORDER BY cp.client_id"
                )
                params = (list(chunk), kind)
            else:
                sql = (
                    f"SELECT normalized, client_id FROM contact_points WHERE kind = {mark} "
                    f"AND normalized IN ({', '.join([mark] * len(chunk))}) "
                    "AND client_id IS NOT NULL ORDER BY client_id"
                )
                params = (kind, *chunk)
            for value, client_id in connection.exec_driver_sql(sql, params):
                ids = found[value]
                if client_id not in ids:
                    ids.append(client_id)
        return dict(found)

    def _query(self, step: str, values: set[str]) -> dict[str, list[int]]:
        if step in ("phone", "phones"):
            return self._contacts(PHONE, values)
        if step in ("email", "emails"):
            return self._contacts(EMAIL, values)
        if step in ("name", "full_name"):
            return clients_by_name(self.session, values)
        found: dict[str, list[int]] = defaultdict(list)
        ordered = sorted(values)
        for start in range(0, len(ordered), BATCH):
            chunk = ordered[start : start + BATCH]
            if self.custom_field_id is not None:
                query = (
                    select(CustomFieldValue.value, CustomFieldValue.client_id)
                    .where(
                        CustomFieldValue.field_id == self.custom_field_id,
                        CustomFieldValue.value.in_(chunk),
                    )
                    .order_by(CustomFieldValue.client_id)
                )
            else:
                column = getattr(Client, step)
                query = select(column, Client.id).where(column.in_(chunk)).order_by(Client.id)
            for value, client_id in self.session.execute(query):
                found[value].append(client_id)
        return dict(found)
