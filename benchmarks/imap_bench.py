"""How fast `desktop-crm mail fetch` brings a mailbox in over IMAP, against a bare fetch of
the same messages run in the same process from the same server.

    python benchmarks/imap_bench.py [--messages 10000] [--batch 200]

Starts a local dovecot as the fetch tests do (tests/imap_server.py; Debian's dovecot-imapd),
fills INBOX (90%) and Sent (10%) with the mail benchmark's realistic messages (~2 KB each,
KOI8-R, cp1251, multipart with an attachment, HTML) and fetches the account into a fresh
SQLite base (and PostgreSQL with DESKTOP_CRM_TEST_PG set). Baselines:
  (a) bare fetch: imaplib's UID FETCH BODY.PEEK[] of every message in the same batches,
      nothing parsed or stored (the floor of any fetch);
  (b) bare check: logging in, opening each folder and a UID SEARCH above its last UID
      (what a fetch with nothing new must do).
Targets: the first fetch of 10,000 messages under 60 s; a second fetch with nothing new
under 1 s. Lines read `name: value (ratio x.xx vs baseline)`.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from mail_bench import message
from scratch_db import scratch_postgresql

from desktop_crm.db import open_database
from desktop_crm.services.access import current_user
from desktop_crm.services.imap.accounts import NONE, MailAccount
from desktop_crm.services.imap.connection import uid_set
from desktop_crm.services.imap.fetch import fetch_mail
from tests.imap_server import PASSWORD, Dovecot, dovecot_binary


def bare_fetch(server: Dovecot, login: str, batch: int) -> int:
    client = server.client(login)
    count = 0
    for folder in ("INBOX", "Sent"):
        client.select(folder, readonly=True)
        uids = [int(u) for u in client.uid("SEARCH", "ALL")[1][0].split()]
        for start in range(0, len(uids), batch):
            part = uids[start : start + batch]
            data = client.uid("FETCH", uid_set(part), "(UID BODY.PEEK[])")[1]
            count += sum(1 for item in data if isinstance(item, tuple))
    client.logout()
    return count


def bare_check(server: Dovecot, login: str) -> None:
    client = server.client(login)
    for folder in ("INBOX", "Sent"):
        client.select(folder, readonly=True)
        uidnext = int(client.response("UIDNEXT")[1][0] or 1)
        client.uid("SEARCH", "UID", f"{uidnext}:*")
    client.logout()


def ratio(label: str, seconds: float, baseline: float, extra: str = "") -> None:
    print(f"{label}: {seconds:.2f} s{extra} (ratio {seconds / baseline:.2f} vs baseline)")


def run(url: str, server: Dovecot, login: str, batch: int, base_fetch: float) -> None:
    database = open_database(url)
    account = MailAccount(
        name="bench", host="127.0.0.1", port=server.port, security=NONE, login=login
    )
    try:
        with database.transaction() as session:
            user = current_user(session, "admin")
        started = time.perf_counter()
        first = fetch_mail(database, user, account, password=PASSWORD, batch=batch)
        seconds = time.perf_counter() - started
        rate = f", {first.imported / seconds:,.0f} messages/s, {first.imported:,} imported"
        ratio(f"  first fetch [{database.dialect}]", seconds, base_fetch, rate)
        checks = []
        for _ in range(3):
            started = time.perf_counter()
            again = fetch_mail(database, user, account, password=PASSWORD, batch=batch)
            checks.append(time.perf_counter() - started)
            assert again.read == 0, again
        started = time.perf_counter()
        bare_check(server, login)
        base_check = time.perf_counter() - started
        print(f"  bare check: {base_check * 1000:.0f} ms")
        ratio(f"  second fetch, nothing new [{database.dialect}]", min(checks), base_check)
    finally:
        database.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=10_000)
    parser.add_argument("--batch", type=int, default=200)
    args = parser.parse_args()
    binary = dovecot_binary()
    if binary is None:
        sys.exit("dovecot is not installed (apt-get install dovecot-imapd)")
    server = Dovecot(binary)
    try:
        sent = args.messages // 10
        urls = ["sqlite"] + (["postgresql"] if os.environ.get("DESKTOP_CRM_TEST_PG") else [])
        logins = {kind: server.new_user() for kind in urls}
        for login in logins.values():
            server.deliver(login, "INBOX", [message(n) for n in range(args.messages - sent)])
            server.deliver(
                login, "Sent", [message(n) for n in range(args.messages - sent, args.messages)]
            )
        print(f"{args.messages:,} messages ({sent:,} in Sent), batches of {args.batch}")
        for kind, login in logins.items():
            bare_check(server, login)  # the server indexes the new files once, for both
            started = time.perf_counter()
            fetched = bare_fetch(server, login, args.batch)
            base_fetch = time.perf_counter() - started
            print(f"[{kind}] bare fetch: {base_fetch:.2f} s, {fetched:,} messages")
            if kind == "sqlite":
                with tempfile.TemporaryDirectory() as folder:
                    run(f"sqlite:///{folder}/bench.sqlite3", server, login, args.batch, base_fetch)
            else:
                with scratch_postgresql(os.environ["DESKTOP_CRM_TEST_PG"]) as url:
                    run(url, server, login, args.batch, base_fetch)
    finally:
        server.stop()


if __name__ == "__main__":
    main()
