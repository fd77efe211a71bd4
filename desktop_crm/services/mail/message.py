"""One email message (bytes as a file or a server holds it) -> the `InteractionData` to store:
subject and addresses decoded (RFC 2047, raw 8-bit too), the body as text in its charset (HTML
reduced), attachment names and sizes, the date in UTC, and the direction by the company's own
addresses. The standard library's parser with `email.policy.default` does the MIME work."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from email import policy
from email.headerregistry import DateHeader
from email.message import EmailMessage, Message
from email.parser import BytesParser
from email.utils import getaddresses, parsedate_to_datetime
from typing import Any

from desktop_crm.models.clients import EMAIL
from desktop_crm.models.interactions import EMAIL_MESSAGE, INCOMING, OUTGOING
from desktop_crm.services.interactions.store import (
    CC,
    FROM,
    TO,
    InteractionData,
    PartyData,
    message_key,
    to_utc,
)
from desktop_crm.services.mail.charsets import decode_text, has_raw_bytes, repair_header
from desktop_crm.services.mail.html_text import html_to_text

MAX_BODY = 64 * 1024  # characters of a body kept; the rest is cut, and says so
TRUNCATED = "\n… (truncated)"
MAIL_HEADERS = ("from", "date", "message-id", "subject", "to", "received", "return-path")
_PARSER = BytesParser(policy=policy.default)


class NotMail(ValueError):
    """The bytes have none of the headers of an email message."""


@dataclass(frozen=True)
class MailContext:
    """Where messages come from: `source` (eml, mbox, imap), `account` (the file or mailbox),
    and the company's own addresses ("a@firm.pl", "@firm.pl") that make a message outgoing."""

    source: str
    account: str
    own: tuple[str, ...] = ()
    registered_by_id: int | None = None

    def is_own(self, address: str) -> bool:
        return address in self.own or address[address.find("@") :] in self.own


def parse_message(data: bytes) -> EmailMessage:
    """The parsed message; `NotMail` when `data` has no header an email message has."""
    message = _PARSER.parsebytes(data)
    if not any(name in message for name in MAIL_HEADERS):
        raise NotMail("no mail headers")
    return message


def _header(message: Message, name: str) -> str:
    """A header's decoded text. Raw 8-bit bytes (no RFC 2047) are decoded by a guess: the
    header classes would make them U+FFFD; a header they cannot parse is read raw."""
    raw = next((v for k, v in message.raw_items() if k.lower() == name), None)
    if raw is None:
        return ""
    if has_raw_bytes(raw):
        value = repair_header(raw)
    else:
        try:
            value = str(message.get(name))
        except Exception:  # the stdlib's header classes raise assorted errors on bad input
            value = raw
    return " ".join(value.split())


def _addresses(message: Message, name: str) -> list[str]:
    try:
        headers = message.get_all(name) or []
        found = [a.addr_spec for h in headers for a in getattr(h, "addresses", ())]
    except Exception:  # malformed address lists: the classic parser is more forgiving
        raw = [str(v) for k, v in message.raw_items() if k.lower() == name]
        found = [address for _name, address in getaddresses(raw)]
    return [repair_header(a).strip().lower() for a in found if a and "@" in a]


def _received_date(message: Message) -> datetime | None:
    for value in message.get_all("received") or ():
        try:
            return parsedate_to_datetime(str(value).rpartition(";")[2].strip())
        except (TypeError, ValueError, IndexError):
            continue
    return None


def message_date(message: Message, envelope: datetime | None = None) -> datetime | None:
    """When the message was sent, naive UTC: its Date, else the first Received stamp, else the
    mbox envelope's; None when none of them reads."""
    moment: datetime | None = None
    try:
        header = message.get("date")
        moment = header.datetime if isinstance(header, DateHeader) else None
    except Exception:  # an unreadable Date header is as good as none
        moment = None
    moment = moment or _received_date(message) or envelope
    return to_utc(moment) if moment is not None else None


def _part_bytes(part: Message) -> bytes:
    payload = part.get_payload(decode=True)
    return payload if isinstance(payload, bytes) else b""


def _body(message: EmailMessage) -> tuple[str, Message | None]:
    part = message.get_body(preferencelist=("plain", "html"))
    if part is None:
        return "", None
    text = decode_text(_part_bytes(part), part.get_content_charset())
    if part.get_content_subtype() == "html":
        text = html_to_text(text)
    text = text.replace("\r\n", "\n").strip()
    if len(text) > MAX_BODY:
        text = text[:MAX_BODY] + TRUNCATED
    return text, part


def _leaves(part: Message) -> Iterator[Message]:
    """The parts that hold content; an attached message counts as one (not its insides)."""
    if part.is_multipart() and part.get_content_type() != "message/rfc822":
        for sub in part.get_payload():
            if isinstance(sub, Message):
                yield from _leaves(sub)
    else:
        yield part


def attachments(message: EmailMessage, body: Message | None) -> list[dict[str, Any]]:
    """{"name", "size" in bytes} of every attached file and message."""
    found = []
    for part in _leaves(message):
        if part is body or part is message:
            continue
        name = part.get_filename()
        rfc822 = part.get_content_type() == "message/rfc822"
        named = name or rfc822 or part.get_content_disposition() == "attachment"
        if not named and part.get_content_maintype() in ("text", "multipart"):
            continue  # the body's alternative, not a file
        if rfc822:
            size = len(part.as_bytes()) if part.is_multipart() else len(_part_bytes(part))
            inner = part.get_payload()
            first = inner[0] if isinstance(inner, list) and inner else None
            subject = _header(first, "subject") if isinstance(first, Message) else ""
            name = name or f"{subject or 'message'}.eml"
        else:
            size = len(_part_bytes(part))
        found.append({"name": repair_header(name or "(no name)"), "size": size})
    return found


def _parties(message: Message, context: MailContext) -> tuple[list[PartyData], str]:
    senders = _addresses(message, "from")
    parties = [
        PartyData(role, EMAIL, address)
        for role, header in ((FROM, "from"), (TO, "to"), (CC, "cc"))
        for address in (senders if role == FROM else _addresses(message, header))
        if not context.is_own(address)
    ]
    return parties, senders[0] if senders else ""


def read_message(
    data: bytes, context: MailContext, envelope: datetime | None = None
) -> InteractionData | None:
    """The interaction `data` holds; None when it cannot be stored (no date anywhere);
    `NotMail` when `data` is not an email message at all."""
    message = parse_message(data)
    occurred_at = message_date(message, envelope)
    if occurred_at is None:
        return None
    subject = _header(message, "subject")
    parties, sender = _parties(message, context)
    body, body_part = _body(message)
    return InteractionData(
        kind=EMAIL_MESSAGE,
        direction=OUTGOING if sender and context.is_own(sender) else INCOMING,
        occurred_at=occurred_at,
        external_id=message_key(_header(message, "message-id"), occurred_at, sender, subject),
        subject=subject or None,
        body=body or None,
        source=context.source,
        account=context.account,
        attachments=attachments(message, body_part) or None,
        parties=tuple(parties),
        registered_by_id=context.registered_by_id,
    )
