"""The client aggregate: clients (people and companies, leads and clients), their contact
persons, contact points, tags, groups and custom field values."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    CheckConstraint,
    Column,
    ForeignKey,
    Index,
    LargeBinary,
    String,
    Table,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop_crm.models.base import Base, utcnow

PERSON, COMPANY = "person", "company"
LEAD, CLIENT = "lead", "client"
PHONE, EMAIL = "phone", "email"
CONTACT_KINDS = (PHONE, EMAIL, "messenger", "other")

client_tags = Table(
    "client_tags",
    Base.metadata,
    Column("client_id", ForeignKey("clients.id", ondelete="CASCADE"), primary_key=True),
    Column("tag_id", ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True, index=True),
)


class Group(Base):
    """A folder of clients; groups form a tree. A name is unique among its siblings, at the
    root too (a plain unique constraint lets NULL parents repeat: hence the partial index)."""

    __tablename__ = "groups"
    __table_args__ = (
        UniqueConstraint("parent_id", "name"),
        Index(
            "uq_groups_root_name",
            "name",
            unique=True,
            sqlite_where=text("parent_id IS NULL"),
            postgresql_where=text("parent_id IS NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(255))
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("groups.id", ondelete="CASCADE"))

    parent: Mapped[Group | None] = relationship(remote_side=[id])


class Tag(Base):
    __tablename__ = "tags"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(128))
    # case-folded name: "VIP" and "vip" are one tag
    name_key: Mapped[str] = mapped_column(String(128), unique=True)


class CustomField(Base):
    """A field an admin adds to every card (CLI-12)."""

    __tablename__ = "custom_fields"
    __table_args__ = (
        CheckConstraint("type IN ('text', 'number', 'date', 'bool', 'choice')", name="type"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(64), unique=True)
    label: Mapped[str] = mapped_column(String(255))
    type: Mapped[str] = mapped_column(String(16), default="text")
    choices: Mapped[list[Any] | None] = mapped_column(default=None)
    position: Mapped[int] = mapped_column(default=0)


class Client(Base):
    """A person or a company; a lead is a client in the `lead` stage (CLI-1)."""

    __tablename__ = "clients"
    __table_args__ = (
        CheckConstraint("kind IN ('person', 'company')", name="kind"),
        CheckConstraint("stage IN ('lead', 'client')", name="stage"),
        Index("ix_clients_responsible_id_name_key", "responsible_id", "name_key"),
        # the list's order by name, ties by id (revision 0007); on PostgreSQL with the queue,
        # which row-level security tests on the index entry (revision 0012)
        Index("ix_clients_sort_key", "sort_key", "id", postgresql_include=["queue_id"]),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(16), default=PERSON)
    stage: Mapped[str] = mapped_column(String(16), default=CLIENT, index=True)
    full_name: Mapped[str] = mapped_column(String(500))
    # case-folded full name with collapsed spaces: sorting, prefix search, duplicate search
    name_key: Mapped[str] = mapped_column(String(500), index=True)
    # the name's place in the base's sort language, as bytes compared bytewise (sort_keys.py)
    sort_key: Mapped[bytes] = mapped_column(LargeBinary, default=b"")
    last_name: Mapped[str | None] = mapped_column(String(255))
    first_name: Mapped[str | None] = mapped_column(String(255))
    middle_name: Mapped[str | None] = mapped_column(String(255))
    birth_date: Mapped[date | None]
    address: Mapped[str | None] = mapped_column(Text)
    website: Mapped[str | None] = mapped_column(String(500))
    position: Mapped[str | None] = mapped_column(String(255))  # job title in its company
    group_id: Mapped[int | None] = mapped_column(
        ForeignKey("groups.id", ondelete="SET NULL"), index=True
    )
    responsible_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), index=True
    )
    queue_id: Mapped[int | None] = mapped_column(
        ForeignKey("queues.id", ondelete="SET NULL"), index=True
    )
    company_id: Mapped[int | None] = mapped_column(
        ForeignKey("clients.id", ondelete="SET NULL"), index=True
    )
    import_job_id: Mapped[int | None] = mapped_column(
        ForeignKey("import_jobs.id", ondelete="SET NULL"), index=True
    )
    created_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    updated_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    version: Mapped[int] = mapped_column(default=1, server_default=text("1"))

    __mapper_args__ = {"version_id_col": version}

    contact_points: Mapped[list[ContactPoint]] = relationship(
        back_populates="client",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="ContactPoint.position",
    )
    tags: Mapped[list[Tag]] = relationship(secondary=client_tags, order_by=Tag.name)
    contact_persons: Mapped[list[ContactPerson]] = relationship(
        back_populates="client", cascade="all, delete-orphan", passive_deletes=True
    )
    custom_values: Mapped[list[CustomFieldValue]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )
    group: Mapped[Group | None] = relationship()
    company: Mapped[Client | None] = relationship(remote_side=[id], foreign_keys=[company_id])


class ContactPerson(Base):
    """A person of a client who is not a client themself."""

    __tablename__ = "contact_persons"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    full_name: Mapped[str] = mapped_column(String(500))
    last_name: Mapped[str | None] = mapped_column(String(255))
    first_name: Mapped[str | None] = mapped_column(String(255))
    middle_name: Mapped[str | None] = mapped_column(String(255))
    position: Mapped[str | None] = mapped_column(String(255))
    birth_date: Mapped[date | None]
    note: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    updated_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    version: Mapped[int] = mapped_column(default=1, server_default=text("1"))

    __mapper_args__ = {"version_id_col": version}

    client: Mapped[Client] = relationship(back_populates="contact_persons")
    contact_points: Mapped[list[ContactPoint]] = relationship(
        back_populates="contact_person",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="ContactPoint.position",
    )


class ContactPoint(Base):
    """A phone, email or other address of a client or of a contact person.

    `normalized` is E.164 for phones and the lower-cased address for emails; duplicate search
    and interaction linking look it up through the (kind, normalized) index. At most one point
    of a kind is primary per owner (partial unique indexes below).
    """

    __tablename__ = "contact_points"
    __table_args__ = (
        CheckConstraint("(client_id IS NULL) <> (contact_person_id IS NULL)", name="one_owner"),
        # the owner rides along: a lookup by address is answered from the index alone
        Index(
            "ix_contact_points_kind_normalized_owner",
            "kind",
            "normalized",
            "client_id",
            "contact_person_id",
        ),
        Index(
            "uq_contact_points_primary_client",
            "client_id",
            "kind",
            unique=True,
            sqlite_where=text("is_primary AND client_id IS NOT NULL"),
            postgresql_where=text("is_primary AND client_id IS NOT NULL"),
        ),
        Index(
            "uq_contact_points_primary_person",
            "contact_person_id",
            "kind",
            unique=True,
            sqlite_where=text("is_primary AND contact_person_id IS NOT NULL"),
            postgresql_where=text("is_primary AND contact_person_id IS NOT NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int | None] = mapped_column(
        ForeignKey("clients.id", ondelete="CASCADE"), index=True
    )
    contact_person_id: Mapped[int | None] = mapped_column(
        ForeignKey("contact_persons.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(16))
    value: Mapped[str] = mapped_column(String(255))  # as the user typed or the file had it
    normalized: Mapped[str] = mapped_column(String(255))
    is_primary: Mapped[bool] = mapped_column(default=False)
    position: Mapped[int] = mapped_column(default=0)
    comment: Mapped[str | None] = mapped_column(String(255))

    client: Mapped[Client | None] = relationship(back_populates="contact_points")
    contact_person: Mapped[ContactPerson | None] = relationship(back_populates="contact_points")


class CustomFieldValue(Base):
    """A custom field value of a client, stored as text and parsed by the field's type."""

    __tablename__ = "custom_field_values"

    client_id: Mapped[int] = mapped_column(
        ForeignKey("clients.id", ondelete="CASCADE"), primary_key=True
    )
    field_id: Mapped[int] = mapped_column(
        ForeignKey("custom_fields.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    value: Mapped[str | None] = mapped_column(Text)

    field: Mapped[CustomField] = relationship(lazy="joined")
