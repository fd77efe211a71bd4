"""Reading and normalizing the rows of an import one batch ahead, in a second thread.

Normalization is pure Python and touches no database; the rest of an import spends much of its
time inside SQLite or the PostgreSQL driver, which run without the interpreter lock. So while
the importing thread writes batch N, this thread reads and normalizes batch N+1, and on a
machine with a second core the two overlap. Only the importing thread uses the session.

Errors of the reader (a damaged file half-way through) arrive in order, after the batches
before them, exactly as if the rows had been read in the importing thread. Small sources are
read in the importing thread: a thread is not worth it for one batch.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")
AHEAD = 2  # batches normalized ahead; each is a few MB at most
_DONE = object()


def batches(rows: Iterator[T], size: int) -> Iterator[list[T]]:
    batch: list[T] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


@contextmanager
def prepared_batches(
    rows: Iterator[T],
    size: int,
    prepare: Callable[[list[T]], R],
    *,
    background: bool = True,
) -> Iterator[Iterator[R]]:
    """`prepare(batch)` for each batch of `size` rows, computed one or two batches ahead in a
    thread when `background`; leaving the block stops the thread and closes `rows`."""
    if not background:
        try:
            yield (prepare(batch) for batch in batches(rows, size))
        finally:
            _close(rows)
        return
    results: queue.Queue[object] = queue.Queue(maxsize=AHEAD)
    stop = threading.Event()

    def hand_over(item: object) -> bool:
        while not stop.is_set():
            try:
                results.put(item, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def work() -> None:
        try:
            for batch in batches(rows, size):
                if stop.is_set() or not hand_over(prepare(batch)):
                    return
            hand_over(_DONE)
        except BaseException as exc:  # handed to the importing thread, raised there
            hand_over(_Failure(exc))
        finally:
            _close(rows)

    def consume() -> Iterator[R]:
        while True:
            item = results.get()
            if item is _DONE:
                return
            if isinstance(item, _Failure):
                raise item.error
            yield item  # type: ignore[misc]

    worker = threading.Thread(target=work, name="import-rows", daemon=True)
    try:
        worker.start()
    except RuntimeError:  # no thread to be had: read in this one
        with prepared_batches(rows, size, prepare, background=False) as serial:
            yield serial
        return
    try:
        yield consume()
    finally:
        stop.set()
        worker.join()


class _Failure:
    def __init__(self, error: BaseException) -> None:
        self.error = error


def _close(rows: Iterator[object]) -> None:
    close = getattr(rows, "close", None)
    if close is not None:
        close()
