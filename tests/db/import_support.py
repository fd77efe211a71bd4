"""Helpers for the import tests: run an import the way the dialog and the CLI do, and look at
the base afterwards with plain queries."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from desktop_crm.db import Database
from desktop_crm.models import Client, ContactPoint
from desktop_crm.services.access import current_user
from desktop_crm.wizards.importing import (
    ImportResult,
    ImportSettings,
    SourceOptions,
    field_catalog,
    open_source,
    run_import,
    suggest_mapping,
)
from desktop_crm.wizards.importing.mapping import Mapping


def do_import(
    database: Database,
    path: Path | None = None,
    *,
    text: str | None = None,
    mapping: Mapping | None = None,
    options: SourceOptions | None = None,
    login: str = "admin",
    **settings: Any,
) -> ImportResult:
    """Import in one committed transaction, with automatic matching unless `mapping` is given."""
    source = open_source(path, text=text, options=options)
    with database.transaction() as session:
        user = current_user(session, login)
        if mapping is None:
            mapping, _ = suggest_mapping(source.headers, field_catalog(session))
        return run_import(session, user, source, ImportSettings(**settings), mapping)


def count_clients(database: Database) -> int:
    with database.session() as session:
        return session.scalar(select(func.count(Client.id))) or 0


def clients(database: Database) -> dict[str, Client]:
    """Clients by full name (detached, contact points loaded)."""
    with database.session() as session:
        found = session.scalars(select(Client).order_by(Client.id)).all()
        for c in found:
            _ = c.contact_points, c.tags
        return {c.full_name: c for c in found}


def points(database: Database, kind: str = "phone") -> list[tuple[str, str, bool]]:
    with database.session() as session:
        rows = session.execute(
            select(Client.full_name, ContactPoint.normalized, ContactPoint.is_primary)
            .join(Client, Client.id == ContactPoint.client_id)
            .where(ContactPoint.kind == kind)
            .order_by(Client.id, ContactPoint.position)
        )
        return [tuple(r) for r in rows]  # type: ignore[misc]
