"""This application's own connections to PostgreSQL: their server process ids, so a listener
can skip the notices of its own commits, and the login their changes are signed with (the
`crm.login` setting the triggers of revision 0010 read; on a shared account the role alone
would not say who)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, event


class OwnConnections:
    """Watches an engine's new connections while open; `close()` stops watching."""

    def __init__(self, engine: Engine, login: str) -> None:
        self.engine = engine
        self.login = login
        self.pids: set[int] = set()
        event.listen(engine, "connect", self._connected)
        # the connections made before watching started would go unrecognised: start afresh
        # (connections in use finish their work and are closed when given back)
        engine.dispose(close=True)

    def _connected(self, dbapi_connection: Any, _record: object) -> None:
        self.pids.add(dbapi_connection.info.backend_pid)
        with dbapi_connection.cursor() as cursor:
            cursor.execute("SELECT set_config('crm.login', %s, false)", (self.login,))
        dbapi_connection.commit()

    def close(self) -> None:
        if event.contains(self.engine, "connect", self._connected):
            event.remove(self.engine, "connect", self._connected)
