"""An import, and other commands, when the PostgreSQL server goes away (STO-8): one sentence,
exit status 2, and the base as it was (the import is one transaction)."""

from __future__ import annotations

import io
import sys
import threading
from pathlib import Path

import pytest
from offline_support import Server, once_the_import_runs, write_people_csv
from sqlalchemy import func, select

from desktop_crm.cli import main
from desktop_crm.db import open_database
from desktop_crm.models import Client, ImportJob
from desktop_crm.services.access import current_user
from desktop_crm.services.clients import ClientData, create_client

ROWS = 20_000  # seconds of work on any machine: the server dies in the middle of it


def run_cli(argv: list[str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    status = main(argv)
    out, err = capsys.readouterr()
    return status, out, err


def stop_once_the_import_runs(server: Server, name: str) -> threading.Thread:
    """Stop the server as soon as an import is inside its transaction."""
    return once_the_import_runs(server.cluster, name, server.stop)


def counts(url: str) -> tuple[int, int]:
    db = open_database(url)
    try:
        with db.session() as session:
            clients = session.scalar(select(func.count()).select_from(Client))
            jobs = session.scalar(select(func.count()).select_from(ImportJob))
        return int(clients or 0), int(jobs or 0)
    finally:
        db.dispose()


def test_an_import_the_server_dies_under_says_one_sentence_and_changes_nothing(
    server: Server,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    db = open_database(server.url)
    with db.transaction() as session:
        create_client(session, current_user(session, "admin"), ClientData(full_name="Ann Archer"))
    db.dispose()
    before = counts(server.url)
    csv = write_people_csv(tmp_path / "people.csv", ROWS)
    name = server.url.rsplit("/", 1)[1]
    watcher = stop_once_the_import_runs(server, name)

    status, out, err = run_cli(["--db", server.url, "import", str(csv)], monkeypatch, capsys)
    watcher.join(timeout=60)

    assert not server.up, "the import ended before the server was stopped"
    assert status == 2
    assert out == ""
    port = server.cluster.port
    assert err == (
        f"desktop-crm: The database server 127.0.0.1:{port} cannot be reached, so nothing was "
        "saved; check that it is running and try again.\n"
    )
    server.start()
    assert counts(server.url) == before == (1, 0)


def test_a_command_on_a_stopped_server_says_one_sentence(
    server: Server, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    server.stop()
    status, out, err = run_cli(["--db", server.url, "users", "list"], monkeypatch, capsys)
    assert status == 2
    assert out == ""
    assert err.count("\n") == 1 and "127.0.0.1" in err and "Traceback" not in err
