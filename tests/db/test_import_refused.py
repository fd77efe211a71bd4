"""An import whose write the base refuses in a later batch, and one cancelled between batches,
on real bases of both kinds: each ends with its sentence or its status, the base unchanged and
usable; and each batch sees the batches written before it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from import_support import count_clients
from sqlalchemy import func, select
from test_import_bulk import ROWS, big_file

from desktop_crm.db import Database
from desktop_crm.errors import Code, DatabaseError
from desktop_crm.models import Client, ContactPoint, ImportJob, User
from desktop_crm.services.access import current_user
from desktop_crm.wizards.importing import (
    ImportSettings,
    field_catalog,
    open_source,
    run_import,
    suggest_mapping,
)

REFUSED_NAME = "Клиентов Клиент 130"  # in the third batch of 50 rows


@pytest.fixture
def refusing(database: Database) -> Iterator[Database]:
    """The base refuses one client's name as a constraint of a real server would: the
    refusal comes from the server while that batch is being written. Taken away afterwards
    (the PostgreSQL test base is emptied between tests, not made again)."""
    refuse_a_name(database)
    yield database
    with database.transaction() as session:
        run = session.connection().exec_driver_sql
        if database.dialect == "sqlite":
            run("DROP TRIGGER refuse_a_name")
        else:
            run("ALTER TABLE clients DROP CONSTRAINT ck_refuse_a_name")


def refuse_a_name(database: Database) -> None:
    with database.transaction() as session:
        run = session.connection().exec_driver_sql
        if database.dialect == "sqlite":
            run(
                "CREATE TRIGGER refuse_a_name BEFORE INSERT ON clients "
                f"WHEN NEW.full_name = '{REFUSED_NAME}' "
                "BEGIN SELECT RAISE(ABORT, 'refused by the base'); END"
            )
        else:
            run(
                "ALTER TABLE clients ADD CONSTRAINT ck_refuse_a_name "
                f"CHECK (full_name <> '{REFUSED_NAME}')"
            )


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


def test_every_batch_sees_the_batches_written_before_it(
    database: Database, admin: User, tmp_path: Path
) -> None:
    """Rows coming back to clients of earlier batches update them, batches of 7 rows: each
    batch is matched only after the one before is in the base."""
    created, status = import_file(database, big_file(tmp_path), batch_rows=7)
    assert (created, status) == (ROWS, "done")
    with database.session() as session:
        names = session.scalar(select(func.count(func.distinct(Client.full_name))))
        emails = session.scalar(select(func.count()).where(ContactPoint.kind == "email"))
    assert count_clients(database) == names == ROWS
    assert emails == ROWS + len(range(0, ROWS, 7))  # the comebacks' new emails on the same ones
