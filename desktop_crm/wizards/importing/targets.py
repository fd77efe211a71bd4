"""A client a batch of rows writes to: a new one (inserted at the end of the batch) or an
existing one (loaded once, changed in memory by each of its rows, written once).

Applying a row to an existing client changes only the fields the row brings (an empty cell
never erases), merges contact points and tags instead of duplicating them, and returns the
before-image that lets the import be undone, plus the change-log entries.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from desktop_crm.fields import custom_key
from desktop_crm.models.clients import EMAIL, PHONE
from desktop_crm.services.names import name_key
from desktop_crm.wizards.importing.references import References
from desktop_crm.wizards.importing.rows import RowData

# Client columns an import reads and writes (besides bookkeeping ones).
STATE_COLUMNS = (
    "kind",
    "stage",
    "full_name",
    "name_key",
    "last_name",
    "first_name",
    "middle_name",
    "birth_date",
    "address",
    "website",
    "position",
    "group_id",
    "responsible_id",
    "company_id",
)
LOGGED_NAMES = {"name_key": None}  # internal columns that the change log does not show


def jsonable(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value, "f")
    return value


def text_of(value: Any) -> str | None:
    value = jsonable(value)
    return None if value is None else str(value)


@dataclass(slots=True, eq=False)
class Target:
    """Compared by identity: one object per client a batch touches."""

    id: int | None
    new: bool
    values: dict[str, Any] = field(default_factory=dict)
    changed: dict[str, Any] = field(default_factory=dict)
    points: dict[tuple[str, str], bool] = field(default_factory=dict)  # (kind, norm) -> primary
    positions: dict[str, int] = field(default_factory=dict)
    # (kind, value, normalized, is_primary, position)
    new_points: list[tuple[str, str, str, bool, int]] = field(default_factory=list)
    tags: set[int] = field(default_factory=set)
    new_tags: list[int] = field(default_factory=list)
    custom: dict[int, str | None] = field(default_factory=dict)
    custom_insert: dict[int, str | None] = field(default_factory=dict)
    custom_update: dict[int, str | None] = field(default_factory=dict)
    notes: set[str] = field(default_factory=set)
    new_notes: list[str] = field(default_factory=list)
    deal_topics: set[str] = field(default_factory=set)
    new_deals: list[dict[str, Any]] = field(default_factory=list)
    version: int = 1
    touched: bool = False  # an existing client that gets any change at all
    first_row: int = 0

    def has_primary(self, kind: str) -> bool:
        return any(p for (k, _), p in self.points.items() if k == kind)


@dataclass(slots=True)
class Applied:
    changed: bool
    before: dict[str, Any] | None
    log: list[tuple[str, str | None, str | None]]
    warnings: list[str]


class RowApplier:
    """Puts rows into targets; knows the defaults of new clients."""

    def __init__(
        self,
        refs: References,
        *,
        custom_ids: dict[str, int],
        scenario_id: int | None,
        responsible_id: int,
        user_id: int,
    ) -> None:
        self.refs = refs
        self.custom_ids = custom_ids
        self.scenario_id = scenario_id
        self.responsible_id = responsible_id
        self.user_id = user_id

    @staticmethod
    def clean_values(row: RowData) -> dict[str, Any]:
        """The client columns `row` sets, as far as they need no database (no references)."""
        values = {k: v for k, v in row.values.items() if v is not None and v != ""}
        if row.kind_given or (row.kind == "company" and row.values.get("full_name")):
            values["kind"] = row.kind
        if "full_name" in values:
            values["name_key"] = name_key(values["full_name"])
        return values

    def _row_values(self, row: RowData, warnings: list[str]) -> dict[str, Any]:
        values = row.clean if row.clean is not None else self.clean_values(row)
        row.clean = None  # used once: the dict becomes this row's change set
        if row.company:
            values["company_id"] = self.refs.company_id(row.company)
        if row.group:
            values["group_id"] = self.refs.group_id(row.group)
        if row.manager:
            uid = self.refs.manager_id(row.manager)
            if uid is None:
                warnings.append(f"Main manager {row.manager!r} is not a user; kept the default")
            else:
                values["responsible_id"] = uid
        return values

    def apply(self, target: Target, row: RowData) -> Applied:
        warnings = list(row.warnings)
        existing = not target.new
        before: dict[str, Any] = {}
        log: list[tuple[str, str | None, str | None]] = []
        changed = False
        for column, new in self._row_values(row, warnings).items():
            old = target.values.get(column)
            if new == old:
                continue
            changed = True
            if existing:
                before.setdefault("fields", {})[column] = jsonable(old)
                target.changed[column] = new
                if column not in LOGGED_NAMES:
                    log.append((column, text_of(old), text_of(new)))
            target.values[column] = new
        for kind, items in ((PHONE, row.phones), (EMAIL, row.emails)):
            for value, normalized in items:
                if (kind, normalized) in target.points:
                    continue
                primary = not target.has_primary(kind)
                position = target.positions.get(kind, -1) + 1
                target.positions[kind] = position
                target.points[(kind, normalized)] = primary
                target.new_points.append((kind, value, normalized, primary, position))
                changed = True
                if existing:
                    before.setdefault("points", []).append([kind, normalized])
                    log.append((f"{kind}s", None, value))
        if row.tags:
            for tag_id, tag in zip(self.refs.tag_ids(row.tags), row.tags, strict=True):
                if tag_id in target.tags:
                    continue
                target.tags.add(tag_id)
                target.new_tags.append(tag_id)
                changed = True
                if existing:
                    before.setdefault("tags", []).append(tag_id)
                    log.append(("tags", None, tag))
        for key, value in row.custom.items():
            field_id = self.custom_ids[key]
            old = target.custom.get(field_id)
            if value is None or value == old:
                continue
            changed = True
            if field_id in target.custom and field_id not in target.custom_insert:
                target.custom_update[field_id] = value
            else:
                target.custom_insert[field_id] = value
            if existing:
                before.setdefault("custom", {}).setdefault(str(field_id), old)
                if field_id not in target.custom:
                    before.setdefault("custom_new", []).append(field_id)
                log.append((custom_key(key), old, value))
            target.custom[field_id] = value
        if row.note and row.note not in target.notes:
            target.notes.add(row.note)
            target.new_notes.append(row.note)
            changed = True
            if existing:
                before.setdefault("notes", []).append(row.note)
        if row.deal:
            changed |= self._deal(target, row, warnings, before if existing else None)
        if existing and changed:
            target.touched = True
        return Applied(changed, before if existing else None, log, warnings)

    def _deal(
        self, target: Target, row: RowData, warnings: list[str], before: dict[str, Any] | None
    ) -> bool:
        deal = row.deal or {}
        topic = deal.get("topic")
        if not topic:
            warnings.append("Interest fields without a topic; no interest created")
            return False
        if topic.casefold() in target.deal_topics:
            return False
        target.deal_topics.add(topic.casefold())
        target.new_deals.append(
            {
                "topic": topic,
                "date": deal.get("date"),
                "expected_revenue": deal.get("expected_revenue"),
                "description": deal.get("description"),
                "activity": deal.get("activity"),
                "activity_date": deal.get("activity_date"),
                "scenario_id": self.scenario_id,
            }
        )
        if before is not None:
            before["deals"] = before.get("deals", 0) + 1
        return True

    def new_target(self, row: RowData, defaults: dict[str, Any]) -> Target:
        """A new client from its first row: defaults, then the row (and its fallback name)."""
        target = Target(id=None, new=True, first_row=row.number)
        target.values = dict(defaults)
        target.values["kind"] = row.kind
        if not row.values.get("full_name"):
            target.values["full_name"] = row.full_name
            target.values["name_key"] = name_key(row.full_name)
        if row.kind == "company":
            self.refs.add_pending_company(row.full_name, target)
        return target
