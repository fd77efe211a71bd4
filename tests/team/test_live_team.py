"""Live updates on a team base (STO-7 with STO-5): the listener signs in with the user's own
password, and a change is signed with the login of the connection that made it, whatever that
connection claims in the application's `crm.login` setting."""

from __future__ import annotations

from team_support import TeamBase

from desktop_crm.db import open_database
from desktop_crm.services.live import open_listener
from tests.live_support import wait_for

NEW_CLIENT = (
    "INSERT INTO clients (kind, stage, full_name, name_key, sort_key, created_at, updated_at,"
    " version) VALUES ('person', 'client', 'Zoya Lebedeva', 'zoya lebedeva', '', now(), now(),"
    " 1) RETURNING id"
)


def test_a_change_on_a_team_base_is_signed_with_the_connections_own_login(
    team_base: TeamBase,
) -> None:
    database = open_database(team_base.admin_url)
    listener = open_listener(database, team_base.admin)
    try:
        assert listener.listening.wait(10)  # a notice sent before LISTEN reaches nobody
        with team_base.connect(team_base.admin, team_base.admin_password) as other:
            other.execute("SELECT set_config('crm.login', 'somebody_else', false)")
            row = other.execute(NEW_CLIENT).fetchone()
        assert row is not None
        client_id = int(str(row[0]))
        change, _ = wait_for(listener, lambda c: c.touches(client_id))
    finally:
        listener.close()
        database.dispose()
    assert change is not None
    assert (change.kind, change.op, change.login) == ("client", "insert", team_base.admin)
