"""The tests' own password-protected PostgreSQL cluster refuses a wrong password."""

from __future__ import annotations

import psycopg
import pytest
from pg_cluster import PasswordCluster
from sqlalchemy import create_engine, text


def test_the_superuser_connects_with_the_password(password_cluster: PasswordCluster) -> None:
    engine = create_engine(password_cluster.url())
    with engine.connect() as conn:
        assert conn.execute(text("SELECT current_user")).scalar() == "postgres"
    engine.dispose()


def test_a_wrong_password_is_refused(password_cluster: PasswordCluster) -> None:
    with pytest.raises(psycopg.OperationalError, match="password authentication failed"):
        psycopg.connect(
            host="127.0.0.1", port=password_cluster.port, user="postgres",
            password="wrong", dbname="postgres",
        )  # fmt: skip
