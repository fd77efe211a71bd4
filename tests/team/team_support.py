"""Helpers of the team-base tests: a base after `db init-team`, unique login names (login
roles belong to the whole cluster, not to one database)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

import psycopg
from pg_cluster import PasswordCluster


def unique_login(prefix: str) -> str:
    return f"{prefix}_{uuid.uuid4().hex[:6]}"


@dataclass
class TeamBase:
    """A base after `db init-team`, with its first admin's login and password."""

    cluster: PasswordCluster
    name: str
    admin: str
    admin_password: str

    def url(self, login: str, password: str | None) -> str:
        return self.cluster.url(login, password, db=self.name)

    @property
    def admin_url(self) -> str:
        return self.url(self.admin, self.admin_password)

    def connect(self, login: str, password: str) -> psycopg.Connection[tuple[object, ...]]:
        """Plain psycopg with the person's own credentials: what `psql` would be allowed."""
        return psycopg.connect(
            host="127.0.0.1", port=self.cluster.port, dbname=self.name, user=login,
            password=password, autocommit=True,
        )  # fmt: skip
