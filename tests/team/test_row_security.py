"""Row-level security of a team base (STO-6): the database hides another queue's clients and
all that hangs off them, through the application and through plain psycopg with a manager's
own credentials; admins see and may do everything."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import psycopg
import pytest
from queue_base import Cli, Conn, Queues
from team_support import unique_login

from desktop_crm.db import open_database
from desktop_crm.errors import NotFound
from desktop_crm.services.access import current_user
from desktop_crm.services.card_lookup import search_clients
from desktop_crm.services.clients import ClientData, get_client, update_client
from desktop_crm.services.search import ClientQuery, ClientSearch


def _rows(conn: Conn, statement: str, *params: object) -> list[tuple[object, ...]]:
    return conn.execute(statement, params).fetchall()


def test_a_manager_sees_no_other_queue_in_plain_psycopg(queues: Queues) -> None:
    q = queues
    with q.base.connect(q.manager, q.password) as conn:
        names = _rows(conn, "SELECT full_name FROM clients ORDER BY full_name")
        assert names == [("Общий Олег",), ("Северов Пётр",)]
        assert _rows(conn, "SELECT * FROM clients WHERE id = %s", q.south) == []
        for table in ("contact_points", "notes", "deals", "change_log"):
            assert _rows(conn, f"SELECT 1 FROM {table} WHERE client_id = %s", q.south) == []
        assert _rows(conn, "SELECT count(*) FROM contact_points") == [(4,)]
        # another queue's call, not even through a join on its party's number
        joined = _rows(
            conn,
            "SELECT i.subject FROM interaction_parties p JOIN interactions i"
            " ON i.id = p.interaction_id WHERE p.normalized = '+79120000002'",
        )
        assert joined == [] and _rows(conn, "SELECT count(*) FROM interaction_parties") == [(0,)]
        # a hidden client is not reached by a change, and no row may be moved out of sight
        assert (
            conn.execute("UPDATE clients SET full_name = 'x' WHERE id = %s", (q.south,)).rowcount
            == 0
        )
        refused = [
            ("DELETE FROM clients WHERE id = %s", (q.north,)),
            ("UPDATE clients SET queue_id = (SELECT id FROM queues WHERE name = 'South')"
             " WHERE id = %s", (q.north,)),
            ("INSERT INTO notes (client_id, created_at, text) VALUES (%s, now(), 'x')", (q.south,)),
            (f"CREATE ROLE {unique_login('sneaky')} LOGIN", ()),
            ("SELECT count(*) FROM import_jobs", ()),
            ("INSERT INTO import_jobs (name, source, mode, status, started_at)"
             " VALUES ('x', 'x', 'add', 'done', now())", ()),
            ("DELETE FROM queue_members", ()),
            ("SELECT count(*) FROM bulk_edits", ()),  # undo data of every queue's cards
            ("UPDATE base_settings SET value = 'x'", ()),
            ("INSERT INTO custom_fields (key, label, type, position)"
             " VALUES ('k', 'K', 'text', 1)", ()),
            # the search helper answers for oneself only
            ("SELECT * FROM crm_name_matches(%s, ARRAY['%%'])", (q.base.admin,)),
            ("SELECT id FROM crm_name_rows(%s, ARRAY['%%'])", (q.base.admin,)),
        ]  # fmt: skip
        for statement, params in refused:
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(statement, params)
        own = _rows(conn, "SELECT * FROM crm_name_matches(current_user, ARRAY['%%ов%%'])")
        assert own == [(q.north,)]
        rows = _rows(
            conn, "SELECT id, queue_id IS NULL FROM crm_name_rows(current_user, ARRAY['%%'])"
        )
        assert sorted(rows) == sorted([(q.north, False), (q.free, True)])  # whole rows, mine
        mine = "SELECT * FROM crm_contact_matches(current_user, ARRAY['%%7912000000%%'])"
        assert sorted(_rows(conn, mine)) == sorted([(q.north,), (q.free,)])


def test_an_admin_sees_and_does_everything(queues: Queues) -> None:
    q = queues
    with q.base.connect(q.base.admin, q.base.admin_password) as conn:
        assert _rows(conn, "SELECT count(*) FROM clients") == [(3,)]
        joined = _rows(
            conn,
            "SELECT i.subject FROM interaction_parties p JOIN interactions i"
            " ON i.id = p.interaction_id WHERE p.normalized = '+79120000002'",
        )
        assert joined == [("south call",)]
        assert _rows(conn, "SELECT count(*) FROM import_jobs") == [(0,)]
        found = _rows(conn, "SELECT * FROM crm_name_matches(current_user, ARRAY['%%ов%%'])")
        assert found == [(q.north,)]
        conn.execute("DELETE FROM clients WHERE id = %s", (q.south,))
        assert _rows(conn, "SELECT count(*) FROM notes") == [(0,)]
        login = unique_login("newbie")
        conn.execute("SELECT public.crm_create_login(%s, NULL, 'crm_manager')", (login,))


def _found(session, viewer, text: str) -> list[int]:  # type: ignore[no-untyped-def]
    """The first window, the same whether the result is read at once or, as a large one is,
    part by part (each part ordered on its own; a common contact fragment walked)."""
    windows = [
        ClientSearch(ClientQuery(text=text), viewer, **limits)
        .prepare(session, count=False)
        .window(session, 0, 50)
        for limits in ({}, {"materialize_limit": 0}, {"materialize_limit": 0, "hold_limit": 0})
    ]
    assert windows[1] == windows[2] == windows[0], text
    return windows[0]


def test_the_application_as_a_manager_sees_what_the_database_lets_it(
    queues: Queues, cli: Cli, tmp_path: Path
) -> None:
    q = queues
    url = q.base.url(q.manager, q.password)
    database = open_database(url)
    with database.transaction() as session:
        me = current_user(session, q.manager)
        everything = ClientSearch(ClientQuery(), me).prepare(session)
        assert everything.count == 2
        assert sorted(everything.window(session, 0, 50)) == sorted([q.north, q.free])
        for hidden in ("Южный", "юж", "+79120000002", "9120000002", "south@example"):
            assert _found(session, me, hidden) == [], hidden
        assert _found(session, me, "Северов") == [q.north]
        assert _found(session, me, "сев") == [q.north]  # a prefix
        assert sorted(_found(session, me, "912000000")) == sorted([q.north, q.free])
        assert _found(session, me, "north@") == [q.north]
        assert [h.id for h in search_clients(session, me, "Юж")] == []
        assert [h.id for h in search_clients(session, me, "Сев")] == [q.north]
        assert [h.id for h in search_clients(session, me, "+7 912 000-00-03")] == [q.free]
        with pytest.raises(NotFound):
            get_client(session, q.south, me)
        card = get_client(session, q.north, me)
        data = ClientData.from_client(card)
        data.full_name = "Северов Пётр Ильич"
        update_client(session, me, q.north, data, card.version)
    database.dispose()
    target = tmp_path / "mine.csv"
    status, _, err = cli("--db", url, "export", str(target))
    assert (status, err) == (0, ""), err
    with target.open(encoding="utf-8-sig") as handle:
        names = sorted(row["Full name"] for row in csv.DictReader(handle))
    assert names == ["Общий Олег", "Северов Пётр Ильич"]
    status, out, err = cli("--db", url, "tasks", "add", "--title", "Позвонить", "--client",
                           str(q.north), "--json")  # fmt: skip
    assert (status, err) == (0, ""), err
    task = json.loads(out)["id"]
    assert cli("--db", url, "tasks", "show", str(task))[0] == 0
    status, _, err = cli("--db", url, "tasks", "add", "--title", "x", "--client", str(q.south))
    assert status == 2 and f"{q.south}" in err  # reported as missing


def test_imports_belong_to_the_import_role(queues: Queues, cli: Cli, tmp_path: Path) -> None:
    q = queues
    with q.base.connect(q.base.admin, q.base.admin_password) as conn:
        conn.execute(
            "INSERT INTO roles (name, permissions)"
            """ VALUES ('importer', '["edit_clients", "export", "import"]')"""
        )
    importer = unique_login("loader")
    status, _, err = cli(
        "--db", q.base.admin_url, "users", "add", importer, "--name", "Loader",
        "--role", "importer", stdin="L-pw\n",
    )  # fmt: skip
    assert status == 0, err
    source = tmp_path / "new.csv"
    source.write_text("Full name,Phones\nНовиков Нил,+79120000009\n", encoding="utf-8")
    status, _, err = cli("--db", q.base.url(q.manager, q.password), "import", str(source))
    assert status == 2, "a manager without the import permission"
    status, _, err = cli("--db", q.base.url(importer, "L-pw"), "import", str(source))
    assert status == 0, err
    with q.base.connect(importer, "L-pw") as conn:
        assert _rows(conn, "SELECT count(*) FROM import_jobs") == [(1,)]
        assert _rows(conn, "SELECT count(*) FROM import_rows") == [(1,)]
        # in no queue: the new client and the one of no queue
        assert _rows(conn, "SELECT count(*) FROM clients") == [(2,)]
    with q.base.connect(q.manager, q.password) as conn:
        for statement in ("SELECT count(*) FROM import_rows", "DELETE FROM import_jobs"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(statement)


POLICIES = "SELECT count(*) FROM pg_policies WHERE schemaname = 'public'"
FORCED = (
    "SELECT count(*) FROM pg_class WHERE relnamespace = 'public'::regnamespace"
    " AND relrowsecurity AND relforcerowsecurity"
)


def test_a_team_base_made_before_row_security_upgrades(queues: Queues, cli: Cli) -> None:
    """A base `db init-team` set up before row-level security existed: grants, roles and
    users, no policies. `db upgrade` adds them and keeps the data and the users."""
    q = queues
    superuser = q.base.cluster.url(db=q.base.name)
    with psycopg.connect(superuser.replace("+psycopg", ""), autocommit=True) as conn:
        tables = [t for (t,) in _rows(conn, "SELECT DISTINCT tablename FROM pg_policies")]
        assert len(tables) == 14
        for table in tables:
            conn.execute(f'DROP POLICY crm_all ON "{table}"')
            conn.execute(f'DROP POLICY crm_queue ON "{table}"')
            conn.execute(f'ALTER TABLE "{table}" NO FORCE ROW LEVEL SECURITY')
            conn.execute(f'ALTER TABLE "{table}" DISABLE ROW LEVEL SECURITY')
    with q.base.connect(q.manager, q.password) as conn:
        assert _rows(conn, "SELECT count(*) FROM clients") == [(3,)]  # the hole being closed
    status, _, err = cli("--db", superuser, "db", "upgrade")
    assert (status, err) == (0, ""), err
    with psycopg.connect(superuser.replace("+psycopg", ""), autocommit=True) as conn:
        assert _rows(conn, POLICIES) == [(28,)] and _rows(conn, FORCED) == [(14,)]
        assert _rows(conn, "SELECT count(*) FROM clients") == [(3,)]
        logins = {login for (login,) in _rows(conn, "SELECT login FROM users")}
        assert {q.manager, q.base.admin} <= logins
    with q.base.connect(q.manager, q.password) as conn:
        assert _rows(conn, "SELECT count(*) FROM clients") == [(2,)]


def test_a_queue_joined_or_left_shows_in_the_managers_next_statement(
    queues: Queues, cli: Cli
) -> None:
    """The policy's helper keeps its query's plan for the session (PL/pgSQL), never its
    answer: membership read again in each statement of a connection that stays open."""
    q = queues
    admin_url = q.base.admin_url
    with q.base.connect(q.manager, q.password) as conn:
        count = "SELECT count(*) FROM clients"
        assert _rows(conn, count) == [(2,)]
        assert cli("--db", admin_url, "queues", "members", "South", "--add", q.manager)[0] == 0
        assert _rows(conn, count) == [(3,)]
        assert cli("--db", admin_url, "queues", "members", "South", "--remove", q.manager)[0] == 0
        assert _rows(conn, count) == [(2,)]


def test_db_upgrade_gives_an_older_team_base_the_helper_that_keeps_its_plan(
    queues: Queues, cli: Cli
) -> None:
    """A team base made when the queue helper was a SQL function (its query planned again at
    every call, in every statement of a manager) gets the PL/pgSQL one from `db upgrade`."""
    q = queues
    superuser = q.base.cluster.url(db=q.base.name)
    language = (
        "SELECT l.lanname FROM pg_proc p JOIN pg_language l ON l.oid = p.prolang"
        " WHERE p.proname = 'crm_visible_queue_ids'"
    )
    with psycopg.connect(superuser.replace("+psycopg", ""), autocommit=True) as conn:
        assert _rows(conn, language) == [("plpgsql",)]
        conn.execute(
            "CREATE OR REPLACE FUNCTION public.crm_visible_queue_ids(login text)"
            " RETURNS integer[] LANGUAGE sql STABLE SECURITY DEFINER"
            " SET search_path = pg_catalog, pg_temp AS $$"
            " SELECT coalesce(array_agg(m.queue_id ORDER BY m.queue_id), '{}')"
            " FROM public.queue_members m JOIN public.users u ON u.id = m.user_id"
            " WHERE u.login = $1 AND u.is_active $$"
        )
    status, _, err = cli("--db", superuser, "db", "upgrade")
    assert (status, err) == (0, ""), err
    with psycopg.connect(superuser.replace("+psycopg", ""), autocommit=True) as conn:
        assert _rows(conn, language) == [("plpgsql",)]
    with q.base.connect(q.manager, q.password) as conn:
        assert _rows(conn, "SELECT count(*) FROM clients") == [(2,)]
