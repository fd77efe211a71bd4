"""Import jobs with one row record per input row (IMP-11, IMP-12), and saved mappings."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop_crm.models.base import Base, utcnow

ADD, UPDATE, ADD_UPDATE = "add", "update", "add-update"
CREATED, UPDATED, SKIPPED, FAILED = "created", "updated", "skipped", "failed"


class ImportJob(Base):
    __tablename__ = "import_jobs"
    __table_args__ = (
        CheckConstraint("mode IN ('add', 'update', 'add-update')", name="mode"),
        CheckConstraint(
            "status IN ('running', 'done', 'failed', 'cancelled', 'undone')", name="status"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(255))
    description: Mapped[str | None] = mapped_column(Text)
    source: Mapped[str | None] = mapped_column(String(1000))  # file name, or "pasted text"
    mode: Mapped[str] = mapped_column(String(16), default=ADD_UPDATE)
    settings: Mapped[dict[str, Any]] = mapped_column(default=dict)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    status: Mapped[str] = mapped_column(String(16), default="running")
    started_at: Mapped[datetime] = mapped_column(default=utcnow)
    finished_at: Mapped[datetime | None]
    created: Mapped[int] = mapped_column(default=0)
    updated: Mapped[int] = mapped_column(default=0)
    skipped: Mapped[int] = mapped_column(default=0)
    failed: Mapped[int] = mapped_column(default=0)
    undone_at: Mapped[datetime | None]


class ImportRow(Base):
    """The outcome of one input row. `before` holds the updated fields' old values so an
    import can be undone; `raw` holds the original cells for the failed-rows file."""

    __tablename__ = "import_rows"
    __table_args__ = (
        CheckConstraint("outcome IN ('created', 'updated', 'skipped', 'failed')", name="outcome"),
        Index("ix_import_rows_job_id_row_number", "job_id", "row_number"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    job_id: Mapped[int] = mapped_column(ForeignKey("import_jobs.id", ondelete="CASCADE"))
    row_number: Mapped[int]  # 1-based line/row number in the source, as a person counts
    outcome: Mapped[str] = mapped_column(String(16))
    reason: Mapped[str | None] = mapped_column(String(64))
    detail: Mapped[str | None] = mapped_column(Text)
    client_id: Mapped[int | None] = mapped_column(
        ForeignKey("clients.id", ondelete="SET NULL"), index=True
    )
    before: Mapped[dict[str, Any] | None]
    raw: Mapped[list[Any] | None]


class MappingPreset(Base):
    """A saved column-to-field matching: {"columns": {"<header or index>": "<field key>"}}."""

    __tablename__ = "mapping_presets"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(255), unique=True)
    # what the columns are matched to: a client list ('clients') or a call log ('calls')
    kind: Mapped[str] = mapped_column(String(16), default="clients", server_default="clients")
    mapping: Mapped[dict[str, Any]] = mapped_column(default=dict)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
