"""Shared fixtures: a fresh migrated database per test, on SQLite always and on PostgreSQL when
DESKTOP_CRM_TEST_PG holds a URL. Qt runs offscreen. No mocks of the database or of files."""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pg_cluster import PasswordCluster, missing_reason, remove_cluster, start_cluster
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from desktop_crm.db import Database, open_database
from desktop_crm.models import Base, User
from desktop_crm.services.access import current_user
from desktop_crm.services.clients import ClientData, create_client
from desktop_crm.services.contact_points import ContactValue
from tests.file_keyring import file_keyring  # noqa: F401 (a fixture: the keyring in a file)
from tests.imap_server import dovecot, server  # noqa: F401 (fixtures: a real IMAP server)

PG_ENV = "DESKTOP_CRM_TEST_PG"
REPO = Path(__file__).resolve().parent.parent
PEERS = REPO.parent / "shared" / "corpus" / "peers"


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Settings and the default database go to a temporary folder, never the real profile."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("DESKTOP_CRM_HOME", str(home))
    monkeypatch.delenv("DESKTOP_CRM_DB", raising=False)
    monkeypatch.setenv("DESKTOP_CRM_USER", "admin")
    return home


@pytest.fixture(scope="session")
def _sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Migrate one SQLite file per test session; each test gets a copy (fast, and still the
    schema the migrations made)."""
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    db = open_database(f"sqlite:///{path}")
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.dispose()
    return path


@pytest.fixture(scope="session")
def pg_admin_url() -> str | None:
    return os.environ.get(PG_ENV) or None


@pytest.fixture(scope="session")
def _pg_database(pg_admin_url: str | None) -> Iterator[str | None]:
    """A database of this test process's own on the server (so parallel runs never collide),
    migrated once, dropped at the end."""
    if not pg_admin_url:
        yield None
        return
    name = f"crm_test_{uuid.uuid4().hex[:10]}"
    admin = create_engine(pg_admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(pg_admin_url).set(database=name).render_as_string(hide_password=False)
    db = open_database(url)
    db.dispose()
    try:
        yield url
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def _reset_pg(db: Database) -> None:
    """Empty every table but keep the seeded roles: as good as a freshly migrated database."""
    tables = [t.name for t in Base.metadata.sorted_tables if t.name != "roles"]
    with db.engine.begin() as conn:
        conn.execute(text(f"TRUNCATE {', '.join(tables)} RESTART IDENTITY CASCADE"))
        conn.execute(text("DELETE FROM roles WHERE name NOT IN ('admin', 'manager')"))


def backends(pg_url: str | None) -> list[str]:
    return ["sqlite", "postgresql"] if pg_url else ["sqlite"]


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Tests that take `database` run once per backend."""
    if "backend" in metafunc.fixturenames:
        kinds = backends(os.environ.get(PG_ENV))
        marks = {"postgresql": [pytest.mark.pg], "sqlite": []}
        metafunc.parametrize(
            "backend", [pytest.param(k, marks=marks[k], id=k) for k in kinds], scope="function"
        )


@pytest.fixture
def database_url(
    backend: str, tmp_path: Path, _sqlite_template: Path, _pg_database: str | None
) -> str:
    if backend == "sqlite":
        path = tmp_path / "crm.sqlite3"
        shutil.copy(_sqlite_template, path)
        return f"sqlite:///{path}"
    assert _pg_database is not None
    db = open_database(_pg_database, migrate=False)
    _reset_pg(db)
    db.dispose()
    return _pg_database


@pytest.fixture
def database(database_url: str) -> Iterator[Database]:
    """A fresh, migrated, empty database (roles seeded), on each backend in turn."""
    db = open_database(database_url)
    yield db
    db.dispose()


@pytest.fixture
def sqlite_database(tmp_path: Path, _sqlite_template: Path) -> Iterator[Database]:
    """A fresh SQLite database only: for tests about the embedded default itself."""
    path = tmp_path / "crm.sqlite3"
    shutil.copy(_sqlite_template, path)
    db = open_database(f"sqlite:///{path}")
    yield db
    db.dispose()


@pytest.fixture
def admin(database: Database) -> User:
    """The first user of a fresh base: an admin (its login is the default `--user`)."""
    with database.transaction() as session:
        return current_user(session, "admin")


@pytest.fixture
def add_client(database: Database, admin: User) -> Callable[..., int]:
    """Create a client through the real service; returns its id."""

    def make(
        full_name: str,
        phones: Sequence[str] = (),
        emails: Sequence[str] = (),
        **fields: object,
    ) -> int:
        data = ClientData(
            full_name=full_name,
            phones=[ContactValue(p, is_primary=i == 0) for i, p in enumerate(phones)],
            emails=[ContactValue(e, is_primary=i == 0) for i, e in enumerate(emails)],
            **fields,  # type: ignore[arg-type]
        )
        with database.transaction() as session:
            return create_client(session, session.merge(admin), data).id

    return make


@pytest.fixture
def peers() -> Path:
    """Real-world files from ../shared/corpus/peers; tests that need them skip without it."""
    if not PEERS.is_dir():
        pytest.skip("shared/corpus/peers is not present")
    return PEERS


@pytest.fixture(scope="session")
def password_cluster() -> Iterator[PasswordCluster]:
    """A PostgreSQL cluster of this test session's own with password authentication (see
    `tests/pg_cluster.py`); skipped, with the reason, where no server binaries are installed."""
    reason = missing_reason()
    if reason:
        pytest.skip(f"no password-protected PostgreSQL cluster: {reason}")
    cluster = start_cluster()
    try:
        yield cluster
    finally:
        remove_cluster(cluster)
