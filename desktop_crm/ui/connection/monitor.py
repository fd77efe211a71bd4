"""Whether the database server answers (STO-8): a cheap probe on a timer, and every query that
fails because the server went away, switch the window to "offline"; while offline, a probe is
retried with a growing pause (1, 2, then every 4 seconds, so a restarted server is seen again
within 5 seconds) until one succeeds.

The engine's `handle_error` event reports failed queries from any thread (the list's background
reads, a card's save, a menu's job); the report reaches the main thread through a queued signal.
Going offline throws the pool's connections away (they all died with the server; pre-ping
would also find them, one by one) and closes the gate (`gate.py`): until a probe gets through,
a new connection fails at once instead of waiting out its timeout on the window's thread.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal
from sqlalchemy import Engine, event
from sqlalchemy.engine import ExceptionContext

from desktop_crm.connection_loss import is_connection_lost
from desktop_crm.ui.connection.gate import OfflineGate
from desktop_crm.ui.workers import Operation, run_task

PROBE_MS = 5000  # while the server answers
RETRY_MS = (1000, 2000, 4000)  # while it does not: the last pause repeats


class _Relay(QObject):
    """Lives on the main thread; a signal emitted on a worker thread is queued to it."""

    noticed = Signal()


def _probe(engine: Engine, gate: OfflineGate) -> Callable[[object, object], None]:
    def task(_progress: object, _cancelled: object) -> None:
        with gate.passing(), engine.connect() as conn:
            conn.exec_driver_sql("SELECT 1")

    return task


class ConnectionMonitor(QObject):
    """Signals: `lost()` when the server stopped answering, `restored()` when it answers
    again, `tried()` after each failed try while offline (`last_try` holds its time)."""

    lost = Signal()
    restored = Signal()
    tried = Signal()

    def __init__(self, engine: Engine, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("connectionMonitor")
        self._engine = engine
        self._gate = OfflineGate(engine)
        self.offline = False
        self.last_try: datetime | None = None
        self.probe_ms = PROBE_MS
        self._failures = 0
        self._probing: Operation[None] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.probe)
        self._relay = _Relay(self)
        self._relay.noticed.connect(self._noticed)
        relay = self._relay

        def on_error(context: ExceptionContext) -> None:  # any thread
            if shiboken6.isValid(relay) and is_connection_lost(context.original_exception):
                relay.noticed.emit()

        event.listen(engine, "handle_error", on_error)
        gate = self._gate

        def forget_engine() -> None:
            event.remove(engine, "handle_error", on_error)
            gate.remove()

        self.destroyed.connect(forget_engine)
        self._timer.start(self.probe_ms)

    @property
    def probing(self) -> Operation[None] | None:
        """The probe running now, if any."""
        return self._probing

    def probe(self) -> None:
        """Ask the server now (on a worker thread); one probe at a time."""
        if self._probing is not None:
            return
        self._timer.stop()
        self._probing = run_task(
            None,
            _probe(self._engine, self._gate),
            on_success=self._alive(lambda _result: self._answered()),
            on_failure=self._alive(self._probe_failed),
        )

    def retry_now(self) -> None:
        self.probe()

    def _alive(self, callback: Callable[[object], None]) -> Callable[[object], None]:
        def call(value: object) -> None:
            if shiboken6.isValid(self):
                self._probing = None
                callback(value)

        return call

    def _answered(self) -> None:
        self.last_try = datetime.now()
        self._failures = 0
        self._timer.start(self.probe_ms)
        if self.offline:
            self.offline = False
            self._gate.open()
            self.restored.emit()

    def _probe_failed(self, exc: object) -> None:
        if isinstance(exc, BaseException) and is_connection_lost(exc):
            self._went_away()
        else:  # not the connection (nothing else fails a SELECT 1): keep watching
            self._timer.start(self.probe_ms)

    def _noticed(self) -> None:
        """A query failed because the server went away."""
        if not self.offline and self._probing is None:
            self._went_away()

    def _went_away(self) -> None:
        self.last_try = datetime.now()
        self._failures += 1
        self._timer.start(RETRY_MS[min(self._failures, len(RETRY_MS)) - 1])
        if not self.offline:
            self.offline = True
            self._gate.close()  # until a probe gets through, connects fail without waiting
            self._engine.dispose()
            self.lost.emit()
        self.tried.emit()


__all__ = ["PROBE_MS", "RETRY_MS", "ConnectionMonitor"]
