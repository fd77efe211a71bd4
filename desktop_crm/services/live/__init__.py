"""Live updates between desktops (STO-7), without Qt: `open_listener(database, login)` gives an
object whose `poll()` returns the changes other desktops committed since the last call and
whose `close()` ends it. The window polls it on a timer (`ui/live`).

PostgreSQL: the triggers of revision 0010 notify `crm_changes` with the kind of change, the
client ids, the login and the time; a dedicated connection listens (`pg_listener.py`) and this
application's own commits are skipped by their server process id. SQLite: `PRAGMA data_version`
(`sqlite_watch.py`) says that another connection committed, not what: one event of unknown
extent, which this application's own commits raise too.
"""

from __future__ import annotations

from typing import Protocol

from desktop_crm.db import Database, sqlite_path
from desktop_crm.services.live.events import ANY, ChangeEvent, parse_notice
from desktop_crm.services.live.own_connections import OwnConnections
from desktop_crm.services.live.sqlite_watch import SqliteWatcher


class Listener(Protocol):
    def poll(self) -> list[ChangeEvent]: ...

    def close(self) -> None: ...


class _Silent:
    """A base nobody else can write to (SQLite in memory): nothing ever changes elsewhere."""

    def poll(self) -> list[ChangeEvent]:
        return []

    def close(self) -> None:
        return None


class _PgLive:
    def __init__(self, database: Database, login: str) -> None:
        # psycopg is imported here: a SQLite base's window starts without it
        from desktop_crm.services.live.pg_listener import PgListener, connect_args

        self._own = OwnConnections(database.engine, login)
        self._listener = PgListener(connect_args(database.engine), self._own.pids)
        self.listening = self._listener.listening

    def poll(self) -> list[ChangeEvent]:
        return self._listener.poll()

    def close(self) -> None:
        self._listener.close()
        self._own.close()


def open_listener(database: Database, login: str) -> Listener:
    """Start listening for other connections' changes of `database`; `login` signs this
    application's own changes on PostgreSQL."""
    if database.dialect == "postgresql":
        return _PgLive(database, login)
    path = sqlite_path(database.engine.url)
    if path is None:
        return _Silent()
    return SqliteWatcher(path)


__all__ = ["ANY", "ChangeEvent", "Listener", "open_listener", "parse_notice"]
