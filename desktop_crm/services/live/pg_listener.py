"""PostgreSQL: a dedicated connection that LISTENs on `crm_changes` and the channels of its
login's queues (`channels.py`), read on a worker thread.

The thread waits for notices with a short timeout (so `close()` is prompt) and queues them;
`poll()` hands them over on the caller's thread. When the connection drops (a server restart, a
lost network) the thread retries quietly every few seconds and, once back, reports one "many
changed" event: what was committed meanwhile was never announced to it.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Collection
from typing import Any

import psycopg
from psycopg import sql
from sqlalchemy import Engine

from desktop_crm.dead_peers import LISTENER_DEAD_PEER, watch_client
from desktop_crm.services.live.channels import PUBLIC_CHANNEL
from desktop_crm.services.live.events import MEMBERSHIP, ChangeEvent, parse_notice

APPLICATION_NAME = "desktop-crm live updates"  # how an admin tells it in pg_stat_activity
WAIT_SECONDS = 0.25  # how long one wait for notices lasts: the delay of `close()`
RETRY_SECONDS = 3.0


def connect_args(engine: Engine) -> dict[str, Any]:
    """psycopg's keyword arguments for a connection like the engine's (same server, login,
    password and database)."""
    url = engine.url
    args: dict[str, Any] = url.translate_connect_args(username="user", database="dbname")
    args.update({k: v for k, v in url.query.items() if isinstance(v, str)})
    args.setdefault("connect_timeout", 5)
    return {**LISTENER_DEAD_PEER, "application_name": APPLICATION_NAME, **args}


class PgListener:
    """Notices of other connections' commits; those of `own_pids` (this application's pooled
    connections, a live set) are skipped."""

    def __init__(
        self,
        args: dict[str, Any],
        own_pids: Collection[int] = (),
        *,
        retry_seconds: float = RETRY_SECONDS,
    ) -> None:
        self._args = args
        self._own = own_pids
        self._retry = retry_seconds
        self._events: queue.SimpleQueue[ChangeEvent] = queue.SimpleQueue()
        self._stop = threading.Event()
        self.listening = threading.Event()  # set while the LISTEN connection is up
        self._thread = threading.Thread(target=self._run, name="crm-live-listener", daemon=True)
        self._thread.start()

    def poll(self) -> list[ChangeEvent]:
        """The changes announced since the last call (never blocks)."""
        events: list[ChangeEvent] = []
        while True:
            try:
                events.append(self._events.get_nowait())
            except queue.Empty:
                return events

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)

    def _run(self) -> None:
        dropped = False
        while not self._stop.is_set():
            try:
                with psycopg.connect(**self._args, autocommit=True) as conn:
                    watch_client(conn)
                    heard = _listen_to_mine(conn, set())
                    self.listening.set()
                    if dropped:
                        self._events.put(ChangeEvent())
                    self._listen(conn, heard)
            except psycopg.Error:
                pass  # unreachable or dropped: the window's own banner says so; retry
            self.listening.clear()
            dropped = True
            self._stop.wait(self._retry)

    def _listen(self, conn: psycopg.Connection[Any], heard: set[str]) -> None:
        while not self._stop.is_set():
            membership = self._pass_on(conn)
            if membership is not None:
                # the login's channels now, then the event: the list reads again after it, so
                # nothing committed meanwhile in a queue it just joined goes unseen
                heard = _listen_to_mine(conn, heard)
                self._events.put(membership)

    def _pass_on(self, conn: psycopg.Connection[Any]) -> ChangeEvent | None:
        """Queue the changes of one wait for notices; a change of queues or members (by
        anyone, this application too) ends the wait early and is returned instead: the
        connection is busy while notices are read."""
        for notice in conn.notifies(timeout=WAIT_SECONDS):
            change = parse_notice(notice.payload)
            if change is None:
                continue
            if change.kind == MEMBERSHIP:
                return change
            if notice.pid not in self._own:
                self._events.put(change)
        return None


def _listen_to_mine(conn: psycopg.Connection[Any], heard: set[str]) -> set[str]:
    """LISTEN on the public channel and on those of the login's queues (`channels.py`),
    UNLISTEN on those no longer its own; returns the channels listened to now."""
    mine = {PUBLIC_CHANNEL} | {row[0] for row in conn.execute("SELECT crm_my_channels()")}
    for channel in mine - heard:
        conn.execute(sql.SQL("LISTEN {}").format(sql.Identifier(channel)))
    for channel in heard - mine:
        conn.execute(sql.SQL("UNLISTEN {}").format(sql.Identifier(channel)))
    return mine
