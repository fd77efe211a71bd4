"""When the window runs the linking job by itself (LNK-3): a base setting an admin switches on,
with either a period in minutes or a time of day. Off by default: `desktop-crm link` from cron
or Task Scheduler works without it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta

from sqlalchemy.orm import Session

from desktop_crm.errors import Code, ValidationError
from desktop_crm.models import User
from desktop_crm.services.base_settings import _read, _write

LINKING_ENABLED = "linking_enabled"
LINKING_EVERY_MINUTES = "linking_every_minutes"
LINKING_DAILY_AT = "linking_daily_at"
DEFAULT_EVERY_MINUTES = 15
MAX_EVERY_MINUTES = 24 * 60


@dataclass(frozen=True)
class LinkingSchedule:
    """On or off; every `every_minutes`, or daily at `daily_at` ("HH:MM") when that is set."""

    enabled: bool = False
    every_minutes: int = DEFAULT_EVERY_MINUTES
    daily_at: str | None = None

    def describe(self) -> str:
        if not self.enabled:
            return "off"
        if self.daily_at:
            return f"daily at {self.daily_at}"
        return f"every {self.every_minutes} min"

    def next_run(self, last_run: datetime | None, now: datetime) -> datetime | None:
        """When the job is due next (local times in, local time out); None when off. Never
        run yet with a period, or today's time passed without a run: now."""
        if not self.enabled:
            return None
        if self.daily_at:
            at = parse_daily_at(self.daily_at)
            today = datetime.combine(now.date(), at)
            if last_run is not None and last_run >= today:
                return today + timedelta(days=1)
            return max(today, now)  # missed today's time: catch up now
        if last_run is None:
            return now
        return last_run + timedelta(minutes=self.every_minutes)


def parse_daily_at(value: str) -> time:
    """ "HH:MM" as a time; `ValidationError` otherwise."""
    text = value.strip()
    try:
        hours, minutes = (int(part) for part in text.split(":"))
        return time(hours, minutes)
    except ValueError as exc:
        raise ValidationError(Code.LINK_DAILY_TIME, field="linking", value=value) from exc


def linking_schedule(session: Session) -> LinkingSchedule:
    every = _read(session, LINKING_EVERY_MINUTES)
    return LinkingSchedule(
        enabled=_read(session, LINKING_ENABLED) == "1",
        every_minutes=int(every) if every and every.isdigit() else DEFAULT_EVERY_MINUTES,
        daily_at=_read(session, LINKING_DAILY_AT) or None,
    )


def set_linking_schedule(
    session: Session,
    actor: User,
    *,
    enabled: bool,
    every_minutes: int | None = None,
    daily_at: str | None = None,
) -> LinkingSchedule:
    """Switch the scheduled job on or off (admins). A period replaces a time of day and the
    other way round; neither given keeps what was set."""
    if every_minutes is not None and not 1 <= every_minutes <= MAX_EVERY_MINUTES:
        raise ValidationError(
            Code.LINK_EVERY_RANGE,
            field="linking",
            value=every_minutes,
            max_minutes=MAX_EVERY_MINUTES,
        )
    if daily_at is not None:
        daily_at = parse_daily_at(daily_at).strftime("%H:%M")
    _write(session, actor, LINKING_ENABLED, "1" if enabled else "0")
    if every_minutes is not None:
        _write(session, actor, LINKING_EVERY_MINUTES, str(every_minutes))
        _write(session, actor, LINKING_DAILY_AT, "")
    if daily_at is not None:
        _write(session, actor, LINKING_DAILY_AT, daily_at)
    return linking_schedule(session)
