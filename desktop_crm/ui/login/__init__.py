"""Signing in to a team base (STO-5): a PostgreSQL URL without a password opens the login
dialog before the window; SQLite and URLs that carry a password open as before."""

from __future__ import annotations

from desktop_crm.db import Database
from desktop_crm.ui.login.dialog import LoginDialog
from desktop_crm.ui.login.server_url import needs_sign_in

__all__ = ["LoginDialog", "needs_sign_in", "sign_in"]


def sign_in(db_url: str) -> Database | None:
    """The base opened with the login and password the person typed; None if they cancel."""
    dialog = LoginDialog(db_url)
    if dialog.exec() != LoginDialog.DialogCode.Accepted:
        return None
    return dialog.database
