"""Errors a user can cause, each with a stable code and the plain values that fill it in.

A `CrmError` carries `code` (e.g. "client.gone"), `params` (plain values) and `message`, the
English sentence the CLI prints (status 2). The window words the code in the user's language
(`desktop_crm.ui.error_text`). Every code is registered below, once: a raise names one of the
`Code` attributes, never a string, and tests/unit/test_error_codes.py checks both by scanning
the source, and that each code has a Russian wording.

Params whose English value comes from a closed set travel with the key the window words them
by: `label` with the error's `field`, `action` with `permission`, `what` with `record`,
`reason` with `errno`, `source` (a fixed name such as "pasted text"), `status`, `kind`.
Anything that is not a `CrmError` is a bug and gets a crash report instead.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ErrorCode:
    """A registered code and its English sentence, a `str.format` template over the params."""

    key: str
    english: str


CODES: dict[str, ErrorCode] = {}


def _code(key: str, english: str) -> ErrorCode:
    if key in CODES:
        raise ValueError(f"error code {key!r} is registered twice")
    CODES[key] = code = ErrorCode(key, english)
    return code


_CHANGED = ", after you opened it. Reload it to see those changes, or save yours over them."
_FILE_BOMB = " than it is stored (a zip bomb)."


class Code:
    """Every code a `CrmError` may carry, by area."""

    # access and users
    ACCOUNT_DISABLED = _code("user.disabled", "The account {login!r} is disabled.")
    PERMISSION_DENIED = _code(
        "access.denied",
        "{name} ({login}, role {role}) may not {action}. "
        "Ask an administrator for a role that allows it.",
    )
    ROLE_UNKNOWN = _code("role.unknown", "There is no role {role!r}. Known roles: {known}.")
    USER_UNKNOWN = _code(
        "user.unknown",
        "There is no user {login!r} in this database. An administrator can add it with "
        '`desktop-crm users add {login} --name "Full Name"`.',
    )
    LOGIN_EMPTY = _code("user.login_empty", "A login cannot be empty.")
    LOGIN_TAKEN = _code("user.login_taken", "The login {login!r} is taken already.")

    # values and fields
    PHONE_INVALID = _code("phone.invalid", "{value!r} is not a phone number.")
    EMAIL_INVALID = _code("email.invalid", "{value!r} is not an email address.")
    CONTACT_EMPTY = _code("contact.empty", "A {kind} value cannot be empty.")
    CONTACT_TOO_LONG = _code(
        "contact.too_long", "A {kind} value may be at most {max_length} characters long."
    )
    CONTACT_COMMENT_TOO_LONG = _code(
        "contact.comment_too_long",
        "A comment on {contact} may be at most {max_length} characters long.",
    )
    TEXT_TOO_LONG = _code("field.too_long", "{label} may be at most {max_length} characters long.")
    FIELD_VALUE_BAD = _code("field.bad_value", "{label}: {cause}")
    NOT_A_DATE = _code("value.not_a_date", "{value!r} is not a date; type it as DD.MM.YYYY.")
    NOT_A_NUMBER = _code("value.not_a_number", "{value!r} is not a number.")
    NOT_YES_NO = _code("value.not_yes_no", "{value!r} is not yes or no.")
    NOT_A_CHOICE = _code("value.not_a_choice", "{value!r} is not one of: {allowed}.")

    # clients
    CLIENT_NAME_MISSING = _code(
        "client.name_missing",
        "A client needs a name: fill in the full name or the last and first name.",
    )
    BIRTH_DATE_FUTURE = _code(
        "client.birth_date_future", "The birth date {value:%d.%m.%Y} is in the future."
    )
    BIRTH_DATE_TOO_OLD = _code(
        "client.birth_date_too_old", "The birth date {value:%d.%m.%Y} is too far in the past."
    )
    CLIENT_KIND_UNKNOWN = _code("client.kind_unknown", "{kind!r} is not a kind of client.")
    STAGE_UNKNOWN = _code("client.stage_unknown", "{stage!r} is not a stage; use lead or client.")
    CHOSEN_GROUP_GONE = _code("client.group_gone", "The chosen group does not exist any more.")
    CHOSEN_QUEUE_GONE = _code("client.queue_gone", "The chosen queue does not exist any more.")
    CHOSEN_RESPONSIBLE_GONE = _code(
        "client.responsible_gone", "The chosen responsible manager does not exist any more."
    )
    RESPONSIBLE_DISABLED = _code(
        "client.responsible_disabled",
        "{name}'s account is disabled; choose another responsible manager.",
    )
    CHOSEN_MANAGER_GONE = _code(
        "client.manager_gone", "The chosen manager does not exist any more."
    )
    MANAGER_DISABLED = _code(
        "client.manager_disabled", "{name}'s account is disabled; choose another manager."
    )
    CHOSEN_COMPANY_GONE = _code(
        "client.company_gone", "The chosen company does not exist any more."
    )
    NOT_A_COMPANY = _code(
        "client.not_a_company",
        "{name} is not a company; a client can be attached to a company only.",
    )
    COMPANY_ITSELF = _code("client.company_itself", "A company cannot be attached to itself.")
    CLIENT_GONE = _code(
        "client.gone", "Client #{client_id} does not exist any more; someone may have deleted it."
    )
    CLIENT_GONE_WHILE_OPEN = _code(
        "client.gone_while_open",
        "Client #{client_id} does not exist any more; someone deleted it while the card was open.",
    )
    CLIENT_MISSING = _code("client.missing", "Client #{client_id} does not exist any more.")

    # someone saved the record after it was loaded (optimistic locking)
    CHANGED_BY = _code("conflict.changed_by", "{who} changed {what} at {at}" + _CHANGED)
    CHANGED_BY_UNTIMED = _code("conflict.changed_by_untimed", "{who} changed {what}" + _CHANGED)
    CHANGED_BY_YOU = _code(
        "conflict.changed_by_you",
        "You ({who}), in another window, changed {what} at {at}" + _CHANGED,
    )
    CHANGED_BY_YOU_UNTIMED = _code(
        "conflict.changed_by_you_untimed",
        "You ({who}), in another window, changed {what}" + _CHANGED,
    )
    CHANGED_BY_SOMEONE = _code(
        "conflict.changed_by_someone", "Someone changed {what} at {at}" + _CHANGED
    )
    CHANGED_BY_SOMEONE_UNTIMED = _code(
        "conflict.changed_by_someone_untimed", "Someone changed {what}" + _CHANGED
    )

    # groups, tags, notes, contact persons
    GROUP_NAME_EMPTY = _code("group.name_empty", "A group name cannot be empty.")
    GROUP_NAME_SEPARATOR = _code(
        "group.name_separator",
        "A group name cannot contain {separator!r}: it separates a group from its subgroup.",
    )
    GROUP_NAME_TOO_LONG = _code(
        "group.name_too_long", "A group name may be at most {max_length} characters long."
    )
    GROUP_PATH_EMPTY = _code("group.path_empty", "A group path cannot be empty.")
    GROUP_PARENT_GONE = _code("group.parent_gone", "The parent group does not exist any more.")
    GROUP_EXISTS = _code("group.exists", "There is a group {name!r} here already.")
    GROUP_GONE = _code("group.gone", "The group does not exist any more.")
    TAG_EMPTY = _code("tag.empty", "A tag cannot be empty.")
    TAG_TOO_LONG = _code("tag.too_long", "A tag may be at most {max_length} characters long.")
    TAG_UNKNOWN = _code("tag.unknown", "There is no tag {name!r}.")
    TAG_EXISTS = _code("tag.exists", "There is a tag {name!r} already.")
    NOTE_EMPTY = _code("note.empty", "A note cannot be empty.")
    NOTE_TOO_LONG = _code("note.too_long", "A note may be at most {max_length} characters long.")
    NOTE_GONE = _code("note.gone", "The note does not exist any more.")
    NOTE_NOT_AUTHOR = _code(
        "note.not_author", "Only the author of a note or an administrator may change it."
    )
    PERSON_GONE = _code(
        "contact_person.gone",
        "The contact person does not exist any more; someone may have deleted it.",
    )
    PERSON_NOT_ON_CARD = _code(
        "contact_person.not_on_card", "That contact person is not on this card any more."
    )

    # custom fields
    CUSTOM_FIELD_UNKNOWN = _code("custom_field.unknown", "There is no custom field {key!r}.")
    CHOICES_NOT_ALLOWED = _code(
        "custom_field.choices_not_allowed", "Only a field of type choice has a list of choices."
    )
    CHOICES_EMPTY = _code("custom_field.choices_empty", "A choice field needs at least one choice.")
    CHOICES_CASE = _code("custom_field.choices_case", "Two choices differ only in case.")
    FIELD_LABEL_EMPTY = _code("custom_field.label_empty", "A field needs a label.")
    FIELD_LABEL_TOO_LONG = _code(
        "custom_field.label_too_long", "A field label may be at most {max_length} characters long."
    )
    FIELD_KEY_INVALID = _code(
        "custom_field.key_invalid",
        "The key {key!r} may hold only small latin letters, digits and _, and must start with "
        "a letter.",
    )
    FIELD_KEY_BUILT_IN = _code(
        "custom_field.key_built_in", "{key!r} is a built-in card field already."
    )
    FIELD_KEY_TAKEN = _code("custom_field.key_taken", "There is a custom field {key!r} already.")
    FIELD_TYPE_UNKNOWN = _code(
        "custom_field.type_unknown", "{type!r} is not a field type; choose one of {types}."
    )

    # deals
    DEAL_TOPIC_MISSING = _code("deal.topic_missing", "A deal needs a topic.")
    REVENUE_NEGATIVE = _code("deal.revenue_negative", "Expected revenue cannot be negative.")
    REVENUE_TOO_LARGE = _code("deal.revenue_too_large", "Expected revenue is too large.")
    SCENARIO_GONE = _code("deal.scenario_gone", "The chosen sales scenario does not exist.")
    DEAL_RESPONSIBLE_GONE = _code("deal.responsible_gone", "The chosen responsible does not exist.")
    DEAL_GONE = _code("deal.gone", "The deal does not exist any more; someone may have deleted it.")
    DEAL_FINISHED = _code("deal.finished", "The deal “{topic}” is {status} already.")
    DEAL_CLIENT_FIXED = _code(
        "deal.client_fixed",
        "The deal “{topic}” is {status}; the client of a finished deal cannot be changed.",
    )
    SCENARIO_NAME_EMPTY = _code("deal.scenario_name_empty", "A sales scenario needs a name.")

    # files: attachments, exports, saved reports
    FILE_NAME_MISSING = _code("file.name_missing", "A file needs a name.")
    FILE_TOO_BIG = _code(
        "file.too_big",
        "{name} is {size}; files up to {limit} can be attached. "
        "Attach a smaller file, or ask an administrator to raise the limit in Settings.",
    )
    NOT_A_FILE = _code("file.not_a_file", "{path} is not a file.")
    FILE_UNREADABLE = _code("file.unreadable", "The file {path} cannot be read: {reason}.")
    FILE_GONE = _code("file.gone", "The file does not exist any more; someone may have deleted it.")
    FILE_NOT_SAVED = _code("file.not_saved", "Cannot save the file to {path}: {reason}.")
    FILE_UNWRITABLE = _code("file.unwritable", "{path} cannot be written: {reason}.")
    EXPORT_FORMAT = _code("export.format", "Export to .xlsx or .csv, not {suffix}.")
    DEMO_COUNT = _code(
        "demo.count",
        "The number of demo clients must be between 1 and {max_count:,}; got {count:,}.",
    )

    # the database
    DB_URL_INVALID = _code("db.url_invalid", "The database address {url!r} is not a valid URL.")
    DB_UNSUPPORTED = _code("db.unsupported", "This kind of database is not supported: {url!r}.")
    DB_FOLDER_IS_FILE = _code(
        "db.folder_is_file", "{folder} is a file, not a folder for the database file."
    )
    DB_FOLDER_MISSING = _code(
        "db.folder_missing", "The folder {folder} for the database file does not exist."
    )
    DB_FOREIGN = _code(
        "db.foreign",
        "{url} holds tables that are not a desktop_crm database. "
        "Choose an empty database or a desktop_crm one.",
    )
    DB_NOT_A_DATABASE = _code(
        "db.not_a_database", "{path} is not a desktop_crm database file ({detail})."
    )
    DB_READ_ONLY = _code(
        "db.read_only",
        "The database file {path} is read-only, so changes cannot be saved ({detail}).",
    )
    DB_LOCKED = _code(
        "db.locked",
        "The database file {path} is locked by another program that is still writing to it; "
        "try again when it has finished ({detail}).",
    )
    DB_FILE_UNWRITABLE = _code(
        "db.file_unwritable", "The database file {path} cannot be written: {detail}."
    )
    DB_FILE_UNOPENABLE = _code(
        "db.file_unopenable", "The database file {path} cannot be opened: {detail}."
    )
    DB_UNREACHABLE = _code("db.unreachable", "Cannot connect to the database {url}: {detail}.")
    DB_CONCURRENT = _code(
        "db.concurrent",
        "Another user was changing the same records at the same moment, so nothing was saved; "
        "please try again.",
    )
    DB_WORK_FAILED = _code(
        "db.work_failed",
        "The database {url} failed during the operation, so nothing was saved: {detail}.",
    )

    # import: the file
    FILE_MISSING = _code("import.file_missing", "The file {path} does not exist.")
    FILE_IS_FOLDER = _code("import.file_is_folder", "{path} is a folder, not a file.")
    IMPORT_UNREADABLE = _code("import.file_unreadable", "The file {path} cannot be read: {reason}.")
    SOURCE_EMPTY = _code("import.empty", "{source} is empty.")
    PASTED_EMPTY = _code("import.pasted_empty", "The {source} is empty.")
    PASTED_NUL = _code(
        "import.pasted_nul", "The {source} contains NUL characters: it is not a table."
    )
    NO_TABLE = _code("import.no_table", "{source} holds no table: it is empty or blank.")
    HEADER_ONLY = _code(
        "import.header_only", "{source} has only a header row and no clients under it."
    )
    NOT_VALID_TEXT = _code(
        "import.not_valid_text",
        "{source} is not valid {encoding} text; choose its encoding by hand.",
    )
    NOT_VALID_TEXT_AT = _code(
        "import.not_valid_text_at",
        "{source} is not valid {encoding} text near row {row}; choose its encoding by hand.",
    )
    NUL_AT = _code(
        "import.nul_at",
        "{source} contains a NUL byte at row {row}: the file is damaged or not a text table.",
    )
    UNREADABLE_AT = _code("import.unreadable_at", "{source} cannot be read at row {row}: {detail}.")
    NUL_BYTES = _code(
        "import.nul_bytes",
        "The file contains NUL bytes: it is not a text table (a binary file, or damaged).",
    )
    ENCODING_UNKNOWN = _code(
        "import.encoding_unrecognised",
        "The encoding of the file cannot be recognised; give it explicitly.",
    )
    TOO_MANY_COLUMNS = _code(
        "import.too_many_columns",
        "Row {row} has {columns} columns; a client list has at most {max_columns}.",
    )
    CELL_TOO_LONG = _code(
        "import.cell_too_long",
        "Row {row} has a cell of {length:,} characters; a cell may hold at most "
        "{max_length:,}. The file is damaged or not a client list.",
    )
    NOT_A_SPREADSHEET = _code(
        "import.not_a_spreadsheet",
        "{source} is not a spreadsheet: its content is not an Excel or OpenDocument workbook. "
        "If it is a text table, give it a .csv or .txt name.",
    )
    WORKBOOK_ON_INPUT = _code(
        "import.workbook_on_input", "{source} is a workbook; save it to a file and import the file."
    )
    WORKBOOK_DAMAGED = _code(
        "import.workbook_damaged",
        "{source} is damaged: the workbook is truncated or corrupt and cannot be opened.",
    )
    WORKBOOK_TOO_BIG = _code(
        "import.workbook_too_big",
        "{source} would unpack to {gigabytes:.1f} GB; it is refused as unsafe "
        "(a real client list is far smaller).",
    )
    WORKBOOK_PART_BOMB = _code(
        "import.workbook_part_bomb",
        "{source} is refused as unsafe: one of its parts unpacks {ratio:,.0f} times larger"
        + _FILE_BOMB,
    )
    WORKBOOK_BOMB = _code(
        "import.workbook_bomb",
        "{source} is refused as unsafe: it unpacks {ratio:,.0f} times larger" + _FILE_BOMB,
    )
    ZIP_NOT_WORKBOOK = _code(
        "import.zip_not_workbook",
        "{source} is a zip archive, not an Excel or OpenDocument workbook.",
    )
    WORKBOOK_UNREADABLE = _code(
        "import.workbook_unreadable",
        "{source} cannot be read as a workbook: it is damaged or not really {kind} ({detail}).",
    )
    WORKBOOK_EMPTY = _code(
        "import.workbook_empty", "{source} holds no table: its sheets are empty."
    )
    SHEET_UNREADABLE = _code(
        "import.sheet_unreadable",
        "The sheet {sheet!r} of {source} cannot be read: the workbook is damaged ({detail}).",
    )
    VCARD_UNREADABLE = _code(
        "import.vcard_unreadable", "{source} cannot be read as vCard: {detail}."
    )
    VCARD_EMPTY = _code("import.vcard_empty", "{source} holds no contact cards (no BEGIN:VCARD).")

    # import: the settings
    SHEET_UNKNOWN = _code(
        "import.sheet_unknown", "{source} has no sheet {sheet!r}; its sheets: {sheets}."
    )
    SEPARATOR_INVALID = _code(
        "import.separator_invalid",
        "{value!r} is not a column separator; use auto, ',', ';', tab, space or one character.",
    )
    ENCODING_INVALID = _code(
        "import.encoding_invalid", "{encoding!r} is not an encoding this program knows."
    )
    DEDUPE_STEP_UNKNOWN = _code(
        "import.dedupe_step_unknown",
        "Unknown duplicate search step {steps!r}; use phone, email, name (or none).",
    )
    UNIQUE_FIELD_UNKNOWN = _code(
        "import.unique_field_unknown",
        "{field!r} cannot be the unique field; use one of {allowed} or custom.<key>.",
    )
    UNIQUE_FIELD_UNMATCHED = _code(
        "import.unique_field_unmatched", "The unique field {field!r} is not matched to any column."
    )
    MAPPING_SHAPE = _code(
        "import.mapping_shape",
        'A mapping must look like {{"columns": {{"<column name or number>": "<field key>"}}}}.',
    )
    MAPPING_FIELD_UNKNOWN = _code(
        "import.mapping_field_unknown",
        "{key!r} in the mapping is not a card field. Known: {known}.",
    )
    MAPPING_COLUMN_MISSING = _code(
        "import.mapping_column_missing",
        "The mapping names a column {column!r} that the file lacks.",
    )
    MAPPING_FILE_MISSING = _code(
        "import.mapping_file_missing", "The mapping file {path} does not exist."
    )
    MAPPING_FILE_INVALID = _code(
        "import.mapping_file_invalid", "The mapping file {path} is not valid JSON ({detail})."
    )
    MAPPING_UNUSABLE = _code("import.mapping_unusable", "{problems} ({reason})")
    MAPPING_UNUSABLE_PLAIN = _code("import.mapping_unusable_plain", "{problems}")
    PRESET_NAME_MISSING = _code("import.preset_name_missing", "A saved matching needs a name.")
    PRESET_UNKNOWN = _code("import.preset_unknown", "There is no saved matching called {name!r}.")
    PHONE_RULE_INVALID = _code(
        "import.phone_rule_invalid",
        "The phone rule {rule!r} is malformed; write it like [11]/-7+8 (in 11-digit numbers "
        "replace a leading 7 by 8), [10]/+7 (put 7 in front of 10-digit numbers) or [11]/-8 "
        "(drop a leading 8).",
    )
    PHONE_VALID_INVALID = _code(
        "import.phone_valid_invalid",
        "The phone validation rule {rule!r} is malformed; write it like [11] (only 11-digit "
        "numbers pass), [10,11] or [10-12].",
    )
    PHONE_VALID_RANGE = _code(
        "import.phone_valid_range", "The phone validation rule {rule!r} is not a range."
    )
    PHONES_UNMATCHED = _code(
        "import.phones_unmatched",
        "Phones are required but no column is matched to Phones (no_phones_column).",
    )
    UPDATE_NEEDS_SEARCH = _code(
        "import.update_needs_search",
        "Update mode needs a duplicate search step (phone, email or name) or a unique field "
        "to find the clients to update.",
    )
    RESPONSIBLE_UNKNOWN = _code(
        "import.responsible_unknown", "There is no user {login!r} to make responsible."
    )
    QUEUE_UNKNOWN = _code("import.queue_unknown", "There is no queue {name!r}.")
    SCENARIO_UNKNOWN = _code("import.scenario_unknown", "There is no sales scenario {name!r}.")
    GROUP_NAME_INVALID = _code("import.group_name_invalid", "{path!r} is not a group name.")
    MODE_UNKNOWN = _code(
        "import.mode_unknown", "{mode!r} is not an import mode; use add, update or add-update."
    )
    REGION_INVALID = _code(
        "import.region_invalid",
        "{region!r} is not a region; use a two-letter country code like RU or PL.",
    )
    FAILED_ROWS_FORMAT = _code(
        "import.failed_rows_format", "Save failed rows as .xlsx or .csv, not {suffix}."
    )
    IMPORT_CHANGED_MEANWHILE = _code(
        "import.changed_meanwhile",
        "Some of the clients this import updates were changed by someone else while it ran; "
        "nothing was imported. Run the import again.",
    )

    # import history
    IMPORT_UNKNOWN = _code("import.unknown", "There is no import #{job_id}.")
    IMPORT_UNDONE_ALREADY = _code("import.undone_already", "Import #{job_id} was undone already.")
    IMPORT_NOTHING_TO_UNDO = _code(
        "import.nothing_to_undo", "Import #{job_id} is {status}; it changed nothing to undo."
    )
    UNDO_CHANGED_SINCE = _code(
        "import.undo_changed_since",
        "Import #{job_id} cannot be undone: {count} of its clients were changed since "
        "(e.g. {examples}). Nothing was undone.",
    )
    UNDO_CHANGED_MEANWHILE = _code(
        "import.undo_changed_meanwhile",
        "Import #{job_id} cannot be undone: some of its clients were changed while it was being "
        "undone. Nothing was undone.",
    )


class CrmError(Exception):
    """An error caused by the user's input or environment: a code, its params and the English
    sentence. `cause` is a user error this one explains further ("Deal date: ..."), filling
    the `{cause}` of the template."""

    def __init__(self, code: ErrorCode, /, *, cause: CrmError | None = None, **params: object):
        self.code = code.key
        self.params = params
        self.cause = cause
        fill = params if cause is None else {**params, "cause": cause.message}
        self.message = code.english.format(**fill)
        super().__init__(self.message)

    def __str__(self) -> str:
        return self.message


class DatabaseError(CrmError):
    """The database cannot be opened, reached or upgraded."""


class PermissionDenied(CrmError):
    """The current user's role does not allow this action."""


class NotFound(CrmError):
    """A record the user referred to does not exist (any more)."""


class ValidationError(CrmError):
    """A value does not fit its field (bad phone, bad email, bad date...). `field` is the key
    of the field it belongs to, `value` (a param too) what was given."""

    def __init__(
        self,
        code: ErrorCode,
        /,
        *,
        field: str | None = None,
        cause: CrmError | None = None,
        **params: object,
    ) -> None:
        super().__init__(code, cause=cause, **params)
        self.field = field
        self.value = params.get("value")


class ConflictError(CrmError):
    """Someone else saved the same record after it was loaded (optimistic locking)."""

    def __init__(self, code: ErrorCode, /, *, changed_by: str | None = None, **params: object):
        super().__init__(code, **params)
        self.changed_by = changed_by


class ImportFileError(CrmError):
    """An import file cannot be read: wrong format, corrupt, empty, hostile."""


class ImportSettingsError(CrmError):
    """Import settings are wrong: malformed phone rule, unknown field, missing mapping."""
