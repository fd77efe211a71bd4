"""Applying the sure name splits of the full-name check in one step (CTL-6), and undoing it.

The apply writes the name parts of clients and contact persons in bulk (a few statements per
chunk of cards, through `wizards.importing.bulk`), records one `BulkEdit(kind="names")` with
the ids and old values its undo restores, and writes the cards' History: a line per filled part
and one saying which bulk edit changed the card. A card whose parts were filled, or whose full
name was changed, since the check found it is left alone. Each card's version goes up, so a
card open in a window reports a conflict instead of saving over the split.

The undo puts the old (empty) parts back, unless the card was changed since the split (its
version moved on): such a card is kept as it is, with a History line saying so, and the result
lists it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, NamedTuple, TypeVar

from sqlalchemy import ColumnElement, Table, select
from sqlalchemy.orm import Session

from desktop_crm.models import BulkEdit, ChangeLog, Client, ContactPerson, User, table_of, utcnow
from desktop_crm.services.access import Permission, require
from desktop_crm.services.changelog import CLIENT_ENTITY, PERSON_ENTITY, display
from desktop_crm.services.completeness import NAME_PARTS, client_has, person_has
from desktop_crm.wizards.control.bulk_edits import MARK_FIELD, finish_undo, lock_bulk_edit
from desktop_crm.wizards.control.records import FoundRecord
from desktop_crm.wizards.importing.bulk import Bulk

KIND = "names"
CHUNK = 1000  # cards locked and updated per round
WRITTEN = (*NAME_PARTS, "version", "updated_at", "updated_by_id")
HISTORY_COLUMNS = (
    "entity",
    "entity_id",
    "client_id",
    "field",
    "old_value",
    "new_value",
    "user_id",
    "changed_at",
)
T = TypeVar("T")


class _Side(NamedTuple):
    """Clients or contact persons: what the apply and the undo need to know of each."""

    key: str  # in undo_data and the summary
    entity: str  # in the change log
    table: Table
    # columns of the model (Any: typed as descriptors, they would read as plain values)
    id: Any
    client_id: Any
    version: Any
    full_name: Any
    names_filled: ColumnElement[bool]


SIDES = (
    _Side(
        "clients",
        CLIENT_ENTITY,
        table_of(Client),
        Client.id,
        Client.id.label("client_ref"),  # a client's card is its own
        Client.version,
        Client.full_name,
        client_has(KIND),
    ),
    _Side(
        "persons",
        PERSON_ENTITY,
        table_of(ContactPerson),
        ContactPerson.id,
        ContactPerson.client_id,
        ContactPerson.version,
        ContactPerson.full_name,
        person_has(KIND),
    ),
)

Parts = tuple[str | None, str | None, str | None]


@dataclass(frozen=True)
class NamesApplied:
    """What an apply did: the bulk edit it recorded (None when nothing was split)."""

    bulk_edit_id: int | None
    clients: int
    persons: int

    @property
    def split(self) -> int:
        return self.clients + self.persons


@dataclass(frozen=True)
class KeptCard:
    """A card the undo left as it is: it was changed after the split."""

    entity: str
    id: int
    client_id: int
    name: str

    def as_dict(self) -> dict[str, Any]:
        return {
            "entity": self.entity,
            "id": self.id,
            "client_id": self.client_id,
            "name": self.name,
        }


@dataclass(frozen=True)
class NamesUndone:
    bulk_edit_id: int
    restored: int
    kept: tuple[KeptCard, ...]

    def summary(self) -> dict[str, Any]:
        return {
            "bulk_edit_id": self.bulk_edit_id,
            "restored": self.restored,
            "kept": len(self.kept),
            "kept_cards": [k.as_dict() for k in self.kept],
        }


def apply_names(session: Session, user: User, records: Iterable[FoundRecord]) -> NamesApplied:
    """Write the sure splits among `records` (of `names_check.find_names`); see the module's
    docstring. Admin only."""
    require(user, Permission.CONTROL)
    proposals: dict[str, dict[int, tuple[Parts, str]]] = {side.key: {} for side in SIDES}
    for record in records:
        details = record.details or {}
        last, first, middle = details.get("proposed") or (None, None, None)
        if record.missing != KIND or not details.get("sure") or not (last or first or middle):
            continue
        key, card = _card_of(record)
        proposals[key][card] = ((last, first, middle), str(details.get("full_name", "")))
    edit = BulkEdit(kind=KIND, user_id=user.id, summary={"split": 0}, undo_data={})
    session.add(edit)
    session.flush()
    at = utcnow()
    undo: dict[str, list[list[Any]]] = {}
    for side in SIDES:
        undo[side.key] = []
        for chunk in _chunks(sorted(proposals[side.key]), CHUNK):
            wanted = {card: proposals[side.key][card] for card in chunk}
            undo[side.key] += _apply_chunk(session, user, side, edit.id, wanted, at)
    clients, persons = len(undo["clients"]), len(undo["persons"])
    if clients + persons == 0:
        session.delete(edit)
        session.flush()
        return NamesApplied(None, 0, 0)
    edit.summary = {"split": clients + persons, "clients": clients, "persons": persons}
    edit.undo_data = undo
    session.flush()
    return NamesApplied(edit.id, clients, persons)


def _card_of(record: FoundRecord) -> tuple[str, int]:
    if record.contact_person_id is not None:
        return "persons", record.contact_person_id
    assert record.client_id is not None
    return "clients", record.client_id


def _chunks(items: Sequence[T], size: int) -> Iterator[Sequence[T]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _locked_rows(session: Session, side: _Side, ids: Sequence[int], *, only_empty: bool) -> Any:
    """(id, client id, full name, parts..., version) of these cards, locked; with
    `only_empty`, only those whose name parts are all still empty."""
    parts = [getattr(side.table.c, part) for part in NAME_PARTS]
    query = select(side.id, side.client_id, side.full_name, *parts, side.version).where(
        side.id.in_(ids)
    )
    if only_empty:
        query = query.where(~side.names_filled)
    return session.execute(query.with_for_update()).all()


def _apply_chunk(
    session: Session,
    user: User,
    side: _Side,
    edit_id: int,
    wanted: dict[int, tuple[Parts, str]],
    at: datetime,
) -> list[list[Any]]:
    """Split the cards of one chunk whose parts are still empty and whose full name is still
    the one the check split; the undo entries of those split."""
    entries: list[list[Any]] = []
    writes: list[tuple[Any, ...]] = []
    history: list[tuple[Any, ...]] = []
    mark = f"Bulk edit #{edit_id}: the full name split into last, first and middle name."
    rows = _locked_rows(session, side, list(wanted), only_empty=True)
    for card, client_id, full_name, *old, version in rows:
        new, checked_name = wanted[card]
        if full_name != checked_name:
            continue  # renamed since the check: its split is someone's to redo
        entries.append([card, client_id, *old, *new, version + 1])
        writes.append((card, version, *new, version + 1, at, user.id))
        history += _history(side, user, card, client_id, old, new, mark, at)
    _write(session, side, writes, history)
    return entries


def _write(
    session: Session, side: _Side, writes: list[tuple[Any, ...]], history: list[tuple[Any, ...]]
) -> None:
    """The parts, new versions, who and when of the cards (each still at the version it was
    read at), and their History lines: rows as plain tuples through `Bulk`, a few statements a
    chunk (the per-row parameter handling of Core's executemany doubled the apply's time)."""
    bulk = Bulk(session)
    bulk.update(side.table, WRITTEN, writes, check="version")
    bulk.insert(table_of(ChangeLog), HISTORY_COLUMNS, history)


def _history(
    side: _Side,
    user: User,
    card: int,
    client_id: int,
    old: Sequence[str | None],
    new: Sequence[str | None],
    mark: str,
    at: datetime,
) -> list[tuple[Any, ...]]:
    """The History lines of one card (`HISTORY_COLUMNS`): each changed part, and the line
    naming the bulk edit."""
    rows = [
        (side.entity, card, client_id, part, display(before), display(after), user.id, at)
        for part, before, after in zip(NAME_PARTS, old, new, strict=False)
        if display(before) != display(after)
    ]
    rows.append((side.entity, card, client_id, MARK_FIELD, None, mark, user.id, at))
    return rows


def undo_names(session: Session, bulk_edit_id: int, user: User) -> NamesUndone:
    """Put back the name parts a names bulk edit filled, except on cards changed since; see
    the module's docstring. Admin only."""
    require(user, Permission.CONTROL)
    edit = lock_bulk_edit(session, bulk_edit_id, KIND)
    data = edit.undo_data or {}
    at = utcnow()
    restored, kept = 0, []
    for side in SIDES:
        for chunk in _chunks(data.get(side.key) or [], CHUNK):
            done, left = _undo_chunk(session, user, side, bulk_edit_id, chunk, at)
            restored += done
            kept += left
    result = NamesUndone(bulk_edit_id, restored, tuple(kept))
    finish_undo(session, edit, user, {"by": user.login, **result.summary()})
    return result


def _undo_chunk(
    session: Session,
    user: User,
    side: _Side,
    edit_id: int,
    entries: Sequence[list[Any]],
    at: datetime,
) -> tuple[int, list[KeptCard]]:
    """Restore the cards of one chunk still at the version the split left; keep the rest."""
    now = {
        row[0]: row
        for row in _locked_rows(session, side, [e[0] for e in entries], only_empty=False)
    }
    writes: list[tuple[Any, ...]] = []
    history: list[tuple[Any, ...]] = []
    kept: list[KeptCard] = []
    for card, client_id, *values in entries:
        old, new, version = values[:3], values[3:6], values[6]
        row = now.get(card)
        if row is None:
            continue  # deleted since: nothing to put back
        if row[-1] != version:
            kept.append(KeptCard(side.entity, card, client_id, row[2]))
            mark = f"Bulk edit #{edit_id} was undone; this card was kept: it was changed since."
            history += _history(side, user, card, client_id, (), (), mark, at)
            continue
        writes.append((card, version, *old, version + 1, at, user.id))
        mark = f"Bulk edit #{edit_id} was undone: the name parts were put back."
        history += _history(side, user, card, client_id, new, old, mark, at)
    _write(session, side, writes, history)
    return len(writes), kept
