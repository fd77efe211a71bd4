"""A base that a newer desktop_crm upgraded (its revision is unknown here) is refused with one
sentence and exit status 2: nothing migrated, no backup made, on both backends."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from desktop_crm.cli import main
from desktop_crm.db import SCHEMA_HEAD, Database, current_revision
from desktop_crm.models import User

FUTURE = "0099_from_the_future"
SENTENCE = (
    f"desktop-crm: This base was upgraded by a newer desktop_crm (revision {FUTURE}); "
    "update the application.\n"
)


@pytest.fixture
def newer_base(database: Database, admin: User, database_url: str) -> Iterator[str]:
    """The test base stamped with a revision this code does not know (restored afterwards:
    the PostgreSQL database is shared by the tests of this process)."""
    with database.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = :v"), {"v": FUTURE})
    try:
        yield database_url
    finally:
        with database.engine.begin() as conn:
            conn.execute(text("UPDATE alembic_version SET version_num = :v"), {"v": SCHEMA_HEAD})


def files_next_to(database: Database) -> list[str]:
    if database.dialect != "sqlite":
        return []
    return sorted(p.name for p in Path(database.engine.url.database or "").parent.iterdir())


def test_a_base_upgraded_by_a_newer_application(
    database: Database, newer_base: str, capsys: pytest.CaptureFixture[str]
) -> None:
    before = files_next_to(database)
    for _attempt in range(2):
        assert main(["--db", newer_base, "--user", "admin", "users", "list"]) == 2
        assert capsys.readouterr().err == SENTENCE
        assert main(["--db", newer_base, "db", "upgrade"]) == 2
        assert capsys.readouterr().err == SENTENCE
    assert current_revision(database.engine) == FUTURE
    assert [n for n in files_next_to(database) if n not in before and ".bak" in n] == []
