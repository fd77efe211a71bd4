"""What every call-log reader shares: what a row comes to (a call, an internal call skipped, a
failed row with its reason), which side of a call is the company's own phone system, and the
PBX's local time turned into UTC."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo
from functools import lru_cache

from desktop_crm.models.clients import PHONE
from desktop_crm.services.interactions.store import (
    FROM,
    MIN_EXTERNAL_DIGITS,
    TO,
    InteractionData,
    PartyData,
    call_key,
)
from desktop_crm.services.phones import digits

CALL, IN, OUT = "call", "in", "out"
ANSWERED = "ANSWERED"
# Dialplan contexts that tell an outgoing call when both numbers look external
# (FreePBX from-internal, a custom "outbound"); "from-trunk", "from-pstn" are incoming.
_OUT_CONTEXT = re.compile(r"(?i)internal|outbound|outgoing|\bout\b")
_CLID = re.compile(r'^\s*"?([^"<]*?)"?\s*<([^>]*)>\s*$')


@dataclass(frozen=True)
class Skipped:
    """A call between two extensions: nobody's card, counted and left out."""

    row: int


@dataclass(frozen=True)
class Failed:
    """A row that cannot be a call (a broken date, a missing number), with the reason."""

    row: int
    reason: str


Outcome = InteractionData | Skipped | Failed
Outcomes = Iterator[Outcome]


@lru_cache(maxsize=8192)  # a log repeats its extensions and its customers' numbers
def is_internal(number: str) -> bool:
    """An extension of the company's own phone system: a few digits, not a phone number."""
    count = len(digits(number))
    return 0 < count < MIN_EXTERNAL_DIGITS


def clid_number(clid: str) -> str:
    """The number of a caller id written `"Name" <number>` (or the text itself)."""
    match = _CLID.match(clid)
    return match[2].strip() if match else clid.strip()


def direction_of(caller: str, callee: str, context: str = "") -> str | None:
    """in or out as seen from the company; None for a call between two extensions."""
    inside_from, inside_to = is_internal(caller), is_internal(callee)
    if inside_from and inside_to:
        return None
    if inside_from:
        return OUT
    if inside_to:
        return IN
    return OUT if _OUT_CONTEXT.search(context) else IN


@dataclass(frozen=True)
class LogFile:
    """Where the calls come from (stored as their account) and the phone system's clock: its
    time zone, or None for this computer's (the PBX's, as a rule)."""

    name: str
    zone: tzinfo | None = None


def local_to_utc(moment: datetime, zone: tzinfo | None = None) -> datetime:
    """A PBX writes its local time: a naive time is taken in `zone` (None: this computer's
    time zone); an aware one is converted. Naive UTC, as interactions store."""
    if moment.tzinfo is None and zone is not None:
        moment = moment.replace(tzinfo=zone)
    return moment.astimezone(UTC).replace(tzinfo=None)


@dataclass(frozen=True)
class CallFacts:
    """One call as a reader understood it, before it becomes `InteractionData`."""

    started: datetime
    caller: str
    callee: str
    direction: str
    seconds: int | None
    missed: bool | None
    call_id: str | None
    source: str
    log: LogFile
    subject: str | None = None


def to_interaction(facts: CallFacts) -> InteractionData:
    started = local_to_utc(facts.started, facts.log.zone)
    parties = tuple(
        PartyData(role, PHONE, raw)
        for role, raw in ((FROM, facts.caller), (TO, facts.callee))
        if raw.strip()
    )
    key = call_key(facts.call_id, started, facts.caller, facts.callee, facts.seconds)
    return InteractionData(
        kind=CALL,
        direction=facts.direction,
        occurred_at=started,
        external_id=key,
        subject=facts.subject,
        duration_seconds=facts.seconds,
        source=facts.source,
        account=facts.log.name,
        missed=facts.missed,
        parties=parties,
    )


def whole_seconds(text: str) -> int:
    """Seconds from "125", "125.0", "2:05" or "00:02:05"; ValueError otherwise."""
    value = text.strip()
    if ":" in value:
        parts = [int(p) for p in value.split(":")]
        if len(parts) > 3 or any(p < 0 for p in parts):
            raise ValueError(value)
        total = 0
        for part in parts:
            total = total * 60 + part
        return total
    seconds = int(float(value.replace(",", ".")))
    if seconds < 0:
        raise ValueError(value)
    return seconds
