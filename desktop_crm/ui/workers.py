"""The one background helper (STYLE.md practices 2 and 3, after Anki's QueryOp).

`run_operation` runs `op(session, progress, cancelled) -> result` on a pool thread with a
Session of its own (one transaction: committed when `op` returns, rolled back when it raises or
was cancelled). The callbacks run on the main thread. A progress dialog appears only when the
work lasts longer than `progress_delay_ms`; its Cancel button sets a flag that `op` polls
through `cancelled()`. A `CrmError` is shown as its sentence, anything else as the crash dialog,
unless the caller passes `on_failure`.

Results cross threads, so `op` should return plain data (numbers, frozen dataclasses, ids),
never ORM objects: those belong to the worker's session, which is closed when `op` returns.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThreadPool, QTimer, Signal
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


def tr(text: str) -> str:
    return QCoreApplication.translate("Workers", text)


class OperationCancelled(Exception):
    """Raised inside the worker when the user cancelled: the transaction is rolled back."""


class _Carrier(QObject):
    """Signals from the pool thread to the main thread (queued, since this object lives in the
    main thread). Owned by the job, not by a widget, so a closed window cannot pull it away
    from a job that is still running."""

    progressed = Signal(int, int)  # done, total (-1: unknown)
    succeeded = Signal(object)
    failed = Signal(object)  # the exception
    was_cancelled = Signal()


class Operation(QObject, Generic[T]):
    """A running background job. Signals: `finished` once, after its callback ran."""

    finished = Signal()

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
        super().__init__(parent)
        self._on_success = on_success
        self._on_failure = on_failure
        self._on_cancelled = on_cancelled
        self._parent_widget = parent
        self._title = title
        self._label = label
        self._cancellable = cancellable
        self.cancel_event = threading.Event()
        self._dialog: QProgressDialog | None = None
        self._last: tuple[int, int] = (0, -1)
        self.running = True
        self.outcome: str | None = None  # succeeded | failed | cancelled
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

    # -- what the worker sees -------------------------------------------------------------
    def is_cancelled(self) -> bool:
        return self.cancel_event.is_set()

    def cancel(self) -> None:
        """Ask the job to stop; it stops at its next check of `cancelled()`."""
        self.cancel_event.set()
        if self._dialog is not None:
            self._dialog.setLabelText(tr("Cancelling…"))

    # -- main thread ------------------------------------------------------------------------
    @property
    def dialog(self) -> QProgressDialog | None:
        return self._dialog

    def _show_dialog(self) -> None:
        if not self.running:
            return
        dialog = QProgressDialog(self._label, tr("Cancel"), 0, 0, self._parent_widget)
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
        if self._dialog is None:
            return
        if total < 0:
            self._dialog.setRange(0, 0)  # busy indicator
        else:
            self._dialog.setRange(0, max(total, 1))
            self._dialog.setValue(min(done, max(total, 1)))

    # Bound methods of this object (which lives in the main thread) receive the carrier's
    # signals, so Qt queues them to the main thread.

    def _succeeded(self, result: object) -> None:
        self.result = result
        self._finish("succeeded")
        try:
            if self._on_success is not None:
                self._on_success(result)
        finally:
            self._done()

    def _failed(self, exc: BaseException) -> None:
        self.error = exc
        self._finish("failed")
        try:
            if self._on_failure is not None:
                self._on_failure(exc)
            else:
                show_exception(self._parent_widget, exc)
        finally:
            self._done()

    def _cancelled(self) -> None:
        self._finish("cancelled")
        try:
            if self._on_cancelled is not None:
                self._on_cancelled()
        finally:
            self._done()

    def _done(self) -> None:
        self.finished.emit()
        self.deleteLater()

    def _finish(self, outcome: str) -> None:
        self.running = False
        self.outcome = outcome
        self._timer.stop()
        if self._dialog is not None:
            self._dialog.close()
            self._dialog.deleteLater()
            self._dialog = None


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
    """Run `task(progress, cancelled)` on a pool thread, for work that manages its own
    transactions (e.g. demo data, committed batch by batch). Its result goes to `on_success`
    even when the user cancelled (the task decides what a cancel keeps); `on_cancelled` is
    called when it raised after a cancel."""
    operation: Operation[T] = Operation(
        parent,
        title=title or tr("Working"),
        label=label or tr("Please wait…"),
        cancellable=cancellable,
        progress_delay_ms=progress_delay_ms,
        on_success=on_success,
        on_failure=on_failure,
        on_cancelled=on_cancelled,
    )
    carrier = operation.carrier
    cancel_event = operation.cancel_event

    def work() -> None:
        last_report = 0.0

        def progress(done: int, total: int | None) -> None:
            nonlocal last_report
            now = time.monotonic()
            if now - last_report >= PROGRESS_INTERVAL_S or (total is not None and done >= total):
                last_report = now
                carrier.progressed.emit(int(done), -1 if total is None else int(total))

        try:
            result = task(progress, cancel_event.is_set)
        except BaseException as exc:  # everything reaches the main thread, bugs included
            if cancel_event.is_set():
                carrier.was_cancelled.emit()
            else:
                carrier.failed.emit(exc)
        else:
            carrier.succeeded.emit(result)

    QThreadPool.globalInstance().start(work)
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
