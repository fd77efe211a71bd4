"""Team bases on the tests' own password-protected cluster (`password_cluster`): a fresh
migrated database per test; login roles are the cluster's, so each test names its own."""

from __future__ import annotations

import io
import sys
import uuid
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from pg_cluster import PasswordCluster
from queue_base import queues  # noqa: F401  (the fixture, for every test here)
from sqlalchemy import create_engine, text
from team_support import TeamBase, unique_login

from desktop_crm.cli import main
from desktop_crm.db import open_database


@pytest.fixture
def fresh_base(password_cluster: PasswordCluster) -> Iterator[tuple[str, str]]:
    """(database name, the superuser's URL of it): a migrated base, not yet a team base."""
    name = f"crm_team_{uuid.uuid4().hex[:8]}"
    admin = create_engine(password_cluster.url(), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = password_cluster.url(db=name)
    open_database(url).dispose()
    try:
        yield name, url
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture
def cli(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> Callable[..., tuple[int, str, str]]:
    """Run the command line with `stdin` as standard input; (status, out, err)."""

    def run(*argv: str, stdin: str = "") -> tuple[int, str, str]:
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        status = main(list(argv))
        out, err = capsys.readouterr()
        return status, out, err

    return run


@pytest.fixture
def team_base(
    fresh_base: tuple[str, str], password_cluster: PasswordCluster, cli: Callable[..., Any]
) -> TeamBase:
    name, url = fresh_base
    base = TeamBase(password_cluster, name, unique_login("boss"), "Boss-pw-1")
    status, _, err = cli("--db", url, "db", "init-team", "--admin", base.admin, stdin="Boss-pw-1\n")
    assert status == 0, err
    return base
