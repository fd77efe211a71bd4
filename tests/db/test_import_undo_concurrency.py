"""An import undo racing other work, on two real connections (threads with sessions of their
own): two undos of one import, and a card saved while an undo runs. Each race is made
deterministic: one side holds its locks (paused in the undo's progress report, or with its
save flushed but not committed) until the other is seen waiting or refused."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

import pytest
from import_support import do_import
from sqlalchemy import text

from desktop_crm.db import Database
from desktop_crm.errors import ConflictError, ImportSettingsError, NotFound
from desktop_crm.models import Client, User
from desktop_crm.services.access import current_user
from desktop_crm.services.clients import ClientData, get_client, update_client
from desktop_crm.services.users import add_user
from desktop_crm.wizards.importing import UndoResult, undo_import

PEOPLE = (
    "ФИО;Телефон;Адрес\nНовый Клиент;+7 912 000 03 01;Тверь\nСтарый Клиент;+7 912 000 03 02;Тула\n"
)


class Paused:
    """An undo in a thread of its own that stops, its locks held, at its first progress
    report until `release()`."""

    def __init__(self, database: Database, job_id: int) -> None:
        self.holding = threading.Event()
        self._go = threading.Event()
        self.outcome: Any = None
        self._thread = threading.Thread(target=self._run, args=(database, job_id))
        self._thread.start()
        assert self.holding.wait(30), "the undo never reached its first progress report"

    def _pause(self, _done: int, _total: int | None) -> None:
        if not self.holding.is_set():
            self.holding.set()
            assert self._go.wait(30)

    def _run(self, database: Database, job_id: int) -> None:
        try:
            with database.transaction() as session:
                user = current_user(session, "admin")
                self.outcome = undo_import(session, user, job_id, progress=self._pause)
        except Exception as exc:  # handed to the test
            self.outcome = exc

    def release(self) -> Any:
        self._go.set()
        self._thread.join(60)
        return self.outcome


def in_thread(work: Callable[[], Any]) -> Callable[[], Any]:
    """Start `work` in a thread; the returned call waits for it and gives its outcome (a
    result or the exception it raised)."""
    box: list[Any] = []

    def run() -> None:
        try:
            box.append(work())
        except Exception as exc:
            box.append(exc)

    thread = threading.Thread(target=run)
    thread.start()

    def finish() -> Any:
        thread.join(60)
        assert box, "the thread did not finish"
        return box[0]

    return finish


def wait_for_a_lock_wait(database: Database) -> None:
    """Until another connection of this database waits for a row lock (PostgreSQL)."""
    query = text(
        "SELECT count(*) FROM pg_stat_activity "
        "WHERE datname = current_database() AND wait_event_type = 'Lock'"
    )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        with database.engine.connect() as conn:
            if conn.scalar(query):
                return
        time.sleep(0.02)
    raise AssertionError("nobody waited for the lock")


def undo(database: Database, job_id: int) -> UndoResult:
    with database.transaction() as session:
        return undo_import(session, current_user(session, "admin"), job_id)


@pytest.fixture
def job(database: Database, admin: User, add_client: Callable[..., int]) -> tuple[int, int, int]:
    """An import that created "Новый Клиент" and updated "Старый Клиент": (job, new, old)."""
    old = add_client("Старый Клиент", phones=["+7 912 000 03 02"])
    result = do_import(database, text=PEOPLE)
    assert (result.created, result.updated) == (1, 1)
    assert result.job_id is not None
    with database.session() as session:
        new = session.query(Client.id).filter(Client.full_name == "Новый Клиент").scalar()
    return result.job_id, new, old


def test_two_undos_of_one_import_at_once(
    database: Database, backend: str, job: tuple[int, int, int]
) -> None:
    job_id = job[0]
    first = Paused(database, job_id)
    if backend == "postgresql":  # the job's row is locked: the second is refused at once
        with pytest.raises(ConflictError, match="is being undone right now"):
            undo(database, job_id)
        outcome = first.release()
    else:  # the first holds SQLite's write lock: the second waits for it
        second = in_thread(lambda: undo(database, job_id))
        time.sleep(0.3)
        outcome = first.release()
        refused = second()
        assert isinstance(refused, ImportSettingsError), refused
        assert "was undone already" in str(refused)
    assert isinstance(outcome, UndoResult), outcome
    assert (outcome.deleted, outcome.restored, outcome.kept) == (1, 1, ())
    with pytest.raises(ImportSettingsError, match="was undone already"):
        undo(database, job_id)


@pytest.fixture
def boris(database: Database, admin: User) -> User:
    with database.transaction() as session:
        return add_user(session, session.merge(admin), "boris", "Boris Nowak")


def save_address(database: Database, user: User, client_id: int, data: ClientData, version: int):
    with database.transaction() as session:
        data.address = "Boris's address"
        return update_client(session, session.merge(user), client_id, data, version).id


@pytest.mark.parametrize("which", ["restored", "deleted"])
def test_a_card_saved_during_an_undo_waits_then_fails_clearly(
    database: Database, backend: str, job: tuple[int, int, int], boris: User, which: str
) -> None:
    if backend != "postgresql":
        pytest.skip("SQLite lets one writer at a time: the save waits before it reads")
    job_id, new, old = job
    client_id = old if which == "restored" else new
    with database.session() as session:
        card = get_client(session, client_id, current_user(session, "admin"))
        data, version = ClientData.from_client(card), card.version
    paused = Paused(database, job_id)
    saving = in_thread(lambda: save_address(database, boris, client_id, data, version))
    wait_for_a_lock_wait(database)  # the save waits for the undo's row lock
    result = paused.release()
    refused = saving()
    assert isinstance(result, UndoResult), result
    assert result.kept == ()
    with database.session() as session:
        saved = session.get(Client, client_id)
        if which == "restored":
            assert isinstance(refused, ConflictError), refused
            assert "admin changed the card of Старый Клиент at" in refused.message
            assert saved is not None and saved.address is None  # the undo's, not Boris's
        else:
            assert isinstance(refused, NotFound), refused
            assert "someone deleted it while the card was open" in refused.message
            assert saved is None


def test_an_undo_waits_for_a_save_in_progress_and_keeps_that_client(
    database: Database, backend: str, job: tuple[int, int, int], boris: User
) -> None:
    if backend != "postgresql":
        pytest.skip("SQLite lets one writer at a time: the undo waits before it reads")
    job_id, new, old = job
    saving = database.session(write=True)
    try:
        with saving.begin():
            card = get_client(saving, new, current_user(saving, "admin"))
            data = ClientData.from_client(card)
            data.address = "Boris's address"
            update_client(saving, saving.merge(boris), new, data, card.version)  # flushed
            undoing = in_thread(lambda: undo(database, job_id))
            wait_for_a_lock_wait(database)  # the undo waits for the save's row lock
    finally:
        saving.close()
    result = undoing()
    assert isinstance(result, UndoResult), result
    assert [(k.id, k.reasons) for k in result.kept] == [(new, ("edited",))]
    assert (result.deleted, result.restored) == (0, 1)
    with database.session() as session:
        assert get_client(session, new, current_user(session, "admin")).address == "Boris's address"
        assert get_client(session, old, current_user(session, "admin")).address is None
