"""Call logs (issue #12 item 3): files whose layout is not a call log, mappings that cannot
place a call, and dates with a time that do not parse."""

from __future__ import annotations

from desktop_crm.error_codes.registry import QT_TRANSLATE_NOOP, code


class CallCodes:
    CALLS_UNKNOWN_LAYOUT = code(
        "calls.unknown_layout",
        QT_TRANSLATE_NOOP(
            "Errors",
            "{source} is not a call log this program knows (Asterisk Master.csv, a FreePBX CDR "
            "export, or a table with a date and a number column); give its columns with "
            "--mapping FILE.json or --preset NAME.",
        ),
    )
    CALLS_NOT_ASTERISK = code(
        "calls.not_asterisk",
        QT_TRANSLATE_NOOP(
            "Errors",
            "{source} is not an Asterisk Master.csv: its first row ({columns} columns) is not a "
            "call record of 16, 18 or 21 columns with the start time in the 10th.",
        ),
    )
    CALLS_HEADER_ONLY = code(
        "calls.header_only",
        QT_TRANSLATE_NOOP("Errors", "{source} has only a header row and no calls under it."),
    )
    CALLS_NOT_FREEPBX = code(
        "calls.not_freepbx",
        QT_TRANSLATE_NOOP(
            "Errors", "{source} is not a FreePBX CDR export: its header lacks {missing}."
        ),
    )
    CALLS_MAPPING_FIELD_UNKNOWN = code(
        "calls.mapping_field_unknown",
        QT_TRANSLATE_NOOP("Errors", "{key!r} in the mapping is not a call field. Known: {known}."),
    )
    CALLS_MAPPING_INCOMPLETE = code(
        "calls.mapping_incomplete",
        QT_TRANSLATE_NOOP(
            "Errors",
            "The columns of {source} give no {missing}: match a column to it in the mapping.",
        ),
    )
    CALLS_PRESET_UNKNOWN = code(
        "calls.preset_unknown",
        QT_TRANSLATE_NOOP("Errors", "There is no saved call-log matching called {name!r}."),
    )
    CALLS_PRESET_TAKEN = code(
        "calls.preset_taken",
        QT_TRANSLATE_NOOP(
            "Errors",
            "The name {name!r} belongs to a saved matching of client lists; choose another name.",
        ),
    )
    CALLS_TIMEZONE_UNKNOWN = code(
        "calls.timezone_unknown",
        QT_TRANSLATE_NOOP(
            "Errors",
            "{name!r} is not a time zone; name one as Europe/Moscow, Europe/Warsaw or UTC.",
        ),
    )
    CALLS_NOT_A_DATETIME = code(
        "value.not_a_datetime",
        QT_TRANSLATE_NOOP(
            "Errors", "{value!r} is not a date and time; write it as DD.MM.YYYY HH:MM:SS."
        ),
    )
