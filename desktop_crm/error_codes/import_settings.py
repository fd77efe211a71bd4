"""The import's settings and column matching; and its history (undo)."""

from __future__ import annotations

from desktop_crm.error_codes.registry import QT_TRANSLATE_NOOP, code


class ImportSettingsCodes:
    # import: the settings
    SHEET_UNKNOWN = code(
        "import.sheet_unknown",
        QT_TRANSLATE_NOOP("Errors", "{source} has no sheet {sheet!r}; its sheets: {sheets}."),
    )
    SEPARATOR_INVALID = code(
        "import.separator_invalid",
        QT_TRANSLATE_NOOP(
            "Errors",
            "{value!r} is not a column separator; use auto, ',', ';', tab, space or one character.",
        ),
    )
    ENCODING_INVALID = code(
        "import.encoding_invalid",
        QT_TRANSLATE_NOOP("Errors", "{encoding!r} is not an encoding this program knows."),
    )
    DEDUPE_STEP_UNKNOWN = code(
        "import.dedupe_step_unknown",
        QT_TRANSLATE_NOOP(
            "Errors", "Unknown duplicate search step {steps!r}; use phone, email, name (or none)."
        ),
    )
    UNIQUE_FIELD_UNKNOWN = code(
        "import.unique_field_unknown",
        QT_TRANSLATE_NOOP(
            "Errors", "{field!r} cannot be the unique field; use one of {allowed} or custom.<key>."
        ),
    )
    UNIQUE_FIELD_UNMATCHED = code(
        "import.unique_field_unmatched",
        QT_TRANSLATE_NOOP("Errors", "The unique field {field!r} is not matched to any column."),
    )
    MAPPING_SHAPE = code(
        "import.mapping_shape",
        QT_TRANSLATE_NOOP(
            "Errors",
            'A mapping must look like {{"columns": {{"<column name or number>": "<field key>"}}}}.',
        ),
    )
    MAPPING_FIELD_UNKNOWN = code(
        "import.mapping_field_unknown",
        QT_TRANSLATE_NOOP("Errors", "{key!r} in the mapping is not a card field. Known: {known}."),
    )
    MAPPING_COLUMN_MISSING = code(
        "import.mapping_column_missing",
        QT_TRANSLATE_NOOP("Errors", "The mapping names a column {column!r} that the file lacks."),
    )
    MAPPING_FILE_MISSING = code(
        "import.mapping_file_missing",
        QT_TRANSLATE_NOOP("Errors", "The mapping file {path} does not exist."),
    )
    MAPPING_FILE_INVALID = code(
        "import.mapping_file_invalid",
        QT_TRANSLATE_NOOP("Errors", "The mapping file {path} is not valid JSON ({detail})."),
    )
    MAPPING_UNUSABLE = code(
        "import.mapping_unusable", QT_TRANSLATE_NOOP("Errors", "{problems} ({reason})")
    )
    MAPPING_UNUSABLE_PLAIN = code(
        "import.mapping_unusable_plain", QT_TRANSLATE_NOOP("Errors", "{problems}")
    )
    PRESET_NAME_MISSING = code(
        "import.preset_name_missing", QT_TRANSLATE_NOOP("Errors", "A saved matching needs a name.")
    )
    PRESET_UNKNOWN = code(
        "import.preset_unknown",
        QT_TRANSLATE_NOOP("Errors", "There is no saved matching called {name!r}."),
    )
    PHONE_RULE_INVALID = code(
        "import.phone_rule_invalid",
        QT_TRANSLATE_NOOP(
            "Errors",
            "The phone rule {rule!r} is malformed; write it like [11]/-7+8 (in 11-digit "
            "numbers replace a leading 7 by 8), [10]/+7 (put 7 in front of 10-digit numbers) "
            "or [11]/-8 (drop a leading 8).",
        ),
    )
    PHONE_VALID_INVALID = code(
        "import.phone_valid_invalid",
        QT_TRANSLATE_NOOP(
            "Errors",
            "The phone validation rule {rule!r} is malformed; write it like [11] (only "
            "11-digit numbers pass), [10,11] or [10-12].",
        ),
    )
    PHONE_VALID_RANGE = code(
        "import.phone_valid_range",
        QT_TRANSLATE_NOOP("Errors", "The phone validation rule {rule!r} is not a range."),
    )
    PHONES_UNMATCHED = code(
        "import.phones_unmatched",
        QT_TRANSLATE_NOOP(
            "Errors", "Phones are required but no column is matched to Phones (no_phones_column)."
        ),
    )
    UPDATE_NEEDS_SEARCH = code(
        "import.update_needs_search",
        QT_TRANSLATE_NOOP(
            "Errors",
            "Update mode needs a duplicate search step (phone, email or name) or a unique "
            "field to find the clients to update.",
        ),
    )
    RESPONSIBLE_UNKNOWN = code(
        "import.responsible_unknown",
        QT_TRANSLATE_NOOP("Errors", "There is no user {login!r} to make responsible."),
    )
    QUEUE_UNKNOWN = code(
        "import.queue_unknown", QT_TRANSLATE_NOOP("Errors", "There is no queue {name!r}.")
    )
    SCENARIO_UNKNOWN = code(
        "import.scenario_unknown",
        QT_TRANSLATE_NOOP("Errors", "There is no sales scenario {name!r}."),
    )
    GROUP_NAME_INVALID = code(
        "import.group_name_invalid", QT_TRANSLATE_NOOP("Errors", "{path!r} is not a group name.")
    )
    MODE_UNKNOWN = code(
        "import.mode_unknown",
        QT_TRANSLATE_NOOP(
            "Errors", "{mode!r} is not an import mode; use add, update or add-update."
        ),
    )
    REGION_INVALID = code(
        "import.region_invalid",
        QT_TRANSLATE_NOOP(
            "Errors", "{region!r} is not a region; use a two-letter country code like RU or PL."
        ),
    )
    FAILED_ROWS_FORMAT = code(
        "import.failed_rows_format",
        QT_TRANSLATE_NOOP("Errors", "Save failed rows as .xlsx or .csv, not {suffix}."),
    )
    IMPORT_CHANGED_MEANWHILE = code(
        "import.changed_meanwhile",
        QT_TRANSLATE_NOOP(
            "Errors",
            "Some of the clients this import updates were changed by someone else while it "
            "ran; nothing was imported. Run the import again.",
        ),
    )

    # import history
    IMPORT_UNKNOWN = code(
        "import.unknown", QT_TRANSLATE_NOOP("Errors", "There is no import #{job_id}.")
    )
    IMPORT_UNDONE_ALREADY = code(
        "import.undone_already", QT_TRANSLATE_NOOP("Errors", "Import #{job_id} was undone already.")
    )
    IMPORT_NOTHING_TO_UNDO = code(
        "import.nothing_to_undo",
        QT_TRANSLATE_NOOP("Errors", "Import #{job_id} is {status}; it changed nothing to undo."),
    )
    UNDO_IN_PROGRESS = code(
        "import.undo_in_progress",
        QT_TRANSLATE_NOOP(
            "Errors",
            "Import #{job_id} is being undone right now, by someone else or in another "
            "window. Nothing was done twice; look at the import history again in a moment.",
        ),
    )
    UNDO_CHANGED_MEANWHILE = code(
        "import.undo_changed_meanwhile",
        QT_TRANSLATE_NOOP(
            "Errors",
            "Import #{job_id} cannot be undone: some of its clients were changed while it "
            "was being undone. Nothing was undone.",
        ),
    )
