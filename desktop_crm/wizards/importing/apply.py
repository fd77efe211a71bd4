"""The apply stage: a matched batch put into its clients (targets), then written.

Applying a row to an existing client changes only the fields the row brings (an empty cell
never erases), merges contact points and tags instead of duplicating them, and returns the
before-image that lets the import be undone, plus the change-log entries: of every row but the
one that creates its client, so a later row that updates a client an earlier row of the same
file created is logged too (`change_lines` words them). The stage cleans the row's values
itself and resolves what they name (company, group, manager) through `references`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from desktop_crm.fields import custom_key
from desktop_crm.models.clients import EMAIL, PHONE
from desktop_crm.models.imports import CREATED, SKIPPED, UPDATED
from desktop_crm.services.names import name_key
from desktop_crm.wizards.importing.change_lines import LogEntry
from desktop_crm.wizards.importing.matching import Placed, Placement
from desktop_crm.wizards.importing.outcomes import (
    INTEREST_NO_TOPIC,
    MANAGER_UNKNOWN,
    PHONE_KEPT,
    UNCHANGED,
    RowFailure,
    RowOutcome,
    warning,
)
from desktop_crm.wizards.importing.references import References
from desktop_crm.wizards.importing.row_data import RowData
from desktop_crm.wizards.importing.targets import Target
from desktop_crm.wizards.importing.writer import BatchWriter

Before = dict[str, Any]  # the before-image of an updated client, see `undo`
Change = tuple[str, Any, Any]  # (column or field, old value, new value), see `change_lines`


def jsonable(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value, "f")
    return value


@dataclass(slots=True)
class Applied:
    changed: bool
    before: Before | None
    log: list[Change]
    warnings: list[str]


def clean_values(row: RowData) -> dict[str, Any]:
    """The client columns `row` sets, as far as they need no database (no references)."""
    values = {k: v for k, v in row.values.items() if v is not None and v != ""}
    if row.kind_given or (row.kind == "company" and row.values.get("full_name")):
        values["kind"] = row.kind
    if "full_name" in values:
        values["name_key"] = name_key(values["full_name"])
    return values


class RowApplier:
    """Puts the rows of each batch into their targets and has them written; knows the defaults
    of new clients."""

    def __init__(
        self,
        refs: References,
        writer: BatchWriter,
        *,
        defaults: dict[str, Any],
        custom_ids: dict[str, int],
        scenario_id: int | None,
    ) -> None:
        self.refs = refs
        self.writer = writer
        self.defaults = defaults
        self.custom_ids = custom_ids
        self.scenario_id = scenario_id

    def apply_batch(self, placed: Placed) -> list[RowOutcome]:
        """Apply and write a matched batch; one outcome per row, in file order."""
        for item in placed.plan:  # every new client first: a row may name a later row's company
            if isinstance(item, Placement) and item.created:
                self._seed(item.target, item.row)
        self.writer.load(placed.existing)
        outcomes: list[RowOutcome] = []
        log: list[LogEntry] = []
        for item in placed.plan:
            if isinstance(item, RowFailure):
                outcomes.append(RowOutcome.of_failure(item))
                continue
            row, target, created = item
            applied = self._apply_row(target, row, logged=not created)
            warnings = applied.warnings
            detail = "; ".join(warnings) or None
            if not created and not applied.changed:
                outcomes.append(
                    RowOutcome(row.number, SKIPPED, UNCHANGED, detail, target, warnings=warnings)
                )
                continue
            log += [(target, *entry) for entry in applied.log]
            before = applied.before if not target.new else {}
            what = CREATED if created else UPDATED
            kept = None  # a value kept as typed: the row goes to the failed-rows file too
            if row.kept_column is not None:
                kept = RowFailure(row.number, PHONE_KEPT, detail or "", row.raw, row.kept_column)
            outcomes.append(
                RowOutcome(row.number, what, None, detail, target, before, kept, warnings)
            )
        self.writer.write(placed.new, list(placed.existing.values()), log, outcomes)
        return outcomes

    def _seed(self, target: Target, row: RowData) -> None:
        """A new client from its first row: defaults, then the row (and its fallback name)."""
        target.values = dict(self.defaults)
        target.values["kind"] = row.kind
        if not row.values.get("full_name"):
            target.values["full_name"] = row.full_name
            target.values["name_key"] = name_key(row.full_name)
        if row.kind == "company":
            self.refs.add_pending_company(row.full_name, target)

    def _row_values(self, row: RowData, warnings: list[str]) -> dict[str, Any]:
        values = clean_values(row)
        if row.company:
            values["company_id"] = self.refs.company_id(row.company)
        if row.group:
            values["group_id"] = self.refs.group_id(row.group)
        if row.manager:
            uid = self.refs.manager_id(row.manager)
            if uid is None:
                text = f"Main manager {row.manager!r} is not a user; kept the default"
                warnings.append(warning(MANAGER_UNKNOWN, text))
            else:
                values["responsible_id"] = uid
        return values

    def _apply_row(self, target: Target, row: RowData, *, logged: bool) -> Applied:
        """Put `row` into `target` (in memory); `logged`: its changes go to the change log."""
        warnings = list(row.warnings)
        existing = not target.new
        before: Before = {}
        log: list[Change] = []
        changed = False
        for column, new in self._row_values(row, warnings).items():
            old = target.values.get(column)
            if new == old:
                continue
            changed = True
            if existing:
                before.setdefault("fields", {})[column] = jsonable(old)
                target.changed[column] = new
            if logged:
                log.append((column, old, new))
            target.values[column] = new
        for kind, items in ((PHONE, row.phones), (EMAIL, row.emails)):
            for value, normalized in items:
                key = (kind, normalized or "?" + value)  # kept as typed: one per spelling
                if key in target.points:
                    continue
                primary = not target.has_primary(kind)
                position = target.positions.get(kind, -1) + 1
                target.positions[kind] = position
                target.points[key] = primary
                target.new_points.append((kind, value, normalized, primary, position))
                changed = True
                if existing:
                    before.setdefault("points", []).append([kind, normalized])
                if logged:
                    log.append((f"{kind}s", None, value))
        if row.tags or row.custom or row.note or row.deal:
            changed |= self._extras(
                target, row, warnings, before if existing else None, log if logged else None
            )
        if existing and changed:
            target.touched = True
        return Applied(changed, before if existing else None, log, warnings)

    def _extras(
        self,
        target: Target,
        row: RowData,
        warnings: list[str],
        before: Before | None,
        log: list[Change] | None,
    ) -> bool:
        """Tags, custom values, the note and the interest of `row`; True when any is new."""
        changed = False
        if row.tags:
            for tag_id, tag in zip(self.refs.tag_ids(row.tags), row.tags, strict=True):
                if tag_id in target.tags:
                    continue
                target.tags.add(tag_id)
                target.new_tags.append(tag_id)
                changed = True
                if before is not None:
                    before.setdefault("tags", []).append(tag_id)
                if log is not None:
                    log.append(("tags", None, tag))
        if row.custom:
            changed |= self._custom(target, row, before, log)
        if row.note and row.note not in target.notes:
            target.notes.add(row.note)
            target.new_notes.append(row.note)
            changed = True
            if before is not None:
                before.setdefault("notes", []).append(row.note)
        if row.deal:
            changed |= self._deal(target, row, warnings, before)
        return changed

    def _custom(
        self,
        target: Target,
        row: RowData,
        before: Before | None,
        log: list[Change] | None,
    ) -> bool:
        changed = False
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
            if before is not None:
                before.setdefault("custom", {}).setdefault(str(field_id), old)
                if field_id not in target.custom:
                    before.setdefault("custom_new", []).append(field_id)
            if log is not None:
                log.append((custom_key(key), old, value))
            target.custom[field_id] = value
        return changed

    def _deal(
        self, target: Target, row: RowData, warnings: list[str], before: Before | None
    ) -> bool:
        deal = row.deal or {}
        topic = deal.get("topic")
        if not topic:
            text = "Interest fields without a topic; no interest created"
            warnings.append(warning(INTEREST_NO_TOPIC, text))
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
