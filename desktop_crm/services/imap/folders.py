"""Which server folders an account's folder names mean: "Sent" is the folder the server marks
\\Sent (SPECIAL-USE), else the one with a usual name; "INBOX" in any case."""

from __future__ import annotations

from collections.abc import Sequence

from desktop_crm.errors import Code, CrmError
from desktop_crm.services.imap.accounts import INBOX, SENT, MailAccount

SENT_NAMES = (
    "sent",
    "sent items",
    "sent messages",
    "sent mail",
    "[gmail]/sent mail",
    "inbox.sent",
    "inbox/sent",
    "&BB4EQgQ,BEAEMAQyBDsENQQ9BD0ESwQ1-",  # "Отправленные" in IMAP's modified UTF-7
    "wys&AUI-ane",  # "Wysłane"
)


def _sent_folder(listed: Sequence[tuple[frozenset[str], str]]) -> str | None:
    for flags, name in listed:
        if "\\sent" in flags:
            return name
    names = {name.lower(): name for _flags, name in listed}
    return next((names[n.lower()] for n in SENT_NAMES if n.lower() in names), None)


def server_folders(account: MailAccount, listed: Sequence[tuple[frozenset[str], str]]) -> list[str]:
    """The server's names of `account.folders`, each once. A Sent folder the server does not
    have is skipped (some accounts only receive); any other missing folder is an error."""
    names = {name.lower(): name for _flags, name in listed}
    found: list[str] = []
    for wanted in account.folders:
        if wanted == SENT:
            name = _sent_folder(listed)
        elif wanted.upper() == INBOX:
            name = names.get("inbox", INBOX)
        else:
            name = names.get(wanted.lower())
            if name is None:
                raise CrmError(Code.IMAP_FOLDER_MISSING, name=account.name, folder=wanted)
        if name is not None and name not in found:
            found.append(name)
    return found
