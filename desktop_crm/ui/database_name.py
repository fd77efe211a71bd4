"""The database in use, named for a person: the window's title, status bar and About box."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_crm.db import Database, sqlite_path


def describe_database(database: Database) -> str:
    """'SQLite: /path/file' or 'PostgreSQL: host/db' (never a password)."""
    url = database.engine.url
    if url.get_backend_name() == "sqlite":
        path = sqlite_path(url)
        if path is None:
            return QCoreApplication.translate("MainWindow", "SQLite: in memory")
        return f"SQLite: {path}"
    if url.get_backend_name() == "postgresql":
        host = url.host or "localhost"
        if url.port:
            host = f"{host}:{url.port}"
        return f"PostgreSQL: {host}/{url.database or ''}"
    return database.url
