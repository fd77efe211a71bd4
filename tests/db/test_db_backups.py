"""The backup a SQLite base gets before an upgrade: complete (every committed transaction, even
with a reader holding the write-ahead log open), atomic (a full disk leaves no partial file and
the base untouched, with one sentence), and bounded in number."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_crm.backups import KEEP_BACKUPS
from desktop_crm.db import Database, backup_sqlite
from desktop_crm.errors import DatabaseError


def tag_names(path: Path) -> list[str]:
    with sqlite3.connect(path) as conn:
        names = [r[0] for r in conn.execute("SELECT name FROM tags ORDER BY name")]
    conn.close()
    return names


def test_a_backup_holds_what_a_reader_keeps_in_the_write_ahead_log(
    sqlite_database: Database,
) -> None:
    path = Path(sqlite_database.engine.url.database or "")
    reader = sqlite3.connect(path, isolation_level=None)
    writer = sqlite3.connect(path, isolation_level=None)
    try:
        reader.execute("BEGIN")
        assert reader.execute("SELECT count(*) FROM tags").fetchone() == (0,)  # a snapshot
        for name in ("alpha", "beta", "gamma"):
            writer.execute("INSERT INTO tags (name, name_key) VALUES (?, ?)", (name, name))
        writer.execute("BEGIN IMMEDIATE")  # and a transaction still writing
        writer.execute("INSERT INTO tags (name, name_key) VALUES ('draft', 'draft')")
        backup = backup_sqlite(sqlite_database.engine, "0003")
    finally:
        writer.execute("ROLLBACK")
        reader.execute("ROLLBACK")
        reader.close()
        writer.close()
    assert backup is not None and backup.name.endswith(".bak")
    assert tag_names(backup) == ["alpha", "beta", "gamma"]  # committed: all; uncommitted: none
    with sqlite3.connect(backup) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    conn.close()
    assert [p.name for p in path.parent.iterdir() if ".part" in p.name] == []


def test_only_the_newest_backups_are_kept(sqlite_database: Database) -> None:
    path = Path(sqlite_database.engine.url.database or "")
    made = [backup_sqlite(sqlite_database.engine, "0003") for _ in range(KEEP_BACKUPS + 2)]
    kept = sorted(path.parent.glob(f"{path.name}.*.bak"))
    assert KEEP_BACKUPS == 5
    assert kept == made[-KEEP_BACKUPS:]


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path | None]:
    """A 1 MB tmpfs when this process may mount one (root), else None."""
    folder = tmp_path / "disk"
    folder.mkdir()
    mounted = (
        os.name == "posix"
        and os.geteuid() == 0
        and subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(folder)],
            capture_output=True,
        ).returncode
        == 0
    )
    try:
        yield folder if mounted else None
    finally:
        if mounted:
            subprocess.run(["umount", "-l", str(folder)], check=False)


FULL_DISK_SCRIPT = """
import resource, signal, sys
from desktop_crm.db import backup_sqlite, make_engine
from desktop_crm.errors import DatabaseError
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
resource.setrlimit(resource.RLIMIT_FSIZE, (100_000, 100_000))
engine = make_engine(sys.argv[1])
try:
    backup_sqlite(engine, "0003")
except DatabaseError as exc:
    print(exc.message)
"""


def test_a_full_disk_leaves_no_partial_backup_and_the_base_untouched(
    sqlite_database: Database, small_disk: Path | None, tmp_path: Path
) -> None:
    source = Path(sqlite_database.engine.url.database or "")
    with sqlite_database.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    sqlite_database.dispose()
    folder = small_disk or tmp_path / "limited"
    folder.mkdir(exist_ok=True)
    base = folder / "crm.sqlite3"
    base.write_bytes(source.read_bytes())
    before = base.read_bytes()
    url = f"sqlite:///{base}"
    if small_disk is not None:  # a real full disk: leave less room than one more copy
        stat = os.statvfs(folder)
        (folder / "filler").write_bytes(b"\0" * (stat.f_bavail * stat.f_frsize - 150_000))
        from desktop_crm.db import make_engine

        engine = make_engine(url)
        try:
            with pytest.raises(DatabaseError) as caught:
                backup_sqlite(engine, "0003")
        finally:
            engine.dispose()
        message = caught.value.message
    else:  # no mount allowed: a file size limit in a child process
        done = subprocess.run(
            [sys.executable, "-c", FULL_DISK_SCRIPT, url], capture_output=True, text=True
        )
        assert "Traceback" not in done.stderr, done.stderr
        message = done.stdout.strip()
    assert message.startswith(f"The database file {base} could not be backed up before its")
    assert message.endswith(".") and "\n" not in message
    leftovers = [p.name for p in folder.iterdir() if p.name.endswith((".bak", ".part"))]
    assert leftovers == []
    assert base.read_bytes() == before
