"""Backups of a SQLite base, taken before a migration touches it.

A backup is made with SQLite's online backup API, so it holds every committed transaction,
also those still in the write-ahead log that a checkpoint could not fold into the main file
because another program was reading. It is written under a temporary name next to the base and
renamed when complete: a `.bak` file is always a whole base. A failure (a full disk) removes the
partial file and raises one sentence; the base itself is never written by a backup. The newest
`KEEP_BACKUPS` backups of each base are kept, older ones deleted.
"""

from __future__ import annotations

import contextlib
import glob
import os
import sqlite3
import time
from datetime import UTC, datetime
from pathlib import Path

from desktop_crm.errors import Code, DatabaseError

KEEP_BACKUPS = 5
PARTIAL_SUFFIX = ".part"
STALE_PARTIAL_SECONDS = 3600


def backup_name(path: Path, revision: str | None) -> Path:
    """`crm.sqlite3.0003.20240131-120501-123456.bak` next to `crm.sqlite3`."""
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S-%f")
    return path.with_name(f"{path.name}.{revision or 'empty'}.{stamp}.bak")


def backups_of(path: Path) -> list[Path]:
    """The complete backups of the base at `path`, oldest first (their names sort by time)."""
    found = path.parent.glob(f"{glob.escape(path.name)}.*.bak")
    return sorted(found, key=lambda p: p.name.split(".")[-2])


def write_backup(source: sqlite3.Connection, path: Path, revision: str | None) -> Path:
    """Copy the base open as `source` (the file `path`) to a new backup; returns its path."""
    backup = backup_name(path, revision)
    partial = backup.with_name(backup.name + PARTIAL_SUFFIX)
    try:
        target = sqlite3.connect(partial)
        try:
            source.backup(target)  # one step: one consistent read of the source
            target.execute("PRAGMA journal_mode = DELETE")  # a single self-contained file
        finally:
            target.close()
        _sync(partial)
        os.replace(partial, backup)
    except (OSError, sqlite3.Error) as exc:
        _remove_partial(partial)
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        errno = exc.errno if isinstance(exc, OSError) else None
        raise DatabaseError(
            Code.DB_BACKUP_FAILED, path=str(path), reason=reason, errno=errno
        ) from exc
    prune(path)
    return backup


def prune(path: Path, keep: int = KEEP_BACKUPS) -> list[Path]:
    """Delete all but the newest `keep` backups of the base at `path`, and partial backups
    that a crash left over an hour ago; returns what was deleted."""
    partials = path.parent.glob(f"{glob.escape(path.name)}.*.bak{PARTIAL_SUFFIX}")
    stale = [p for p in partials if _age(p) > STALE_PARTIAL_SECONDS]
    removed = []
    for old in [*backups_of(path)[:-keep], *stale]:
        with contextlib.suppress(OSError):
            old.unlink()
            removed.append(old)
    return removed


def _age(path: Path) -> float:
    try:
        return time.time() - path.stat().st_mtime
    except OSError:
        return 0.0


def _sync(path: Path) -> None:
    with open(path, "rb") as fh:
        os.fsync(fh.fileno())


def _remove_partial(partial: Path) -> None:
    for leftover in (partial, partial.with_name(partial.name + "-journal")):
        with contextlib.suppress(OSError):
            leftover.unlink()
