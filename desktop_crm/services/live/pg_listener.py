"""PostgreSQL: a dedicated connection that LISTENs on `crm_changes`, read on a worker thread.

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
from sqlalchemy import Engine

from desktop_crm.services.live.events import ChangeEvent, parse_notice

CHANNEL = "crm_changes"
WAIT_SECONDS = 0.25  # how long one wait for notices lasts: the delay of `close()`
RETRY_SECONDS = 3.0
# a dead peer is noticed within seconds even when the network drops without a word
KEEPALIVES = {
    "keepalives": 1,
    "keepalives_idle": 5,
    "keepalives_interval": 2,
    "keepalives_count": 2,
}


def connect_args(engine: Engine) -> dict[str, Any]:
    """psycopg's keyword arguments for a connection like the engine's (same server, login,
    password and database)."""
    url = engine.url
    args: dict[str, Any] = url.translate_connect_args(username="user", database="dbname")
    args.update({k: v for k, v in url.query.items() if isinstance(v, str)})
    args.setdefault("connect_timeout", 5)
    return {**KEEPALIVES, **args}


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
                    conn.execute(f"LISTEN {CHANNEL}")
                    self.listening.set()
                    if dropped:
                        self._events.put(ChangeEvent())
                    self._listen(conn)
            except psycopg.Error:
                pass  # unreachable or dropped: the window's own banner says so; retry
            self.listening.clear()
            dropped = True
            self._stop.wait(self._retry)

    def _listen(self, conn: psycopg.Connection[Any]) -> None:
        while not self._stop.is_set():
            for notice in conn.notifies(timeout=WAIT_SECONDS):
                if notice.pid in self._own:
                    continue
                change = parse_notice(notice.payload)
                if change is not None:
                    self._events.put(change)
