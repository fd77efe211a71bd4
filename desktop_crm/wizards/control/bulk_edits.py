"""Bulk edits (names split by the full-name check, merges of duplicates): the list the CLI and
the window show, and the locking and bookkeeping every undo of one shares."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_crm.errors import Code, CrmError, NotFound
from desktop_crm.models import BulkEdit, User, utcnow
from desktop_crm.services.access import Permission, require

MARK_FIELD = "bulk_edit"  # the history line that says which bulk edit changed a card


@dataclass(frozen=True)
class BulkEditRow:
    """One bulk edit as the list shows it."""

    id: int
    kind: str
    user: str | None
    created_at: datetime
    summary: dict[str, Any]
    undone_at: datetime | None

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "user": self.user,
            "created_at": self.created_at.isoformat(timespec="seconds"),
            "summary": self.summary,
            "undone_at": self.undone_at.isoformat(timespec="seconds") if self.undone_at else None,
        }


def list_bulk_edits(session: Session, user: User, limit: int = 200) -> list[BulkEditRow]:
    """The latest bulk edits, newest first. Admin only, like the wizards that make them."""
    require(user, Permission.CONTROL)
    query = (
        select(BulkEdit, User.login)
        .outerjoin(User, User.id == BulkEdit.user_id)
        .order_by(BulkEdit.id.desc())
        .limit(limit)
    )
    return [
        BulkEditRow(e.id, e.kind, login, e.created_at, dict(e.summary or {}), e.undone_at)
        for e, login in session.execute(query).tuples()
    ]


def bulk_edit_kind(session: Session, user: User, bulk_edit_id: int) -> str:
    """The kind of a bulk edit ("names", "merge"), to pick its undo. Admin only."""
    require(user, Permission.CONTROL)
    kind = session.scalar(select(BulkEdit.kind).where(BulkEdit.id == bulk_edit_id))
    if kind is None:
        raise NotFound(Code.BULK_EDIT_UNKNOWN, bulk_edit_id=bulk_edit_id)
    return kind


def lock_bulk_edit(session: Session, bulk_edit_id: int, kind: str) -> BulkEdit:
    """The bulk edit, its row locked for this transaction (a second undo waits, then finds it
    undone); refused when it is unknown, of another kind or undone already."""
    edit = session.scalar(
        select(BulkEdit)
        .where(BulkEdit.id == bulk_edit_id)
        .with_for_update()
        .execution_options(populate_existing=True)
    )
    if edit is None:
        raise NotFound(Code.BULK_EDIT_UNKNOWN, bulk_edit_id=bulk_edit_id)
    if edit.kind != kind:
        raise CrmError(Code.BULK_EDIT_NO_UNDO, bulk_edit_id=bulk_edit_id)
    if edit.undone_at is not None:
        raise CrmError(Code.BULK_EDIT_UNDONE_ALREADY, bulk_edit_id=bulk_edit_id)
    return edit


def finish_undo(session: Session, edit: BulkEdit, user: User, undo: dict[str, Any]) -> None:
    """Mark the bulk edit undone, by whom, and keep what the undo did in its summary."""
    edit.undone_at = utcnow()
    edit.undone_by_id = user.id
    edit.summary = {**(edit.summary or {}), "undo": undo}
    session.flush()
