"""The import's file: what cannot be read, and why."""

from __future__ import annotations

from desktop_crm.error_codes.registry import QT_TRANSLATE_NOOP, code


class ImportFileCodes:
    # import: the file
    FILE_MISSING = code(
        "import.file_missing", QT_TRANSLATE_NOOP("Errors", "The file {path} does not exist.")
    )
    FILE_IS_FOLDER = code(
        "import.file_is_folder", QT_TRANSLATE_NOOP("Errors", "{path} is a folder, not a file.")
    )
    IMPORT_UNREADABLE = code(
        "import.file_unreadable",
        QT_TRANSLATE_NOOP("Errors", "The file {path} cannot be read: {reason}."),
    )
    SOURCE_EMPTY = code("import.empty", QT_TRANSLATE_NOOP("Errors", "{source} is empty."))
    PASTED_EMPTY = code(
        "import.pasted_empty", QT_TRANSLATE_NOOP("Errors", "The {source} is empty.")
    )
    PASTED_NUL = code(
        "import.pasted_nul",
        QT_TRANSLATE_NOOP("Errors", "The {source} contains NUL characters: it is not a table."),
    )
    NO_TABLE = code(
        "import.no_table",
        QT_TRANSLATE_NOOP("Errors", "{source} holds no table: it is empty or blank."),
    )
    HEADER_ONLY = code(
        "import.header_only",
        QT_TRANSLATE_NOOP("Errors", "{source} has only a header row and no clients under it."),
    )
    NOT_VALID_TEXT = code(
        "import.not_valid_text",
        QT_TRANSLATE_NOOP(
            "Errors", "{source} is not valid {encoding} text; choose its encoding by hand."
        ),
    )
    NOT_VALID_TEXT_AT = code(
        "import.not_valid_text_at",
        QT_TRANSLATE_NOOP(
            "Errors",
            "{source} is not valid {encoding} text near row {row}; choose its encoding by hand.",
        ),
    )
    ENCODING_UNSURE = code(
        "import.encoding_unsure",
        QT_TRANSLATE_NOOP(
            "Errors",
            "The file's encoding is not certain: it reads best as {encoding}, but not cleanly; "
            "choose it by hand (on the command line: --encoding {encoding}).",
        ),
    )
    NUL_AT = code(
        "import.nul_at",
        QT_TRANSLATE_NOOP(
            "Errors",
            "{source} contains a NUL byte at row {row}: the file is damaged or not a text table.",
        ),
    )
    UNREADABLE_AT = code(
        "import.unreadable_at",
        QT_TRANSLATE_NOOP("Errors", "{source} cannot be read at row {row}: {detail}."),
    )
    NUL_BYTES = code(
        "import.nul_bytes",
        QT_TRANSLATE_NOOP(
            "Errors",
            "The file contains NUL bytes: it is not a text table (a binary file, or damaged).",
        ),
    )
    ENCODING_UNKNOWN = code(
        "import.encoding_unrecognised",
        QT_TRANSLATE_NOOP(
            "Errors", "The encoding of the file cannot be recognised; give it explicitly."
        ),
    )
    TOO_MANY_COLUMNS = code(
        "import.too_many_columns",
        QT_TRANSLATE_NOOP(
            "Errors", "Row {row} has {columns} columns; a client list has at most {max_columns}."
        ),
    )
    CELL_TOO_LONG = code(
        "import.cell_too_long",
        QT_TRANSLATE_NOOP(
            "Errors",
            "Row {row} has a cell of {length:,} characters; a cell may hold at most "
            "{max_length:,}. The file is damaged or not a client list.",
        ),
    )
    NOT_A_SPREADSHEET = code(
        "import.not_a_spreadsheet",
        QT_TRANSLATE_NOOP(
            "Errors",
            "{source} is not a spreadsheet: its content is not an Excel or OpenDocument "
            "workbook. If it is a text table, give it a .csv or .txt name.",
        ),
    )
    WORKBOOK_ON_INPUT = code(
        "import.workbook_on_input",
        QT_TRANSLATE_NOOP(
            "Errors", "{source} is a workbook; save it to a file and import the file."
        ),
    )
    WORKBOOK_DAMAGED = code(
        "import.workbook_damaged",
        QT_TRANSLATE_NOOP(
            "Errors",
            "{source} is damaged: the workbook is truncated or corrupt and cannot be opened.",
        ),
    )
    WORKBOOK_TOO_BIG = code(
        "import.workbook_too_big",
        QT_TRANSLATE_NOOP(
            "Errors",
            "{source} would unpack to {gigabytes:.1f} GB; it is refused as unsafe (a real "
            "client list is far smaller).",
        ),
    )
    WORKBOOK_PART_BOMB = code(
        "import.workbook_part_bomb",
        QT_TRANSLATE_NOOP(
            "Errors",
            "{source} is refused as unsafe: one of its parts unpacks {ratio:,.0f} times "
            "larger than it is stored (a zip bomb).",
        ),
    )
    WORKBOOK_BOMB = code(
        "import.workbook_bomb",
        QT_TRANSLATE_NOOP(
            "Errors",
            "{source} is refused as unsafe: it unpacks {ratio:,.0f} times larger than it is "
            "stored (a zip bomb).",
        ),
    )
    ZIP_NOT_WORKBOOK = code(
        "import.zip_not_workbook",
        QT_TRANSLATE_NOOP(
            "Errors", "{source} is a zip archive, not an Excel or OpenDocument workbook."
        ),
    )
    WORKBOOK_UNREADABLE = code(
        "import.workbook_unreadable",
        QT_TRANSLATE_NOOP(
            "Errors",
            "{source} cannot be read as a workbook: it is damaged or not really {kind} ({detail}).",
        ),
    )
    WORKBOOK_EMPTY = code(
        "import.workbook_empty",
        QT_TRANSLATE_NOOP("Errors", "{source} holds no table: its sheets are empty."),
    )
    SHEET_UNREADABLE = code(
        "import.sheet_unreadable",
        QT_TRANSLATE_NOOP(
            "Errors",
            "The sheet {sheet!r} of {source} cannot be read: the workbook is damaged ({detail}).",
        ),
    )
    VCARD_UNREADABLE = code(
        "import.vcard_unreadable",
        QT_TRANSLATE_NOOP("Errors", "{source} cannot be read as vCard: {detail}."),
    )
    VCARD_EMPTY = code(
        "import.vcard_empty",
        QT_TRANSLATE_NOOP("Errors", "{source} holds no contact cards (no BEGIN:VCARD)."),
    )
