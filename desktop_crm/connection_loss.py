"""Is this error a database server that cannot be reached (stopped, restarting, the network
down)? One answer for the whole application: the window shows its banner and retries, the CLI
says one sentence (exit status 2), a unit of work reports that nothing was saved.

Only PostgreSQL's driver counts: a SQLite file never "goes away" this way, and its own errors
(a locked or unreadable file) have sentences of their own in `desktop_crm.db`.
"""

from __future__ import annotations

from collections.abc import Iterator

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import PendingRollbackError

from desktop_crm.error_codes import Code
from desktop_crm.errors import CrmError, DatabaseError

# SQLSTATE class 08 is "connection exception"; 57P01-57P03: the server shut down (fast or
# crashed) or is starting up or shutting down and takes no connections yet.
LOST_STATE_CLASS = "08"
LOST_STATES = frozenset({"57P01", "57P02", "57P03"})
# libpq says these without a SQLSTATE (a socket that closed or never opened)
LOST_WORDS = (
    "server closed the connection",
    "connection refused",
    "connection is closed",
    "connection is lost",
    "consuming input failed",
    "sending query failed",
    "terminating connection",
    "timeout expired",
    "connection timed out",
    "no route to host",
    "network is unreachable",
    "could not translate host",
    "could not receive data",
    "could not send data",
    "ssl syscall error",
    "eof detected",
    "the database system is",
)
# SQLAlchemy's own word for a session whose connection died inside its transaction
INVALID_TRANSACTION = "invalid transaction"
CODES_OF_LOSS = frozenset(
    {Code.SERVER_LOST.key, Code.CONNECTION_LOST.key, Code.SERVER_UNREACHABLE.key}
)


def _chain(exc: BaseException) -> Iterator[BaseException]:
    """The error, what it wraps (`orig`) and what caused it, each once."""
    seen: set[int] = set()
    todo = [exc]
    while todo:
        current = todo.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        linked = (getattr(current, "orig", None), current.__cause__, current.__context__)
        todo.extend(e for e in linked if isinstance(e, BaseException))


def _driver_says_lost(exc: BaseException) -> bool:
    if not type(exc).__module__.startswith("psycopg"):
        return False
    state = getattr(exc, "sqlstate", None) or ""
    if state.startswith(LOST_STATE_CLASS) or state in LOST_STATES:
        return True
    text = str(exc).lower()
    return any(words in text for words in LOST_WORDS)


def is_connection_lost(exc: BaseException) -> bool:
    """True when `exc` (or what it wraps) means the database server cannot be reached."""
    for error in _chain(exc):
        if isinstance(error, CrmError) and error.code in CODES_OF_LOSS:
            return True
        if isinstance(error, PendingRollbackError) and INVALID_TRANSACTION in str(error):
            return True
        if _driver_says_lost(error):
            return True
    return False


def server_of(url: URL | str) -> str:
    """host:port of a server URL, as the sentences name it."""
    parsed = make_url(url) if isinstance(url, str) else url
    return f"{parsed.host or 'localhost'}:{parsed.port or 5432}"


def lost_connection_error(exc: BaseException, url: URL | str | None = None) -> DatabaseError | None:
    """The sentence for a server that went away, naming it when `url` is known (None when
    `exc` is something else); a `CrmError` that already says so is returned as it is."""
    if not is_connection_lost(exc):
        return None
    if isinstance(exc, DatabaseError) and exc.code in CODES_OF_LOSS:
        return exc
    if url is None:
        return DatabaseError(Code.CONNECTION_LOST)
    return DatabaseError(Code.SERVER_LOST, server=server_of(url))


__all__ = ["is_connection_lost", "lost_connection_error", "server_of"]
