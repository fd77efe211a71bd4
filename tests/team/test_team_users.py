"""Users of a team base are login roles: added with a password, refused when disabled or
with a wrong password, and held by the database itself to their group's rights (a manager in
plain psycopg with their own credentials)."""

from __future__ import annotations

import json
from collections.abc import Callable

import psycopg
import pytest
from pg_cluster import PasswordCluster
from team_support import TeamBase, unique_login

Cli = Callable[..., tuple[int, str, str]]


def add_manager(team_base: TeamBase, cli: Cli, password: str = "Mgr-pw-1") -> str:
    login = unique_login("ivanova")
    status, out, err = cli(
        "--db", team_base.admin_url, "users", "add", login, "--name", "Иванова Анна",
        stdin=password + "\n",
    )  # fmt: skip
    assert (status, err) == (0, ""), err
    assert out.strip() == f"Added Иванова Анна ({login}, manager)."
    return login


def test_the_login_is_the_connections_own(team_base: TeamBase, cli: Cli) -> None:
    login = add_manager(team_base, cli)
    # no --user: the connection's login is the user, whatever DESKTOP_CRM_USER says
    status, _, err = cli(
        "--db", team_base.url(login, "Mgr-pw-1"), "users", "add", "x", "--name", "X"
    )
    assert status == 2
    assert f"({login}, role manager) may not administer users" in err, err


def test_a_manager_is_held_by_the_database(team_base: TeamBase, cli: Cli) -> None:
    login = add_manager(team_base, cli)
    with team_base.connect(login, "Mgr-pw-1") as conn:
        assert conn.execute("SELECT count(*) FROM clients").fetchone() == (0,)
        refused = [
            "DELETE FROM clients",
            f"CREATE ROLE {unique_login('sneaky')} LOGIN",
            "UPDATE users SET full_name = 'me'",
            "INSERT INTO queues (name) VALUES ('mine')",
            "SELECT count(*) FROM import_jobs",
            f"SELECT public.crm_set_password('{team_base.admin}', 'x')",
        ]
        for statement in refused:
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(statement)


def test_an_admin_may_do_it_all(team_base: TeamBase, cli: Cli) -> None:
    with team_base.connect(team_base.admin, team_base.admin_password) as conn:
        conn.execute("DELETE FROM clients")
        conn.execute("UPDATE users SET full_name = 'Boss'")
        conn.execute("SELECT count(*) FROM import_jobs")
        login = unique_login("petrov")
        conn.execute("SELECT public.crm_create_login(%s, NULL, 'crm_manager')", (login,))
        with pytest.raises(psycopg.errors.UndefinedObject):  # never a role outside the CRM
            conn.execute("SELECT public.crm_set_password('postgres', 'x')")


def test_passwd_disable_and_enable(team_base: TeamBase, cli: Cli) -> None:
    login = add_manager(team_base, cli)
    admin = team_base.admin_url
    assert cli("--db", admin, "users", "passwd", login, stdin="New-pw-2\n")[0] == 0
    status, _, err = cli("--db", team_base.url(login, "Mgr-pw-1"), "users", "list")
    assert status == 2
    assert err.strip() == (
        f"desktop-crm: The server refused the login '{login}': the password is wrong or there "
        "is no such login."
    )
    assert cli("--db", team_base.url(login, "New-pw-2"), "users", "list")[0] == 0
    # everyone may change their own password
    assert (
        cli("--db", team_base.url(login, "New-pw-2"), "users", "passwd", login, stdin="N3\n")[0]
        == 0
    )
    assert cli("--db", admin, "users", "disable", login)[0] == 0
    status, _, err = cli("--db", team_base.url(login, "N3"), "users", "list")
    assert status == 2
    assert err.strip() == (
        f"desktop-crm: The login '{login}' is disabled: an administrator can enable it again."
    )
    status, out, _ = cli("--db", admin, "users", "list", "--json")
    assert status == 0 and f'"login": "{login}"' in out  # the record stays
    assert cli("--db", admin, "users", "enable", login)[0] == 0
    assert cli("--db", team_base.url(login, "N3"), "users", "list")[0] == 0


def test_an_unknown_login_reads_like_a_wrong_password(team_base: TeamBase, cli: Cli) -> None:
    status, _, err = cli("--db", team_base.url("nobody_here", "x"), "users", "list")
    assert status == 2 and "the password is wrong or there is no such login" in err


def test_an_existing_base_upgrades_and_keeps_its_users(
    fresh_base: tuple[str, str], password_cluster: PasswordCluster, cli: Cli
) -> None:
    name, url = fresh_base
    old = unique_login("old")
    assert cli("--db", url, "users", "add", old, "--name", "Old Timer")[0] == 0  # as today
    boss = unique_login("boss")
    assert cli("--db", url, "db", "init-team", "--admin", boss, stdin="pw\n")[0] == 0
    base = TeamBase(password_cluster, name, boss, "pw")
    assert cli("--db", base.admin_url, "users", "passwd", old, stdin="Old-pw\n")[0] == 0
    status, out, err = cli("--db", base.url(old, "Old-pw"), "users", "list", "--json")
    assert status == 0, err
    assert {row["login"] for row in json.loads(out)} == {"admin", old, boss}


def test_the_cli_reads_the_connection_password_from_stdin(team_base: TeamBase, cli: Cli) -> None:
    bare = team_base.url(team_base.admin, None)  # no password in the URL
    status, _, err = cli("--db", bare, "users", "list")
    assert status == 2 and "the password is wrong or there is no such login" in err
    status, out, err = cli("--db", bare, "users", "list", stdin=team_base.admin_password + "\n")
    assert (status, err) == (0, ""), err
    assert team_base.admin in out
    # the connection's password first, then the new user's
    login = unique_login("pipe")
    status, _, err = cli(
        "--db", bare, "users", "add", login, "--name", "Piped",
        stdin=f"{team_base.admin_password}\nPipe-pw\n",
    )  # fmt: skip
    assert (status, err) == (0, ""), err
    with team_base.connect(login, "Pipe-pw") as conn:
        assert conn.execute("SELECT current_user").fetchone() == (login,)
