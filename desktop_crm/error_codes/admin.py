"""What an admin may get wrong in Settings: users' roles, queues, tags, groups and fields."""

from __future__ import annotations

from desktop_crm.error_codes.registry import QT_TRANSLATE_NOOP, code


class AdminCodes:
    LAST_ADMIN = code(
        "user.last_admin",
        QT_TRANSLATE_NOOP(
            "Errors",
            "{login!r} is the last active administrator: make another user an administrator first.",
        ),
    )
    QUEUE_NAME_EMPTY = code(
        "queue.name_empty", QT_TRANSLATE_NOOP("Errors", "A queue needs a name.")
    )
    QUEUE_NAME_TOO_LONG = code(
        "queue.name_too_long",
        QT_TRANSLATE_NOOP("Errors", "A queue name may be at most {max_length} characters long."),
    )
    QUEUE_EXISTS = code(
        "queue.exists", QT_TRANSLATE_NOOP("Errors", "There is a queue {name!r} already.")
    )
    TAG_MERGE_SAME = code(
        "tag.merge_same", QT_TRANSLATE_NOOP("Errors", "A tag cannot be merged into itself.")
    )
    GROUP_MOVE_INSIDE = code(
        "group.move_inside",
        QT_TRANSLATE_NOOP("Errors", "A group cannot be moved into itself or its own subgroup."),
    )
    GROUP_NOT_EMPTY = code(
        "group.not_empty",
        QT_TRANSLATE_NOOP(
            "Errors",
            "The group {name!r} is not empty (clients: {clients}, subgroups: {subgroups}); move "
            "them out first.",
        ),
    )
