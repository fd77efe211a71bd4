"""An import whose write the base refuses in a later batch, and one cancelled between batches,
on real bases of both kinds: each ends with its sentence or its status, the base unchanged and
usable."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from import_support import count_clients
from sqlalchemy import select
from test_import_bulk import big_file

from desktop_crm.db import Database
from desktop_crm.errors import Code, DatabaseError
from desktop_crm.models import ImportJob, User
from desktop_crm.services.access import current_user
from desktop_crm.wizards.importing import (
    ImportSettings,
    field_catalog,
    open_source,
    run_import,
    suggest_mapping,
)

REFUSED_NAME = "Клиентов Клиент 130"  # in the third batch of 50 rows


# The base refuses one client's name as a constraint of a real server would: the refusal comes
# from the server while that batch is being written. (made, taken away) per backend.
REFUSAL = {
    "sqlite": (
        "CREATE TRIGGER refuse_a_name BEFORE INSERT ON clients "
        f"WHEN NEW.full_name = '{REFUSED_NAME}' "
        "BEGIN SELECT RAISE(ABORT, 'refused by the base'); END",
        "DROP TRIGGER refuse_a_name",
    ),
    "postgresql": (
        "ALTER TABLE clients ADD CONSTRAINT ck_refuse_a_name "
        f"CHECK (full_name <> '{REFUSED_NAME}')",
        "ALTER TABLE clients DROP CONSTRAINT ck_refuse_a_name",
    ),
}


@pytest.fixture
def refusing(database: Database) -> Iterator[Database]:
    """The base with the refusal; taken away afterwards (the PostgreSQL test base is emptied
    between tests, not made again)."""
    made, taken_away = REFUSAL[database.dialect]
    with database.transaction() as session:
        session.connection().exec_driver_sql(made)
    yield database
    with database.transaction() as session:
        session.connection().exec_driver_sql(taken_away)


def import_file(
    database: Database, path: Path, batch_rows: int = 50, **options: object
) -> tuple[int, str]:
    source = open_source(path)
    with database.transaction() as session:
        user = current_user(session, "admin")
        mapping, _ = suggest_mapping(source.headers, field_catalog(session))
        result = run_import(
            session, user, source, ImportSettings(), mapping, batch_rows=batch_rows, **options
        )
    return result.created, result.status


def jobs(database: Database) -> list[str]:
    with database.session() as session:
        return list(session.scalars(select(ImportJob.status).order_by(ImportJob.id)))


def test_a_write_refused_by_the_base_ends_the_import_with_its_sentence(
    refusing: Database, admin: User, tmp_path: Path
) -> None:
    database = refusing
    with pytest.raises(DatabaseError) as raised:
        import_file(database, big_file(tmp_path))
    assert raised.value.code == Code.IMPORT_CONFLICT.key
    assert count_clients(database) == 0 and jobs(database) == []
    # the session and the pool are fine afterwards: the next import of other rows lands
    other = tmp_path / "other.csv"
    other.write_text("ФИО;Телефон\nДругой Клиент;8 912 555-0001\n", encoding="utf-8")
    assert import_file(database, other) == (1, "done")


def test_a_cancel_between_batches_leaves_only_its_record(
    database: Database, admin: User, tmp_path: Path
) -> None:
    asked: list[int] = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > 3  # after three batches are written

    _created, status = import_file(database, big_file(tmp_path), cancelled=cancelled)
    assert status == "cancelled"
    assert count_clients(database) == 0 and jobs(database) == ["cancelled"]
