"""The Qt binding keeps Python's reference counts right where the window relies on it most:
signals emitted from Python and jobs on the thread pool. PySide6 6.12.0 dropped a reference to
True on every `emit()`, which ended the process after a few hundred emits (pyproject excludes
that version); this test fails on any version that does it again."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import QApplication


class _Sender(QObject):
    plain = Signal()
    carrying = Signal(object)


class _Job(QRunnable):
    def run(self) -> None:
        pass


def test_emit_keeps_reference_counts(qapp: QApplication) -> None:
    sender = _Sender()
    sender.carrying.connect(lambda value: None)
    before = sys.getrefcount(True), sys.getrefcount(None)
    for _ in range(300):
        sender.plain.emit()
        sender.carrying.emit(None)
    qapp.processEvents()
    after = sys.getrefcount(True), sys.getrefcount(None)
    assert after[0] - before[0] == 0
    assert abs(after[1] - before[1]) < 50  # None is shared by everything; only drift matters


def test_pool_jobs_keep_reference_counts() -> None:
    before = sys.getrefcount(None)
    pool = QThreadPool.globalInstance()
    for _ in range(300):
        pool.start(_Job())
        pool.waitForDone()
    assert sys.getrefcount(None) - before > -100
