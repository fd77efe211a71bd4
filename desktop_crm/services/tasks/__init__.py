"""Task use cases (CTL-3), Qt-free, shared by the window and the command line: lists of tasks
with their progress, a task's items a page at a time, refreshing done-ness from the base,
closing a task and writing a manual one. Control tasks themselves are made by the control
wizards (`desktop_crm/wizards/control/`)."""

from desktop_crm.services.tasks.access import sees_all, visible_task
from desktop_crm.services.tasks.actions import ManualTask, add_manual_task, close_task, refresh
from desktop_crm.services.tasks.done import refresh_items
from desktop_crm.services.tasks.items import (
    MISSING_WORDS,
    PAGE,
    ItemCounts,
    custom_labels_by_id,
    item_counts,
    item_page,
    missing_keys,
    missing_words,
    visible_items,
)
from desktop_crm.services.tasks.listing import (
    list_tasks,
    open_task_count,
    summaries,
    task_summary,
)
from desktop_crm.services.tasks.rows import (
    CANCELLED,
    DONE,
    MANUAL,
    OPEN,
    ItemRow,
    TaskSummary,
)

__all__ = [
    "CANCELLED",
    "DONE",
    "MANUAL",
    "MISSING_WORDS",
    "OPEN",
    "PAGE",
    "ItemCounts",
    "ItemRow",
    "ManualTask",
    "TaskSummary",
    "add_manual_task",
    "close_task",
    "custom_labels_by_id",
    "item_counts",
    "item_page",
    "list_tasks",
    "missing_keys",
    "missing_words",
    "open_task_count",
    "refresh",
    "refresh_items",
    "sees_all",
    "summaries",
    "task_summary",
    "visible_items",
    "visible_task",
]
