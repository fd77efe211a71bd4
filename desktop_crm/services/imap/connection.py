"""One IMAP conversation over stdlib `imaplib`: connect and log in, find the folders, read a
folder's UIDVALIDITY, search UIDs and fetch messages in batches. Every failure of the network or
the server becomes a `CrmError` with one sentence; nothing here touches the base."""

from __future__ import annotations

import contextlib
import imaplib
import re
import ssl
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any, TypeVar

from desktop_crm.errors import Code, CrmError
from desktop_crm.services.imap.accounts import STARTTLS, TLS, MailAccount

TIMEOUT_S = 30.0
T = TypeVar("T")
_LIST_LINE = re.compile(rb'\((?P<flags>[^)]*)\) (?:"(?:[^"\\]|\\.)*"|NIL) (?P<name>.*)$')
_UID = re.compile(rb"\bUID (\d+)")
_INTERNALDATE = re.compile(rb'INTERNALDATE "([^"]+)"')
_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


@dataclass(frozen=True)
class Fetched:
    uid: int
    data: bytes
    received: datetime | None  # the server's INTERNALDATE (UTC, naive): a date of last resort


def _detail(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return str(exc) or type(exc).__name__


def quoted(name: str) -> str:
    return '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _unquoted(raw: bytes) -> str:
    text = raw.decode("utf-8", "replace").strip()
    if len(text) >= 2 and text[0] == text[-1] == '"':
        text = re.sub(r"\\(.)", r"\1", text[1:-1])
    return text


def _internaldate(head: bytes) -> datetime | None:
    found = _INTERNALDATE.search(head)
    if not found:
        return None
    try:
        moment = datetime.strptime(found.group(1).decode("ascii").strip(), "%d-%b-%Y %H:%M:%S %z")
    except ValueError:
        return None
    return moment.astimezone(UTC).replace(tzinfo=None)


def uid_set(uids: Sequence[int]) -> str:
    """`uids` (ascending) as an IMAP set with ranges: 1:200,205 rather than 201 numbers."""
    parts: list[str] = []
    start = prev = uids[0]
    for uid in uids[1:]:
        if uid != prev + 1:
            parts.append(f"{start}:{prev}" if start != prev else str(start))
            start = uid
        prev = uid
    parts.append(f"{start}:{prev}" if start != prev else str(start))
    return ",".join(parts)


def imap_date(day: date) -> str:
    return f"{day.day:02d}-{_MONTHS[day.month - 1]}-{day.year}"


class ImapConnection:
    """A logged-in connection to `account`'s server; use it in a `with` block."""

    def __init__(self, account: MailAccount, password: str, timeout: float = TIMEOUT_S) -> None:
        self.account = account
        self.client = self._open(timeout)
        try:
            self._login(password)
        except imaplib.IMAP4.abort as exc:
            self.close()
            raise self._unreachable(exc) from exc
        except imaplib.IMAP4.error as exc:
            self.close()
            raise CrmError(Code.IMAP_LOGIN_REFUSED, host=account.host, login=account.login) from exc

    def _login(self, password: str) -> None:
        login = self.account.login
        if (login + password).isascii():
            self.client.login(login, password)
            return
        # LOGIN carries ASCII only; SASL PLAIN carries UTF-8 (RFC 4616)
        plain = f"\0{login}\0{password}".encode()
        self.client.authenticate("PLAIN", lambda _challenge: plain)

    def _unreachable(self, exc: BaseException) -> CrmError:
        a = self.account
        return CrmError(Code.IMAP_UNREACHABLE, host=a.host, port=a.server_port, detail=_detail(exc))

    def _insecure(self, exc: BaseException) -> CrmError:
        a = self.account
        detail = _detail(exc)
        return CrmError(Code.IMAP_SECURE_FAILED, host=a.host, port=a.server_port, detail=detail)

    def _open(self, timeout: float) -> imaplib.IMAP4:
        a = self.account
        context = ssl.create_default_context()
        try:
            if a.security == TLS:
                return imaplib.IMAP4_SSL(
                    a.host, a.server_port, ssl_context=context, timeout=timeout
                )
            client = imaplib.IMAP4(a.host, a.server_port, timeout=timeout)
        except ssl.SSLError as exc:  # certificate, protocol: before OSError, its base
            raise self._insecure(exc) from exc
        except (OSError, imaplib.IMAP4.error) as exc:
            raise self._unreachable(exc) from exc
        if a.security == STARTTLS:
            try:
                client.starttls(ssl_context=context)
            except (OSError, imaplib.IMAP4.error) as exc:  # no STARTTLS, or the handshake
                with contextlib.suppress(OSError):
                    client.shutdown()
                raise self._insecure(exc) from exc
        return client

    def __enter__(self) -> ImapConnection:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def close(self) -> None:
        # a server that is gone already needs no goodbye
        with contextlib.suppress(OSError, imaplib.IMAP4.error):
            self.client.logout()

    def _call(self, work: Callable[[], T]) -> T:
        try:
            return work()
        except (OSError, imaplib.IMAP4.abort) as exc:
            raise CrmError(
                Code.IMAP_CONNECTION_LOST, host=self.account.host, detail=_detail(exc)
            ) from exc

    def folders(self) -> list[tuple[frozenset[str], str]]:
        """Every folder with its flags (\\Sent and the like), as the server lists it."""
        typ, lines = self._call(lambda: self.client.list('""', "*"))
        found: list[tuple[frozenset[str], str]] = []
        for line in lines if typ == "OK" else []:
            if isinstance(line, tuple):  # a name sent as a literal
                head, name = line[0], b'"' + line[1] + b'"'
                line = head + name
            match = _LIST_LINE.match(line) if isinstance(line, bytes) else None
            if match:
                flags = frozenset(f.lower() for f in match["flags"].decode().split())
                found.append((flags, _unquoted(match["name"])))
        return found

    def examine(self, folder: str) -> tuple[int, int]:
        """Open `folder` read-only: its UIDVALIDITY and UIDNEXT."""
        typ, _data = self._call(lambda: self.client.select(quoted(folder), readonly=True))
        if typ != "OK":
            raise CrmError(Code.IMAP_FOLDER_MISSING, name=self.account.name, folder=folder)
        validity = self.client.response("UIDVALIDITY")[1][0]
        uidnext = self.client.response("UIDNEXT")[1][0]  # 0: the server did not say
        return int(validity or 0), int(uidnext or 0)

    def search(self, after_uid: int | None, since: date | None) -> list[int]:
        """UIDs above `after_uid`, or (no position yet) of messages since `since`."""
        if after_uid is not None:
            criteria: tuple[str, ...] = ("UID", f"{after_uid + 1}:*")
        else:
            criteria = ("SINCE", imap_date(since)) if since else ("ALL",)
        typ, data = self._call(lambda: self.client.uid("SEARCH", *criteria))
        uids = sorted({int(n) for n in (data[0] or b"").split()}) if typ == "OK" else []
        # "n:*" always names the last message, even one below n
        return [u for u in uids if after_uid is None or u > after_uid]

    def fetch(self, uids: Sequence[int]) -> list[Fetched]:
        """The whole messages `uids` (without marking them read)."""
        command = "(UID INTERNALDATE BODY.PEEK[])"
        typ, data = self._call(lambda: self.client.uid("FETCH", uid_set(uids), command))
        if typ != "OK":
            raise CrmError(Code.IMAP_CONNECTION_LOST, host=self.account.host, detail=str(data))
        return _messages(data)


def _messages(data: list[Any]) -> list[Fetched]:
    found: list[Fetched] = []
    for index, item in enumerate(data):
        if not isinstance(item, tuple):
            continue
        head = item[0]
        tail = data[index + 1] if index + 1 < len(data) else b""
        tail = tail if isinstance(tail, bytes) else b""
        uid = _UID.search(head) or _UID.search(tail)
        if uid:
            received = _internaldate(head) or _internaldate(tail)
            found.append(Fetched(int(uid.group(1)), item[1], received))
    return found


__all__ = ["Fetched", "ImapConnection", "imap_date", "quoted", "uid_set"]
