"""Mail files into interactions (issue #12 item 1), on both backends, with real files: an mbox
with KOI8-R and cp1251 headers and bodies, a multipart message with attachments, HTML only, no
Message-ID; the same message twice; a broken mbox and a file that is not mail (nothing stored)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from mail_files import (
    ALL,
    CLIENT,
    cp1251_message,
    html_only_message,
    koi8_message,
    multipart_message,
    no_message_id,
    undeclared_cp1251_message,
    write_mbox,
)
from sqlalchemy import func, select

from desktop_crm.cli import main
from desktop_crm.db import Database
from desktop_crm.errors import ImportFileError, PermissionDenied, ValidationError
from desktop_crm.models import User
from desktop_crm.models.interactions import Interaction
from desktop_crm.services.base_settings import own_addresses, set_own_addresses
from desktop_crm.services.mail.importer import import_mail
from desktop_crm.services.mail.message import MAX_BODY, TRUNCATED
from desktop_crm.services.users import add_user


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


def test_an_mbox_in_russian_encodings_with_attachments_html_and_no_message_id(
    database: Database, admin: User, tmp_path: Path
) -> None:
    with database.transaction() as session:
        set_own_addresses(session, session.merge(admin), ["@firm.ru"])
    box = write_mbox(tmp_path / "inbox.mbox", [make() for make in ALL])
    result = run(database, admin, box)
    assert (result.read, result.imported, result.duplicates, result.failed) == (6, 6, 0, 0)
    mails = stored(database)
    koi8 = mails["Счёт на оплату"]
    assert koi8.body == "Добрый день! Пришлите счёт."
    assert (koi8.direction, koi8.kind, koi8.source) == ("in", "email", "mbox")
    assert koi8.account == "inbox.mbox"
    assert koi8.external_id == "mid:koi8-1@client.ru"
    assert str(koi8.occurred_at) == "2026-03-02 07:00:00"  # +03:00 -> UTC
    assert parties(koi8) == [("from", "ivan.petrov@client.ru")]  # sales@firm.ru is ours
    cp1251 = mails["Договор поставки"]
    assert cp1251.body == "Привет, это письмо в windows-1251."
    assert parties(cp1251) == [("from", "olga@client.ru"), ("cc", "anna@partner.pl")]
    assert mails["Заявка"].body == "Нужна консультация по тарифам и условиям поставки."
    offer = mails["Коммерческое предложение"]
    assert offer.direction == "out" and offer.body == "Текст письма."
    assert offer.attachments == [
        {"name": "Прайс.pdf", "size": 1009},
        {"name": "table.csv", "size": 8},
    ]
    assert parties(offer) == [("to", CLIENT)]
    assert mails["HTML only"].body == "Hello there,\n\nprice & terms"
    assert mails["No id"].external_id.startswith("mhash:")


def test_the_same_message_twice_is_stored_once(
    database: Database, admin: User, tmp_path: Path
) -> None:
    box = write_mbox(tmp_path / "a.mbox", [koi8_message(), no_message_id(), koi8_message()])
    folder = tmp_path / "eml"
    folder.mkdir()
    (folder / "one.eml").write_bytes(no_message_id())
    (folder / "two.EML").write_bytes(cp1251_message())
    (folder / "notes.txt").write_text("not read: not a mail file name")
    (folder / "README").write_text("not read: no extension, and not an mbox")
    write_mbox(folder / "Sent", [html_only_message()])  # Thunderbird's folders: no extension
    first = run(database, admin, box)
    assert (first.read, first.imported, first.duplicates) == (3, 2, 1)
    again = run(database, admin, box, folder)
    assert (again.read, again.imported, again.duplicates) == (6, 2, 4)
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(Interaction)) == 4


@pytest.mark.parametrize(
    ("content", "sentence"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "is not an email message or a mailbox"),
        ("ФИО;Телефон\nИванов;+79161234567\n".encode("cp1251"), "is not an email message"),
        (b"From someone Mon Mar  2 10:00:00 2026\n\x00\x01bin", "is broken: message 1 at line 1"),
    ],
)
def test_a_file_that_is_not_mail_stores_nothing(
    database: Database, admin: User, tmp_path: Path, content: bytes, sentence: str
) -> None:
    good = write_mbox(tmp_path / "good.mbox", [koi8_message()])
    bad = tmp_path / "bad.eml"
    bad.write_bytes(content)
    with pytest.raises(ImportFileError, match=sentence):
        run(database, admin, good, bad)
    assert stored(database) == {}


def test_a_broken_mbox_names_the_message_and_stores_nothing(
    database: Database, admin: User, tmp_path: Path
) -> None:
    box = write_mbox(tmp_path / "broken.mbox", [koi8_message(), html_only_message()])
    text = box.read_bytes()
    box.write_bytes(text + b"\nFrom nobody Mon Mar  2 10:00:00 2026\nthis is no header\nat all\n")
    with pytest.raises(ImportFileError, match=r"broken.mbox is broken: message 3 at line \d+"):
        run(database, admin, box)
    assert stored(database) == {}


def test_paths_that_hold_no_mail(database: Database, admin: User, tmp_path: Path) -> None:
    with pytest.raises(ImportFileError, match="does not exist"):
        run(database, admin, tmp_path / "missing.mbox")
    with pytest.raises(ImportFileError, match=r"holds no \.eml, \.msg or \.mbox files"):
        run(database, admin, tmp_path)


def test_a_long_body_is_cut_and_says_so(database: Database, admin: User, tmp_path: Path) -> None:
    long = no_message_id().replace(b"Just text.", b"word " * 20_000)
    run(database, admin, write_mbox(tmp_path / "long.mbox", [long]))
    body = stored(database)["No id"].body or ""
    assert len(body) == MAX_BODY + len(TRUNCATED) and body.endswith(TRUNCATED)


def test_a_message_without_any_date_is_counted_as_failed(
    database: Database, admin: User, tmp_path: Path
) -> None:
    eml = tmp_path / "nodate.eml"
    eml.write_bytes(b"From: x@client.ru\nSubject: when?\n\nbody\n")
    result = run(database, admin, eml)
    assert (result.read, result.imported, result.failed) == (1, 0, 1)


def test_own_addresses_are_checked_and_admin_only(database: Database, admin: User) -> None:
    with database.transaction() as session:
        actor = session.merge(admin)
        assert set_own_addresses(session, actor, [" Sales@Firm.ru ", "@FIRM.pl", ""]) == (
            "sales@firm.ru",
            "@firm.pl",
        )
        assert own_addresses(session) == ("sales@firm.ru", "@firm.pl")
        with pytest.raises(ValidationError, match="'firm' is neither an email address"):
            set_own_addresses(session, actor, ["firm"])
        manager = add_user(session, actor, "mgr", "Manager", role="manager")
        with pytest.raises(PermissionDenied):
            set_own_addresses(session, manager, ["@x.ru"])
        with pytest.raises(PermissionDenied):
            import_mail(session, manager, [])


def test_cli_mail_import_and_own_addresses(
    database: Database, admin: User, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = database.engine.url.render_as_string(hide_password=False)
    base = ["--db", url, "--user", "admin"]
    assert main([*base, "settings", "own-addresses", "@firm.ru", "--json"]) == 0
    assert json.loads(capsys.readouterr().out.splitlines()[-1]) == {"own_addresses": ["@firm.ru"]}
    box = write_mbox(tmp_path / "x.mbox", [multipart_message(), undeclared_cp1251_message()])
    assert main([*base, "mail", "import", str(box), "--json"]) == 0
    summary = json.loads(capsys.readouterr().out.splitlines()[-1])
    assert set(summary) == {"read", "imported", "duplicates", "failed", "linked", "seconds"}
    assert (summary["read"], summary["imported"]) == (2, 2)
    assert summary["linked"] == 0  # no card holds these addresses
    bad = tmp_path / "bad.mbox"
    bad.write_text("name,phone\n")
    assert main([*base, "mail", "import", str(bad), "--json"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [f"desktop-crm: The file {bad} is not an email message or a mailbox."]


def test_new_messages_are_linked_to_the_cards_that_hold_their_addresses(
    database: Database, admin: User, add_client, tmp_path: Path
) -> None:
    """Through the linking job when it is installed (`services.linking`); the seam reports 0
    without it, which the CLI test above covers."""
    client = add_client("Иван Петров", emails=["other@client.ru", CLIENT.upper()])
    result = run(database, admin, write_mbox(tmp_path / "x.mbox", [koi8_message()]))
    assert (result.imported, result.linked) == (1, 1)
    assert stored(database)["Счёт на оплату"].client_id == client


def test_nul_characters_inside_a_message_are_marked_not_fatal(
    database: Database, admin: User, tmp_path: Path
) -> None:
    """PostgreSQL stores no NUL: one in a decoded subject, body or Message-ID must not stop
    the import of a mailbox."""
    raw = (
        b"From: nul@client.ru\nTo: sales@firm.ru\nSubject: =?utf-8?Q?a=00b?=\n"
        b"Message-ID: <=?utf-8?Q?x=00y?=@client.ru>\n"
        b"Date: Mon, 02 Mar 2026 10:00:00 +0000\n"
        b"Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n"
        b"before=00after\n"
    )
    result = run(database, admin, write_mbox(tmp_path / "nul.mbox", [raw]))
    assert result.imported == 1
    item = stored(database)["a\ufffdb"]
    assert item.body == "before\ufffdafter"


def test_a_nul_byte_in_a_body_is_no_broken_mailbox(
    database: Database, admin: User, tmp_path: Path
) -> None:
    """Mail programs leave NUL runs in mailboxes they compacted badly: in a body they are bad
    bytes of one message, in the headers they make the mailbox broken."""
    box = write_mbox(tmp_path / "nul.mbox", [no_message_id(), html_only_message()])
    box.write_bytes(box.read_bytes().replace(b"Just text.", b"Just\x00\x00 text."))
    assert run(database, admin, box).imported == 2
    assert stored(database)["No id"].body == "Just\ufffd\ufffd text."
