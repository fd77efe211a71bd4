"""Python's cyclic garbage collection: the program's one policy, Qt-free.

Headless (the CLI, tests of the engines) the collector is automatic, as Python has it, except
during long work (`long_work`): an import allocates millions of short-lived objects, and the
automatic collections they trigger kept rescanning everything the import holds (about a third of
its time). There the collector is off and the work collects the young generations after each
batch instead (`after_batch`); what a batch leaves behind is freed by reference counting or by
that collection, so memory stays bounded.

The window (`collect_on_main_thread_only`) has collections run on the main thread only, by a
timer of the UI that calls `collect_due`: a collection on a pool thread may destroy there a Qt
object caught in a reference cycle (a closed dialog and the lambdas connected to it), which Qt
does not allow. So work on a pool thread never collects. While long work runs the timer collects
young generations only: a full collection walks every object of the process holding the
interpreter lock and paused the window for up to half a second during a 100,000-row import. The
full collection that was due runs when the work is over.

What exists when the window starts (modules, classes) lives as long as the program: it is frozen
once, and no collection scans it again. Nothing unfreezes it.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_long_work = 0  # long works running now, on any thread
_main_thread_only = False


def collect_on_main_thread_only() -> None:
    """Switch the automatic collector off for good: the caller collects on the main thread by
    calling `collect_due` often (the window's timer). The heap alive now is frozen, once."""
    global _main_thread_only
    with _lock:
        if not _main_thread_only:
            gc.freeze()
            _main_thread_only = True
    gc.disable()


def collect_due() -> int:
    """Collect the oldest generation whose count passed its threshold; returns which (-1: none
    was due). Only the young ones while long work runs."""
    thresholds, counts = gc.get_threshold(), gc.get_count()
    oldest = 1 if _long_work else 2
    for generation in range(oldest, -1, -1):
        if thresholds[generation] and counts[generation] > thresholds[generation]:
            gc.collect(generation)
            return generation
    return -1


@contextmanager
def long_work() -> Iterator[None]:
    """The automatic collector off while the block runs (it stays off if it was); the block
    calls `after_batch` between batches."""
    global _long_work
    enabled = gc.isenabled()
    gc.disable()
    with _lock:
        _long_work += 1
    try:
        yield
    finally:
        with _lock:
            _long_work -= 1
        if enabled:
            gc.enable()


def after_batch() -> None:
    """The young generations collected between two batches of long work; not on a pool thread
    of the window, where the window's timer collects (see the module docstring)."""
    if not _main_thread_only or threading.current_thread() is threading.main_thread():
        gc.collect(1)


__all__ = ["after_batch", "collect_due", "collect_on_main_thread_only", "long_work"]
