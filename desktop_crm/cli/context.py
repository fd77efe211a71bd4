"""What a CLI command runs with: the resolved database URL, the acting user, output helpers."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from sqlalchemy.orm import Session

from desktop_crm.config import os_login, resolve_db_url
from desktop_crm.db import Database, open_database
from desktop_crm.models import User
from desktop_crm.services.access import current_user
from desktop_crm.services.team.logins import connection_login


class CliContext:
    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.db_url = resolve_db_url(getattr(args, "db", None))
        self.login = getattr(args, "user", None) or os_login()
        self._database: Database | None = None

    @property
    def database(self) -> Database:
        """The database, opened and upgraded on first use."""
        if self._database is None:
            self._database = open_database(self.db_url)
        return self._database

    def user(self, session: Session) -> User:
        # on a team base the connection's own login is the user; `--user` is not needed
        return current_user(session, connection_login(session) or self.login)

    @property
    def as_json(self) -> bool:
        return bool(getattr(self.args, "json", False))

    def emit(self, text: str, payload: dict[str, Any] | list[Any] | None = None) -> None:
        """Print `text` for a person, or, with --json, `payload` as the last line."""
        if self.as_json and payload is not None:
            print(json.dumps(payload, ensure_ascii=False, default=str))
        else:
            print(text)
        sys.stdout.flush()

    def close(self) -> None:
        if self._database is not None:
            self._database.dispose()
