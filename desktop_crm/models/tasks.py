"""Tasks, including the ones control wizards create (CTL-2, CTL-3). A task item's done-ness is
derived from the data (is the missing phone there now?), not ticked by hand."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, CheckConstraint, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, deferred, mapped_column, relationship

from desktop_crm.models.base import Base, utcnow

TASK_KINDS = ("manual", "contact_info", "registration", "properties", "names", "duplicates")


class BulkEdit(Base):
    """A change made to many cards at once outside an import (the names a full-name check
    split, a merge of duplicate cards): what it did, and what its undo needs to put back."""

    __tablename__ = "bulk_edits"
    __table_args__ = (CheckConstraint("kind IN ('names', 'merge')", name="kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    summary: Mapped[dict[str, Any] | None]  # counts and ids shown in lists and the CLI
    # what the undo restores (old values, moved rows, removed cards); deferred: lists skip it
    undo_data: Mapped[dict[str, Any] | None] = deferred(mapped_column(JSON))
    undone_at: Mapped[datetime | None]
    undone_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))


class Project(Base):
    __tablename__ = "projects"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(255), unique=True)


class Task(Base):
    __tablename__ = "tasks"
    __table_args__ = (
        CheckConstraint(
            "kind IN ('manual', 'contact_info', 'registration', 'properties', 'names',"
            " 'duplicates')",
            name="kind",
        ),
        CheckConstraint("status IN ('open', 'done', 'cancelled')", name="status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(32), default="manual")
    title: Mapped[str] = mapped_column(String(500))
    description: Mapped[str | None] = mapped_column(Text)
    # for control tasks: which kinds / properties are checked, so items can derive done-ness
    params: Mapped[dict[str, Any] | None]
    client_id: Mapped[int | None] = mapped_column(
        ForeignKey("clients.id", ondelete="CASCADE"), index=True
    )
    executor_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), index=True
    )
    author_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    project_id: Mapped[int | None] = mapped_column(ForeignKey("projects.id", ondelete="SET NULL"))
    due_date: Mapped[date | None]
    control_date: Mapped[date | None]
    status: Mapped[str] = mapped_column(String(16), default="open")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    closed_at: Mapped[datetime | None]

    items: Mapped[list[TaskItem]] = relationship(cascade="all, delete-orphan", passive_deletes=True)


class TaskItem(Base):
    """One client, contact person or interaction a control task asks to fix."""

    __tablename__ = "task_items"
    __table_args__ = (
        Index("ix_task_items_contact_person_id", "contact_person_id"),
        Index("ix_task_items_interaction_id", "interaction_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    task_id: Mapped[int] = mapped_column(ForeignKey("tasks.id", ondelete="CASCADE"), index=True)
    client_id: Mapped[int | None] = mapped_column(
        ForeignKey("clients.id", ondelete="CASCADE"), index=True
    )
    contact_person_id: Mapped[int | None] = mapped_column(
        ForeignKey("contact_persons.id", ondelete="CASCADE")
    )
    interaction_id: Mapped[int | None] = mapped_column(
        ForeignKey("interactions.id", ondelete="CASCADE")
    )
    # what the record lacked when the check found it, as keys joined by commas ("phone,email",
    # "field:address", "custom:inn", "client", "names", "duplicate"): the task shows it and
    # done-ness is derived from it against the base as it is now
    missing: Mapped[str | None] = mapped_column(String(1000))
    # per-check extras: the proposed name split, the client ids of a duplicate group
    details: Mapped[dict[str, Any] | None]
    done_at: Mapped[datetime | None]  # when the fix was first seen, for the discipline report
