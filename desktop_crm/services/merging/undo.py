"""Undoing a merge (CTL-8): the merged cards come back with their ids (a new one where SQLite has
given a deleted card's id to a new card since), fields and custom values;
what moved from them goes back to them, the contact points dropped as duplicates come back, and
the survivor gets back the values the merge changed. Rows added to the survivor since the merge
stay with it; a row moved elsewhere since stays where it is now."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import and_, delete, insert, select, update
from sqlalchemy.orm import Session

from desktop_crm.errors import Code, CrmError, NotFound
from desktop_crm.models import (
    Base,
    BulkEdit,
    Client,
    ContactPoint,
    CustomFieldValue,
    Tag,
    User,
    client_tags,
    table_of,
    utcnow,
)
from desktop_crm.services.access import Permission, require
from desktop_crm.services.changelog import log_change
from desktop_crm.services.merging.candidates import restore_candidates
from desktop_crm.services.merging.history import log_card_changes, snapshot
from desktop_crm.services.merging.merge import MERGED_FIELD
from desktop_crm.services.merging.references import DETACHED, kept_stamps
from desktop_crm.services.merging.rows import decode, renumbered
from desktop_crm.services.visibility import require_visible

UNDONE_FIELD = "merge_undone"


@dataclass(frozen=True)
class MergeEntry:
    """A merge as lists show it."""

    id: int
    at: datetime
    by: str | None
    kept: int
    merged: list[int]
    names: list[str]
    undone_at: datetime | None

    def summary(self) -> dict[str, Any]:
        """What `bulk-edits undo` reports: the cards restored beside the card kept."""
        return {
            "bulk_edit_id": self.id,
            "restored": len(self.merged),
            "kept": 0,  # no card is left as it is: every merged one comes back
            "survivor": self.kept,
            "restored_ids": list(self.merged),
        }


def list_merges(session: Session, user: User, limit: int = 200) -> list[MergeEntry]:
    """The latest merges, newest first."""
    require(user, Permission.EDIT_CLIENTS)
    rows = session.execute(
        select(BulkEdit, User.login)
        .outerjoin(User, User.id == BulkEdit.user_id)
        .where(BulkEdit.kind == "merge")
        .order_by(BulkEdit.id.desc())
        .limit(limit)
    ).tuples()
    return [
        MergeEntry(
            id=edit.id,
            at=edit.created_at,
            by=login,
            kept=int((edit.summary or {}).get("kept", 0)),
            merged=list((edit.summary or {}).get("merged", [])),
            names=list((edit.summary or {}).get("names", [])),
            undone_at=edit.undone_at,
        )
        for edit, login in rows
    ]


def undo_merge(session: Session, user: User, bulk_edit_id: int) -> MergeEntry:
    """Put the cards of merge `bulk_edit_id` back as they were before it."""
    require(user, Permission.EDIT_CLIENTS)
    require(user, Permission.DELETE_CLIENTS)
    edit = session.get(BulkEdit, bulk_edit_id)
    if edit is None or edit.kind != "merge" or not edit.undo_data:
        raise NotFound(Code.MERGE_UNKNOWN, bulk_edit_id=bulk_edit_id)
    if edit.undone_at is not None:
        raise CrmError(Code.MERGE_UNDONE, bulk_edit_id=bulk_edit_id)
    data: dict[str, Any] = edit.undo_data
    keep_id, merged = int(data["keep"]), [int(cid) for cid in data["merged"]]
    if session.get(Client, keep_id) is None:
        raise NotFound(Code.MERGE_SURVIVOR_GONE, client_id=keep_id, bulk_edit_id=bulk_edit_id)
    require_visible(session, user, keep_id)
    before = snapshot(session, keep_id)
    now = utcnow()
    numbers = _restore_cards(session, data["cards"])
    data = renumbered(data, numbers)
    merged = [numbers.get(cid, cid) for cid in merged]
    _restore_custom(session, keep_id, data)
    _restore_tags(session, keep_id, data)
    _restore_points(session, keep_id, data)
    _restore_moved(session, keep_id, data["moved"], data["detached"])
    restore_candidates(session, data.get("candidates", []), numbers)  # older merges kept none
    _restore_survivor(session, user, keep_id, data, now)
    names = list((edit.summary or {}).get("names", []))
    log_change(
        session, user, client_id=keep_id, field=UNDONE_FIELD, old=", ".join(names), new=None, at=now
    )
    log_card_changes(session, user, keep_id, before, now)
    edit = session.get(BulkEdit, bulk_edit_id) or edit
    edit.undone_at, edit.undone_by_id = now, user.id
    session.flush()
    return MergeEntry(edit.id, edit.created_at, user.login, keep_id, merged, names, now)


def undo_merge_edit(session: Session, bulk_edit_id: int, user: User) -> MergeEntry:
    """`undo_merge` in the argument order of `bulk-edits undo`'s undoers."""
    return undo_merge(session, user, bulk_edit_id)


def _restore_cards(session: Session, cards: Sequence[dict[str, Any]]) -> dict[int, int]:
    """Insert the merged cards again, with their own numbers where still free; their company
    links after all of them exist (one merged card may be another's company). Returns the new
    number of each card whose own was taken since (SQLite hands a deleted highest id out
    again)."""
    clients = table_of(Client)
    rows = [decode(clients, card) for card in cards]
    ids = [row["id"] for row in rows]
    taken = set(session.scalars(select(clients.c.id).where(clients.c.id.in_(ids))))
    numbers: dict[int, int] = {}
    for row in rows:
        values = {**row, "company_id": None}
        if row["id"] in taken:
            del values["id"]
            new_id = session.scalar(insert(clients).values(values).returning(clients.c.id))
            numbers[row["id"]] = int(new_id or 0)
        else:
            session.execute(insert(clients).values(values))
    for row in rows:
        company_id = numbers.get(row["company_id"], row["company_id"])
        if company_id is not None and session.get(Client, company_id) is not None:
            client_id = numbers.get(row["id"], row["id"])
            session.execute(
                update(clients).where(clients.c.id == client_id).values(company_id=company_id)
            )
    return numbers


def _restore_custom(session: Session, keep_id: int, data: dict[str, Any]) -> None:
    values = table_of(CustomFieldValue)
    changed = set(data["custom_changed"])
    if changed:
        session.execute(
            delete(values).where(values.c.client_id == keep_id, values.c.field_id.in_(changed))
        )
    rows = [
        {"client_id": cid, "field_id": fid, "value": value}
        for cid, fid, value in data["custom"]
        if cid != keep_id or fid in changed
    ]
    if rows:
        session.execute(insert(values), rows)


def _restore_tags(session: Session, keep_id: int, data: dict[str, Any]) -> None:
    added = data["tags_added"]
    if added:
        session.execute(
            delete(client_tags).where(
                client_tags.c.client_id == keep_id, client_tags.c.tag_id.in_(added)
            )
        )
    tags = {tag_id for _, tag_id in data["tags"]}
    alive = set(session.scalars(select(Tag.id).where(Tag.id.in_(tags)))) if tags else set()
    rows = [{"client_id": cid, "tag_id": tid} for cid, tid in data["tags"] if tid in alive]
    if rows:
        session.execute(insert(client_tags), rows)


def _restore_points(session: Session, keep_id: int, data: dict[str, Any]) -> None:
    points = table_of(ContactPoint)
    for point_id, client_id, is_primary, position in data["points"]:
        session.execute(
            update(points)
            .where(points.c.id == point_id, points.c.client_id == keep_id)
            .values(client_id=client_id, is_primary=is_primary, position=position)
        )
    dropped = [decode(points, row) for row in data["dropped_points"]]
    if not dropped:
        return
    # SQLite gives a deleted highest id to the next new row: such a point comes back new-numbered
    ids = [row["id"] for row in dropped]
    taken = set(session.scalars(select(points.c.id).where(points.c.id.in_(ids))))
    for row in dropped:
        if row["id"] in taken:
            session.execute(insert(points).values({k: v for k, v in row.items() if k != "id"}))
        else:
            session.execute(insert(points).values(row))


def _restore_moved(
    session: Session,
    keep_id: int,
    moved: dict[str, list[list[int]]],
    detached: list[list[int]],
) -> None:
    """Rows still on the survivor go back to the card they came from; import rows get their
    card again."""
    for key, pairs in moved.items():
        table_name, column_name = key.split(".")
        table = Base.metadata.tables[table_name]
        column = table.c[column_name]
        for old, ids in _by_card(pairs).items():
            session.execute(
                update(table)
                .where(table.c.id.in_(ids), column == keep_id)
                .values({column_name: old, **kept_stamps(table)})
            )
    table = Base.metadata.tables[DETACHED[0]]
    column = table.c[DETACHED[1]]
    for old, ids in _by_card(detached).items():
        session.execute(
            update(table)
            .where(and_(table.c.id.in_(ids), column.is_(None)))
            .values({DETACHED[1]: old})
        )


def _by_card(pairs: Sequence[Sequence[int]]) -> dict[int, list[int]]:
    grouped: dict[int, list[int]] = {}
    for row_id, old in pairs:
        grouped.setdefault(int(old), []).append(int(row_id))
    return grouped


def _restore_survivor(
    session: Session, user: User, keep_id: int, data: dict[str, Any], at: datetime
) -> None:
    """The survivor's columns the merge changed get their old values back."""
    clients = table_of(Client)
    old = decode(clients, data["survivor"])
    values = {column: old[column] for column in data["changed"]}
    session.execute(
        update(clients)
        .where(clients.c.id == keep_id)
        .values(
            {**values, "version": clients.c.version + 1, "updated_at": at, "updated_by_id": user.id}
        )
    )
    session.expire_all()


__all__ = [
    "MERGED_FIELD",
    "UNDONE_FIELD",
    "MergeEntry",
    "list_merges",
    "undo_merge",
    "undo_merge_edit",
]
