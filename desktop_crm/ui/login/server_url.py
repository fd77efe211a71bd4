"""The server field of the login dialog and the URL it makes: `host[:port][/database]`, with
the login and password of the dialog."""

from __future__ import annotations

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError


def needs_sign_in(db_url: str) -> bool:
    """A PostgreSQL URL without a password: the window asks for one (when the server wants
    it: see `desktop_crm.ui.app.open_base`)."""
    try:
        url = make_url(db_url)
    except ArgumentError:
        return False  # opening it says what is wrong
    return url.get_backend_name() == "postgresql" and url.password is None


def server_of(db_url: str) -> str:
    url = make_url(db_url)
    port = f":{url.port}" if url.port else ""
    return f"{url.host or 'localhost'}{port}/{url.database or ''}"


def login_of(db_url: str) -> str:
    return make_url(db_url).username or ""


def signed_url(db_url: str, server: str, login: str, password: str) -> URL:
    """`db_url` pointed at `server` with the login and password typed."""
    where, _, database = server.strip().partition("/")
    host, _, port = where.partition(":")
    url = make_url(db_url)
    return url.set(
        host=host or "localhost",
        port=int(port) if port.isdigit() else None,
        database=database or url.database,
        username=login.strip(),
        password=password,
    )
