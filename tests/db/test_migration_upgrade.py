"""Upgrading a database made by an earlier revision keeps its rows, and a SQLite file is backed
up before a migration touches it."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, text

from desktop_crm.db import (
    alembic_config,
    current_revision,
    head_revision,
    make_engine,
    open_database,
)

FIRST = "0001"


def revisions() -> list[str]:
    script = ScriptDirectory.from_config(alembic_config(create_engine("sqlite://")))
    return [r.revision for r in reversed(list(script.walk_revisions()))]


def test_revisions_form_one_line() -> None:
    script = ScriptDirectory.from_config(alembic_config(create_engine("sqlite://")))
    assert len(script.get_heads()) == 1
    assert revisions()[0] == FIRST


def make_first_revision_base(url: str) -> None:
    engine = make_engine(url)
    command.upgrade(alembic_config(engine), FIRST)
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO users (id, login, full_name, role_id, is_active, created_at)"
                " VALUES (1, 'anna', 'Anna', 1, TRUE, CURRENT_TIMESTAMP)"
            )
        )
        conn.execute(
            text(
                "INSERT INTO clients (id, kind, stage, full_name, name_key, created_at, updated_at,"
                " version, responsible_id) VALUES (1, 'person', 'client', 'Иванов Иван',"
                " 'иванов иван', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1, 1)"
            )
        )
        conn.execute(
            text(
                "INSERT INTO contact_points"
                " (client_id, kind, value, normalized, is_primary, position)"
                " VALUES (1, 'phone', '8 912 345-67-89', '+79123456789', TRUE, 0)"
            )
        )
    engine.dispose()


def test_upgrade_from_first_revision_keeps_rows(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'old.sqlite3'}"
    make_first_revision_base(url)
    database = open_database(url)
    try:
        assert current_revision(database.engine) == head_revision(database.engine)
        with database.engine.connect() as conn:
            assert conn.execute(text("SELECT full_name FROM clients")).scalar_one() == "Иванов Иван"
            assert conn.execute(text("SELECT normalized FROM contact_points")).scalar_one() == (
                "+79123456789"
            )
            assert conn.execute(text("SELECT login FROM users")).scalar_one() == "anna"
    finally:
        database.dispose()


@pytest.mark.skipif(len(revisions()) < 2, reason="needs a second revision to upgrade to")
def test_sqlite_file_is_backed_up_before_an_upgrade(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'old.sqlite3'}"
    make_first_revision_base(url)
    open_database(url).dispose()
    backups = list(tmp_path.glob("old.sqlite3.*.bak"))
    assert len(backups) == 1
    old = create_engine(f"sqlite:///{backups[0]}")
    with old.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one() == FIRST
        assert conn.execute(text("SELECT count(*) FROM clients")).scalar_one() == 1
    old.dispose()


def test_a_fresh_file_is_not_backed_up(tmp_path: Path) -> None:
    open_database(f"sqlite:///{tmp_path / 'new.sqlite3'}").dispose()
    assert list(tmp_path.glob("*.bak")) == []
