"""`desktop-crm users add|list` and `db upgrade`, run through the real command line entry."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.engine import make_url

from desktop_crm.cli import main
from desktop_crm.db import head_revision, make_engine, open_database
from desktop_crm.models import User


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def user_logins(url: str) -> list[str]:
    db = open_database(url)
    try:
        with db.session() as s:
            return list(s.scalars(select(User.login).order_by(User.login)))
    finally:
        db.dispose()


def test_users_list_makes_the_first_admin(
    database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = run(capsys, "--db", database_url, "users", "list")
    assert (status, err) == (0, "")
    assert out.split() == ["admin", "admin", "admin"]  # login, role, name
    status, out, _ = run(capsys, "--db", database_url, "users", "list", "--json")
    assert status == 0
    assert json.loads(out) == [{"login": "admin", "name": "admin", "role": "admin", "active": True}]


def test_users_add_by_an_admin(database_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(
        capsys, "--db", database_url, "users", "add", "ivanova",
        "--name", "Иванова Анна Сергеевна", "--group", "Отдел продаж",
    )  # fmt: skip
    assert (status, err) == (0, "")
    assert out.strip() == "Added Иванова Анна Сергеевна (ivanova, manager)."
    status, out, _ = run(
        capsys, "--db", database_url, "users", "add", "petrov", "--name", "Пётр Петров",
        "--role", "admin", "--json",
    )  # fmt: skip
    assert status == 0
    payload = json.loads(out)
    assert payload["login"] == "petrov" and payload["role"] == "admin"
    _, out, _ = run(capsys, "--db", database_url, "users", "list")
    lines = out.strip().splitlines()
    assert [line.split()[0] for line in lines] == ["admin", "ivanova", "petrov"]  # by full name
    assert lines[1].split()[1] == "manager"


def test_duplicate_login_is_refused(database_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "--db", database_url, "users", "add", "ivanova", "--name", "A")[0] == 0
    status, out, err = run(capsys, "--db", database_url, "users", "add", "ivanova", "--name", "B")
    assert (status, out) == (2, "")
    assert err.strip() == "desktop-crm: The login 'ivanova' is taken already."
    assert user_logins(database_url) == ["admin", "ivanova"]


def test_a_manager_may_not_add_users(database_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "--db", database_url, "users", "add", "ivanova", "--name", "Анна")[0] == 0
    status, out, err = run(
        capsys, "--db", database_url, "--user", "ivanova", "users", "add", "petrov", "--name", "P"
    )
    assert (status, out) == (2, "")
    assert err.startswith("desktop-crm: Анна (ivanova, role manager) may not administer")
    assert user_logins(database_url) == ["admin", "ivanova"]
    # a manager may still list users
    status, out, _ = run(capsys, "--db", database_url, "--user", "ivanova", "users", "list")
    assert status == 0 and "ivanova" in out


def test_unknown_user_and_unknown_role(
    database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(capsys, "--db", database_url, "users", "list")[0] == 0
    status, _, err = run(capsys, "--db", database_url, "--user", "ghost", "users", "list")
    assert status == 2 and "There is no user 'ghost' in this database" in err
    status, _, err = run(
        capsys, "--db", database_url, "users", "add", "x", "--name", "X", "--role", "boss"
    )
    assert status == 2 and "There is no role 'boss'. Known roles: admin, manager." in err
    assert user_logins(database_url) == ["admin"]


def test_db_upgrade_of_a_new_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = f"sqlite:///{tmp_path / 'new.sqlite3'}"
    head = head_revision(make_engine(url))
    status, out, err = run(capsys, "--db", url, "db", "upgrade")
    assert (status, err) == (0, "")
    assert out.strip() == f"Database {url}: upgraded from empty (revision {head})."
    status, out, _ = run(capsys, "--db", url, "db", "upgrade")
    assert out.strip() == f"Database {url}: already up to date (revision {head})."
    status, out, _ = run(capsys, "--db", url, "db", "upgrade", "--json")
    assert json.loads(out) == {"url": url, "from": head, "to": head}


def test_db_upgrade_of_an_up_to_date_base(
    database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = run(capsys, "--db", database_url, "db", "upgrade", "--json")
    assert (status, err) == (0, "")
    payload = json.loads(out)
    assert payload["from"] == payload["to"] == head_revision(make_engine(database_url))


@pytest.mark.pg
def test_postgresql_database_with_foreign_tables(
    pg_admin_url: str | None, capsys: pytest.CaptureFixture[str]
) -> None:
    if not pg_admin_url:
        pytest.skip("DESKTOP_CRM_TEST_PG is not set")
    name = f"crm_foreign_{uuid.uuid4().hex[:8]}"
    admin = create_engine(pg_admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(pg_admin_url).set(database=name).render_as_string(hide_password=False)
    other = create_engine(url)
    try:
        with other.begin() as conn:
            conn.execute(text("CREATE TABLE invoices (id serial PRIMARY KEY, total numeric)"))
        for command in (["db", "upgrade"], ["users", "list"]):
            status, out, err = run(capsys, "--db", url, *command)
            assert (status, out) == (2, "")
            assert "holds tables that are not a desktop_crm database" in err
            assert len(err.strip().splitlines()) == 1
        with other.connect() as conn:
            tables = conn.execute(
                text("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
            ).scalars()
            assert list(tables) == ["invoices"]
            assert conn.execute(select(func.count()).select_from(text("invoices"))).scalar() == 0
    finally:
        other.dispose()
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
