"""One signal for "tasks changed" (one written, closed, refreshed), wherever it happened: a
card's New task, My tasks, a task tab. The status bar's count and the open lists listen."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class TaskEvents(QObject):
    changed = Signal()


_events: TaskEvents | None = None


def task_events() -> TaskEvents:
    """The application's one `TaskEvents` (made on first use, on the main thread)."""
    global _events
    if _events is None:
        _events = TaskEvents()
    return _events
