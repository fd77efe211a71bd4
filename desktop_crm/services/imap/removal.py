"""Removing a mail account of this desktop: its settings, its password in the keyring and the
base's fetch positions of its mailbox go; the emails it fetched stay, linked as they are."""

from __future__ import annotations

from sqlalchemy.orm import Session

from desktop_crm.models import User
from desktop_crm.services.access import Permission, require
from desktop_crm.services.imap.accounts import drop_account, find_account, mail_accounts
from desktop_crm.services.imap.passwords import forget_password
from desktop_crm.services.imap.positions import forget_positions


def remove_account(session: Session, user: User, name: str) -> int:
    """Remove the account `name` (a `NotFound` for an unknown one): the keyring first, so a
    keyring that cannot be reached changes nothing. Returns how many folder positions went;
    none when another account of this desktop reads the same mailbox (it still needs them)."""
    require(user, Permission.IMPORT)
    account = find_account(name)
    forget_password(account.name)
    shared = any(
        other.mailbox == account.mailbox for other in mail_accounts() if other.name != name
    )
    dropped = 0 if shared else forget_positions(session, account.mailbox)
    session.flush()
    drop_account(name)
    return dropped
