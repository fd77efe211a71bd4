"""While the window knows its server is away, new connections fail at once.

A server behind a dropped network answers nothing: each connect waits out its timeout (5 s)
and most of the window's reads and saves run on the main thread, so every click would freeze
the window that long just to learn what the banner already says. Closed, the gate refuses a
connect immediately with the driver's own "connection is lost" error, which every caller
already handles as a lost server (a message, nothing saved, the rows shown kept). The
monitor's probe alone passes (`passing()`), on its own thread, and opens the gate when the
server answers.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Engine, event

REFUSAL = "connection is lost: the server did not answer the last try, a new one comes soon"


class OfflineGate:
    """The engine's connects, refused while closed (`close`/`open`) except on a passing
    thread."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._closed = False
        self._passing = threading.local()
        event.listen(engine, "do_connect", self._on_connect)

    def close(self) -> None:
        self._closed = True

    def open(self) -> None:
        self._closed = False

    @contextmanager
    def passing(self) -> Iterator[None]:
        """Connections made on this thread inside the block go through a closed gate."""
        self._passing.active = True
        try:
            yield
        finally:
            self._passing.active = False

    def remove(self) -> None:
        event.remove(self._engine, "do_connect", self._on_connect)

    def _on_connect(self, _dialect: Any, _record: Any, _cargs: Any, _cparams: Any) -> None:
        if self._closed and not getattr(self._passing, "active", False):
            import psycopg  # only a PostgreSQL base has a gate; the window starts without it

            raise psycopg.OperationalError(REFUSAL)


__all__ = ["OfflineGate"]
