"""Calls and emails linked to cards: the linking schedule, manual registration and linking."""

from __future__ import annotations

from desktop_crm.error_codes.registry import QT_TRANSLATE_NOOP, code


class LinkingCodes:
    LINK_INTERACTION_GONE = code(
        "linking.interaction_gone",
        QT_TRANSLATE_NOOP("Errors", "The call or email does not exist any more."),
    )
    LINK_EVERY_RANGE = code(
        "linking.every_range",
        QT_TRANSLATE_NOOP(
            "Errors", "Linking can run every 1 to {max_minutes} minutes, not every {value}."
        ),
    )
    LINK_DAILY_TIME = code(
        "linking.daily_time",
        QT_TRANSLATE_NOOP(
            "Errors", "{value!r} is not a time of day; write it as HH:MM, for example 02:30."
        ),
    )
    LINK_AT_INVALID = code(
        "linking.at_invalid",
        QT_TRANSLATE_NOOP(
            "Errors", "{value!r} is not a date and time; write it as YYYY-MM-DD HH:MM."
        ),
    )
    LINK_DURATION_RANGE = code(
        "linking.duration_range",
        QT_TRANSLATE_NOOP("Errors", "A call lasts from 0 to {max_seconds} seconds, not {value}."),
    )
