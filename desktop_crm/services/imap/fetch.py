"""`desktop-crm mail fetch`: new messages of a mail account's folders (INBOX and Sent by
default) stored as emails and linked to their cards.

Incremental by the folder's UIDVALIDITY and the last UID stored (`positions.py`): a fetch asks
only for UIDs above it; the first fetch of a folder, or one whose UIDVALIDITY changed (the
server renumbered it), reads the messages since the account's `since_days` again, which the
store's idempotence (one message per Message-ID) makes safe. Messages come in batches of
`BATCH` UIDs; each batch is stored, linked and its position saved in one transaction, so a
cancel or a broken connection keeps what was stored and the next fetch goes on from there.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import timedelta

from sqlalchemy.orm import Session

from desktop_crm.db import Database
from desktop_crm.models import User
from desktop_crm.models.base import utcnow
from desktop_crm.progress import Cancelled, Progress
from desktop_crm.services.access import Permission, require
from desktop_crm.services.imap.accounts import MailAccount
from desktop_crm.services.imap.connection import Fetched, ImapConnection
from desktop_crm.services.imap.folders import server_folders
from desktop_crm.services.imap.passwords import password_of
from desktop_crm.services.imap.positions import Position, positions, save_position
from desktop_crm.services.interactions.linked import link_new
from desktop_crm.services.interactions.store import InteractionData, store_interactions
from desktop_crm.services.mail.importer import MailImportResult, mail_context
from desktop_crm.services.mail.message import MailContext, NotMail, read_message

BATCH = 200
SOURCE = "imap"
# a fetch reports the counts a mail file import does (`mail fetch` and `mail import` alike)
FetchResult = MailImportResult


@dataclass(frozen=True)
class FolderPlan:
    """What one folder's fetch reads: its UIDs still to fetch and where its position ends."""

    folder: str
    uidvalidity: int
    uids: list[int]
    end_uid: int  # the position once every UID here is stored
    saved: Position | None


def _plan(
    conn: ImapConnection, account: MailAccount, known: dict[str, Position]
) -> list[FolderPlan]:
    since = (utcnow() - timedelta(days=account.since_days)).date()
    plans: list[FolderPlan] = []
    for folder in server_folders(account, conn.folders()):
        uidvalidity, uidnext = conn.examine(folder)
        saved = known.get(folder)
        same = saved is not None and saved.uidvalidity == uidvalidity
        after = saved.last_uid if same and saved is not None else None
        uids = conn.search(after, None if after is not None else since)
        # the first fetch skips what is older than `since` for good: its position ends at
        # the UIDs the folder had when it was opened
        end = max([after or 0, uidnext - 1, *uids[-1:]])
        plans.append(FolderPlan(folder, uidvalidity, uids, end, saved))
    return plans


def _context(session: Session, user: User, account: MailAccount) -> MailContext:
    base = mail_context(session, user, SOURCE, account.mailbox)
    login = account.login.strip().lower()
    own = base.own if "@" not in login or login in base.own else (*base.own, login)
    return replace(base, own=own)


def _read(
    fetched: Sequence[Fetched], context: MailContext, result: FetchResult
) -> list[InteractionData]:
    items: list[InteractionData] = []
    for message in fetched:
        try:
            item = read_message(message.data, context, message.received)
        except NotMail:
            item = None
        if item is None:
            result.failed += 1
        else:
            items.append(item)
    return items


def _store(
    database: Database,
    user: User,
    account: MailAccount,
    plan: FolderPlan,
    items: list[InteractionData],
    position: Position,
) -> tuple[int, int, int, int]:
    """One batch and its position in one transaction: (read, imported, duplicates, linked)."""
    with database.transaction() as session:
        acting = session.get(User, user.id) or user
        stored = store_interactions(session, items, acting)
        linked = link_new(session, stored.stored_ids)
        save_position(session, account.mailbox, plan.folder, position)
    return stored.read, stored.imported, stored.duplicates, linked


def _fetch_folder(
    conn: ImapConnection,
    work: _Work,
    plan: FolderPlan,
) -> bool:
    """Fetch one folder's plan; False when cancelled."""
    context = replace(work.context, account=f"{work.account.mailbox}/{plan.folder}")
    result = work.result
    for start in range(0, len(plan.uids), work.batch):
        if work.cancelled is not None and work.cancelled():
            return False
        uids = plan.uids[start : start + work.batch]
        if start == 0 and conn.examine(plan.folder)[0] != plan.uidvalidity:
            break  # renumbered since it was planned: the next fetch reads it again
        items = _read(conn.fetch(uids), context, result)
        last = uids[-1] if start + work.batch < len(plan.uids) else plan.end_uid
        counts = _store(
            work.database, work.user, work.account, plan, items, Position(plan.uidvalidity, last)
        )
        result.read += counts[0]
        result.imported += counts[1]
        result.duplicates += counts[2]
        result.linked += counts[3]
        work.done += len(uids)
        if work.progress is not None:
            work.progress(work.done, work.total)
    final = Position(plan.uidvalidity, plan.end_uid)
    if not plan.uids and plan.saved != final:
        with work.database.transaction() as session:
            save_position(session, work.account.mailbox, plan.folder, final)
    return True


@dataclass
class _Work:
    database: Database
    user: User
    account: MailAccount
    context: MailContext
    result: FetchResult
    batch: int
    progress: Progress | None
    cancelled: Cancelled | None
    total: int = 0
    done: int = 0


def fetch_mail(
    database: Database,
    user: User,
    account: MailAccount,
    *,
    password: str | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    batch: int = BATCH,
) -> FetchResult:
    """Fetch `account`'s new messages into the base (the password from the keyring unless
    given). Committed batch by batch: on `cancelled` it stops between batches, keeping what
    it stored, and says so in the result."""
    started = time.perf_counter()
    with database.transaction(write=False) as session:
        acting = session.get(User, user.id) or user
        require(acting, Permission.IMPORT)
        known = positions(session, account.mailbox)
        context = _context(session, acting, account)
    secret = password if password is not None else password_of(account.name)
    result = FetchResult()
    work = _Work(database, user, account, context, result, batch, progress, cancelled)
    with ImapConnection(account, secret) as conn:
        plans = _plan(conn, account, known)
        work.total = sum(len(plan.uids) for plan in plans)
        for plan in plans:
            if not _fetch_folder(conn, work, plan):
                result.cancelled = True
                break
    result.seconds = time.perf_counter() - started
    return result
