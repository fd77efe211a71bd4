"""What happens on a card: notes, attached files and the change log (CLI-5, CLI-6, CLI-7)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, deferred, mapped_column

from desktop_crm.models.base import Base, utcnow

# Files live in the database so a team on PostgreSQL shares them; keep them reasonably small.
MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024


class Note(Base):
    __tablename__ = "notes"
    __table_args__ = (Index("ix_notes_client_id_created_at", "client_id", "created_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"))
    contact_person_id: Mapped[int | None] = mapped_column(
        ForeignKey("contact_persons.id", ondelete="SET NULL")
    )
    author_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    text: Mapped[str] = mapped_column(Text)


class Attachment(Base):
    __tablename__ = "attachments"
    __table_args__ = (
        CheckConstraint(f"size <= {MAX_ATTACHMENT_BYTES}", name="size_limit"),
        Index("ix_attachments_client_id_created_at", "client_id", "created_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"))
    filename: Mapped[str] = mapped_column(String(255))
    mime_type: Mapped[str | None] = mapped_column(String(255))
    size: Mapped[int]
    # deferred: lists of files never drag the bytes along
    data: Mapped[bytes] = deferred(mapped_column(LargeBinary))
    comment: Mapped[str | None] = mapped_column(Text)
    uploaded_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class ChangeLog(Base):
    """One changed field of a client or contact person: who, when, old and new value."""

    __tablename__ = "change_log"
    __table_args__ = (
        CheckConstraint("entity IN ('client', 'contact_person')", name="entity"),
        Index("ix_change_log_client_id_changed_at", "client_id", "changed_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    entity: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[int]
    # the client whose card shows this change (the client itself or the person's client)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"))
    field: Mapped[str] = mapped_column(String(128))
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    changed_at: Mapped[datetime] = mapped_column(default=utcnow)
    # the import (or the undo of the import) that made this change; None for a change by hand
    import_job_id: Mapped[int | None] = mapped_column(
        ForeignKey("import_jobs.id", ondelete="SET NULL")
    )
