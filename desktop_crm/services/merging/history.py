"""What a merge and its undo write in the surviving card's history: every field whose shown
value changed (name, phones, tags, manager...), old -> new, as an edit by hand would."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from desktop_crm.models import User
from desktop_crm.services import clients
from desktop_crm.services.changelog import log_diff


def snapshot(session: Session, client_id: int) -> dict[str, str | None]:
    """The card as its history shows it, read fresh from the base."""
    session.flush()
    session.expire_all()
    return clients._snapshot(session, clients.get_client(session, client_id))


def log_card_changes(
    session: Session, user: User, client_id: int, before: dict[str, str | None], at: datetime
) -> None:
    log_diff(
        session, user, client_id=client_id, before=before, after=snapshot(session, client_id), at=at
    )
