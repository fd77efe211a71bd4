"""Helpers of the tests whose PostgreSQL server goes away: the server's state, a large CSV, and
who holds the base's import lock."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import psycopg
from pg_cluster import PasswordCluster

from desktop_crm.wizards.importing.locking import IMPORT_LOCK_KEY


@dataclass
class Server:
    """The cluster and whether its server runs; `url` is a fresh migrated base on it."""

    cluster: PasswordCluster
    url: str = ""
    up: bool = True

    def stop(self) -> None:
        """As a crash or a pulled cable looks to a client: `pg_ctl stop -m immediate`."""
        self.cluster.stop()
        self.up = False

    def start(self) -> None:
        """Start the server again; returns when it accepts connections (`pg_ctl -w`)."""
        self.cluster.serve()
        self.up = True


def write_people_csv(path: Path, rows: int) -> Path:
    """A CSV of `rows` new clients, each with its own phone and email."""
    lines = ["Full name,Phone,Email"]
    lines += [
        f"Person Number{i},+7 916 {i // 10000:03d}-{i % 10000 // 100:02d}-{i % 100:02d},"
        f"person{i}@example.com"
        for i in range(rows)
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def import_lock_holders(cluster: PasswordCluster, name: str) -> int:
    """Sessions holding base `name`'s import lock, asked over 127.0.0.1 (never a cable)."""
    dsn = f"host=127.0.0.1 port={cluster.port} dbname={name} user=postgres"
    with psycopg.connect(dsn, password=cluster.password, autocommit=True) as conn:
        held = conn.execute(
            "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND objid = %s",
            (IMPORT_LOCK_KEY & 0xFFFFFFFF,),
        ).fetchone()
    return int(held[0]) if held else 0


def once_the_import_runs(
    cluster: PasswordCluster, name: str, action: Callable[[], None]
) -> threading.Thread:
    """Do `action` (stop the server, pull the cable) from another thread as soon as an import
    holds base `name`'s import lock, which it takes inside its transaction."""

    def watch() -> None:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not import_lock_holders(cluster, name):
            time.sleep(0.05)
        time.sleep(0.3)  # some batches written, far from the end
        action()

    thread = threading.Thread(target=watch, daemon=True)
    thread.start()
    return thread
