"""Cyclic garbage is collected on the main thread only (ui/main_thread_gc.py, the policy in
gc_policy.py)."""

from __future__ import annotations

import gc
import threading
import weakref

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop_crm import gc_policy
from desktop_crm.ui.main_thread_gc import MainThreadCollector, collect_on_main_thread
from desktop_crm.ui.workers import run_task


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


def full_collection_due() -> None:
    gc.collect()
    for _ in range(gc.get_threshold()[2] + 1):
        gc.collect(1)  # each counts towards the oldest generation


def test_long_work_waits_for_its_full_collection(qapp: QApplication) -> None:
    collector = collect_on_main_thread(qapp)
    full_collection_due()
    with gc_policy.long_work():
        assert collector.collect_due() != 2  # young ones at most: the window keeps answering
    assert collector.collect_due() == 2  # due, and run once the work is over


def test_the_startup_freeze_outlives_long_work(qtbot: QtBot, qapp: QApplication) -> None:
    collect_on_main_thread(qapp)
    frozen = gc.get_freeze_count()
    assert frozen > 0

    def task(_progress: object, _cancelled: object) -> int:
        with gc_policy.long_work():
            return len([Cycle() for _ in range(10_000)])

    operation = run_task(None, task)
    with qtbot.waitSignal(operation.finished, timeout=5000):
        pass
    assert not gc.isenabled()
    assert gc.get_freeze_count() > frozen // 2  # (a frozen object may die meanwhile)
