"""Cyclic garbage is collected on the main thread only (ui/main_thread_gc.py)."""

from __future__ import annotations

import gc
import threading
import weakref

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop_crm.ui.main_thread_gc import MainThreadCollector, collect_on_main_thread


class Cycle:
    def __init__(self) -> None:
        self.me = self


def test_cycles_made_on_a_pool_thread_are_freed_on_the_main_thread(
    qtbot: QtBot, qapp: QApplication
) -> None:
    collector = collect_on_main_thread(qapp)
    assert collect_on_main_thread(qapp) is collector  # one per application
    assert qapp.findChildren(MainThreadCollector) == [collector]
    assert not gc.isenabled()
    freed: list[str] = []
    refs: list[weakref.ref[Cycle]] = []

    def make_garbage() -> None:
        # far more than the young generation's threshold: automatic collection would run here
        for _ in range(gc.get_threshold()[0] * 5):
            cycle = Cycle()
            refs.append(
                weakref.ref(cycle, lambda _r: freed.append(threading.current_thread().name))
            )

    worker = threading.Thread(target=make_garbage, name="pool")
    worker.start()
    worker.join()
    assert freed == []  # nothing was collected on the pool thread
    qtbot.waitUntil(lambda: len(freed) == len(refs), timeout=5000)  # the timer collected them
    assert set(freed) == {threading.main_thread().name}


def test_only_a_generation_past_its_threshold_is_collected(qapp: QApplication) -> None:
    collector = collect_on_main_thread(qapp)
    gc.collect()
    assert collector.collect_due() == -1
    garbage = [Cycle() for _ in range(gc.get_threshold()[0] + 10)]
    del garbage
    assert collector.collect_due() == 0
