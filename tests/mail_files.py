"""Mail files for the tests, written the way mail programs write them: raw bytes in KOI8-R and
cp1251 (RFC 2047 headers, 8-bit and quoted-printable bodies), multipart with attachments,
HTML-only, no Message-ID; mboxes through the standard library's `mailbox`."""

from __future__ import annotations

import mailbox
from collections.abc import Sequence
from email.header import Header
from email.message import EmailMessage
from pathlib import Path

CLIENT = "ivan.petrov@client.ru"


def encoded(text: str, charset: str) -> str:
    return Header(text, charset).encode()


def koi8_message() -> bytes:
    head = (
        f"From: {encoded('Иван Петров', 'koi8-r')} <Ivan.Petrov@Client.RU>\n"
        "To: sales@firm.ru\n"
        f"Subject: {encoded('Счёт на оплату', 'koi8-r')}\n"
        "Date: Mon, 02 Mar 2026 10:00:00 +0300\n"
        "Message-ID: <koi8-1@client.ru>\n"
        "MIME-Version: 1.0\n"
        "Content-Type: text/plain; charset=koi8-r\n"
        "Content-Transfer-Encoding: 8bit\n\n"
    )
    return head.encode("ascii") + "Добрый день! Пришлите счёт.\n".encode("koi8-r")


def cp1251_message() -> bytes:
    body = "Привет, это письмо в windows-1251.\n".encode("cp1251")
    quoted = "".join(f"={b:02X}" if b > 127 or b == 61 else chr(b) for b in body)
    head = (
        "From: Olga <olga@client.ru>\n"
        "To: Sales <sales@firm.ru>, boss@firm.ru\n"
        "Cc: ANNA@partner.pl\n"
        f"Subject: {encoded('Договор поставки', 'windows-1251')}\n"
        "Date: Tue, 03 Mar 2026 12:30:00 +0100\n"
        "Message-ID: <cp1251-1@client.ru>\n"
        "Content-Type: text/plain; charset=windows-1251\n"
        "Content-Transfer-Encoding: quoted-printable\n\n"
    )
    return head.encode("ascii") + quoted.encode("ascii")


def undeclared_cp1251_message() -> bytes:
    """No charset at all, cp1251 bytes in the subject and the body (old mail programs)."""
    return (
        "From: old@client.ru\nTo: sales@firm.ru\nSubject: Заявка\n"
        "Date: Wed, 04 Mar 2026 09:00:00 +0000\nMessage-ID: <old-1@client.ru>\n\n"
        "Нужна консультация по тарифам и условиям поставки.\n"
    ).encode("cp1251")


def multipart_message() -> bytes:
    message = EmailMessage()
    message["From"] = "sales@firm.ru"
    message["To"] = f"Иван <{CLIENT}>"
    message["Subject"] = "Коммерческое предложение"
    message["Date"] = "Thu, 05 Mar 2026 15:00:00 +0300"
    message["Message-ID"] = "<multi-1@firm.ru>"
    message.set_content("Текст письма.\n")
    message.add_alternative("<p>Текст <b>письма</b>.</p>", subtype="html")
    message.add_attachment(b"%PDF-1.4 " + b"x" * 1000, "application", "pdf", filename="Прайс.pdf")
    message.add_attachment("a;b\n1;2\n", filename="table.csv")
    return message.as_bytes()


def html_only_message() -> bytes:
    return (
        b"From: news@client.ru\nTo: sales@firm.ru\nSubject: HTML only\n"
        b"Date: Fri, 06 Mar 2026 08:00:00 +0000\nMessage-ID: <html-1@client.ru>\n"
        b"Content-Type: text/html; charset=utf-8\n\n"
        b"<html><head><style>p{color:red}</style><script>alert(1)</script></head>"
        b"<body><p>Hello&nbsp;there,</p><div>price &amp; terms</div></body></html>\n"
    )


def no_message_id() -> bytes:
    return (
        b"From: nomid@client.ru\nTo: sales@firm.ru\nSubject: No id\n"
        b"Date: Sat, 07 Mar 2026 08:00:00 +0000\n\nJust text.\n"
    )


def write_mbox(path: Path, messages: Sequence[bytes]) -> Path:
    box = mailbox.mbox(str(path))
    for data in messages:
        box.add(data)
    box.flush()
    box.close()
    return path


ALL = (
    koi8_message,
    cp1251_message,
    undeclared_cp1251_message,
    multipart_message,
    html_only_message,
    no_message_id,
)
