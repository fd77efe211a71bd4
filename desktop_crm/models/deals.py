"""Deals, which are also the "client interest" (opportunity) an import can create (IMP-10)."""

from __future__ import annotations

from datetime import date, datetime
from datetime import date as Date
from decimal import Decimal

from sqlalchemy import CheckConstraint, ForeignKey, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop_crm.models.base import Base, utcnow

OPEN, WON, LOST = "open", "won", "lost"


class SalesScenario(Base):
    __tablename__ = "sales_scenarios"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(255), unique=True)
    description: Mapped[str | None] = mapped_column(Text)


class Deal(Base):
    __tablename__ = "deals"
    __table_args__ = (CheckConstraint("status IN ('open', 'won', 'lost')", name="status"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    topic: Mapped[str] = mapped_column(String(500))
    date: Mapped[date | None]
    expected_revenue: Mapped[Decimal | None] = mapped_column(Numeric(14, 2))
    description: Mapped[str | None] = mapped_column(Text)
    activity: Mapped[str | None] = mapped_column(String(500))  # the planned next activity
    activity_date: Mapped[Date | None]  # `date` in here is the column above
    scenario_id: Mapped[int | None] = mapped_column(
        ForeignKey("sales_scenarios.id", ondelete="SET NULL")
    )
    stage: Mapped[str | None] = mapped_column(String(128))
    status: Mapped[str] = mapped_column(String(16), default=OPEN)
    responsible_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    import_job_id: Mapped[int | None] = mapped_column(
        ForeignKey("import_jobs.id", ondelete="SET NULL"), index=True
    )
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    closed_at: Mapped[datetime | None]
