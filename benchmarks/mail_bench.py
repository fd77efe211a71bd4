"""How fast `desktop-crm mail import` reads an mbox, against baselines run in the same process
on the same file, and whether its memory stays flat as the mailbox grows.

    python benchmarks/mail_bench.py [--messages 20000] [--memory-messages 0]

It writes an mbox of `--messages` realistic messages (KOI8-R and cp1251 plain text, UTF-8
multipart with an HTML alternative and a small attachment, HTML only; ~2 KB each), and imports
it into a fresh SQLite base (and PostgreSQL with DESKTOP_CRM_TEST_PG set). Baselines:
  (a) bare parse: the standard library's `mailbox.mbox` + `email.policy.default`, reading
      subject, from, date and the body of each message, storing nothing;
  (a') bare MIME split: the same with the compat32 parser and nothing read from the message
      (the floor: what any import of the file must pay);
  (b) bare executemany: sqlite3 executemany of one flat row per message into one table.
Lines read `name: value (ratio x.xx vs baseline)`. `--memory-messages N` imports mboxes of
N/8 and N messages in child processes and prints each one's peak resident memory: a streamed
import costs the same for both.
"""

from __future__ import annotations

import argparse
import mailbox
import os
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from email import policy
from email.header import Header
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


from scratch_db import scratch_postgresql

from desktop_crm.db import open_database
from desktop_crm.services.access import current_user
from desktop_crm.services.mail.importer import import_mail

WORDS = [
    "счёт",
    "договор",
    "поставка",
    "оплата",
    "цена",
    "срок",
    "доставка",
    "товар",
    "заказ",
    "скидка",
]


def _plain(n: int, charset: str) -> bytes:
    subject = Header(f"{WORDS[n % 10]} {n}", charset).encode()
    body = " ".join(WORDS[(n + i) % 10] for i in range(120)) + "\n"
    head = (
        f"From: {Header('Иван Петров', charset).encode()} <client{n % 5000}@client.ru>\n"
        f"To: sales@firm.ru\nSubject: {subject}\n"
        f"Date: Mon, 02 Mar 2026 {n % 24:02d}:{n % 60:02d}:00 +0300\n"
        f"Message-ID: <m{n}@client.ru>\nMIME-Version: 1.0\n"
        f"Content-Type: text/plain; charset={charset}\nContent-Transfer-Encoding: 8bit\n\n"
    )
    return head.encode("ascii") + body.encode(charset)


def _multipart(n: int) -> bytes:
    message = EmailMessage()
    message["From"] = "sales@firm.ru"
    message["To"] = f"Клиент <client{n % 5000}@client.ru>"
    message["Cc"] = f"boss{n % 50}@partner.pl"
    message["Subject"] = f"Предложение {n}"
    message["Date"] = "Tue, 03 Mar 2026 12:30:00 +0100"
    message["Message-ID"] = f"<m{n}@firm.ru>"
    message.set_content(" ".join(WORDS) * 5)
    message.add_alternative(f"<p>{' '.join(WORDS) * 5}</p>", subtype="html")
    message.add_attachment(b"x" * 600, "application", "pdf", filename="price.pdf")
    return message.as_bytes()


def _html(n: int) -> bytes:
    return (
        f"From: news{n % 100}@client.ru\nTo: sales@firm.ru\nSubject: News {n}\n"
        f"Date: Wed, 04 Mar 2026 08:00:00 +0000\nMessage-ID: <h{n}@client.ru>\n"
        "Content-Type: text/html; charset=utf-8\n\n"
        f"<html><body><div>{'<p>Hello &amp; welcome</p>' * 40}</div></body></html>\n"
    ).encode()


def message(n: int) -> bytes:
    kind = n % 4
    if kind == 0:
        return _plain(n, "koi8-r")
    if kind == 1:
        return _plain(n, "windows-1251")
    return _multipart(n) if kind == 2 else _html(n)


def write_mbox(path: Path, count: int) -> Path:
    """Written the way mail programs write an mbox (an envelope line, ">From " quoting)."""
    with path.open("wb") as file:
        for n in range(count):
            data = message(n).replace(b"\nFrom ", b"\n>From ")
            file.write(b"From MAILER-DAEMON Mon Mar  2 10:00:00 2026\n" + data + b"\n\n")
    return path


def bare_parse(path: Path) -> int:
    parser, count = BytesParser(policy=policy.default), 0
    box = mailbox.mbox(str(path), create=False)
    for key in box.iterkeys():
        msg = parser.parsebytes(box.get_bytes(key))
        _ = (str(msg["subject"]), str(msg["from"]), msg["date"].datetime)
        body = msg.get_body(preferencelist=("plain", "html"))
        _ = body.get_content() if body is not None else ""
        count += 1
    return count


def bare_split_parse(path: Path) -> int:
    """The MIME structure only (compat32, no header decoding, no body), message by message."""
    parser, count = BytesParser(policy=policy.compat32), 0
    box = mailbox.mbox(str(path), create=False)
    for key in box.iterkeys():
        parser.parsebytes(box.get_bytes(key))
        count += 1
    return count


def bare_executemany(path: Path, count: int) -> None:
    connection = sqlite3.connect(path)
    connection.execute(
        "CREATE TABLE t (id INTEGER PRIMARY KEY, kind TEXT, subject TEXT, body TEXT, "
        "external_id TEXT UNIQUE, occurred_at TEXT, party TEXT)"
    )
    rows = (
        ("email", f"subject {n}", "body " * 100, f"m{n}", "2026-03-02 10:00:00", f"c{n}@x.ru")
        for n in range(count)
    )
    with connection:
        connection.executemany(
            "INSERT INTO t (kind, subject, body, external_id, occurred_at, party) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            rows,
        )
    connection.close()


def run_import(url: str, path: Path) -> tuple[float, object]:
    database = open_database(url)
    try:
        started = time.perf_counter()
        with database.transaction() as session:
            result = import_mail(session, current_user(session, "admin"), [path])
        return time.perf_counter() - started, result
    finally:
        database.dispose()


def timed(label: str, seconds: float, count: int, baseline: float | None) -> float:
    rate = count / seconds
    ratio = f" (ratio {seconds / baseline:.2f} vs baseline)" if baseline else ""
    print(f"{label}: {rate:,.0f} messages/s, {seconds:.2f} s{ratio}")
    return seconds


def memory_child(url: str, path: str) -> None:
    """In a child process: import `path`, print the peak resident memory in MB."""
    run_import(url, Path(path))
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"{peak_kb / 1024:.1f}")


def memory(folder: Path, count: int) -> None:
    for size in (max(1, count // 8), count):
        box = write_mbox(folder / f"memory-{size}.mbox", size)
        url = f"sqlite:///{folder / f'memory-{size}.sqlite3'}"
        peak = subprocess.run(
            [sys.executable, __file__, "--child", url, str(box)],
            check=True,
            capture_output=True,
            text=True,
        ).stdout.split()[-1]
        megabytes = box.stat().st_size / 1e6
        print(f"peak memory, {size:,} messages ({megabytes:,.0f} MB mbox): {peak} MB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--messages", type=int, default=20_000)
    parser.add_argument("--memory-messages", type=int, default=0)
    parser.add_argument("--child", nargs=2, metavar=("URL", "MBOX"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        memory_child(*args.child)
        return
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        box = write_mbox(folder / "bench.mbox", args.messages)
        count = args.messages
        print(f"mbox: {count:,} messages, {box.stat().st_size / 1e6:.1f} MB")
        started = time.perf_counter()
        assert bare_parse(box) == count
        parse = timed(
            "bare parse (mailbox + email.policy.default)",
            time.perf_counter() - started,
            count,
            None,
        )
        started = time.perf_counter()
        assert bare_split_parse(box) == count
        split = time.perf_counter() - started
        timed("bare MIME split (mailbox + compat32 parser)", split, count, None)
        started = time.perf_counter()
        bare_executemany(folder / "bare.sqlite3", count)
        timed("bare sqlite3 executemany", time.perf_counter() - started, count, None)
        seconds, result = run_import(f"sqlite:///{folder / 'crm.sqlite3'}", box)
        print(f"  {result}")
        timed("mail import, SQLite", seconds, count, parse)
        print(f"  ratio {seconds / split:.2f} vs the bare MIME split")
        seconds, _ = run_import(f"sqlite:///{folder / 'crm.sqlite3'}", box)
        timed("mail import again (all duplicates), SQLite", seconds, count, parse)
        pg = os.environ.get("DESKTOP_CRM_TEST_PG")
        if pg:
            with scratch_postgresql(pg, "crm_mail_bench") as url:
                seconds, result = run_import(url, box)
            timed("mail import, PostgreSQL", seconds, count, parse)
        if args.memory_messages:
            memory(folder, args.memory_messages)


if __name__ == "__main__":
    main()
