"""Merging duplicate cards into one (CTL-8): everything that hangs on the merged cards moves to
the surviving card, which takes the chosen value of each field; the merged cards are deleted.

One `BulkEdit(kind="merge")` keeps what the undo needs to put every card back as it was: the
deleted cards' rows and custom values, which rows moved from which card, the contact points
dropped as exact duplicates, and the survivor's old values of what changed on it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from desktop_crm.errors import Code, ValidationError
from desktop_crm.models import (
    Base,
    BulkEdit,
    Client,
    ContactPoint,
    CustomField,
    CustomFieldValue,
    User,
    client_tags,
    table_of,
    utcnow,
)
from desktop_crm.services.access import Permission, require
from desktop_crm.services.changelog import log_change
from desktop_crm.services.linking import link_addresses
from desktop_crm.services.merging.candidates import rewrite_candidates
from desktop_crm.services.merging.choices import card_values, check_choices, custom_values
from desktop_crm.services.merging.history import log_card_changes, snapshot
from desktop_crm.services.merging.references import DETACHED, MOVED, kept_stamps
from desktop_crm.services.merging.rows import encode
from desktop_crm.services.visibility import require_visible

MERGED_FIELD = "merged"


@dataclass(frozen=True)
class MergeResult:
    kept: int
    merged: list[int]
    bulk_edit_id: int


def check_merge(session: Session, user: User, keep_id: int, other_ids: Iterable[int]) -> list[int]:
    """The merged card ids, once the user may merge and see every card; errors otherwise."""
    require(user, Permission.EDIT_CLIENTS)
    require(user, Permission.DELETE_CLIENTS)  # the merged cards are deleted
    others = list(dict.fromkeys(other_ids))
    if keep_id in others:
        raise ValidationError(Code.MERGE_KEEP_IN_OTHERS, keep_id=keep_id)
    if not others:
        raise ValidationError(Code.MERGE_NOTHING, keep_id=keep_id)
    for client_id in (keep_id, *others):
        require_visible(session, user, client_id)
    return others


def merge_clients(
    session: Session,
    user: User,
    keep_id: int,
    other_ids: Iterable[int],
    choices: Mapping[str, int] | None = None,
) -> MergeResult:
    """Merge the `other_ids` cards into `keep_id`. `choices` maps a field key ("full_name",
    "manager", "custom.inn") to the card whose value wins; by default the survivor's value,
    or the first merged card's when the survivor's is empty."""
    others = check_merge(session, user, keep_id, other_ids)
    picked = check_choices(session, choices or {}, [keep_id, *others])
    clients = table_of(Client)
    query = select(clients).where(clients.c.id.in_([keep_id, *others]))
    cards = {row["id"]: dict(row) for row in session.execute(query).mappings()}
    before = snapshot(session, keep_id)
    changed = card_values(cards, keep_id, others, picked)
    undo: dict[str, Any] = {
        "keep": keep_id,
        "merged": others,
        "cards": [encode(clients, cards[client_id]) for client_id in others],
        "survivor": encode(clients, cards[keep_id]),
        "changed": sorted(changed),
        **_merge_custom(session, keep_id, others, picked),
        **_merge_points(session, keep_id, others),
        **_merge_tags(session, keep_id, others),
        "moved": _move_children(session, keep_id, others),
        "detached": _detach(session, others),
    }
    stage = changed.get("stage", cards[keep_id]["stage"])
    undo["candidates"] = rewrite_candidates(session, keep_id, others, stage == "lead")
    session.execute(delete(clients).where(clients.c.id.in_(others)))
    now = utcnow()
    _set_card(session, user, keep_id, changed, now)
    names = [f"#{client_id} {cards[client_id]['full_name']}" for client_id in others]
    edit = BulkEdit(
        kind="merge",
        user_id=user.id,
        created_at=now,
        summary={"kept": keep_id, "merged": others, "names": names},
        undo_data=undo,
    )
    session.add(edit)
    log_change(
        session, user, client_id=keep_id, field=MERGED_FIELD, old=None, new=", ".join(names), at=now
    )
    log_card_changes(session, user, keep_id, before, now)
    session.flush()
    return MergeResult(keep_id, others, edit.id)


def _merge_custom(
    session: Session, keep_id: int, others: Sequence[int], choices: Mapping[str, int]
) -> dict[str, Any]:
    """Give the survivor the winning custom values; every card's old ones for the undo."""
    values_t = table_of(CustomFieldValue)
    rows = session.execute(
        select(values_t.c.client_id, values_t.c.field_id, values_t.c.value).where(
            values_t.c.client_id.in_([keep_id, *others])
        )
    ).tuples()
    values: dict[int, dict[int, str | None]] = {}
    for client_id, field_id, value in rows:
        values.setdefault(client_id, {})[field_id] = value
    keys = dict(session.execute(select(CustomField.id, CustomField.key)).tuples().all())
    changed = custom_values(values, keys, keep_id, others, choices)
    for field_id, value in changed.items():
        mine = (values_t.c.client_id == keep_id) & (values_t.c.field_id == field_id)
        session.execute(delete(values_t).where(mine))
        if value is not None:
            session.execute(
                insert(values_t).values(client_id=keep_id, field_id=field_id, value=value)
            )
    return {
        "custom": [
            [cid, fid, value] for cid, card in values.items() for fid, value in card.items()
        ],
        "custom_changed": sorted(changed),
    }


def _merge_points(session: Session, keep_id: int, others: Sequence[int]) -> dict[str, Any]:
    """Move the merged cards' phones and emails to the survivor, after its own; a point the
    survivor has already (same kind, same normalized value) is dropped."""
    points = table_of(ContactPoint)
    mine = session.execute(
        select(points.c.kind, points.c.normalized, points.c.is_primary, points.c.position).where(
            points.c.client_id == keep_id
        )
    ).all()
    seen = {(kind, normalized) for kind, normalized, _, _ in mine}
    primary = {kind for kind, _, is_primary, _ in mine if is_primary}
    position = max((row[3] for row in mine), default=-1)
    theirs = session.execute(select(points).where(points.c.client_id.in_(others))).mappings()
    order = sorted(theirs, key=lambda r: (others.index(r["client_id"]), r["position"], r["id"]))
    moved: list[list[Any]] = []
    dropped: list[dict[str, Any]] = []
    for row in order:
        if (row["kind"], row["normalized"]) in seen:
            dropped.append(encode(points, row))
            continue
        seen.add((row["kind"], row["normalized"]))
        is_primary = bool(row["is_primary"]) and row["kind"] not in primary
        if is_primary:
            primary.add(row["kind"])
        position += 1
        moved.append([row["id"], row["client_id"], bool(row["is_primary"]), row["position"]])
        session.execute(
            update(points)
            .where(points.c.id == row["id"])
            .values(client_id=keep_id, is_primary=is_primary, position=position)
        )
    if dropped:
        session.execute(delete(points).where(points.c.id.in_([r["id"] for r in dropped])))
    # calls and emails of these numbers and addresses that no card held yet are the survivor's
    link_addresses(session, [(row["kind"], row["normalized"]) for row in order])
    return {"points": moved, "dropped_points": dropped}


def _merge_tags(session: Session, keep_id: int, others: Sequence[int]) -> dict[str, Any]:
    """The survivor gets every tag of the merged cards it lacks."""
    links = session.execute(
        select(client_tags.c.client_id, client_tags.c.tag_id).where(
            client_tags.c.client_id.in_([keep_id, *others])
        )
    ).all()
    mine = {tag_id for client_id, tag_id in links if client_id == keep_id}
    theirs = [[client_id, tag_id] for client_id, tag_id in links if client_id != keep_id]
    added = sorted({tag_id for _, tag_id in theirs} - mine)
    if added:
        session.execute(
            insert(client_tags), [{"client_id": keep_id, "tag_id": tag_id} for tag_id in added]
        )
    return {"tags": theirs, "tags_added": added}


def _move_children(
    session: Session, keep_id: int, others: Sequence[int]
) -> dict[str, list[list[int]]]:
    """Re-point every row of MOVED to the survivor: {"table.column": [[row id, old card]]}."""
    moved: dict[str, list[list[int]]] = {}
    for table_name, column_name in MOVED:
        table = Base.metadata.tables[table_name]
        column = table.c[column_name]
        where = [column.in_(others)]
        if table_name == "clients":  # the merged cards' own company is theirs to keep
            where.append(table.c.id.not_in([keep_id, *others]))
        rows = session.execute(select(table.c.id, column).where(*where)).all()
        if rows:
            moved[f"{table_name}.{column_name}"] = [[row_id, old] for row_id, old in rows]
            session.execute(
                update(table).where(*where).values({column_name: keep_id, **kept_stamps(table)})
            )
    return moved


def _detach(session: Session, others: Sequence[int]) -> list[list[int]]:
    """Import rows of the merged cards lose their card, so undoing that import cannot delete
    the survivor: [[row id, old card]]."""
    table = Base.metadata.tables[DETACHED[0]]
    column = table.c[DETACHED[1]]
    rows = session.execute(select(table.c.id, column).where(column.in_(others))).all()
    if rows:
        session.execute(update(table).where(column.in_(others)).values({DETACHED[1]: None}))
    return [[row_id, old] for row_id, old in rows]


def _set_card(
    session: Session, user: User, client_id: int, values: Mapping[str, Any], at: datetime
) -> None:
    """Write card columns with a new version, so a card opened before notices the change."""
    clients = table_of(Client)
    session.execute(
        update(clients)
        .where(clients.c.id == client_id)
        .values(
            {**values, "version": clients.c.version + 1, "updated_at": at, "updated_by_id": user.id}
        )
    )
    session.expire_all()  # Core wrote behind the ORM's back
