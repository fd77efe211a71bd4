"""`db init-team` on the password-protected cluster: the roles, the owner, the first admin's
login, and a second run that changes nothing."""

from __future__ import annotations

import json
from collections.abc import Callable

import psycopg
from pg_cluster import PasswordCluster
from sqlalchemy import create_engine, text
from team_support import unique_login

from desktop_crm.db import Database

Cli = Callable[..., tuple[int, str, str]]

SNAPSHOT = """
SELECT (SELECT json_agg(row(rolname, rolcanlogin, rolcreaterole, rolpassword IS NOT NULL)
                        ORDER BY rolname)
          FROM pg_authid WHERE rolname LIKE 'crm%' OR rolname LIKE 'boss%'),
       (SELECT json_agg(row(r.rolname, g.rolname) ORDER BY r.rolname, g.rolname)
          FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.member
          JOIN pg_roles g ON g.oid = m.roleid),
       (SELECT json_agg(row(relname, relowner::regrole::text, relacl::text) ORDER BY relname)
          FROM pg_class WHERE relnamespace = 'public'::regnamespace),
       (SELECT json_agg(row(login, role_id, is_active) ORDER BY login) FROM users),
       (SELECT json_agg(row(tablename, policyname, roles::text, qual, with_check)
                        ORDER BY tablename, policyname) FROM pg_policies),
       (SELECT json_agg(relname ORDER BY relname) FROM pg_class
          WHERE relrowsecurity AND relforcerowsecurity),
       (SELECT json_agg(row(proname, prosrc, proconfig::text) ORDER BY proname) FROM pg_proc
          WHERE proname LIKE 'crm%')
"""


def snapshot(url: str) -> tuple[object, ...]:
    engine = create_engine(url)
    with engine.connect() as conn:
        row = conn.execute(text(SNAPSHOT)).one()
    engine.dispose()
    return tuple(row)


def test_init_team_twice_changes_nothing(
    fresh_base: tuple[str, str], password_cluster: PasswordCluster, cli: Cli
) -> None:
    name, url = fresh_base
    boss = unique_login("boss")
    status, out, err = cli(
        "--db", url, "db", "init-team", "--admin", boss, "--name", "Анна Бос", "--json",
        stdin="s3cret-Пароль\n",
    )  # fmt: skip
    assert (status, err) == (0, ""), err
    changes = json.loads(out.strip().splitlines()[-1])["changes"]
    assert f"user {boss} added" in changes and f"login role for {boss}" in changes
    before = snapshot(url)
    status, out, err = cli("--db", url, "db", "init-team", "--admin", boss, stdin="")
    assert (status, err) == (0, "")
    assert out.strip() == "Nothing to change: the team base is set up."
    assert snapshot(url) == before
    status, _, err = cli("--db", url, "db", "upgrade")  # reaches the same set-up
    assert (status, err) == (0, "") and snapshot(url) == before
    with psycopg.connect(
        host="127.0.0.1", port=password_cluster.port, dbname=name, user=boss,
        password="s3cret-Пароль",
    ) as conn:  # fmt: skip
        owner = conn.execute("SELECT tableowner FROM pg_tables WHERE tablename='clients'")
        assert owner.fetchone() == ("crm_owner",)
        assert conn.execute("SELECT login FROM users").fetchall() == [(boss,)]


def test_init_team_without_a_password_refuses(fresh_base: tuple[str, str], cli: Cli) -> None:
    _, url = fresh_base
    status, _, err = cli("--db", url, "db", "init-team", "--admin", unique_login("boss"))
    assert status == 2 and err.strip() == "desktop-crm: The password is empty."


def test_init_team_needs_postgresql(sqlite_database: Database, cli: Cli) -> None:
    url = str(sqlite_database.engine.url)
    status, _, err = cli("--db", url, "db", "init-team", "--admin", "boss", stdin="x\n")
    assert status == 2 and "Team mode needs a PostgreSQL base" in err


def test_a_new_table_of_a_later_migration_is_the_admins(
    fresh_base: tuple[str, str], password_cluster: PasswordCluster, cli: Cli
) -> None:
    name, url = fresh_base
    boss = unique_login("boss")
    assert cli("--db", url, "db", "init-team", "--admin", boss, stdin="pw\n")[0] == 0
    engine = create_engine(url)
    with engine.begin() as conn:  # what env.py does for a migration on a team base
        conn.execute(text("SET LOCAL ROLE crm_owner"))
        conn.execute(text("CREATE TABLE later_things (id serial PRIMARY KEY, name text)"))
    engine.dispose()
    with psycopg.connect(
        host="127.0.0.1", port=password_cluster.port, dbname=name, user=boss, password="pw"
    ) as conn:
        conn.execute("INSERT INTO later_things (name) VALUES ('ok')")
        assert conn.execute("SELECT count(*) FROM later_things").fetchone() == (1,)
