"""Settings of the whole base, set by an admin and shared by every desktop (the phone country,
the attachment size limit), as opposed to a user's own preferences in settings.json."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop_crm.models.base import Base, utcnow


class BaseSetting(Base):
    __tablename__ = "base_settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    updated_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))


class LiveChannelKey(Base):
    """The secret that names the live-update channel of each queue on PostgreSQL
    (`services/live/channels.py`): anyone may LISTEN on any channel, so a queue's notices go
    to a channel only its members (and admins) can learn the name of. One row; on a team base
    only admins and the owner read it. Unused on SQLite."""

    __tablename__ = "live_channel_key"

    id: Mapped[int] = mapped_column(primary_key=True)
    secret: Mapped[str] = mapped_column(String(64))
