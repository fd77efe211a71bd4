"""What a CLI command runs with: the resolved database URL, the acting user, output helpers."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from desktop_crm.cli.passwords import read_password
from desktop_crm.config import os_login, resolve_db_url
from desktop_crm.db import Database, open_database
from desktop_crm.errors import Code, DatabaseError, PermissionDenied, ValidationError
from desktop_crm.models import User
from desktop_crm.services.access import current_user
from desktop_crm.services.team.logins import connection_login


class CliContext:
    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.db_url = resolve_db_url(getattr(args, "db", None))
        self.login: str | None = getattr(args, "user", None) or os_login()
        self._database: Database | None = None

    @property
    def database(self) -> Database:
        """The database, opened and upgraded on first use."""
        if self._database is None:
            self._database = self._open()
        return self._database

    def known_login(self) -> str:
        """The acting login; refused with a sentence when none is to be found."""
        if not self.login:
            raise PermissionDenied(Code.LOGIN_NOT_FOUND)
        return self.login

    def user(self, session: Session) -> User:
        # on a team base the connection's own login is the user; `--user` is not needed
        return current_user(session, connection_login(session) or self.known_login())

    def _open(self) -> Database:
        """A team base's URL without a password: libpq tries PGPASSWORD and ~/.pgpass first;
        refused, the password is read from standard input (its first line) or asked."""
        try:
            return open_database(self.db_url)
        except DatabaseError as exc:
            if exc.code != Code.LOGIN_REFUSED.key or make_url(self.db_url).password is not None:
                raise
            url = make_url(self.db_url)
            try:
                password = read_password(f"Password for {url.username}@{url.host}: ", confirm=False)
            except ValidationError:
                raise exc from None  # none given: the server's refusal says it best
            return open_database(url.set(password=password).render_as_string(hide_password=False))

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
