"""Calls and emails (LNK-1), with the addresses/numbers of the other side, so the linking job
can match them to cards by normalized value."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop_crm.models.base import Base, utcnow

CALL, EMAIL_MESSAGE = "call", "email"
INCOMING, OUTGOING = "in", "out"


class Interaction(Base):
    __tablename__ = "interactions"
    __table_args__ = (
        CheckConstraint("kind IN ('call', 'email')", name="kind"),
        CheckConstraint("direction IN ('in', 'out')", name="direction"),
        Index("ix_interactions_client_id_occurred_at", "client_id", "occurred_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    direction: Mapped[str] = mapped_column(String(8))
    occurred_at: Mapped[datetime] = mapped_column(index=True)
    subject: Mapped[str | None] = mapped_column(String(1000))
    body: Mapped[str | None] = mapped_column(Text)
    duration_seconds: Mapped[int | None]
    # Message-ID or the phone system's call id: importing the same source twice adds nothing
    external_id: Mapped[str | None] = mapped_column(String(500), unique=True)
    source: Mapped[str | None] = mapped_column(String(64))  # imap, mbox, eml, call_log, manual
    client_id: Mapped[int | None] = mapped_column(ForeignKey("clients.id", ondelete="SET NULL"))
    contact_person_id: Mapped[int | None] = mapped_column(
        ForeignKey("contact_persons.id", ondelete="SET NULL"), index=True
    )
    registered_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), index=True
    )
    link_method: Mapped[str | None] = mapped_column(String(16))  # manual | auto
    linked_at: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    parties: Mapped[list[InteractionParty]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )


class InteractionParty(Base):
    """An address or number on the other side of an interaction (from, to, cc)."""

    __tablename__ = "interaction_parties"
    __table_args__ = (Index("ix_interaction_parties_kind_normalized", "kind", "normalized"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    interaction_id: Mapped[int] = mapped_column(
        ForeignKey("interactions.id", ondelete="CASCADE"), index=True
    )
    role: Mapped[str] = mapped_column(String(8))  # from | to | cc
    kind: Mapped[str] = mapped_column(String(16))  # phone | email
    raw: Mapped[str] = mapped_column(String(500))
    normalized: Mapped[str | None] = mapped_column(String(255))
