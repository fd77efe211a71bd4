"""One import at a time per base, so that two imports started together give what they would
give one after the other.

On PostgreSQL an import takes a transaction-level advisory lock before it looks anything up; a
second import waits for the first one's commit (or rollback), then reads what it saved (read
committed: every statement sees the latest commit), so its rows find the first one's clients,
tags, groups and companies instead of making them again. The wait polls, so a Cancel button
works while waiting. SQLite needs nothing more: an import's session takes the write lock
(`BEGIN IMMEDIATE`) before its first statement.
"""

from __future__ import annotations

import time

from sqlalchemy import text
from sqlalchemy.orm import Session

from desktop_crm.progress import Cancelled

# pg_advisory_xact_lock's key for "an import is running in this database" ("crm" "imp")
IMPORT_LOCK_KEY = 0x63726D_696D70
POLL_SECONDS = 0.2


def wait_for_other_imports(session: Session, cancelled: Cancelled | None = None) -> bool:
    """Hold this base's import lock until the session's transaction ends; wait while another
    import holds it. False when `cancelled()` turned true while waiting."""
    if session.get_bind().dialect.name != "postgresql":
        return True
    take = text("SELECT pg_try_advisory_xact_lock(:key)")
    while not session.execute(take, {"key": IMPORT_LOCK_KEY}).scalar_one():
        if cancelled is not None and cancelled():
            return False
        time.sleep(POLL_SECONDS)
    return True
