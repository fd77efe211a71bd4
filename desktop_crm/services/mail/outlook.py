"""Outlook `.msg` files (one message each, an OLE compound file) -> the `InteractionData` to
store, read with `python-oxmsg` (MIT): subject, sender, To and Cc recipients, the date in UTC,
Message-ID, the body (plain text, else the HTML reduced to text) and attachment names and
sizes. The same rules as a message from an .eml: own addresses make it outgoing, a message with
no date anywhere is not stored."""

from __future__ import annotations

import struct
from datetime import datetime
from typing import Any

from oxmsg import Message
from oxmsg.domain import constants as c

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
from desktop_crm.services.mail.message import (
    MailContext,
    body_text,
    decode_words,
    header_addresses,
    message_date,
)

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # every compound file, so every .msg, begins so
RECIPIENT_ROLES = {1: TO, 2: CC}  # MAPI's recipient types; 3 (Bcc) names no counterpart
NO_DATE_BEFORE = 1700  # Outlook writes 1601-01-01 (FILETIME zero) for a date it never set
# what python-oxmsg raises on a compound file whose streams are cut or garbled
_BROKEN = (ValueError, OSError, struct.error, IndexError, KeyError, UnicodeError, TypeError)


class BrokenMsg(ValueError):
    """The file is a compound file but not a readable Outlook message."""


def is_msg(head: bytes) -> bool:
    return head.startswith(OLE_MAGIC)


def _date(message: Message) -> datetime | None:
    props = message.properties
    for pid in (c.PID_CLIENT_SUBMIT_TIME, c.PID_MESSAGE_DELIVERY_TIME):
        moment = props.date_prop_value(pid)
        if moment is not None and moment.year >= NO_DATE_BEFORE:
            return to_utc(moment)
    headers = {k.lower(): [v] for k, v in message.message_headers.items()}
    return message_date(headers) if "date" in headers or "received" in headers else None


def _sender(message: Message) -> str:
    found = header_addresses([message.sender or ""])
    if found:
        return found[0]
    props = message.properties
    smtp = props.str_prop_value(c.PID_SENDER_SMTP_ADDRESS) or ""
    return smtp.strip().lower() if "@" in smtp else ""


def _parties(message: Message, sender: str, context: MailContext) -> list[PartyData]:
    parties = [PartyData(FROM, EMAIL, sender)] if sender else []
    for recipient in message.recipients:
        role = RECIPIENT_ROLES.get(recipient.properties.int_prop_value(c.PID_RECIPIENT_TYPE) or 1)
        address = recipient.email_address.strip().lower()
        if role is not None and "@" in address:  # an Exchange X.500 name is no address
            parties.append(PartyData(role, EMAIL, address))
    return [party for party in parties if not context.is_own(party.raw)]


def _body(message: Message) -> str:
    plain = message.body or ""
    if plain.strip():
        return body_text(plain)
    return body_text(message.html_body or "", html=True)


def _attachments(message: Message) -> list[dict[str, Any]]:
    return [
        {
            "name": decode_words(item.file_name or "") or "(no name)",
            "size": len(item.file_bytes) if item.file_bytes else item.size,
        }
        for item in message.attachments
    ]


def _message_id(message: Message) -> str:
    found = message.properties.str_prop_value(c.PID_INTERNET_MESSAGE_ID)
    return (found or message.message_headers.get("Message-ID") or "").strip()


def read_msg(data: bytes, context: MailContext) -> InteractionData | None:
    """The interaction an Outlook message holds; None when it has no date anywhere;
    `BrokenMsg` when the compound file cannot be read as a message."""
    try:
        message = Message.load(data)
        occurred_at = _date(message)
        if occurred_at is None:
            return None
        subject = " ".join(message.subject.split())
        sender = _sender(message)
        parties = _parties(message, sender, context)
        body, attachments = _body(message), _attachments(message)
        external_id = message_key(_message_id(message), occurred_at, sender, subject)
    except _BROKEN as exc:
        raise BrokenMsg(str(exc)) from exc
    return InteractionData(
        kind=EMAIL_MESSAGE,
        direction=OUTGOING if sender and context.is_own(sender) else INCOMING,
        occurred_at=occurred_at,
        external_id=external_id,
        subject=subject or None,
        body=body or None,
        source=context.source,
        account=context.account,
        attachments=attachments or None,
        parties=tuple(parties),
        registered_by_id=context.registered_by_id,
    )
