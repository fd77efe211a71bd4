"""Tags (CLI-4): one tag per case-folded name, added to and removed from clients in bulk.

A bulk tag change is a change of each card it touches: it is written to the change log and
bumps the client's version, so a card open elsewhere cannot silently save the old tags back.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence

from sqlalchemy import delete, func, insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desktop_crm.errors import Code, NotFound, ValidationError
from desktop_crm.models import Client, Tag, User, client_tags, utcnow
from desktop_crm.services.access import Permission, require
from desktop_crm.services.changelog import log_bulk, touch_clients
from desktop_crm.services.names import name_key

MAX_TAG_LENGTH = 128
BATCH = 500


def clean_tag_name(name: str) -> str:
    """The tag as it will be stored: single spaces, no surrounding blanks; checked."""
    cleaned = " ".join((name or "").split())
    if not cleaned:
        raise ValidationError(Code.TAG_EMPTY, field="tags", value=name)
    if len(cleaned) > MAX_TAG_LENGTH:
        raise ValidationError(
            Code.TAG_TOO_LONG, field="tags", value=name, max_length=MAX_TAG_LENGTH
        )
    return cleaned


def tag_key(name: str) -> str:
    """The key that makes "VIP", "vip" and " Vip " one tag."""
    return name_key(name)


def tag_by_name(session: Session, name: str, create: bool = False) -> Tag | None:
    """The tag called `name` (any case); created when missing and `create` is true."""
    cleaned = clean_tag_name(name)
    key = tag_key(cleaned)
    tag = session.scalar(select(Tag).where(Tag.name_key == key))
    if tag is not None or not create:
        return tag
    try:
        with session.begin_nested():  # another user may create the same tag right now
            tag = Tag(name=cleaned, name_key=key)
            session.add(tag)
    except IntegrityError:
        tag = session.scalar(select(Tag).where(Tag.name_key == key))
        if tag is None:
            raise
    return tag


def all_tags(session: Session) -> list[Tag]:
    return list(session.scalars(select(Tag).order_by(Tag.name_key)))


def tag_usage(session: Session) -> list[tuple[Tag, int]]:
    """Every tag with the number of clients that carry it, by name: for filters and chips."""
    counts = (
        select(client_tags.c.tag_id, func.count().label("n"))
        .group_by(client_tags.c.tag_id)
        .subquery()
    )
    rows = session.execute(
        select(Tag, func.coalesce(counts.c.n, 0))
        .outerjoin(counts, counts.c.tag_id == Tag.id)
        .order_by(Tag.name_key)
    ).tuples()
    return [(tag, int(n)) for tag, n in rows]


def render_tags(names: Iterable[str]) -> str | None:
    """Tags as the change log shows them: sorted, comma-separated."""
    return ", ".join(sorted(names, key=str.casefold)) or None


def _tag_names_of(session: Session, client_ids: Sequence[int]) -> dict[int, list[str]]:
    names: dict[int, list[str]] = defaultdict(list)
    rows = session.execute(
        select(client_tags.c.client_id, Tag.name)
        .join(Tag, Tag.id == client_tags.c.tag_id)
        .where(client_tags.c.client_id.in_(client_ids))
    ).tuples()
    for client_id, name in rows:
        names[client_id].append(name)
    return names


def _existing_ids(session: Session, client_ids: Iterable[int]) -> list[int]:
    wanted = list(dict.fromkeys(client_ids))
    found: list[int] = []
    for start in range(0, len(wanted), BATCH):
        batch = wanted[start : start + BATCH]
        found += session.scalars(select(Client.id).where(Client.id.in_(batch))).all()
    return found


def _expire_tags(session: Session, client_ids: Iterable[int]) -> None:
    """Loaded clients forget their tag lists, so they reload what the bulk change wrote."""
    ids = set(client_ids)
    for obj in list(session.identity_map.values()):
        if isinstance(obj, Client) and obj.id in ids:
            session.expire(obj, ["tags"])


def _change_tag(
    session: Session, actor: User, client_ids: Iterable[int], name: str, *, add: bool
) -> int:
    require(actor, Permission.EDIT_CLIENTS)
    tag = tag_by_name(session, name, create=add)
    ids = _existing_ids(session, client_ids)
    if tag is None or not ids:
        return 0
    session.flush()
    at = utcnow()
    changed_total = 0
    for start in range(0, len(ids), BATCH):
        batch = ids[start : start + BATCH]
        before = _tag_names_of(session, batch)
        has_tag = set(
            session.scalars(
                select(client_tags.c.client_id).where(
                    client_tags.c.tag_id == tag.id, client_tags.c.client_id.in_(batch)
                )
            )
        )
        targets = [i for i in batch if (i in has_tag) != add]
        if not targets:
            continue
        if add:
            session.execute(
                insert(client_tags), [{"client_id": i, "tag_id": tag.id} for i in targets]
            )
        else:
            session.execute(
                delete(client_tags).where(
                    client_tags.c.tag_id == tag.id, client_tags.c.client_id.in_(targets)
                )
            )
        changes = []
        for client_id in targets:
            old = before.get(client_id, [])
            new = [*old, tag.name] if add else [n for n in old if tag_key(n) != tag.name_key]
            changes.append((client_id, render_tags(old), render_tags(new)))
        log_bulk(session, actor, "tags", changes, at)
        touch_clients(session, actor, targets, at)
        changed_total += len(targets)
    session.flush()
    _expire_tags(session, ids)
    return changed_total


def add_tag(session: Session, actor: User, client_ids: Iterable[int], name: str) -> int:
    """Put the tag `name` (created if new) on the clients; the number that did not have it."""
    return _change_tag(session, actor, client_ids, name, add=True)


def remove_tag(session: Session, actor: User, client_ids: Iterable[int], name: str) -> int:
    """Take the tag `name` off the clients; the number that had it."""
    return _change_tag(session, actor, client_ids, name, add=False)


def rename_tag(session: Session, actor: User, name: str, new_name: str) -> Tag:
    """Rename a tag everywhere (an admin's clean-up); merging into another tag is refused."""
    require(actor, Permission.ADMIN)
    tag = tag_by_name(session, name)
    if tag is None:
        raise NotFound(Code.TAG_UNKNOWN, name=name)
    cleaned = clean_tag_name(new_name)
    other = tag_by_name(session, cleaned)
    if other is not None and other.id != tag.id:
        raise ValidationError(Code.TAG_EXISTS, field="tags", name=other.name)
    tag.name, tag.name_key = cleaned, tag_key(cleaned)
    session.flush()
    return tag


def delete_tag(session: Session, actor: User, name: str) -> int:
    """Delete a tag from the base; the number of clients that lose it."""
    require(actor, Permission.ADMIN)
    tag = tag_by_name(session, name)
    if tag is None:
        raise NotFound(Code.TAG_UNKNOWN, name=name)
    ids = list(
        session.scalars(select(client_tags.c.client_id).where(client_tags.c.tag_id == tag.id))
    )
    removed = remove_tag(session, actor, ids, tag.name) if ids else 0
    session.delete(tag)
    session.flush()
    return removed


def merge_tags(session: Session, actor: User, name: str, into: str) -> int:
    """Put the tag `into` on every client that carries `name`, then delete `name` (an admin's
    clean-up of "vip" and "V.I.P."); the number of clients that were carrying `name`."""
    require(actor, Permission.ADMIN)
    source, target = tag_by_name(session, name), tag_by_name(session, into)
    if source is None or target is None:
        raise NotFound(Code.TAG_UNKNOWN, name=name if source is None else into)
    if source.id == target.id:
        raise ValidationError(Code.TAG_MERGE_SAME, field="tags")
    ids = list(
        session.scalars(select(client_tags.c.client_id).where(client_tags.c.tag_id == source.id))
    )
    if ids:
        add_tag(session, actor, ids, target.name)
    delete_tag(session, actor, source.name)
    return len(ids)
