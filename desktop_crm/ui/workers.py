"""The one background helper (STYLE.md practices 2 and 3, after Anki's QueryOp).

`run_operation` runs `op(session, progress, cancelled) -> result` on a pool thread with a
Session of its own (one transaction: committed when `op` returns, rolled back when it raises or
was cancelled). `run_task` runs `task(progress, cancelled)` for work that manages its own
transactions (demo data commits batch by batch). The callbacks run on the main thread.

A progress dialog appears only when the work lasts longer than `progress_delay_ms`; its Cancel
button sets a flag that the work polls through `cancelled()`. A `CrmError` is shown as its
sentence, anything else as the crash dialog, unless the caller passes `on_failure`.

Results cross threads, so work should return plain data (numbers, frozen dataclasses, ids),
never ORM objects: those belong to the worker's session, which is closed by then.

Lifetime: an `Operation` is not a child of the widget that started it; the helper keeps it
until the work is done, so closing a window mid-way never pulls an object from under a running
thread. If that widget is gone when the work ends, the callbacks are skipped. It is let go only
after the pool thread has dropped its own references, so that no QObject is destroyed there.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any, ClassVar, Generic, TypeVar

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import QProgressDialog, QWidget
from sqlalchemy.orm import Session

from desktop_crm.db import Database
from desktop_crm.ui.errors import show_exception

T = TypeVar("T")
Progress = Callable[[int, int | None], None]
Cancelled = Callable[[], bool]
Op = Callable[[Session, Progress, Cancelled], T]

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


class _Job(QRunnable):
    """The pool's unit of work. A QRunnable subclass rather than `start(callable)`: the
    callable form has been seen to corrupt reference counts under load in PySide6."""

    def __init__(self, work: Callable[[], None]) -> None:
        super().__init__()
        self._work = work

    def run(self) -> None:
        self._work()


class Operation(QObject, Generic[T]):
    """A background job. Signals: `finished()` once, after its callback ran.

    `outcome` is None while it runs, then "succeeded", "failed" or "cancelled"; `result` and
    `error` hold what came back."""

    finished = Signal()
    _running: ClassVar[set[Operation[Any]]] = set()  # kept alive until done

    def __init__(
        self,
        parent: QWidget | None,
        *,
        title: str,
        label: str,
        cancellable: bool,
        progress_delay_ms: int,
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
        on_cancelled: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(None)
        self._parent_widget = parent
        self._on_success = on_success
        self._on_failure = on_failure
        self._on_cancelled = on_cancelled
        self._title = title
        self._label = label
        self._cancellable = cancellable
        self.cancel_event = threading.Event()
        # set by the pool thread once it holds no reference to the carrier any more
        self.released_by_worker = threading.Event()
        self._dialog: QProgressDialog | None = None
        self._last: tuple[int, int] = (0, -1)
        self.outcome: str | None = None
        self.result: Any = None
        self.error: BaseException | None = None
        self.carrier = _Carrier()
        self.carrier.progressed.connect(self._on_progress)
        self.carrier.succeeded.connect(self._succeeded)
        self.carrier.failed.connect(self._failed)
        self.carrier.was_cancelled.connect(self._cancelled)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._show_dialog)
        self._timer.start(progress_delay_ms)
        Operation._running.add(self)

    @property
    def running(self) -> bool:
        return self.outcome is None

    @property
    def dialog(self) -> QProgressDialog | None:
        return self._dialog

    def cancel(self) -> None:
        """Ask the job to stop; it stops at its next check of `cancelled()`."""
        self.cancel_event.set()
        if self._dialog is not None:
            self._dialog.setLabelText(QCoreApplication.translate("Workers", "Cancelling…"))

    def _parent(self) -> QWidget | None:
        parent = self._parent_widget
        return parent if parent is not None and shiboken6.isValid(parent) else None

    def _parent_gone(self) -> bool:
        return self._parent_widget is not None and self._parent() is None

    def _show_dialog(self) -> None:
        if not self.running or self._parent_gone():
            return
        dialog = QProgressDialog(
            self._label, QCoreApplication.translate("Workers", "Cancel"), 0, 0, self._parent()
        )
        dialog.setObjectName("operationProgress")
        dialog.setWindowTitle(self._title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        if not self._cancellable:
            dialog.setCancelButton(None)
        dialog.canceled.connect(self.cancel)
        self._dialog = dialog
        self._on_progress(*self._last)
        dialog.show()

    def _on_progress(self, done: int, total: int) -> None:
        self._last = (done, total)
        dialog = self._dialog
        if dialog is None or not shiboken6.isValid(dialog):
            return
        if total < 0:
            dialog.setRange(0, 0)  # busy indicator
        else:
            dialog.setRange(0, max(total, 1))
            dialog.setValue(min(done, max(total, 1)))

    def _end(self, outcome: str, callback: Callable[[], None]) -> None:
        self.outcome = outcome
        self._timer.stop()
        if self._dialog is not None:
            if shiboken6.isValid(self._dialog):
                self._dialog.close()
                self._dialog.deleteLater()
            self._dialog = None
        try:
            if not self._parent_gone():
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
                show_exception(self._parent(), exc)

        self._end("failed", report)

    def _cancelled(self) -> None:
        self._end("cancelled", lambda: self._on_cancelled and self._on_cancelled())


def run_operation(
    parent: QWidget | None,
    database: Database,
    op: Op[T],
    *,
    on_success: Callable[[T], None] | None = None,
    on_failure: Callable[[BaseException], None] | None = None,
    on_cancelled: Callable[[], None] | None = None,
    title: str = "",
    label: str = "",
    write: bool = True,
    cancellable: bool = True,
    progress_delay_ms: int = 500,
) -> Operation[T]:
    """Run `op(session, progress, cancelled)` in one transaction on a pool thread (see the
    module docstring). A cancelled operation is rolled back and reported to `on_cancelled`."""

    def task(progress: Progress, cancelled: Cancelled) -> T:
        with database.transaction(write=write) as session:
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
        title=title,
        label=label,
        cancellable=cancellable,
        progress_delay_ms=progress_delay_ms,
    )


def run_task(
    parent: QWidget | None,
    task: Callable[[Progress, Cancelled], T],
    *,
    on_success: Callable[[T], None] | None = None,
    on_failure: Callable[[BaseException], None] | None = None,
    on_cancelled: Callable[[], None] | None = None,
    title: str = "",
    label: str = "",
    cancellable: bool = True,
    progress_delay_ms: int = 500,
) -> Operation[T]:
    """Run `task(progress, cancelled)` on a pool thread. Its result goes to `on_success` even
    when the user cancelled (the task decides what a cancel keeps); `on_cancelled` is called
    when it raised after a cancel."""
    operation: Operation[T] = Operation(
        parent,
        title=title or QCoreApplication.translate("Workers", "Working"),
        label=label or QCoreApplication.translate("Workers", "Please wait…"),
        cancellable=cancellable,
        progress_delay_ms=progress_delay_ms,
        on_success=on_success,
        on_failure=on_failure,
        on_cancelled=on_cancelled,
    )
    carrier: _Carrier | None = operation.carrier
    cancel_event = operation.cancel_event
    released = operation.released_by_worker

    def work() -> None:
        nonlocal carrier, task
        last_report = 0.0

        def progress(done: int, total: int | None) -> None:
            nonlocal last_report
            now = time.monotonic()
            if now - last_report >= PROGRESS_INTERVAL_S or (total is not None and done >= total):
                last_report = now
                if carrier is not None:
                    carrier.progressed.emit(int(done), -1 if total is None else int(total))

        assert carrier is not None and task is not None
        try:
            result = task(progress, cancel_event.is_set)
        except BaseException as exc:  # everything reaches the main thread, bugs included
            if cancel_event.is_set():
                carrier.was_cancelled.emit()
            else:
                carrier.failed.emit(exc)
            del exc
        else:
            carrier.succeeded.emit(result)
            del result
        finally:
            # drop this thread's references (the task's closure may hold widgets too); the
            # main thread drops the last ones (Operation._release)
            carrier = task = None
            released.set()

    QThreadPool.globalInstance().start(_Job(work))  # the pool owns and deletes the job
    return operation


__all__ = [
    "Cancelled",
    "Op",
    "Operation",
    "OperationCancelled",
    "Progress",
    "run_operation",
    "run_task",
]
