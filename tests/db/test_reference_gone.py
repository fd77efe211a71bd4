"""Work that refers to a record another desktop deleted meanwhile ends in one sentence, not a
database traceback; the base keeps none of it."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from desktop_crm.db import Database
from desktop_crm.errors import DatabaseError
from desktop_crm.models import Note, User


def test_a_note_for_a_client_deleted_meanwhile(database: Database, admin: User) -> None:
    gone = pytest.raises(DatabaseError, match="deleted by someone else meanwhile")
    with gone, database.transaction() as session:
        session.add(Note(client_id=987654, author_id=admin.id, text="Called back"))
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(Note)) == 0
