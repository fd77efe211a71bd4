"""Deriving a task's done-ness from the base (`completeness.refresh_done`), as the task use
cases run it."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import text
from sqlalchemy.orm import Session

from desktop_crm.services.completeness import refresh_done


def refresh_items(session: Session, task_ids: Sequence[int]) -> None:
    """Mark the items of these tasks done or not by what the base holds now. On PostgreSQL
    without JIT for the rest of the transaction: the planner's cost of the two UPDATEs over a
    large task passes the JIT threshold, and compiling them took 300 ms of a 390 ms refresh of
    100,000 items (tasks_bench.py), more than the work itself."""
    if not task_ids:
        return
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SET LOCAL jit = off"))
    for task_id in sorted(set(task_ids)):
        # one task at a time in id order: two refreshes at once (My tasks and a task's tab)
        # lock the rows of the tasks they share in the same order, never in a circle
        refresh_done(session, [task_id])
