"""The one background helper (STYLE.md practices 2 and 3, after Anki's QueryOp/CollectionOp).

Three ways to run work on a pool thread, the callbacks on the main thread:
- `run_operation(parent, database, op)`: `op(session, progress, cancelled) -> result` in one
  transaction of its own, committed when `op` returns, rolled back when it raises or was
  cancelled (then `on_cancelled` is called instead of `on_success`).
- `run_query(parent, database, op)`: the same, but the transaction is always rolled back, so
  the work keeps nothing (a read, a dry run); its result reaches `on_success` even after a
  cancel: what was read or checked so far.
- `run_task(parent, task)`: `task(progress, cancelled)` for work that manages its own
  transactions (demo data commits batch by batch); its result reaches `on_success` even after a
  cancel, since the task decides what a cancel keeps.

`progress` and `cancelled` are the contract of `desktop_crm/progress.py`. Progress reaches the
main thread as the operation's `progressed` signal; a progress dialog is opt-in (`dialog=`) and
appears only when the work lasts longer than its delay. Its Cancel button, like
`Operation.cancel`, sets the flag the work polls through `cancelled()`. A `CrmError` is shown
as its sentence, anything else as the crash dialog, unless the caller passes `on_failure`.

Results cross threads, so work should return plain data (numbers, frozen dataclasses, ids),
never ORM objects: those belong to the worker's session, which is closed by then.

Lifetime: an `Operation` is not a child of the widget that started it; the helper keeps it
until the work is done, so closing a window mid-way never pulls an object from under a running
thread. If that widget is gone when the work ends, the callbacks are skipped. It is let go only
after the pool thread has dropped its own references, so that no QObject is destroyed there.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, ClassVar, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget
from sqlalchemy.orm import Session

from desktop_crm.db import Database
from desktop_crm.progress import Cancelled, Progress, throttled
from desktop_crm.ui.errors import show_exception
from desktop_crm.ui.progress_dialog import DelayedProgressDialog, ProgressDialog

T = TypeVar("T")
Op = Callable[[Session, Progress, Cancelled], T]
Task = Callable[[Progress, Cancelled], T]

# Progress reports closer together than this are dropped (the last one always goes through).
PROGRESS_INTERVAL_S = 0.05
RELEASE_POLL_MS = 5  # how often a finished operation looks whether its pool thread let go


class OperationCancelled(Exception):
    """Raised inside the worker when the user cancelled: the transaction is rolled back."""


class _Carrier(QObject):
    """Signals from the pool thread; queued to the main thread, where this object lives."""

    progressed = Signal(int, int)  # done, total (-1: unknown)
    succeeded = Signal(object)
    failed = Signal(object)  # the exception
    was_cancelled = Signal()


class Operation(QObject, Generic[T]):
    """A background job.

    Signals: `progressed(done, total)` on the main thread as the work reports (total -1:
    unknown), `finished()` once, after its callback ran.

    `outcome` is None while it runs, then "succeeded", "failed" or "cancelled"; `result` and
    `error` hold what came back."""

    progressed = Signal(int, int)
    finished = Signal()
    _running: ClassVar[set[Operation[Any]]] = set()  # kept alive until done

    def __init__(
        self,
        parent: QWidget | None,
        dialog: ProgressDialog | None,
        *,
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
        on_cancelled: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(None)
        self._parent_widget = parent
        self._on_success = on_success
        self._on_failure = on_failure
        self._on_cancelled = on_cancelled
        self.cancel_event = threading.Event()
        # set by the pool thread once it holds no reference to the carrier any more
        self.released_by_worker = threading.Event()
        self._dialog: DelayedProgressDialog | None = None
        if dialog is not None:
            self._dialog = DelayedProgressDialog(self, dialog, parent=self)
            self.progressed.connect(self._dialog.show_progress)
        self.outcome: str | None = None
        self.result: Any = None
        self.error: BaseException | None = None
        self._carrier = _Carrier()
        self._carrier.progressed.connect(self.progressed)
        self._carrier.succeeded.connect(self._succeeded)
        self._carrier.failed.connect(self._failed)
        self._carrier.was_cancelled.connect(self._cancelled)
        Operation._running.add(self)

    @property
    def running(self) -> bool:
        return self.outcome is None

    @property
    def dialog(self) -> QProgressDialog | None:
        """The progress dialog while it is shown (asked for, and the work lasted)."""
        return self._dialog.widget if self._dialog is not None else None

    def cancel(self) -> None:
        """Ask the job to stop; it stops at its next check of `cancelled()`."""
        self.cancel_event.set()
        if self._dialog is not None:
            self._dialog.cancelling()

    def parent_widget(self) -> QWidget | None:
        """The widget that started the work, while it exists."""
        parent = self._parent_widget
        return parent if parent is not None and shiboken6.isValid(parent) else None

    def parent_gone(self) -> bool:
        return self._parent_widget is not None and self.parent_widget() is None

    def _end(self, outcome: str, callback: Callable[[], None]) -> None:
        self.outcome = outcome
        if self._dialog is not None:
            self._dialog.close()
        try:
            if not self.parent_gone():
                callback()
        finally:
            self.finished.emit()
            self._release()

    def _release(self) -> None:
        """Let the operation and its carrier go, once the pool thread has let go of the
        carrier: the last reference to a QObject must not be dropped on another thread (Qt
        would destroy it there, under the main thread's feet: a crash seen once in CI)."""
        if not self.released_by_worker.is_set():
            QTimer.singleShot(RELEASE_POLL_MS, self._release)
            return
        Operation._running.discard(self)
        self.deleteLater()

    def _succeeded(self, result: object) -> None:
        self.result = result
        self._end("succeeded", lambda: self._on_success and self._on_success(result))

    def _failed(self, exc: BaseException) -> None:
        self.error = exc

        def report() -> None:
            if self._on_failure is not None:
                self._on_failure(exc)
            else:
                show_exception(self.parent_widget(), exc)

        self._end("failed", report)

    def _cancelled(self) -> None:
        self._end("cancelled", lambda: self._on_cancelled and self._on_cancelled())


class _Job(QRunnable):
    """The pool's unit of work. A QRunnable subclass rather than `start(callable)`: the
    callable form has been seen to corrupt reference counts under load in PySide6."""

    def __init__(self, task: Task[Any], operation: Operation[Any]) -> None:
        super().__init__()
        self._task: Task[Any] | None = task
        self._carrier: _Carrier | None = operation._carrier
        self._cancel = operation.cancel_event
        self._released = operation.released_by_worker

    def run(self) -> None:
        try:
            self._run()
        finally:
            # drop this thread's references (the task's closure may hold widgets too); the
            # main thread drops the last ones (Operation._release)
            self._task = self._carrier = None
            self._released.set()

    def _run(self) -> None:
        task, carrier, cancel = self._task, self._carrier, self._cancel
        assert task is not None and carrier is not None

        def signal(done: int, total: int | None) -> None:
            carrier.progressed.emit(int(done), -1 if total is None else int(total))

        try:
            result = task(throttled(signal, PROGRESS_INTERVAL_S), cancel.is_set)
        except BaseException as exc:  # everything reaches the main thread, bugs included
            if cancel.is_set():
                carrier.was_cancelled.emit()
            else:
                carrier.failed.emit(exc)
        else:
            carrier.succeeded.emit(result)


def run_task(
    parent: QWidget | None,
    task: Task[T],
    *,
    on_success: Callable[[T], None] | None = None,
    on_failure: Callable[[BaseException], None] | None = None,
    on_cancelled: Callable[[], None] | None = None,
    dialog: ProgressDialog | None = None,
) -> Operation[T]:
    """Run `task(progress, cancelled)` on a pool thread (see the module docstring).
    `on_cancelled` is called when it raised after a cancel."""
    operation: Operation[T] = Operation(
        parent,
        dialog,
        on_success=on_success,
        on_failure=on_failure,
        on_cancelled=on_cancelled,
    )
    job = _Job(task, operation)
    # From here on only the job holds the task, so that the pool thread drops it
    # (Operation._release waits for that).
    del task
    QThreadPool.globalInstance().start(job)  # the pool owns and deletes the job
    return operation


def run_operation(
    parent: QWidget | None,
    database: Database,
    op: Op[T],
    *,
    on_success: Callable[[T], None] | None = None,
    on_failure: Callable[[BaseException], None] | None = None,
    on_cancelled: Callable[[], None] | None = None,
    dialog: ProgressDialog | None = None,
) -> Operation[T]:
    """Run `op(session, progress, cancelled)` in one transaction, committed unless it raised
    or was cancelled (see the module docstring)."""

    def task(progress: Progress, cancelled: Cancelled) -> T:
        with database.transaction() as session:
            result = op(session, progress, cancelled)
            if cancelled():
                raise OperationCancelled()  # leaves the base as it was
            return result

    return run_task(
        parent,
        task,
        on_success=on_success,
        on_failure=on_failure,
        on_cancelled=on_cancelled,
        dialog=dialog,
    )


class _RollBack(Exception):
    """Ends a query's transaction: rolled back, whatever the work did."""


def run_query(
    parent: QWidget | None,
    database: Database,
    op: Op[T],
    *,
    writes: bool = False,
    on_success: Callable[[T], None] | None = None,
    on_failure: Callable[[BaseException], None] | None = None,
    on_cancelled: Callable[[], None] | None = None,
    dialog: ProgressDialog | None = None,
) -> Operation[T]:
    """Run `op(session, progress, cancelled)` in a transaction that is always rolled back (see
    the module docstring). `writes`: the work writes before it is undone (a dry run), so it
    takes the write lock at the start, as any writer does."""

    def task(progress: Progress, cancelled: Cancelled) -> T:
        kept: list[T] = []
        try:
            with database.transaction(write=writes) as session:
                kept.append(op(session, progress, cancelled))
                raise _RollBack
        except _RollBack:
            return kept[0]

    return run_task(
        parent,
        task,
        on_success=on_success,
        on_failure=on_failure,
        on_cancelled=on_cancelled,
        dialog=dialog,
    )


__all__ = [
    "Op",
    "Operation",
    "OperationCancelled",
    "ProgressDialog",
    "Task",
    "run_operation",
    "run_query",
    "run_task",
]
