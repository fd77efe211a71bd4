"""Notes on a client's card (CLI-6): written from the feed's note box, shown in the feed."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_crm.errors import Code, NotFound, PermissionDenied, ValidationError
from desktop_crm.models import ContactPerson, Note, User
from desktop_crm.services.access import Permission, has_permission, require
from desktop_crm.services.visibility import require_visible, visible_client_ids
from desktop_crm.text import clean_multiline

MAX_NOTE_LENGTH = 100_000


def _clean(text: str | None) -> str:
    """The note as stored (`text.clean_multiline`: line breaks kept, a control character
    refused, invisible-only text empty)."""
    cleaned = clean_multiline(text or "", "note")
    if not cleaned:
        raise ValidationError(Code.NOTE_EMPTY, field="note")
    if len(cleaned) > MAX_NOTE_LENGTH:
        raise ValidationError(Code.NOTE_TOO_LONG, field="note", max_length=MAX_NOTE_LENGTH)
    return cleaned


def add_note(
    session: Session,
    actor: User,
    client_id: int,
    text: str,
    *,
    contact_person_id: int | None = None,
) -> Note:
    """Write a note on a client's card, optionally about one of its contact persons."""
    cleaned = _clean(text)
    require_visible(session, actor, client_id, Permission.EDIT_CLIENTS)
    if contact_person_id is not None:
        person = session.get(ContactPerson, contact_person_id)
        if person is None or person.client_id != client_id:
            raise NotFound(Code.PERSON_NOT_ON_CARD)
    note = Note(
        client_id=client_id,
        contact_person_id=contact_person_id,
        author_id=actor.id,
        text=cleaned,
    )
    session.add(note)
    session.flush()
    return note


def list_notes(session: Session, viewer: User, client_id: int) -> list[Note]:
    """A client's notes, newest first; `NotFound` when `viewer` may not see the client."""
    require_visible(session, viewer, client_id)
    return list(
        session.scalars(
            select(Note)
            .where(Note.client_id == client_id)
            .order_by(Note.created_at.desc(), Note.id.desc())
        )
    )


def _own_note(session: Session, actor: User, note_id: int) -> Note:
    """The note, if `actor` may change it: its author, or an administrator."""
    require(actor, Permission.EDIT_CLIENTS)
    note = session.scalar(
        select(Note).where(Note.id == note_id, Note.client_id.in_(visible_client_ids(actor)))
    )
    if note is None:
        raise NotFound(Code.NOTE_GONE)
    if note.author_id != actor.id and not has_permission(actor, Permission.ADMIN):
        raise PermissionDenied(Code.NOTE_NOT_AUTHOR)
    return note


def update_note(session: Session, actor: User, note_id: int, text: str) -> Note:
    cleaned = _clean(text)
    note = _own_note(session, actor, note_id)
    note.text = cleaned
    session.flush()
    return note


def delete_note(session: Session, actor: User, note_id: int) -> None:
    session.delete(_own_note(session, actor, note_id))
    session.flush()
