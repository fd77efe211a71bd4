"""Phones and emails of a client or contact person: normalizing what was typed, merging
duplicates, keeping exactly one primary per kind, and writing the difference to the database.

The database allows one primary point per kind and owner (a partial unique index that is
checked row by row), so a primary switch is written in two flushes: first the old primary is
cleared (and removed points deleted), then the new primary and new points are written.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy.orm import Session

from desktop_crm.errors import Code, ValidationError
from desktop_crm.models import Client, ContactPerson, ContactPoint
from desktop_crm.models.clients import EMAIL, PHONE
from desktop_crm.services.emails import normalize_email
from desktop_crm.services.linking import link_addresses
from desktop_crm.services.phones import format_phone, normalize_phone
from desktop_crm.text import clean_line

MAX_VALUE_LENGTH = 255


@dataclass
class ContactValue:
    """A phone or email as the card edits it."""

    value: str
    is_primary: bool = False
    comment: str | None = None


@dataclass(frozen=True)
class PreparedPoint:
    """A checked contact value: what was typed, its normalized form, primary flag, comment."""

    value: str
    normalized: str
    is_primary: bool
    comment: str | None


def normalize_value(kind: str, raw: str, region: str = "RU") -> str:
    """E.164 for a phone, the lower-cased address for an email; `ValidationError` otherwise."""
    if kind == PHONE:
        return normalize_phone(raw, region)
    if kind == EMAIL:
        return normalize_email(raw)
    normalized = " ".join(raw.split())
    if not normalized:
        raise ValidationError(Code.CONTACT_EMPTY, field=kind, kind=kind)
    return normalized


def prepare(kind: str, values: Sequence[ContactValue], region: str = "RU") -> list[PreparedPoint]:
    """Check and normalize `values`: blank entries are dropped, duplicates (same normalized
    value) merged into the first, and exactly one point is primary: the first one marked, or
    the first one when none is marked. Raises `ValidationError` for a bad value."""
    merged: dict[str, list[object]] = {}  # normalized -> [value, is_primary, comment]
    for item in values:
        raw = clean_line(item.value or "", f"{kind}s")
        if not raw:
            continue
        if len(raw) > MAX_VALUE_LENGTH:
            raise ValidationError(
                Code.CONTACT_TOO_LONG,
                field=f"{kind}s",
                value=raw,
                kind=kind,
                max_length=MAX_VALUE_LENGTH,
            )
        normalized = normalize_value(kind, raw, region)
        comment = clean_line(item.comment or "", f"{kind}s") or None
        if comment and len(comment) > MAX_VALUE_LENGTH:
            raise ValidationError(
                Code.CONTACT_COMMENT_TOO_LONG,
                field=f"{kind}s",
                value=comment,
                contact=raw,
                max_length=MAX_VALUE_LENGTH,
            )
        if normalized in merged:
            entry = merged[normalized]
            entry[1] = bool(entry[1]) or item.is_primary
            entry[2] = entry[2] or comment
        else:
            merged[normalized] = [raw, item.is_primary, comment]
    primary = next((n for n, e in merged.items() if e[1]), next(iter(merged), None))
    return [
        PreparedPoint(str(e[0]), n, n == primary, e[2] if e[2] is None else str(e[2]))
        for n, e in merged.items()
    ]


def points_of(owner: Client | ContactPerson, kind: str) -> list[ContactPoint]:
    return sorted(
        (p for p in owner.contact_points if p.kind == kind), key=lambda p: (p.position, p.id or 0)
    )


def shown(point: ContactPoint) -> str:
    """How a stored point is shown on a card: phones formatted, others (and a phone an import
    kept as typed because it is not a number, `normalized` empty) as typed."""
    return (
        format_phone(point.normalized) if point.kind == PHONE and point.normalized else point.value
    )


def values_of(owner: Client | ContactPerson, kind: str) -> list[ContactValue]:
    """The owner's points of `kind` as editable values, in card order."""
    return [ContactValue(shown(p), p.is_primary, p.comment) for p in points_of(owner, kind)]


def primary_of(owner: Client | ContactPerson, kind: str) -> ContactPoint | None:
    return next((p for p in points_of(owner, kind) if p.is_primary), None)


def render(owner: Client | ContactPerson, kind: str) -> str | None:
    """The owner's points of `kind` as one line for the change log: primary first, then the
    others in card order, `; `-separated (the import's cell format), comments in brackets."""
    points = points_of(owner, kind)
    points.sort(key=lambda p: not p.is_primary)  # stable: card order kept otherwise
    parts = [shown(p) + (f" ({p.comment})" if p.comment else "") for p in points]
    return "; ".join(parts) or None


def sync(
    session: Session,
    owner: Client | ContactPerson,
    kind: str,
    wanted: Sequence[PreparedPoint],
) -> bool:
    """Make the owner's points of `kind` equal `wanted` (already prepared). A point whose
    normalized value stays keeps its row and its original spelling. Returns True if anything
    changed. Flushes the session (twice when the primary moves). A value new to the owner
    links its past unlinked calls and emails at once (LNK-4)."""
    current = points_of(owner, kind)
    by_normalized = {p.normalized: p for p in current}
    wanted_keys = {w.normalized for w in wanted}
    new_primary = next((w.normalized for w in wanted if w.is_primary), None)
    changed = False

    # Step 1: clear primaries that move away and drop points that go.
    for point in current:
        if point.normalized not in wanted_keys:
            owner.contact_points.remove(point)  # delete-orphan removes the row
            changed = True
        elif point.is_primary and point.normalized != new_primary:
            point.is_primary = False
            changed = True
    if changed:
        session.flush()

    # Step 2: write the new primary, positions, comments and new points.
    added: list[str] = []
    for position, item in enumerate(wanted):
        kept = by_normalized.get(item.normalized)
        if kept is None:
            owner.contact_points.append(
                ContactPoint(
                    kind=kind,
                    value=item.value,
                    normalized=item.normalized,
                    is_primary=item.is_primary,
                    position=position,
                    comment=item.comment,
                )
            )
            added.append(item.normalized)
            changed = True
            continue
        for attr, value in (
            ("is_primary", item.is_primary),
            ("position", position),
            ("comment", item.comment),
        ):
            if getattr(kept, attr) != value:
                setattr(kept, attr, value)
                changed = True
    session.flush()
    if added:
        link_addresses(session, [(kind, normalized) for normalized in added])
    return changed
