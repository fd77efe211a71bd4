"""Storing calls and emails from any source, once each (issue #12 item 5).

Every source (mail files, IMAP, call logs) turns what it reads into `InteractionData` and hands
them to `store_interactions` in one stream. Batches of `BATCH` are checked against the stored
external ids with one SELECT each and the new ones bulk-inserted with their parties, so a
source of a million messages costs a few thousand statements, not millions. The caller owns the
transaction: a source that fails half-way rolls everything back.

Parties are normalized as cards store their contact points (services/contact_points.py): email
addresses lower-cased and trimmed, phones to E.164 in the base's phone country, so the linking
job compares them by equality. An internal extension (fewer than 7 digits) is nobody's card:
it is dropped as a counterpart.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from itertools import islice
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_crm.errors import Code, PermissionDenied
from desktop_crm.models import User
from desktop_crm.models.base import table_of, utcnow
from desktop_crm.models.clients import EMAIL, PHONE
from desktop_crm.models.interactions import Interaction, InteractionParty
from desktop_crm.services.base_settings import region_or_default
from desktop_crm.services.emails import try_normalize_email
from desktop_crm.services.interactions.rows import insert_returning_ids, insert_rows
from desktop_crm.services.phones import digits, split_extension, try_normalize_phone

BATCH = 1000
MIN_EXTERNAL_DIGITS = 7  # shorter numbers are extensions of the company's own phone system
MAX_KEY, MAX_SUBJECT, MAX_RAW, MAX_NORMALIZED = 500, 1000, 500, 255
FROM, TO, CC = "from", "to", "cc"

# what no text column can hold (PostgreSQL refuses NUL, UTF-8 has no lone surrogates): in a
# message or a call log it is the sender's garbage, marked rather than refused
_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")
INTERACTIONS = table_of(Interaction)
PARTIES = table_of(InteractionParty)


@dataclass(frozen=True)
class PartyData:
    """An address or number on the other side, as the source wrote it."""

    role: str  # from | to | cc
    kind: str  # phone | email
    raw: str


@dataclass(frozen=True, kw_only=True)
class InteractionData:
    """One call or email as a source read it; `external_id` from `message_key` / `call_key`."""

    kind: str  # call | email
    direction: str  # in | out
    occurred_at: datetime  # UTC, naive (an aware one is converted)
    external_id: str
    subject: str | None = None
    body: str | None = None
    duration_seconds: int | None = None
    source: str | None = None  # mbox, eml, msg, imap, asterisk, freepbx, call_log, manual
    account: str | None = None  # the mail account, folder or file it came from
    missed: bool | None = None
    attachments: tuple[dict[str, Any], ...] | list[dict[str, Any]] | None = None
    parties: tuple[PartyData, ...] = ()
    registered_by_id: int | None = None


@dataclass
class StoreResult:
    read: int = 0
    imported: int = 0
    duplicates: int = 0
    stored_ids: list[int] = field(default_factory=list)

    def add(self, other: StoreResult) -> None:
        self.read += other.read
        self.imported += other.imported
        self.duplicates += other.duplicates
        self.stored_ids.extend(other.stored_ids)


def _bounded(prefix: str, value: str) -> str:
    """`prefix` + `value`, or + its SHA-1 when that would not fit the column."""
    key = prefix + value
    if len(key) <= MAX_KEY and not _UNSTORABLE.search(key):
        return key
    return prefix + "sha1:" + hashlib.sha1(value.encode("utf-8", "surrogatepass")).hexdigest()


def _hash(*parts: object) -> str:
    text = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()


def message_key(
    message_id: str | None, occurred_at: datetime | None, sender: str | None, subject: str | None
) -> str:
    """A message's external id: its Message-ID, else a hash of date + sender + subject (the
    same message from a file and from IMAP gets the same key either way)."""
    cleaned = (message_id or "").strip().strip("<>").strip()
    if cleaned:
        return _bounded("mid:", cleaned)
    stamp = to_utc(occurred_at).isoformat() if occurred_at else ""
    return "mhash:" + _hash(stamp, (sender or "").strip().lower(), (subject or "").strip())


def call_key(
    call_id: str | None,
    occurred_at: datetime | None = None,
    caller: str | None = None,
    callee: str | None = None,
    duration_seconds: int | None = None,
) -> str:
    """A call's external id: the phone system's id (uniqueid, linkedid), else a hash of the
    start, both numbers and the duration."""
    cleaned = (call_id or "").strip()
    if cleaned:
        return _bounded("call:", cleaned)
    stamp = to_utc(occurred_at).isoformat() if occurred_at else ""
    return "chash:" + _hash(stamp, digits(caller or ""), digits(callee or ""), duration_seconds)


def to_utc(moment: datetime) -> datetime:
    """`moment` as naive UTC (how interactions store time); a naive one is taken as UTC."""
    if moment.tzinfo is None:
        return moment
    return moment.astimezone(UTC).replace(tzinfo=None)


def normalize_party(party: PartyData, region: str) -> str | bool | None:
    """The party's normalized value; None when it does not parse (kept, unmatched); False for
    an internal extension (not a counterpart: dropped)."""
    if party.kind == EMAIL:
        return try_normalize_email(party.raw)
    if party.kind == PHONE:
        number, _extension = split_extension(party.raw)
        if len(digits(number)) < MIN_EXTERNAL_DIGITS:
            return False
        return try_normalize_phone(party.raw, region)
    return None


def storable(text: str | None, limit: int | None = None) -> str | None:
    """`text` cut to `limit`, with NUL and lone surrogates as U+FFFD."""
    if text is None:
        return None
    if limit is not None:
        text = text[:limit]
    return _UNSTORABLE.sub("\ufffd", text) if _UNSTORABLE.search(text) else text


def _attachments(item: InteractionData) -> list[dict[str, Any]] | None:
    if not item.attachments:
        return None
    return [{**a, "name": storable(str(a.get("name", "")), MAX_RAW)} for a in item.attachments]


def _party_rows(item: InteractionData, region: str) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    seen: set[tuple[str, str, str]] = set()
    for party in item.parties:
        raw = storable(party.raw.strip(), MAX_RAW) or ""
        if not raw:
            continue
        normalized = normalize_party(PartyData(party.role, party.kind, raw), region)
        if normalized is False:
            continue
        value = normalized[:MAX_NORMALIZED] if isinstance(normalized, str) else None
        key = (party.role, party.kind, value or raw)
        if key in seen:
            continue
        seen.add(key)
        rows.append({"role": party.role, "kind": party.kind, "raw": raw, "normalized": value})
    return rows


def _interaction_row(item: InteractionData, user_id: int, now: datetime) -> dict[str, Any]:
    return {
        "kind": item.kind,
        "direction": item.direction,
        "occurred_at": to_utc(item.occurred_at),
        "subject": storable(item.subject, MAX_SUBJECT),
        "body": storable(item.body),
        "duration_seconds": item.duration_seconds,
        "external_id": item.external_id,
        "source": item.source,
        "account": storable(item.account, 255),
        "missed": item.missed,
        "attachments": _attachments(item),
        "registered_by_id": item.registered_by_id or user_id,
        "created_at": now,
    }


def _stored_keys(session: Session, keys: Sequence[str]) -> set[str]:
    found = session.scalars(
        select(Interaction.external_id).where(Interaction.external_id.in_(keys))
    )
    return {key for key in found if key is not None}


def _store_batch(
    session: Session, batch: Sequence[InteractionData], user_id: int, region: str
) -> StoreResult:
    stored = _stored_keys(session, [item.external_id for item in batch])
    fresh: list[InteractionData] = []
    for item in batch:
        if item.external_id not in stored:
            stored.add(item.external_id)  # a repeat later in the same batch is a duplicate
            fresh.append(item)
    result = StoreResult(read=len(batch), duplicates=len(batch) - len(fresh))
    if not fresh:
        return result
    now = utcnow()
    rows = [_interaction_row(item, user_id, now) for item in fresh]
    ids = insert_returning_ids(session, INTERACTIONS, rows, "external_id")
    parties = [
        {"interaction_id": new_id, **row}
        for new_id, item in zip(ids, fresh, strict=True)
        for row in _party_rows(item, region)
    ]
    insert_rows(session, PARTIES, parties)
    result.imported, result.stored_ids = len(ids), ids
    return result


def _batches(items: Iterable[InteractionData], size: int) -> Iterator[list[InteractionData]]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def store_interactions(
    session: Session, items: Iterable[InteractionData], user: User, *, batch: int = BATCH
) -> StoreResult:
    """Store `items` (read lazily, `batch` at a time) that are not stored yet, by external id;
    the rest count as duplicates. The permission to bring them in is the caller's to check
    (an import, a fetch, a manual registration); `user` is who registered them. The caller
    commits."""
    if not user.is_active:
        raise PermissionDenied(Code.ACCOUNT_DISABLED, login=user.login)
    region = region_or_default(session)
    result = StoreResult()
    for chunk in _batches(items, batch):
        result.add(_store_batch(session, chunk, user.id, region))
    return result
