"""Python's cyclic garbage collection on the main thread only: the timer of the policy in
`desktop_crm/gc_policy.py` (the practice of Qt programs that run Python on worker threads)."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from desktop_crm import gc_policy

CHECK_MS = 100
STARTUP_GRACE_MS = 1000


class MainThreadCollector(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.collect_due)
        # The first check waits until the window is up: a collection of everything the window
        # was built from took 15-20 ms of its first paint.
        QTimer.singleShot(STARTUP_GRACE_MS, self, lambda: self._timer.start(CHECK_MS))

    def collect_due(self) -> int:
        """Collect what is due now (see `gc_policy.collect_due`)."""
        return gc_policy.collect_due()


def collect_on_main_thread(app: QObject) -> MainThreadCollector:
    """Switch the automatic collector off and collect from `app`'s main thread (the collector
    is made once)."""
    found = app.findChild(MainThreadCollector)
    collector = found if found is not None else MainThreadCollector(app)
    gc_policy.collect_on_main_thread_only()
    return collector
