"""`desktop-crm mail import`: mail files stored as interactions and linked to their cards, in
one transaction (the caller's): a file that proves broken half-way leaves nothing behind."""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.orm import Session

from desktop_crm.errors import CrmError
from desktop_crm.models import User
from desktop_crm.progress import Cancelled, Progress
from desktop_crm.services.access import Permission, require
from desktop_crm.services.base_settings import own_addresses
from desktop_crm.services.interactions.linked import link_new
from desktop_crm.services.interactions.store import InteractionData, store_interactions
from desktop_crm.services.mail.files import Unreadable, mail_files, read_file
from desktop_crm.services.mail.message import MailContext

PROGRESS_EVERY = 500


@dataclass
class MailImportResult:
    read: int = 0
    imported: int = 0
    duplicates: int = 0
    failed: int = 0  # no date anywhere (nothing to place them in a feed by), or damaged
    linked: int = 0
    seconds: float = 0.0
    cancelled: bool = False
    problems: list[CrmError] = field(default_factory=list)  # why each damaged one failed

    def as_dict(self) -> dict[str, int | float]:
        return {
            "read": self.read,
            "imported": self.imported,
            "duplicates": self.duplicates,
            "failed": self.failed,
            "linked": self.linked,
            "seconds": round(self.seconds, 3),
        }


def _messages(
    files: Sequence[Path],
    context: MailContext,
    result: MailImportResult,
    progress: Progress | None,
    cancelled: Cancelled | None,
) -> Iterator[InteractionData]:
    seen = 0
    for path in files:
        for item in read_file(path, context):
            seen += 1
            if seen % PROGRESS_EVERY == 0:
                if cancelled is not None and cancelled():
                    result.cancelled = True
                    return
                if progress is not None:
                    progress(seen, None)
            if isinstance(item, Unreadable):
                result.problems.append(item.error)
            if item is None or isinstance(item, Unreadable):
                result.failed += 1
            else:
                yield item


def mail_context(session: Session, user: User, source: str, account: str) -> MailContext:
    """How messages of `account` (a file, or a mail account and folder) are read: the base's
    own addresses decide the direction, `user` registered them. For every mail source (files
    here; IMAP reads each message with `message.read_message(data, context)` too)."""
    return MailContext(source, account, own_addresses(session), user.id)


def import_mail(
    session: Session,
    user: User,
    paths: Iterable[Path],
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> MailImportResult:
    """Store the messages of `paths` (files or folders) once each, link the new ones. On
    `cancelled` it stops and says so in the result: the caller rolls back."""
    started = time.perf_counter()
    require(user, Permission.IMPORT)
    files = mail_files(paths)
    context = mail_context(session, user, "", "")  # each file says its kind and name
    result = MailImportResult()
    stored = store_interactions(
        session, _messages(files, context, result, progress, cancelled), user
    )
    result.read = stored.read + result.failed
    result.imported, result.duplicates = stored.imported, stored.duplicates
    if not result.cancelled:
        result.linked = link_new(session, stored.stored_ids)
    result.seconds = time.perf_counter() - started
    return result
