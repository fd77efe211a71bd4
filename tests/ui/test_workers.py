"""The background helper: its own session on another thread, callbacks on the main thread,
committed or always rolled back, progress as a signal and an opt-in delayed dialog,
cooperative cancel, the two kinds of errors."""

from __future__ import annotations

import threading
import time

import pytest
import shiboken6
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from desktop_crm.db import Database
from desktop_crm.errors import Code, ImportSettingsError, ValidationError
from desktop_crm.models import Client, User
from desktop_crm.ui.errors import CrashDialog
from desktop_crm.ui.workers import (
    Operation,
    ProgressDialog,
    run_operation,
    run_query,
    run_task,
)
from tests.ui.conftest import answer_modals, close


@pytest.fixture
def owner(qtbot: QtBot) -> QWidget:
    """The widget that starts the work (a window)."""
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def clients(database: Database) -> int:
    with database.session() as session:
        return int(session.scalar(select(func.count()).select_from(Client)) or 0)


def add_row(session: Session, name: str) -> None:
    session.execute(insert(Client).values(full_name=name, name_key=name.lower(), kind="person"))


def test_result_reaches_the_main_thread(
    qtbot: QtBot, owner: QWidget, database: Database, admin: User
) -> None:
    seen: dict[str, object] = {}

    def op(session: Session, progress, cancelled) -> int:  # type: ignore[no-untyped-def]
        seen["worker"] = threading.get_ident()
        add_row(session, "From a worker")
        return 7

    def success(result: int) -> None:
        seen["result"] = result
        seen["callback"] = threading.get_ident()

    operation = run_operation(owner, database, op, on_success=success)
    with qtbot.waitSignal(operation.finished, timeout=5000):
        pass
    assert seen["result"] == 7
    assert seen["callback"] == threading.get_ident() != seen["worker"]
    assert clients(database) == 1  # committed
    assert operation.dialog is None  # quick work: no progress dialog


def test_progress_shows_after_a_delay_and_cancel_rolls_back(
    qtbot: QtBot, owner: QWidget, database: Database, admin: User
) -> None:
    cancelled_seen: list[bool] = []

    def op(session: Session, progress, cancelled) -> int:  # type: ignore[no-untyped-def]
        add_row(session, "Half-done work")
        for step in range(500):
            if cancelled():
                return step
            progress(step, 500)
            time.sleep(0.01)
        return 500

    operation = run_operation(
        owner,
        database,
        op,
        on_cancelled=lambda: cancelled_seen.append(True),
        dialog=ProgressDialog(delay_ms=200),
    )
    qtbot.waitUntil(lambda: operation.dialog is not None and operation.dialog.isVisible())
    qtbot.waitUntil(lambda: operation.dialog is not None and operation.dialog.value() > 0)
    cancel = operation.dialog.findChild(QPushButton)
    assert cancel is not None and cancel.text() == "Cancel"
    cancel.click()
    with qtbot.waitSignal(operation.finished, timeout=5000):
        pass
    assert operation.outcome == "cancelled" and cancelled_seen == [True]
    assert clients(database) == 0  # the base is as it was


def test_a_user_error_is_a_sentence(
    qtbot: QtBot, owner: QWidget, database: Database, admin: User
) -> None:
    def op(session: Session, progress, cancelled) -> None:  # type: ignore[no-untyped-def]
        add_row(session, "Never kept")
        raise ImportSettingsError(Code.PHONE_VALID_RANGE, rule="[1x]")

    with answer_modals(close()) as log:
        operation = run_operation(owner, database, op)
        with qtbot.waitSignal(operation.finished, timeout=5000):
            pass
    assert log.texts == ["The phone validation rule '[1x]' is not a range."]
    assert operation.outcome == "failed" and clients(database) == 0


def test_a_bug_opens_the_crash_dialog_with_details(
    qtbot: QtBot, owner: QWidget, database: Database, admin: User
) -> None:
    def op(session: Session, progress, cancelled) -> None:  # type: ignore[no-untyped-def]
        raise ZeroDivisionError("division by zero in the engine")

    details: list[str] = []

    def copy_and_close(widget: QWidget) -> None:
        assert isinstance(widget, CrashDialog)
        widget.copy_details()
        details.append(QGuiApplication.clipboard().text())
        widget.reject()

    with answer_modals(copy_and_close):
        operation = run_operation(owner, database, op)
        with qtbot.waitSignal(operation.finished, timeout=5000):
            pass
    assert "ZeroDivisionError: division by zero in the engine" in details[0]
    assert "Traceback" in details[0] and "desktop-crm" in details[0]


def test_a_failure_handler_replaces_the_dialog(
    qtbot: QtBot, owner: QWidget, database: Database
) -> None:
    errors: list[BaseException] = []

    def task(progress, cancelled) -> None:  # type: ignore[no-untyped-def]
        raise ValidationError(Code.TAG_EMPTY)

    operation = run_task(owner, task, on_failure=errors.append)
    with qtbot.waitSignal(operation.finished, timeout=5000):
        pass
    assert [str(e) for e in errors] == ["A tag cannot be empty."]


def test_a_closed_window_does_not_get_the_result(qtbot: QtBot, database: Database) -> None:
    window = QWidget()
    called: list[object] = []
    release = threading.Event()

    def task(progress, cancelled) -> int:  # type: ignore[no-untyped-def]
        release.wait(5)
        return 1

    operation = run_task(window, task, on_success=called.append)
    window.deleteLater()  # the user closed it while the work ran
    qtbot.waitUntil(lambda: not shiboken6.isValid(window))
    release.set()
    with qtbot.waitSignal(operation.finished, timeout=5000):
        pass
    assert operation.outcome == "succeeded" and called == []


def test_a_finished_operation_is_let_go_only_after_its_pool_thread_let_go(qtbot: QtBot) -> None:
    """The main thread drops the last reference to an operation's carrier (a QObject): dropped
    on the pool thread, Qt would destroy it there while the main thread delivers its events."""

    class SlowToDrop:
        def __del__(self) -> None:
            time.sleep(0.3)  # the pool thread is still letting go when the result arrives

    def make_task():
        held = SlowToDrop()

        def task(_progress: object, _cancelled: object) -> int:
            return 1 if held else 0

        return task

    operation = run_task(None, make_task())
    with qtbot.waitSignal(operation.finished, timeout=5000):
        pass
    assert operation.result == 1
    assert not operation.released_by_worker.is_set()
    assert operation in Operation._running  # kept: the pool thread still holds the carrier
    qtbot.waitUntil(operation.released_by_worker.is_set, timeout=5000)
    qtbot.waitUntil(lambda: operation not in Operation._running, timeout=5000)


def progress_dialogs() -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog)]


def slow_op(steps: int):  # type: ignore[no-untyped-def]
    """Work that writes a row, then reports `steps` steps of 10 ms; stops when cancelled and
    returns how far it got."""

    def op(session: Session, progress, cancelled) -> int:  # type: ignore[no-untyped-def]
        add_row(session, "Written, then rolled back")
        for step in range(steps):
            if cancelled():
                return step
            progress(step + 1, steps)
            time.sleep(0.01)
        return steps

    return op


def test_a_query_keeps_nothing_and_reports_progress(
    qtbot: QtBot, owner: QWidget, database: Database, admin: User
) -> None:
    results: list[int] = []
    reports: list[tuple[int, int]] = []
    operation = run_query(owner, database, slow_op(30), writes=True, on_success=results.append)
    operation.progressed.connect(lambda done, total: reports.append((done, total)))
    with qtbot.waitSignal(operation.finished, timeout=5000):
        pass
    assert operation.outcome == "succeeded" and results == [30]
    assert reports and reports[-1] == (30, 30)  # the last report always arrives
    assert all(total == 30 for _done, total in reports)
    assert clients(database) == 0  # rolled back although the work wrote


def test_a_cancelled_query_still_reports_what_it_got(
    qtbot: QtBot, owner: QWidget, database: Database, admin: User
) -> None:
    results: list[int] = []
    operation = run_query(owner, database, slow_op(1000), writes=True, on_success=results.append)
    with qtbot.waitSignal(operation.progressed, timeout=5000):
        pass
    operation.cancel()
    with qtbot.waitSignal(operation.finished, timeout=5000):
        pass
    assert operation.outcome == "succeeded" and 0 < results[0] < 1000
    assert clients(database) == 0


def test_a_progress_dialog_appears_only_when_asked(
    qtbot: QtBot, owner: QWidget, database: Database, admin: User
) -> None:
    silent = run_operation(owner, database, slow_op(40))
    with qtbot.waitSignal(silent.finished, timeout=5000):
        pass
    assert silent.dialog is None and progress_dialogs() == []  # lasted 0.4 s: no dialog

    shown = run_query(
        owner,
        database,
        slow_op(40),
        dialog=ProgressDialog("Counting", "Counting the rows…", cancellable=False, delay_ms=50),
    )
    qtbot.waitUntil(lambda: shown.dialog is not None and shown.dialog.isVisible())
    dialog = shown.dialog
    assert dialog is not None
    assert dialog.windowTitle() == "Counting" and dialog.labelText() == "Counting the rows…"
    assert dialog.findChild(QPushButton) is None  # nothing to cancel
    with qtbot.waitSignal(shown.finished, timeout=5000):
        pass
    assert shown.dialog is None  # closed with the work
    assert not shiboken6.isValid(dialog) or not dialog.isVisible()
