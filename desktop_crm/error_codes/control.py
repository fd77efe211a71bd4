"""Control wizards: what is checked, the filter, who gets the tasks, their dates."""

from __future__ import annotations

from desktop_crm.error_codes.registry import QT_TRANSLATE_NOOP, code


class ControlCodes:
    CONTACT_KIND_UNKNOWN = code(
        "control.kind_unknown",
        QT_TRANSLATE_NOOP(
            "Errors", "{kind!r} is not a contact kind to check; choose from {known}."
        ),
    )
    NOTHING_CHOSEN = code(
        "control.nothing_chosen",
        QT_TRANSLATE_NOOP("Errors", "Choose at least one thing to check."),
    )
    FIELD_UNCHECKABLE = code(
        "control.field_unknown",
        QT_TRANSLATE_NOOP(
            "Errors", "{value!r} is not a card field or custom field that can be checked."
        ),
    )
    MISSING_MODE_UNKNOWN = code(
        "control.missing_unknown",
        QT_TRANSLATE_NOOP("Errors", "{mode!r} is not a way to check; use any or all."),
    )
    ASSIGN_UNKNOWN = code(
        "control.assign_unknown",
        QT_TRANSLATE_NOOP(
            "Errors", "{mode!r} is not a way to give out tasks; use managers or even."
        ),
    )
    EXECUTOR_UNKNOWN = code(
        "control.user_unknown",
        QT_TRANSLATE_NOOP("Errors", "There is no active user {login!r} to give tasks to."),
    )
    FILTER_USER_UNKNOWN = code(
        "control.responsible_unknown",
        QT_TRANSLATE_NOOP("Errors", "There is no user {login!r} whose clients to check."),
    )
    USER_GROUP_UNKNOWN = code(
        "control.user_group_unknown",
        QT_TRANSLATE_NOOP("Errors", "There is no user group {name!r}."),
    )
    NO_EXECUTOR = code(
        "control.no_executor",
        QT_TRANSLATE_NOOP(
            "Errors", "There is nobody to give the tasks to: pick users or a user group."
        ),
    )
    CLIENT_GROUP_UNKNOWN = code(
        "control.group_unknown",
        QT_TRANSLATE_NOOP("Errors", "There is no client group {path!r}."),
    )
    CONTROL_QUEUE_UNKNOWN = code(
        "control.queue_unknown", QT_TRANSLATE_NOOP("Errors", "There is no queue {name!r}.")
    )
    DATE_INVALID = code(
        "control.date_invalid",
        QT_TRANSLATE_NOOP("Errors", "{value!r} is not a date; type it as YYYY-MM-DD."),
    )
    DUE_IN_PAST = code(
        "control.due_in_past",
        QT_TRANSLATE_NOOP("Errors", "The due date {due} is before today, {today}."),
    )
    DIRECTION_UNKNOWN = code(
        "control.direction_unknown",
        QT_TRANSLATE_NOOP("Errors", "{value!r} is not a direction; use in or out."),
    )
    INTERACTION_KIND_UNKNOWN = code(
        "control.interaction_kind_unknown",
        QT_TRANSLATE_NOOP("Errors", "{value!r} is not a kind of interaction; use call or email."),
    )
