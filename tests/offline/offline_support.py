"""Helpers of the tests whose PostgreSQL server goes away: the server's state, a large CSV."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pg_cluster import PasswordCluster


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
