"""SQLite: `PRAGMA data_version` on a connection kept open. The number changes when another
connection (another desktop, or this application's own pool) commits to the file, and reading
it costs microseconds, so the caller reads it on a timer. It says only that something changed:
the event names no client."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from desktop_crm.services.live.events import ChangeEvent


class SqliteWatcher:
    def __init__(self, path: Path) -> None:
        # autocommit: a read outside any transaction sees every commit made so far
        self._conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
        self._version = self._read()

    def _read(self) -> int | None:
        try:
            return int(self._conn.execute("PRAGMA data_version").fetchone()[0])
        except sqlite3.Error:
            return None  # the file is away for a moment (a backup, a locked disk): next time

    def poll(self) -> list[ChangeEvent]:
        version = self._read()
        if version is None or version == self._version:
            return []
        self._version = version
        return [ChangeEvent()]

    def close(self) -> None:
        self._conn.close()
