"""What every source does after storing its interactions: link the new ones to their cards at
once (mail files, IMAP, call logs)."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.orm import Session

from desktop_crm.services.linking import link_interactions


def link_new(session: Session, ids: Sequence[int]) -> int:
    """Link the interactions `ids` to their cards now; how many got one."""
    if not ids:
        return 0
    return link_interactions(session, list(ids)).linked
