"""How long work reports and stops (DESIGN.md, Layers): the one contract, Qt-free.

Long work takes two plain arguments: `progress(done, total)` (total None: unknown) and
`cancelled() -> bool`, which it polls between batches. The CLI passes functions that print, the
window (`ui/workers.py`) functions that reach the main thread and a Cancel button.
"""

from __future__ import annotations

import time
from collections.abc import Callable

Progress = Callable[[int, int | None], None]
Cancelled = Callable[[], bool]


def throttled(progress: Progress, interval_s: float) -> Progress:
    """`progress`, called at most once per `interval_s`; the report that reaches the total
    always goes through, so the last word is never lost."""
    last = float("-inf")

    def report(done: int, total: int | None) -> None:
        nonlocal last
        now = time.monotonic()
        if now - last >= interval_s or (total is not None and done >= total):
            last = now
            progress(done, total)

    return report


__all__ = ["Cancelled", "Progress", "throttled"]
