"""A PostgreSQL server the tests stop and start again (STO-8): a cluster of these tests' own
(never the session's shared `password_cluster`, whose other users must not see it go away)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from cable import Cable, cut_cable, lay_cable
from cable import missing_reason as cable_missing_reason
from offline_support import Server
from pg_cluster import PasswordCluster, missing_reason, remove_cluster, start_cluster
from PySide6.QtWidgets import QApplication
from sqlalchemy import create_engine, text
from sqlalchemy.pool import NullPool

from desktop_crm.db import open_database
from desktop_crm.ui.app import install_translations


@pytest.fixture(autouse=True)
def english(qapp: QApplication) -> Iterator[None]:
    """The English plural forms ("3 clients"), as in the window's other tests."""
    translators = install_translations(qapp, "en")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


@pytest.fixture(scope="package")
def restartable() -> Iterator[PasswordCluster]:
    reason = missing_reason()
    if reason:
        pytest.skip(f"no PostgreSQL cluster of the tests' own: {reason}")
    cluster = start_cluster()
    try:
        yield cluster
    finally:
        remove_cluster(cluster)


@contextmanager
def fresh_base(cluster: PasswordCluster, prefix: str) -> Iterator[str]:
    """A new migrated database on `cluster` (its name), dropped afterwards. The admin engine
    has no pool: its connection would die with a server the test stops."""
    name = f"{prefix}_{uuid.uuid4().hex[:8]}"
    admin = create_engine(cluster.url(), isolation_level="AUTOCOMMIT", poolclass=NullPool)
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        open_database(cluster.url(db=name)).dispose()
        yield name
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture
def server(restartable: PasswordCluster) -> Iterator[Server]:
    """A fresh base on a running server, which the test may stop; running again afterwards."""
    with fresh_base(restartable, "crm_offline") as name:
        state = Server(restartable, restartable.url(db=name))
        try:
            yield state
        finally:
            if not state.up:
                state.start()


@pytest.fixture(scope="package")
def cable() -> Iterator[Cable]:
    """A cluster of its own behind a network path the test can drop (`cable.py`)."""
    reason = cable_missing_reason() or missing_reason()
    if reason:
        pytest.skip(f"no network path of the tests' own: {reason}")
    laid = lay_cable()
    try:
        yield laid
    finally:
        cut_cable(laid)


@pytest.fixture
def cabled_base(cable: Cable) -> Iterator[str]:
    """A fresh migrated base on the cable's cluster: its URL through the cable."""
    assert cable.cluster is not None
    with fresh_base(cable.cluster, "crm_cable") as name:
        try:
            yield cable.url(name)
        finally:
            cable.plug()
