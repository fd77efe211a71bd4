"""Settings of the whole base that an admin sets."""

from __future__ import annotations

from desktop_crm.error_codes.registry import QT_TRANSLATE_NOOP, code


class BaseSettingCodes:
    REGION_UNKNOWN = code(
        "settings.region_unknown",
        QT_TRANSLATE_NOOP(
            "Errors",
            "{region!r} is not a country code of phone numbers; use two letters such as RU, PL "
            "or US.",
        ),
    )
    ATTACHMENT_LIMIT_RANGE = code(
        "settings.attachment_limit_range",
        QT_TRANSLATE_NOOP(
            "Errors", "The attachment size limit must be between 1 and {max_mb} MB, not {value}."
        ),
    )
    SORT_LANGUAGE_UNKNOWN = code(
        "settings.sort_language_unknown",
        QT_TRANSLATE_NOOP(
            "Errors", "{language!r} is not a language names can be sorted in; use one of {known}."
        ),
    )
