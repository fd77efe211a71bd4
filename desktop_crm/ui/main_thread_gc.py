"""Python's cyclic garbage collection on the main thread only (the practice of Qt programs
that run Python on worker threads).

Left automatic, a collection runs in whichever thread happens to allocate, pool threads
included. A Qt object caught in a reference cycle (a closed dialog and the lambdas connected to
it) would then be destroyed on that thread, which Qt does not allow: the main thread may be
delivering that object's events at the same moment. So the automatic collector is switched off
and a timer on the main thread collects each generation when its allocation count passes the
usual threshold. Reference counting, which frees almost everything, is not affected.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

CHECK_MS = 100
STARTUP_GRACE_MS = 1000


class MainThreadCollector(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        # What exists by now (imported modules, classes) lives as long as the program: later
        # collections need not scan it again.
        gc.freeze()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.collect_due)
        # The first check waits until the window is up: a collection of everything the window
        # was built from took 15-20 ms of its first paint.
        QTimer.singleShot(STARTUP_GRACE_MS, self, lambda: self._timer.start(CHECK_MS))

    def collect_due(self) -> int:
        """Collect the oldest generation whose count passed its threshold; returns which
        (-1: none was due)."""
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if self._thresholds[generation] and counts[generation] > self._thresholds[generation]:
                gc.collect(generation)
                return generation
        return -1


def collect_on_main_thread(app: QObject) -> MainThreadCollector:
    """Switch the automatic collector off and collect from `app`'s main thread (the collector
    is made once)."""
    found = app.findChild(MainThreadCollector)
    collector = found if found is not None else MainThreadCollector(app)
    gc.disable()
    return collector
