"""A start-up probe for benchmarks and smoke tests of a build: with DESKTOP_CRM_STARTUP_PROBE set,
the window prints `first-paint <wall clock> <processor seconds>` when the client list has
painted its first page, and quits. The same probe times the source install and a PyInstaller
folder (`benchmarks/startup_bench.py --built`), where no code can be slipped in from outside.
"""

from __future__ import annotations

import os
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QWidget

PROBE_VARIABLE = "DESKTOP_CRM_STARTUP_PROBE"
PROBE_LINE = "first-paint"


def probe_wanted() -> bool:
    return bool(os.environ.get(PROBE_VARIABLE))


class FirstPaint(QObject):
    """Prints the probe line at the first paint of what the client list shows first: its
    table's rows (the list reads its first page before the window shows) or, on an empty
    base, the empty state."""

    def __init__(self, shown: QWidget) -> None:
        super().__init__(shown)
        self._watched = shown.viewport() if isinstance(shown, QAbstractScrollArea) else shown
        self._watched.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            print(PROBE_LINE, time.time(), time.process_time(), flush=True)
            self._watched.removeEventFilter(self)
            QTimer.singleShot(0, QApplication.quit)
        return False


__all__ = ["PROBE_LINE", "PROBE_VARIABLE", "FirstPaint", "probe_wanted"]
