"""Fetching mail accounts over IMAP against a real dovecot (tests/imap_server.py), on each
backend: the first fetch, an incremental one, a renumbered folder, a cancel half-way, a wrong
password, a server that is down, and the `mail accounts` / `mail fetch` commands."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop_crm.cli import main
from desktop_crm.db import Database
from desktop_crm.errors import CrmError
from desktop_crm.models import User
from desktop_crm.models.interactions import Interaction, InteractionParty, MailSync
from desktop_crm.services.imap.accounts import (
    NONE,
    STARTTLS,
    TLS,
    MailAccount,
    find_account,
    mail_accounts,
    save_account,
)
from desktop_crm.services.imap.fetch import fetch_mail
from desktop_crm.services.imap.passwords import store_password
from tests.file_keyring import FileKeyring
from tests.imap_server import (
    PASSWORD,
    UNICODE_LOGIN,
    UNICODE_PASSWORD,
    Dovecot,
    dovecot_binary,
    free_port,
    message,
)

pytestmark = pytest.mark.usefixtures("file_keyring")  # never the OS keyring


def account_of(server: Dovecot, login: str, **changes: object) -> MailAccount:
    fields: dict[str, object] = {
        "name": "office",
        "host": "127.0.0.1",
        "port": server.port,
        "security": NONE,
        "login": login,
    }
    return MailAccount(**{**fields, **changes})  # type: ignore[arg-type]


def counts(database: Database) -> tuple[int, dict[str, tuple[int, int]]]:
    with database.transaction(write=False) as session:
        stored = session.scalar(select(func.count()).select_from(Interaction)) or 0
        rows = session.scalars(select(MailSync)).all()
        return stored, {r.folder: (r.uidvalidity, r.last_uid) for r in rows}


def test_first_fetch_then_only_what_is_new(
    database: Database, admin: User, server: Dovecot
) -> None:
    login = server.new_user()
    old = datetime.now().astimezone() - timedelta(days=200)
    server.append(login, "INBOX", [message(1), message(2)])
    server.append(login, "INBOX", [message(3, when=old)], received=old)
    server.append(login, "Sent", [message(4, sender=login, to="buyer@example.org")])
    account = account_of(server, login)

    first = fetch_mail(database, admin, account, password=PASSWORD)
    assert (first.read, first.imported, first.failed) == (3, 3, 0)  # 200 days: too old
    stored, positions = counts(database)
    assert stored == 3
    assert {folder: last for folder, (_v, last) in positions.items()} == {"INBOX": 3, "Sent": 1}
    with database.transaction(write=False) as session:
        sent = session.scalars(select(Interaction).where(Interaction.direction == "out")).one()
        assert sent.source == "imap" and sent.account == f"{login}@127.0.0.1/Sent"
        assert set(session.scalars(select(MailSync.account))) == {f"{login}@127.0.0.1"}
        assert session.scalars(
            select(InteractionParty.normalized).where(InteractionParty.interaction_id == sent.id)
        ).all() == ["buyer@example.org"]

    again = fetch_mail(database, admin, account, password=PASSWORD)
    assert (again.read, again.imported) == (0, 0)
    server.append(login, "INBOX", [message(5)])
    newer = fetch_mail(database, admin, account, password=PASSWORD)
    assert (newer.read, newer.imported, newer.duplicates) == (1, 1, 0)
    assert counts(database)[1]["INBOX"][1] == 4


def test_fetched_mail_lands_on_the_card_that_holds_the_address(
    database: Database, admin: User, server: Dovecot, add_client: Callable[..., int]
) -> None:
    client_id = add_client("Анна Смирнова", emails=["Anna@Client.RU"])
    login = server.new_user()
    server.append(login, "INBOX", [message(1, sender="anna@client.ru"), message(2)])
    result = fetch_mail(database, admin, account_of(server, login), password=PASSWORD)
    assert (result.imported, result.linked) == (2, 1)
    with database.transaction(write=False) as session:
        linked = session.scalars(select(Interaction).where(Interaction.client_id.is_not(None)))
        assert [i.client_id for i in linked] == [client_id]


def test_a_renumbered_folder_is_read_again_without_duplicates(
    database: Database, admin: User, server: Dovecot
) -> None:
    login = server.new_user()
    messages = [message(n) for n in range(3)]
    server.append(login, "Sent", messages)
    account = account_of(server, login, folders=("Sent",))
    fetch_mail(database, admin, account, password=PASSWORD)
    before = counts(database)[1]["Sent"]

    client = server.client(login)  # the folder made anew: new UIDVALIDITY, UIDs from 1
    assert client.delete("Sent")[0] == "OK" and client.create("Sent")[0] == "OK"
    client.logout()
    server.append(login, "Sent", [*messages, message(9)])
    result = fetch_mail(database, admin, account, password=PASSWORD)
    assert (result.read, result.imported, result.duplicates) == (4, 1, 3)
    after = counts(database)[1]["Sent"]
    assert after[0] != before[0] and after[1] == 4


def test_a_cancel_keeps_a_consistent_position_and_the_next_fetch_goes_on(
    database: Database, admin: User, server: Dovecot
) -> None:
    login = server.new_user()
    server.deliver(login, "INBOX", [message(n) for n in range(7)])
    account = account_of(server, login, folders=("INBOX",))
    asked = 0

    def cancelled() -> bool:
        nonlocal asked
        asked += 1
        return asked > 2  # two batches of 2 go through

    seen: list[tuple[int, int | None]] = []
    result = fetch_mail(
        database,
        admin,
        account,
        password=PASSWORD,
        batch=2,
        cancelled=cancelled,
        progress=lambda done, total: seen.append((done, total)),
    )
    assert result.cancelled and result.imported == 4
    assert seen == [(2, 7), (4, 7)]
    stored, positions = counts(database)
    assert stored == 4 and positions["INBOX"][1] == 4  # the position covers what is stored

    rest = fetch_mail(database, admin, account, password=PASSWORD, batch=2)
    assert (rest.read, rest.imported, rest.duplicates, rest.cancelled) == (3, 3, 0, False)
    assert counts(database)[0] == 7


def test_a_server_gone_mid_fetch_keeps_what_was_stored(database: Database, admin: User) -> None:
    binary = dovecot_binary()
    if binary is None:
        pytest.skip("dovecot is not installed (apt-get install dovecot-imapd)")
    own = Dovecot(binary)  # a server of this test's own, stopped half-way
    try:
        login = own.new_user()
        own.deliver(login, "INBOX", [message(n) for n in range(6)])
        account = account_of(own, login, folders=("INBOX",))
        with pytest.raises(CrmError) as lost:
            fetch_mail(
                database, admin, account, password=PASSWORD, batch=2, progress=lambda *_: own.stop()
            )
    finally:
        own.stop()
    assert lost.value.code == "imap.connection_lost"
    stored, positions = counts(database)
    assert stored == 2 and positions["INBOX"][1] == 2


def test_a_wrong_password_and_a_server_down_change_nothing(
    database: Database, admin: User, server: Dovecot
) -> None:
    login = server.new_user()
    server.append(login, "INBOX", [message(1)])
    account = account_of(server, login)
    with pytest.raises(CrmError) as refused:
        fetch_mail(database, admin, account, password="wrong")
    assert refused.value.code == "imap.login_refused"
    down = account_of(server, login, port=free_port())
    with pytest.raises(CrmError) as unreachable:
        fetch_mail(database, admin, down, password=PASSWORD)
    assert unreachable.value.code == "imap.unreachable"
    assert "cannot be reached" in unreachable.value.message
    assert counts(database) == (0, {})


def test_a_password_beyond_ascii_and_a_server_without_tls(
    database: Database, admin: User, server: Dovecot
) -> None:
    server.append(UNICODE_LOGIN, "INBOX", [message(1)])  # one login for both backends' runs
    account = account_of(server, UNICODE_LOGIN, folders=("INBOX",))
    fetched = fetch_mail(database, admin, account, password=UNICODE_PASSWORD)
    assert fetched.imported >= 1 and fetched.imported == fetched.read
    for security in (TLS, STARTTLS):  # the test server speaks plain IMAP only
        with pytest.raises(CrmError) as insecure:
            fetch_mail(database, admin, replace(account, security=security), password="x")
        assert insecure.value.code == "imap.secure_failed", security


def test_a_missing_folder_and_a_missing_password_are_named(
    database: Database, admin: User, server: Dovecot
) -> None:
    login = server.new_user()
    account = account_of(server, login, folders=("INBOX", "Archive"))
    with pytest.raises(CrmError) as missing:
        fetch_mail(database, admin, account, password=PASSWORD)
    assert missing.value.code == "imap.folder_missing"
    with pytest.raises(CrmError) as no_password:
        fetch_mail(database, admin, account)  # nothing in the keyring for "office"
    assert no_password.value.code == "imap.no_password"
    assert counts(database) == (0, {})


def test_cli_accounts_and_fetch(
    database: Database,
    admin: User,
    server: Dovecot,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    file_keyring: FileKeyring,
) -> None:
    login = server.new_user()
    server.append(login, "INBOX", [message(1), message(2)])
    base = ["--db", database.url]
    monkeypatch.setattr("sys.stdin", __import__("io").StringIO(PASSWORD + "\n"))
    add = [*base, "mail", "accounts", "add", "office", "--host", "127.0.0.1"]
    add += ["--port", str(server.port), "--security", "none", "--login", login, "--json"]
    assert main(add) == 0
    added = json.loads(capsys.readouterr().out.splitlines()[-1])
    assert added["added"] is True and added["folders"] == ["INBOX", "Sent"]
    settings = (Path(__import__("os").environ["DESKTOP_CRM_HOME"]) / "settings.json").read_text()
    assert PASSWORD not in settings and login in settings
    assert file_keyring.get_password("desktop-crm mail", "office") == PASSWORD
    assert find_account("office").port == server.port

    assert main([*base, "mail", "accounts", "list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out.splitlines()[-1])
    assert [a["name"] for a in listed] == ["office"]

    assert main([*base, "mail", "fetch", "--json"]) == 0
    summary = json.loads(capsys.readouterr().out.splitlines()[-1])
    assert {k: summary[k] for k in ("read", "imported", "duplicates", "failed", "linked")} == {
        "read": 2,
        "imported": 2,
        "duplicates": 0,
        "failed": 0,
        "linked": 0,
    }
    assert main([*base, "mail", "fetch", "--account", "home", "--json"]) == 2
    assert "no mail account named 'home'" in capsys.readouterr().err


def test_removing_an_account_forgets_it_and_keeps_its_mail(
    database: Database,
    admin: User,
    server: Dovecot,
    capsys: pytest.CaptureFixture[str],
    file_keyring: FileKeyring,
) -> None:
    login = server.new_user()
    server.append(login, "INBOX", [message(1), message(2)])
    base = ["--db", database.url]
    for name in ("office", "home"):
        store_password(name, PASSWORD)
        save_account(account_of(server, login if name == "office" else "other", name=name))
    fetch_mail(database, admin, find_account("office"))
    stored, positions = counts(database)
    assert (stored, {folder: last for folder, (_v, last) in positions.items()}) == (
        2,
        {"INBOX": 2, "Sent": 0},
    )

    assert main([*base, "mail", "accounts", "remove", "office", "--json"]) == 0
    assert json.loads(capsys.readouterr().out.splitlines()[-1]) == {
        "removed": "office",
        "positions": 2,
    }
    assert [a.name for a in mail_accounts()] == ["home"]
    assert file_keyring.get_password("desktop-crm mail", "office") is None
    assert file_keyring.get_password("desktop-crm mail", "home") == PASSWORD
    assert counts(database) == (2, {})  # the fetched emails stay, the positions go

    assert main([*base, "mail", "accounts", "remove", "office", "--json"]) == 2
    assert "no mail account named 'office'" in capsys.readouterr().err
    assert [a.name for a in mail_accounts()] == ["home"]
