"""Which files a mail import reads, and the messages of each: a folder gives every .eml, .msg
and .mbox inside (and below), and every file without an extension that begins like an mbox
(Thunderbird keeps each mail folder so: "Inbox", "Sent"); a file is an mbox when it begins with
an envelope "From " line, an Outlook message when it is a compound file, else one message.
Anything else stops the import with one sentence; a damaged Outlook message is one message
that failed (`Unreadable`), the rest goes on."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from desktop_crm.errors import Code, CrmError, ImportFileError
from desktop_crm.services.interactions.store import InteractionData
from desktop_crm.services.mail.mbox import NotMbox, iter_mbox, looks_like_mbox
from desktop_crm.services.mail.message import MailContext, NotMail, read_message
from desktop_crm.services.mail.outlook import BrokenMsg, is_msg, read_msg

MAIL_SUFFIXES = (".eml", ".mbox", ".msg")
MBOX, EML, MSG = "mbox", "eml", "msg"


@dataclass(frozen=True)
class Unreadable:
    """A message that failed, and the sentence that says why."""

    error: CrmError


def mail_files(paths: Iterable[Path]) -> list[Path]:
    """The files to read for `paths`, in order (a folder's by name); an error for a path that
    does not exist or a folder without mail files."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            inside = sorted(p for p in path.rglob("*") if _is_mail_file(p))
            if not inside:
                raise ImportFileError(Code.MAIL_FOLDER_EMPTY, path=str(path))
            found += inside
        elif path.is_file():
            found.append(path)
        else:
            raise ImportFileError(Code.MAIL_PATH_MISSING, path=str(path))
    return found


def _is_mail_file(path: Path) -> bool:
    if not path.is_file():
        return False
    if path.suffix.lower() in MAIL_SUFFIXES:
        return True
    return not path.suffix and looks_like_mbox(_head(path, 64))


def _head(path: Path, size: int = 4096) -> bytes:
    try:
        with path.open("rb") as file:
            return file.read(size)
    except OSError as exc:
        raise ImportFileError(
            Code.MAIL_UNREADABLE, path=str(path), reason=exc.strerror or str(exc)
        ) from exc


def file_kind(path: Path) -> str:
    """MBOX or EML by the content (a name says little: Thunderbird's mailboxes have none)."""
    head = _head(path)
    if looks_like_mbox(head):
        return MBOX
    if is_msg(head):
        return MSG
    if b"\x00" in header_block(head):
        raise ImportFileError(Code.MAIL_NOT_MAIL, path=str(path))
    return EML


def header_block(data: bytes) -> bytes:
    """The headers of a message: up to the first empty line. Binary there means no mail (a NUL
    in a body is only a bad byte, which the store marks)."""
    end = data.find(b"\n\n")
    crlf = data.find(b"\r\n\r\n")
    ends = [e for e in (end, crlf) if e >= 0]
    return data[: min(ends)] if ends else data


def read_file(path: Path, context: MailContext) -> Iterator[InteractionData | Unreadable | None]:
    """The messages of one file as interactions (None: one that cannot be stored); an error
    as soon as the file proves not to be mail."""
    kind = file_kind(path)
    here = MailContext(kind, context.account or path.name, context.own, context.registered_by_id)
    try:
        if kind == MSG:
            try:
                yield read_msg(path.read_bytes(), here)
            except BrokenMsg:
                yield Unreadable(CrmError(Code.MAIL_MSG_BROKEN, path=str(path)))
            return
        if kind == EML:
            try:
                yield read_message(path.read_bytes(), here)
            except NotMail as exc:
                raise ImportFileError(Code.MAIL_NOT_MAIL, path=str(path)) from exc
            return
        for message in iter_mbox(path):
            if b"\x00" in header_block(message.data):
                raise ImportFileError(
                    Code.MAIL_MBOX_BROKEN, path=str(path), number=message.number, line=message.line
                )
            try:
                yield read_message(message.data, here, message.envelope_date)
            except NotMail as exc:
                raise ImportFileError(
                    Code.MAIL_MBOX_BROKEN, path=str(path), number=message.number, line=message.line
                ) from exc
    except NotMbox as exc:
        raise ImportFileError(Code.MAIL_NOT_MAIL, path=str(path)) from exc
    except OSError as exc:
        raise ImportFileError(
            Code.MAIL_UNREADABLE, path=str(path), reason=exc.strerror or str(exc)
        ) from exc
