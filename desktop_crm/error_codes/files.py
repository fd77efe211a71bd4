"""Files (attachments, exports, saved reports) and the database itself."""

from __future__ import annotations

from desktop_crm.error_codes.registry import QT_TRANSLATE_NOOP, code


class FileCodes:
    # files: attachments, exports, saved reports
    FILE_NAME_MISSING = code(
        "file.name_missing", QT_TRANSLATE_NOOP("Errors", "A file needs a name.")
    )
    FILE_TOO_BIG = code(
        "file.too_big",
        QT_TRANSLATE_NOOP(
            "Errors",
            "{name} is {size}; files up to {limit} can be attached. Attach a smaller file, "
            "or ask an administrator to raise the limit in Settings.",
        ),
    )
    NOT_A_FILE = code("file.not_a_file", QT_TRANSLATE_NOOP("Errors", "{path} is not a file."))
    FILE_UNREADABLE = code(
        "file.unreadable", QT_TRANSLATE_NOOP("Errors", "The file {path} cannot be read: {reason}.")
    )
    FILE_GONE = code(
        "file.gone",
        QT_TRANSLATE_NOOP(
            "Errors", "The file does not exist any more; someone may have deleted it."
        ),
    )
    FILE_NOT_SAVED = code(
        "file.not_saved", QT_TRANSLATE_NOOP("Errors", "Cannot save the file to {path}: {reason}.")
    )
    FILE_UNWRITABLE = code(
        "file.unwritable", QT_TRANSLATE_NOOP("Errors", "{path} cannot be written: {reason}.")
    )
    EXPORT_FORMAT = code(
        "export.format", QT_TRANSLATE_NOOP("Errors", "Export to .xlsx or .csv, not {suffix}.")
    )
    DEMO_COUNT = code(
        "demo.count",
        QT_TRANSLATE_NOOP(
            "Errors",
            "The number of demo clients must be between 1 and {max_count:,}; got {count:,}.",
        ),
    )

    # the database
    DB_URL_INVALID = code(
        "db.url_invalid",
        QT_TRANSLATE_NOOP("Errors", "The database address {url!r} is not a valid URL."),
    )
    DB_UNSUPPORTED = code(
        "db.unsupported",
        QT_TRANSLATE_NOOP("Errors", "This kind of database is not supported: {url!r}."),
    )
    DB_FOLDER_IS_FILE = code(
        "db.folder_is_file",
        QT_TRANSLATE_NOOP("Errors", "{folder} is a file, not a folder for the database file."),
    )
    DB_FOLDER_MISSING = code(
        "db.folder_missing",
        QT_TRANSLATE_NOOP("Errors", "The folder {folder} for the database file does not exist."),
    )
    DB_FOREIGN = code(
        "db.foreign",
        QT_TRANSLATE_NOOP(
            "Errors",
            "{url} holds tables that are not a desktop_crm database. Choose an empty "
            "database or a desktop_crm one.",
        ),
    )
    DB_NOT_A_DATABASE = code(
        "db.not_a_database",
        QT_TRANSLATE_NOOP("Errors", "{path} is not a desktop_crm database file ({detail})."),
    )
    DB_READ_ONLY = code(
        "db.read_only",
        QT_TRANSLATE_NOOP(
            "Errors",
            "The database file {path} is read-only, so changes cannot be saved ({detail}).",
        ),
    )
    DB_LOCKED = code(
        "db.locked",
        QT_TRANSLATE_NOOP(
            "Errors",
            "The database file {path} is locked by another program that is still writing to "
            "it; try again when it has finished ({detail}).",
        ),
    )
    DB_FILE_UNWRITABLE = code(
        "db.file_unwritable",
        QT_TRANSLATE_NOOP("Errors", "The database file {path} cannot be written: {detail}."),
    )
    DB_FILE_UNOPENABLE = code(
        "db.file_unopenable",
        QT_TRANSLATE_NOOP("Errors", "The database file {path} cannot be opened: {detail}."),
    )
    DB_UNREACHABLE = code(
        "db.unreachable",
        QT_TRANSLATE_NOOP("Errors", "Cannot connect to the database {url}: {detail}."),
    )
    DB_CONCURRENT = code(
        "db.concurrent",
        QT_TRANSLATE_NOOP(
            "Errors",
            "Another user was changing the same records at the same moment, so nothing was "
            "saved; please try again.",
        ),
    )
    DB_WORK_FAILED = code(
        "db.work_failed",
        QT_TRANSLATE_NOOP(
            "Errors",
            "The database {url} failed during the operation, so nothing was saved: {detail}.",
        ),
    )
