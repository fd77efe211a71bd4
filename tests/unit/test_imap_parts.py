"""The IMAP fetch's pure parts: UID sets with ranges, which server folder an account's
"Sent" means, and reading a FETCH answer whatever order the server gives its items in."""

from __future__ import annotations

from datetime import datetime

import pytest

from desktop_crm.errors import CrmError
from desktop_crm.services.imap.accounts import MailAccount
from desktop_crm.services.imap.connection import _messages, imap_date, uid_set
from desktop_crm.services.imap.folders import server_folders


def test_uid_sets_are_ranges() -> None:
    assert uid_set([1, 2, 3, 7, 9, 10]) == "1:3,7,9:10"
    assert uid_set([5]) == "5"
    assert imap_date(datetime(2026, 3, 4).date()) == "04-Mar-2026"


def account(*folders: str) -> MailAccount:
    return MailAccount(name="a", host="h", login="l", folders=folders)


def test_sent_is_the_folder_marked_sent_else_a_usual_name() -> None:
    marked = [(frozenset({"\\hasnochildren"}), "INBOX"), (frozenset({"\\sent"}), "Outbox 2")]
    assert server_folders(account("INBOX", "Sent"), marked) == ["INBOX", "Outbox 2"]
    named = [(frozenset(), "INBOX"), (frozenset(), "Sent Items")]
    assert server_folders(account("INBOX", "Sent"), named) == ["INBOX", "Sent Items"]
    russian = [(frozenset(), "Inbox"), (frozenset(), "&BB4EQgQ,BEAEMAQyBDsENQQ9BD0ESwQ1-")]
    assert server_folders(account("INBOX", "Sent"), russian)[1].startswith("&BB4")
    assert server_folders(account("INBOX", "Sent"), [(frozenset(), "INBOX")]) == ["INBOX"]


def test_a_folder_the_server_lacks_is_named() -> None:
    with pytest.raises(CrmError) as missing:
        server_folders(account("INBOX", "Archive"), [(frozenset(), "INBOX")])
    assert missing.value.code == "imap.folder_missing"


def test_fetch_items_in_any_order() -> None:
    data = [
        (b'1 FETCH (UID 7 INTERNALDATE "03-Dec-2026 10:00:00 +0300" BODY[] {3}', b"abc"),
        b")",
        (b"2 FETCH (BODY[] {3}", b"def"),
        b' UID 9 INTERNALDATE "01-Jan-2026 00:00:00 +0000")',
    ]
    found = _messages(data)
    assert [(m.uid, m.data) for m in found] == [(7, b"abc"), (9, b"def")]
    assert found[0].received == datetime(2026, 12, 3, 7, 0)
    assert found[1].received == datetime(2026, 1, 1)
