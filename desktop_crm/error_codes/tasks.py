"""Tasks: a manual task's title; seeing and closing a task (a due date in the past is the
control area's `DUE_IN_PAST`, the same sentence for a manual and a control task)."""

from __future__ import annotations

from desktop_crm.error_codes.registry import QT_TRANSLATE_NOOP, code


class TaskCodes:
    TASK_TITLE_EMPTY = code(
        "task.title_empty", QT_TRANSLATE_NOOP("Errors", "A task needs a title.")
    )
    TASK_MISSING = code(
        "task.missing",
        QT_TRANSLATE_NOOP("Errors", "There is no task #{task_id}: it may have been deleted."),
    )
    TASK_NOT_YOURS = code(
        "task.not_yours",
        QT_TRANSLATE_NOOP(
            "Errors",
            "{name} ({login}) may see and close only their own tasks; task #{task_id} is "
            "given to someone else.",
        ),
    )
    TASK_CLOSED = code(
        "task.closed", QT_TRANSLATE_NOOP("Errors", "Task #{task_id} is closed already.")
    )
    TASK_NOT_DONE = code(
        "task.not_done",
        QT_TRANSLATE_NOOP(
            "Errors",
            "Task #{task_id} cannot be closed yet: {left} of its {items} items are not done. "
            "Fill in what they lack, then refresh the task.",
        ),
    )
