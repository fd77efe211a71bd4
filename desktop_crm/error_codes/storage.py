"""Where the data lives: the settings file, the database's address and version, backups,
exports, and imports that met another one."""

from __future__ import annotations

from desktop_crm.error_codes.registry import QT_TRANSLATE_NOOP, code


class StorageCodes:
    # the user's settings file and the database address
    SETTINGS_UNREADABLE = code(
        "settings.unreadable",
        QT_TRANSLATE_NOOP(
            "Errors",
            "The settings file {path} is not valid JSON ({detail}); correct it, or delete it to "
            "start with the default settings.",
        ),
    )
    SETTINGS_NOT_OBJECT = code(
        "settings.not_object",
        QT_TRANSLATE_NOOP(
            "Errors",
            'The settings file {path} must hold named settings in braces, such as {{"language": '
            '"ru"}}; correct it, or delete it to start with the default settings.',
        ),
    )
    SETTINGS_NOT_TEXT = code(
        "settings.not_text",
        QT_TRANSLATE_NOOP(
            "Errors",
            'The setting "{key}" in {path} must be text in quotes, not {value}; correct it, or '
            "delete the line to use the default.",
        ),
    )
    DB_PATH_UNKNOWN = code(
        "db.path_unknown",
        QT_TRANSLATE_NOOP(
            "Errors",
            "{path} is neither a database address nor an existing database file. Give an "
            "existing file, a new file name ending in .sqlite, .sqlite3 or .db in an existing "
            "folder, or an address such as postgresql://user@host/base.",
        ),
    )
    # the database's version and its backups
    DB_NEWER = code(
        "db.newer",
        QT_TRANSLATE_NOOP(
            "Errors",
            "This base was upgraded by a newer desktop_crm (revision {revision}); update the "
            "application.",
        ),
    )
    DB_BACKUP_FAILED = code(
        "db.backup_failed",
        QT_TRANSLATE_NOOP(
            "Errors",
            "The database file {path} could not be backed up before its upgrade, so it was "
            "left as it was and not upgraded: {reason}.",
        ),
    )
    # exports and imports
    EXPORT_FAILED = code(
        "export.failed",
        QT_TRANSLATE_NOOP(
            "Errors",
            "The export could not be saved to {path}: {reason}. A file that was there before "
            "is unchanged.",
        ),
    )
    IMPORT_CONFLICT = code(
        "import.conflict",
        QT_TRANSLATE_NOOP(
            "Errors",
            "Another user saved the same records while this import ran, so nothing was "
            "imported; run the import again.",
        ),
    )
    # a unit of work that met another one
    RECORD_GONE_MEANWHILE = code(
        "db.record_gone_meanwhile",
        QT_TRANSLATE_NOOP(
            "Errors",
            "What this change refers to was deleted by someone else meanwhile; nothing was saved. "
            "Reload and try again.",
        ),
    )
