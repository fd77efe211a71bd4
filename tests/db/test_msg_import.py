"""Outlook .msg files into interactions (issue #12 item 1), on both backends, with real .msg
files (tests/mail_samples/README.md says where each comes from): Cyrillic subject, HTML-only
body, To and Cc, an attachment; a message without any date; the same message twice; a damaged
.msg (counted as failed with its sentence, the rest stored) and a non-message named .msg."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop_crm.cli import main
from desktop_crm.db import Database
from desktop_crm.errors import ImportFileError
from desktop_crm.models import User
from desktop_crm.models.interactions import Interaction
from desktop_crm.services.base_settings import set_own_addresses
from desktop_crm.services.mail.importer import import_mail

SAMPLES = Path(__file__).resolve().parent.parent / "mail_samples"
INVOICE, REPLY, UNDATED = "invoice_cyrillic.msg", "tutanota_reply.msg", "undated.msg"


def samples(folder: Path, *names: str) -> Path:
    folder.mkdir()
    for name in names:
        shutil.copy(SAMPLES / name, folder / name)
    return folder


def run(database: Database, admin: User, *paths: Path):  # type: ignore[no-untyped-def]
    with database.transaction() as session:
        return import_mail(session, session.merge(admin), list(paths))


def stored(database: Database) -> dict[str, Interaction]:
    with database.session() as session:
        rows = session.scalars(select(Interaction)).all()
        for row in rows:
            _ = row.parties
        session.expunge_all()
    return {row.subject or "": row for row in rows}


def parties(item: Interaction) -> list[tuple[str, str | None]]:
    return [(p.role, p.normalized) for p in sorted(item.parties, key=lambda p: p.id)]


def test_a_folder_of_outlook_messages(
    database: Database, admin: User, add_client, tmp_path: Path
) -> None:
    with database.transaction() as session:
        set_own_addresses(session, session.merge(admin), ["@firm.example"])
    client = add_client("Иван Петров", emails=["ivan.petrov@client.example"])
    folder = samples(tmp_path / "outlook", INVOICE, REPLY, UNDATED)
    result = run(database, admin, folder)
    # the undated one has no date anywhere: nothing to place it in a feed by
    assert (result.read, result.imported, result.failed, result.linked) == (3, 2, 1, 1)
    assert result.problems == []
    mails = stored(database)
    invoice = mails["Счёт №42 на поставку"]
    assert (invoice.kind, invoice.direction, invoice.source) == ("email", "out", "msg")
    assert (invoice.account, invoice.external_id) == (INVOICE, "mid:invoice-42@firm.example")
    assert str(invoice.occurred_at) == "2024-03-05 10:30:00"
    assert invoice.body == "Добрый день, Иван!\n\nСчёт во вложении."  # HTML reduced, no script
    assert invoice.attachments == [{"name": "счёт-42.txt", "size": 26}]
    assert parties(invoice) == [
        ("to", "ivan.petrov@client.example"),
        ("to", "buh@client.example"),
        ("cc", "olga@partner.example"),
    ]
    assert invoice.client_id == client
    reply = mails["Re: test internal"]
    assert reply.direction == "in" and reply.client_id is None
    assert str(reply.occurred_at) == "2020-10-06 09:57:46"
    assert reply.external_id == "mid:MIxL6C1--3-0@tutanota.de"
    assert reply.body is not None and reply.body.startswith("asdfasdf\n")
    assert reply.attachments == [{"name": "serveimage.jpg", "size": 36739}]
    assert parties(reply) == [
        ("from", "bedfortest@tutanota.de"),
        ("to", "arne.moehle@tutao.onmicrosoft.com"),
    ]
    again = run(database, admin, folder / INVOICE, folder / REPLY)
    assert (again.read, again.imported, again.duplicates) == (2, 0, 2)
    assert len(stored(database)) == 2


def test_a_damaged_msg_fails_alone_with_one_sentence(
    database: Database, admin: User, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = samples(tmp_path / "outlook", REPLY)
    damaged = folder / "damaged.msg"  # a real message cut short: its property streams are gone
    damaged.write_bytes((SAMPLES / INVOICE).read_bytes()[:4000])
    result = run(database, admin, damaged)
    assert (result.read, result.imported, result.failed) == (1, 0, 1)
    assert [p.message for p in result.problems] == [
        f"The Outlook message {damaged} is damaged and cannot be read: it was skipped."
    ]
    assert stored(database) == {}
    url = database.engine.url.render_as_string(hide_password=False)
    base = ["--db", url, "--user", "admin"]
    assert main([*base, "mail", "import", str(folder), "--json"]) == 0
    out, err = capsys.readouterr()
    summary = json.loads(out.splitlines()[-1])
    assert (summary["read"], summary["imported"], summary["failed"]) == (2, 1, 1)
    assert err.splitlines() == [
        f"The Outlook message {damaged} is damaged and cannot be read: it was skipped."
    ]
    assert list(stored(database)) == ["Re: test internal"]


def test_a_file_named_msg_that_is_no_message_stores_nothing(
    database: Database, admin: User, tmp_path: Path
) -> None:
    folder = samples(tmp_path / "outlook", REPLY)
    picture = folder / "picture.msg"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64))
    with pytest.raises(ImportFileError, match=r"is not an email message or a mailbox\.$"):
        run(database, admin, folder)
    assert stored(database) == {}
