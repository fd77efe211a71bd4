"""How each end of a PostgreSQL connection learns that the other is gone when the network
drops without a word (no reset, no FIN): by its own TCP timeouts, set here short.

- The client (libpq's connection keywords, `CLIENT_DEAD_PEER`): without them a query or a
  pre-ping on a pooled connection waits for the system's TCP timeout, a quarter of an hour.
- The server (the session's settings, `watch_client`): without them a backend whose desktop
  vanished in the middle of a transaction keeps it open, with its locks (an import's lock,
  the rows it wrote), until the server's system gives up on the socket two hours later; every
  other desktop's import or save of those rows waits that long.

Both: unacknowledged data fails the connection after 10 s; an idle one is probed after 10 s,
three times 3 s apart. Settings over a Unix socket are ignored by the server.
"""

from __future__ import annotations

from typing import Any

CLIENT_DEAD_PEER = {
    "keepalives": 1,
    "keepalives_idle": 10,
    "keepalives_interval": 3,
    "keepalives_count": 3,
    "tcp_user_timeout": 10_000,
}
# the live-update listener's connection, which mostly sits waiting for notices: probed sooner,
# so a lost one is noticed within 9 s and the window learns of changes again soon after
LISTENER_DEAD_PEER = {
    "keepalives": 1,
    "keepalives_idle": 5,
    "keepalives_interval": 2,
    "keepalives_count": 2,
}
# what the server is asked for; each is skipped where the server refuses it (PostgreSQL
# documents tcp_user_timeout as supported on some systems only, to stay 0 elsewhere, and
# client_connection_check_interval as version 14 on systems with the kernel events it needs)
SERVER_DEAD_PEER = (
    ("tcp_keepalives_idle", "10"),
    ("tcp_keepalives_interval", "3"),
    ("tcp_keepalives_count", "3"),
    ("tcp_user_timeout", "10000"),
    # a long statement (a big UPDATE of an import) stops when its client is gone, too
    ("client_connection_check_interval", "5000"),
)


def _asking(settings: tuple[tuple[str, str], ...]) -> str:
    """One statement setting each of `settings` for the session, each in a block of its own
    so that a refused one does not take the others with it."""
    blocks = "".join(
        f"BEGIN PERFORM set_config('{name}', '{value}', false); "
        "EXCEPTION WHEN OTHERS THEN NULL; END; "
        for name, value in settings
    )
    return f"DO $$ BEGIN {blocks}END $$"


def watch_client(connection: Any, settings: tuple[tuple[str, str], ...] = SERVER_DEAD_PEER) -> None:
    """Ask the server to drop this session soon when its client vanishes (a psycopg
    connection, outside any transaction of the caller's; committed when not autocommit)."""
    import psycopg  # a PostgreSQL connection's own driver, loaded by now

    try:
        connection.execute(_asking(settings))
    except psycopg.Error:  # no PL/pgSQL for this login (a hardened server): as without it
        if not connection.autocommit:
            connection.rollback()
        return
    if not connection.autocommit:
        connection.commit()


__all__ = ["CLIENT_DEAD_PEER", "LISTENER_DEAD_PEER", "SERVER_DEAD_PEER", "watch_client"]
