"""Calls and emails (LNK-1), with the addresses/numbers of the other side, so the linking job
can match them to cards by normalized value."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    CheckConstraint,
    ForeignKey,
    Index,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop_crm.models.base import Base, utcnow

CALL, EMAIL_MESSAGE = "call", "email"
UNLINKED = "client_id IS NULL AND contact_person_id IS NULL"
INCOMING, OUTGOING = "in", "out"


class Interaction(Base):
    __tablename__ = "interactions"
    __table_args__ = (
        CheckConstraint("kind IN ('call', 'email')", name="kind"),
        CheckConstraint("direction IN ('in', 'out')", name="direction"),
        Index("ix_interactions_client_id_occurred_at", "client_id", "occurred_at"),
        # the linking job's working set: the interactions no card holds yet
        Index(
            "ix_interactions_unlinked",
            "id",
            sqlite_where=text(UNLINKED),
            postgresql_where=text(UNLINKED),
        ),
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
    missed: Mapped[bool | None]  # a call nobody answered (kept, and marked)
    attachments: Mapped[list[dict[str, Any]] | None] = mapped_column(JSON)  # [{name, size}]
    # the other cards that matched when the linking job had to choose: [{"kind", "id"}]
    link_candidates: Mapped[list[dict[str, Any]] | None] = mapped_column(JSON)
    account: Mapped[str | None] = mapped_column(String(255))  # the mail account or file
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


class MailSync(Base):
    """How far an IMAP fetch got in one folder of one account: the folder's UIDVALIDITY and the
    last UID stored, so the next fetch asks only for newer messages."""

    __tablename__ = "mail_sync"
    __table_args__ = (UniqueConstraint("account", "folder"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    account: Mapped[str] = mapped_column(String(255))
    folder: Mapped[str] = mapped_column(String(255))
    uidvalidity: Mapped[int] = mapped_column(BigInteger)
    last_uid: Mapped[int] = mapped_column(BigInteger)
    fetched_at: Mapped[datetime | None]
