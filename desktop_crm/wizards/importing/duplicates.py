"""Duplicate search for an import (IMP-6): the keys a row is recognised by, and one batched
lookup of those keys in the base per batch of rows.

Steps run in the order phone, email, name, each switchable; or, instead, one field marked
unique. The first step that finds someone decides; two different clients found by one step is
ambiguous and the row is refused rather than guessed.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_crm.errors import Code, ImportSettingsError
from desktop_crm.models import Client, CustomField, CustomFieldValue
from desktop_crm.models.clients import COMPANY, EMAIL, PHONE
from desktop_crm.services.matching import BATCH, clients_by_name
from desktop_crm.services.names import name_key
from desktop_crm.wizards.importing.fields import CLIENT_COLUMNS, CUSTOM_PREFIX
from desktop_crm.wizards.importing.rows import RowData

STEPS = ("phone", "email", "name")
UNIQUE_FIELDS = ("phones", "emails", "full_name", *CLIENT_COLUMNS)
Key = tuple[str, str]  # (step or field, normalized value)


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


class DuplicateFinder:
    def __init__(
        self, session: Session, steps: Sequence[str], unique_field: str | None, mapped: set[str]
    ) -> None:
        self.session = session
        self.unique_field = unique_field
        self.custom_field_id: int | None = None
        if unique_field:
            if unique_field.startswith(CUSTOM_PREFIX):
                self.custom_field_id = session.scalar(
                    select(CustomField.id).where(CustomField.key == unique_field[7:])
                )
                if self.custom_field_id is None:
                    raise ImportSettingsError(Code.CUSTOM_FIELD_UNKNOWN, key=unique_field[7:])
            elif unique_field not in UNIQUE_FIELDS:
                raise ImportSettingsError(
                    Code.UNIQUE_FIELD_UNKNOWN, field=unique_field, allowed=", ".join(UNIQUE_FIELDS)
                )
            if unique_field not in mapped:
                raise ImportSettingsError(Code.UNIQUE_FIELD_UNMATCHED, field=unique_field)
            self.steps: tuple[str, ...] = (unique_field,)
        else:
            self.steps = tuple(steps)

    def keys(self, row: RowData, step: str) -> list[str]:
        """The values row `row` is looked up by in step `step` (normalized)."""
        if step in ("phone", "phones"):
            return [e for _, e in row.phones]
        if step in ("email", "emails"):
            return [e for _, e in row.emails]
        if step in ("name", "full_name"):
            full = row.values.get("full_name")
            return [name_key(full)] if full else []
        if step.startswith(CUSTOM_PREFIX):
            value = row.custom.get(step[7:])
            return [value] if value else []
        value = row.values.get(step)
        return [str(value)] if value else []

    def company_key(self, row: RowData) -> str | None:
        """Company rows are also recognised by their name (a company is known by it): the key
        of the implicit last step, which people rows never take."""
        if row.kind != COMPANY or not row.values.get("full_name") or self.unique_field:
            return None
        return name_key(row.values["full_name"])

    def lookup(self, rows: Iterable[RowData]) -> dict[Key, list[int]]:
        """Existing clients for every key of `rows`, oldest first, in a few IN queries."""
        keyed = []
        for row in rows:
            keys = [(step, self.keys(row, step)) for step in self.steps]
            company = self.company_key(row)
            keys.append(("company", [company] if company else []))
            keyed.append(keys)
        return self.lookup_keys(keyed)

    def lookup_keys(self, keyed: Iterable[list[tuple[str, list[str]]]]) -> dict[Key, list[int]]:
        """`lookup` for keys already taken from the rows: per row, (step, values) pairs of
        `self.steps` and the implicit "company" step."""
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
            values = wanted.get(step)
            if not values:
                continue
            for value, ids in self._query(step, values).items():
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
