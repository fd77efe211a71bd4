"""Every `CrmError` code worded in the user's language (one place for all of them).

`error_message(error)` fills the translated sentence of the error's code with its params. A
param whose English value comes from a closed set (a field's label, a permission, a deal's
status...) is worded here too, from the key that travels with it (see desktop_crm/errors.py).
A code missing below falls back to the English sentence; tests/ui/test_error_words.py fails
for it, and for a code without a Russian translation.
"""

from __future__ import annotations

import errno
from collections.abc import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from desktop_crm.errors import CrmError, ValidationError

CONTEXT = "Errors"

# The sentence of each code; the {placeholders} are the error's params.
SENTENCES = {
    "user.disabled": QT_TRANSLATE_NOOP("Errors", "The account {login!r} is disabled."),
    "access.denied": QT_TRANSLATE_NOOP(
        "Errors",
        "{name} ({login}, role {role}) may not {action}. Ask an administrator for a role that"
        " allows it.",
    ),
    "role.unknown": QT_TRANSLATE_NOOP("Errors", "There is no role {role!r}. Known roles: {known}."),
    "user.unknown": QT_TRANSLATE_NOOP(
        "Errors",
        "There is no user {login!r} in this database. An administrator can add it with "
        '`desktop-crm users add {login} --name "Full Name"`.',
    ),
    "user.login_empty": QT_TRANSLATE_NOOP("Errors", "A login cannot be empty."),
    "user.login_taken": QT_TRANSLATE_NOOP("Errors", "The login {login!r} is taken already."),
    "phone.invalid": QT_TRANSLATE_NOOP("Errors", "{value!r} is not a phone number."),
    "email.invalid": QT_TRANSLATE_NOOP("Errors", "{value!r} is not an email address."),
    "contact.empty": QT_TRANSLATE_NOOP("Errors", "A {kind} value cannot be empty."),
    "contact.too_long": QT_TRANSLATE_NOOP(
        "Errors",
        "A {kind} value may be at most {max_length} characters long.",
    ),
    "contact.comment_too_long": QT_TRANSLATE_NOOP(
        "Errors",
        "A comment on {contact} may be at most {max_length} characters long.",
    ),
    "field.too_long": QT_TRANSLATE_NOOP(
        "Errors",
        "{label} may be at most {max_length} characters long.",
    ),
    "field.bad_value": QT_TRANSLATE_NOOP("Errors", "{label}: {cause}"),
    "value.not_a_date": QT_TRANSLATE_NOOP(
        "Errors",
        "{value!r} is not a date; type it as DD.MM.YYYY.",
    ),
    "value.not_a_number": QT_TRANSLATE_NOOP("Errors", "{value!r} is not a number."),
    "value.not_yes_no": QT_TRANSLATE_NOOP("Errors", "{value!r} is not yes or no."),
    "value.not_a_choice": QT_TRANSLATE_NOOP("Errors", "{value!r} is not one of: {allowed}."),
    "client.name_missing": QT_TRANSLATE_NOOP(
        "Errors",
        "A client needs a name: fill in the full name or the last and first name.",
    ),
    "client.birth_date_future": QT_TRANSLATE_NOOP(
        "Errors",
        "The birth date {value:%d.%m.%Y} is in the future.",
    ),
    "client.birth_date_too_old": QT_TRANSLATE_NOOP(
        "Errors",
        "The birth date {value:%d.%m.%Y} is too far in the past.",
    ),
    "client.kind_unknown": QT_TRANSLATE_NOOP("Errors", "{kind!r} is not a kind of client."),
    "client.stage_unknown": QT_TRANSLATE_NOOP(
        "Errors",
        "{stage!r} is not a stage; use lead or client.",
    ),
    "client.group_gone": QT_TRANSLATE_NOOP("Errors", "The chosen group does not exist any more."),
    "client.queue_gone": QT_TRANSLATE_NOOP("Errors", "The chosen queue does not exist any more."),
    "client.responsible_gone": QT_TRANSLATE_NOOP(
        "Errors",
        "The chosen responsible manager does not exist any more.",
    ),
    "client.responsible_disabled": QT_TRANSLATE_NOOP(
        "Errors",
        "{name}'s account is disabled; choose another responsible manager.",
    ),
    "client.manager_gone": QT_TRANSLATE_NOOP(
        "Errors",
        "The chosen manager does not exist any more.",
    ),
    "client.manager_disabled": QT_TRANSLATE_NOOP(
        "Errors",
        "{name}'s account is disabled; choose another manager.",
    ),
    "client.company_gone": QT_TRANSLATE_NOOP(
        "Errors",
        "The chosen company does not exist any more.",
    ),
    "client.not_a_company": QT_TRANSLATE_NOOP(
        "Errors",
        "{name} is not a company; a client can be attached to a company only.",
    ),
    "client.company_itself": QT_TRANSLATE_NOOP("Errors", "A company cannot be attached to itself."),
    "client.gone": QT_TRANSLATE_NOOP(
        "Errors",
        "Client #{client_id} does not exist any more; someone may have deleted it.",
    ),
    "client.gone_while_open": QT_TRANSLATE_NOOP(
        "Errors",
        "Client #{client_id} does not exist any more; someone deleted it while the card was open.",
    ),
    "client.missing": QT_TRANSLATE_NOOP("Errors", "Client #{client_id} does not exist any more."),
    "conflict.changed_by": QT_TRANSLATE_NOOP(
        "Errors",
        "{who} changed {what} at {at}, after you opened it. Reload it to see those changes, "
        "or save yours over them.",
    ),
    "conflict.changed_by_untimed": QT_TRANSLATE_NOOP(
        "Errors",
        "{who} changed {what}, after you opened it. Reload it to see those changes, or save "
        "yours over them.",
    ),
    "conflict.changed_by_you": QT_TRANSLATE_NOOP(
        "Errors",
        "You ({who}), in another window, changed {what} at {at}, after you opened it. Reload "
        "it to see those changes, or save yours over them.",
    ),
    "conflict.changed_by_you_untimed": QT_TRANSLATE_NOOP(
        "Errors",
        "You ({who}), in another window, changed {what}, after you opened it. Reload it to "
        "see those changes, or save yours over them.",
    ),
    "conflict.changed_by_someone": QT_TRANSLATE_NOOP(
        "Errors",
        "Someone changed {what} at {at}, after you opened it. Reload it to see those changes,"
        " or save yours over them.",
    ),
    "conflict.changed_by_someone_untimed": QT_TRANSLATE_NOOP(
        "Errors",
        "Someone changed {what}, after you opened it. Reload it to see those changes, or save"
        " yours over them.",
    ),
    "group.name_empty": QT_TRANSLATE_NOOP("Errors", "A group name cannot be empty."),
    "group.name_separator": QT_TRANSLATE_NOOP(
        "Errors",
        "A group name cannot contain {separator!r}: it separates a group from its subgroup.",
    ),
    "group.name_too_long": QT_TRANSLATE_NOOP(
        "Errors",
        "A group name may be at most {max_length} characters long.",
    ),
    "group.path_empty": QT_TRANSLATE_NOOP("Errors", "A group path cannot be empty."),
    "group.parent_gone": QT_TRANSLATE_NOOP("Errors", "The parent group does not exist any more."),
    "group.exists": QT_TRANSLATE_NOOP("Errors", "There is a group {name!r} here already."),
    "group.gone": QT_TRANSLATE_NOOP("Errors", "The group does not exist any more."),
    "tag.empty": QT_TRANSLATE_NOOP("Errors", "A tag cannot be empty."),
    "tag.too_long": QT_TRANSLATE_NOOP(
        "Errors",
        "A tag may be at most {max_length} characters long.",
    ),
    "tag.unknown": QT_TRANSLATE_NOOP("Errors", "There is no tag {name!r}."),
    "tag.exists": QT_TRANSLATE_NOOP("Errors", "There is a tag {name!r} already."),
    "note.empty": QT_TRANSLATE_NOOP("Errors", "A note cannot be empty."),
    "note.too_long": QT_TRANSLATE_NOOP(
        "Errors",
        "A note may be at most {max_length} characters long.",
    ),
    "note.gone": QT_TRANSLATE_NOOP("Errors", "The note does not exist any more."),
    "note.not_author": QT_TRANSLATE_NOOP(
        "Errors",
        "Only the author of a note or an administrator may change it.",
    ),
    "contact_person.gone": QT_TRANSLATE_NOOP(
        "Errors",
        "The contact person does not exist any more; someone may have deleted it.",
    ),
    "contact_person.not_on_card": QT_TRANSLATE_NOOP(
        "Errors",
        "That contact person is not on this card any more.",
    ),
    "custom_field.unknown": QT_TRANSLATE_NOOP("Errors", "There is no custom field {key!r}."),
    "custom_field.choices_not_allowed": QT_TRANSLATE_NOOP(
        "Errors",
        "Only a field of type choice has a list of choices.",
    ),
    "custom_field.choices_empty": QT_TRANSLATE_NOOP(
        "Errors",
        "A choice field needs at least one choice.",
    ),
    "custom_field.choices_case": QT_TRANSLATE_NOOP("Errors", "Two choices differ only in case."),
    "custom_field.label_empty": QT_TRANSLATE_NOOP("Errors", "A field needs a label."),
    "custom_field.label_too_long": QT_TRANSLATE_NOOP(
        "Errors",
        "A field label may be at most {max_length} characters long.",
    ),
    "custom_field.key_invalid": QT_TRANSLATE_NOOP(
        "Errors",
        "The key {key!r} may hold only small latin letters, digits and _, and must start with"
        " a letter.",
    ),
    "custom_field.key_built_in": QT_TRANSLATE_NOOP(
        "Errors",
        "{key!r} is a built-in card field already.",
    ),
    "custom_field.key_taken": QT_TRANSLATE_NOOP(
        "Errors",
        "There is a custom field {key!r} already.",
    ),
    "custom_field.type_unknown": QT_TRANSLATE_NOOP(
        "Errors",
        "{type!r} is not a field type; choose one of {types}.",
    ),
    "deal.topic_missing": QT_TRANSLATE_NOOP("Errors", "A deal needs a topic."),
    "deal.revenue_negative": QT_TRANSLATE_NOOP("Errors", "Expected revenue cannot be negative."),
    "deal.revenue_too_large": QT_TRANSLATE_NOOP("Errors", "Expected revenue is too large."),
    "deal.scenario_gone": QT_TRANSLATE_NOOP("Errors", "The chosen sales scenario does not exist."),
    "deal.responsible_gone": QT_TRANSLATE_NOOP("Errors", "The chosen responsible does not exist."),
    "deal.gone": QT_TRANSLATE_NOOP(
        "Errors",
        "The deal does not exist any more; someone may have deleted it.",
    ),
    "deal.finished": QT_TRANSLATE_NOOP("Errors", "The deal “{topic}” is {status} already."),
    "deal.client_fixed": QT_TRANSLATE_NOOP(
        "Errors",
        "The deal “{topic}” is {status}; the client of a finished deal cannot be changed.",
    ),
    "deal.scenario_name_empty": QT_TRANSLATE_NOOP("Errors", "A sales scenario needs a name."),
    "file.name_missing": QT_TRANSLATE_NOOP("Errors", "A file needs a name."),
    "file.too_big": QT_TRANSLATE_NOOP(
        "Errors",
        "{name} is {size}; files up to {limit} can be attached. Attach a smaller file, or ask"
        " an administrator to raise the limit in Settings.",
    ),
    "file.not_a_file": QT_TRANSLATE_NOOP("Errors", "{path} is not a file."),
    "file.unreadable": QT_TRANSLATE_NOOP("Errors", "The file {path} cannot be read: {reason}."),
    "file.gone": QT_TRANSLATE_NOOP(
        "Errors",
        "The file does not exist any more; someone may have deleted it.",
    ),
    "file.not_saved": QT_TRANSLATE_NOOP("Errors", "Cannot save the file to {path}: {reason}."),
    "file.unwritable": QT_TRANSLATE_NOOP("Errors", "{path} cannot be written: {reason}."),
    "export.format": QT_TRANSLATE_NOOP("Errors", "Export to .xlsx or .csv, not {suffix}."),
    "demo.count": QT_TRANSLATE_NOOP(
        "Errors",
        "The number of demo clients must be between 1 and {max_count:,}; got {count:,}.",
    ),
    "db.url_invalid": QT_TRANSLATE_NOOP(
        "Errors",
        "The database address {url!r} is not a valid URL.",
    ),
    "db.unsupported": QT_TRANSLATE_NOOP(
        "Errors",
        "This kind of database is not supported: {url!r}.",
    ),
    "db.folder_is_file": QT_TRANSLATE_NOOP(
        "Errors",
        "{folder} is a file, not a folder for the database file.",
    ),
    "db.folder_missing": QT_TRANSLATE_NOOP(
        "Errors",
        "The folder {folder} for the database file does not exist.",
    ),
    "db.foreign": QT_TRANSLATE_NOOP(
        "Errors",
        "{url} holds tables that are not a desktop_crm database. Choose an empty database or "
        "a desktop_crm one.",
    ),
    "db.not_a_database": QT_TRANSLATE_NOOP(
        "Errors",
        "{path} is not a desktop_crm database file ({detail}).",
    ),
    "db.read_only": QT_TRANSLATE_NOOP(
        "Errors",
        "The database file {path} is read-only, so changes cannot be saved ({detail}).",
    ),
    "db.locked": QT_TRANSLATE_NOOP(
        "Errors",
        "The database file {path} is locked by another program that is still writing to it; "
        "try again when it has finished ({detail}).",
    ),
    "db.file_unwritable": QT_TRANSLATE_NOOP(
        "Errors",
        "The database file {path} cannot be written: {detail}.",
    ),
    "db.file_unopenable": QT_TRANSLATE_NOOP(
        "Errors",
        "The database file {path} cannot be opened: {detail}.",
    ),
    "db.unreachable": QT_TRANSLATE_NOOP(
        "Errors",
        "Cannot connect to the database {url}: {detail}.",
    ),
    "db.concurrent": QT_TRANSLATE_NOOP(
        "Errors",
        "Another user was changing the same records at the same moment, so nothing was saved;"
        " please try again.",
    ),
    "db.work_failed": QT_TRANSLATE_NOOP(
        "Errors",
        "The database {url} failed during the operation, so nothing was saved: {detail}.",
    ),
    "import.file_missing": QT_TRANSLATE_NOOP("Errors", "The file {path} does not exist."),
    "import.file_is_folder": QT_TRANSLATE_NOOP("Errors", "{path} is a folder, not a file."),
    "import.file_unreadable": QT_TRANSLATE_NOOP(
        "Errors",
        "The file {path} cannot be read: {reason}.",
    ),
    "import.empty": QT_TRANSLATE_NOOP("Errors", "{source} is empty."),
    "import.pasted_empty": QT_TRANSLATE_NOOP("Errors", "The {source} is empty."),
    "import.pasted_nul": QT_TRANSLATE_NOOP(
        "Errors",
        "The {source} contains NUL characters: it is not a table.",
    ),
    "import.no_table": QT_TRANSLATE_NOOP(
        "Errors",
        "{source} holds no table: it is empty or blank.",
    ),
    "import.header_only": QT_TRANSLATE_NOOP(
        "Errors",
        "{source} has only a header row and no clients under it.",
    ),
    "import.not_valid_text": QT_TRANSLATE_NOOP(
        "Errors",
        "{source} is not valid {encoding} text; choose its encoding by hand.",
    ),
    "import.not_valid_text_at": QT_TRANSLATE_NOOP(
        "Errors",
        "{source} is not valid {encoding} text near row {row}; choose its encoding by hand.",
    ),
    "import.nul_at": QT_TRANSLATE_NOOP(
        "Errors",
        "{source} contains a NUL byte at row {row}: the file is damaged or not a text table.",
    ),
    "import.unreadable_at": QT_TRANSLATE_NOOP(
        "Errors",
        "{source} cannot be read at row {row}: {detail}.",
    ),
    "import.nul_bytes": QT_TRANSLATE_NOOP(
        "Errors",
        "The file contains NUL bytes: it is not a text table (a binary file, or damaged).",
    ),
    "import.encoding_unrecognised": QT_TRANSLATE_NOOP(
        "Errors",
        "The encoding of the file cannot be recognised; give it explicitly.",
    ),
    "import.too_many_columns": QT_TRANSLATE_NOOP(
        "Errors",
        "Row {row} has {columns} columns; a client list has at most {max_columns}.",
    ),
    "import.cell_too_long": QT_TRANSLATE_NOOP(
        "Errors",
        "Row {row} has a cell of {length:,} characters; a cell may hold at most "
        "{max_length:,}. The file is damaged or not a client list.",
    ),
    "import.not_a_spreadsheet": QT_TRANSLATE_NOOP(
        "Errors",
        "{source} is not a spreadsheet: its content is not an Excel or OpenDocument workbook."
        " If it is a text table, give it a .csv or .txt name.",
    ),
    "import.workbook_on_input": QT_TRANSLATE_NOOP(
        "Errors",
        "{source} is a workbook; save it to a file and import the file.",
    ),
    "import.workbook_damaged": QT_TRANSLATE_NOOP(
        "Errors",
        "{source} is damaged: the workbook is truncated or corrupt and cannot be opened.",
    ),
    "import.workbook_too_big": QT_TRANSLATE_NOOP(
        "Errors",
        "{source} would unpack to {gigabytes:.1f} GB; it is refused as unsafe (a real client "
        "list is far smaller).",
    ),
    "import.workbook_part_bomb": QT_TRANSLATE_NOOP(
        "Errors",
        "{source} is refused as unsafe: one of its parts unpacks {ratio:,.0f} times larger "
        "than it is stored (a zip bomb).",
    ),
    "import.workbook_bomb": QT_TRANSLATE_NOOP(
        "Errors",
        "{source} is refused as unsafe: it unpacks {ratio:,.0f} times larger than it is "
        "stored (a zip bomb).",
    ),
    "import.zip_not_workbook": QT_TRANSLATE_NOOP(
        "Errors",
        "{source} is a zip archive, not an Excel or OpenDocument workbook.",
    ),
    "import.workbook_unreadable": QT_TRANSLATE_NOOP(
        "Errors",
        "{source} cannot be read as a workbook: it is damaged or not really {kind} ({detail}).",
    ),
    "import.workbook_empty": QT_TRANSLATE_NOOP(
        "Errors",
        "{source} holds no table: its sheets are empty.",
    ),
    "import.sheet_unreadable": QT_TRANSLATE_NOOP(
        "Errors",
        "The sheet {sheet!r} of {source} cannot be read: the workbook is damaged ({detail}).",
    ),
    "import.vcard_unreadable": QT_TRANSLATE_NOOP(
        "Errors",
        "{source} cannot be read as vCard: {detail}.",
    ),
    "import.vcard_empty": QT_TRANSLATE_NOOP(
        "Errors",
        "{source} holds no contact cards (no BEGIN:VCARD).",
    ),
    "import.sheet_unknown": QT_TRANSLATE_NOOP(
        "Errors",
        "{source} has no sheet {sheet!r}; its sheets: {sheets}.",
    ),
    "import.separator_invalid": QT_TRANSLATE_NOOP(
        "Errors",
        "{value!r} is not a column separator; use auto, ',', ';', tab, space or one character.",
    ),
    "import.encoding_invalid": QT_TRANSLATE_NOOP(
        "Errors",
        "{encoding!r} is not an encoding this program knows.",
    ),
    "import.dedupe_step_unknown": QT_TRANSLATE_NOOP(
        "Errors",
        "Unknown duplicate search step {steps!r}; use phone, email, name (or none).",
    ),
    "import.unique_field_unknown": QT_TRANSLATE_NOOP(
        "Errors",
        "{field!r} cannot be the unique field; use one of {allowed} or custom.<key>.",
    ),
    "import.unique_field_unmatched": QT_TRANSLATE_NOOP(
        "Errors",
        "The unique field {field!r} is not matched to any column.",
    ),
    "import.mapping_shape": QT_TRANSLATE_NOOP(
        "Errors",
        'A mapping must look like {{"columns": {{"<column name or number>": "<field key>"}}}}.',
    ),
    "import.mapping_field_unknown": QT_TRANSLATE_NOOP(
        "Errors",
        "{key!r} in the mapping is not a card field. Known: {known}.",
    ),
    "import.mapping_column_missing": QT_TRANSLATE_NOOP(
        "Errors",
        "The mapping names a column {column!r} that the file lacks.",
    ),
    "import.mapping_file_missing": QT_TRANSLATE_NOOP(
        "Errors",
        "The mapping file {path} does not exist.",
    ),
    "import.mapping_file_invalid": QT_TRANSLATE_NOOP(
        "Errors",
        "The mapping file {path} is not valid JSON ({detail}).",
    ),
    "import.mapping_unusable": QT_TRANSLATE_NOOP("Errors", "{problems} ({reason})"),
    "import.mapping_unusable_plain": QT_TRANSLATE_NOOP("Errors", "{problems}"),
    "import.preset_name_missing": QT_TRANSLATE_NOOP("Errors", "A saved matching needs a name."),
    "import.preset_unknown": QT_TRANSLATE_NOOP(
        "Errors",
        "There is no saved matching called {name!r}.",
    ),
    "import.phone_rule_invalid": QT_TRANSLATE_NOOP(
        "Errors",
        "The phone rule {rule!r} is malformed; write it like [11]/-7+8 (in 11-digit numbers "
        "replace a leading 7 by 8), [10]/+7 (put 7 in front of 10-digit numbers) or [11]/-8 "
        "(drop a leading 8).",
    ),
    "import.phone_valid_invalid": QT_TRANSLATE_NOOP(
        "Errors",
        "The phone validation rule {rule!r} is malformed; write it like [11] (only 11-digit "
        "numbers pass), [10,11] or [10-12].",
    ),
    "import.phone_valid_range": QT_TRANSLATE_NOOP(
        "Errors",
        "The phone validation rule {rule!r} is not a range.",
    ),
    "import.phones_unmatched": QT_TRANSLATE_NOOP(
        "Errors",
        "Phones are required but no column is matched to Phones (no_phones_column).",
    ),
    "import.update_needs_search": QT_TRANSLATE_NOOP(
        "Errors",
        "Update mode needs a duplicate search step (phone, email or name) or a unique field "
        "to find the clients to update.",
    ),
    "import.responsible_unknown": QT_TRANSLATE_NOOP(
        "Errors",
        "There is no user {login!r} to make responsible.",
    ),
    "import.queue_unknown": QT_TRANSLATE_NOOP("Errors", "There is no queue {name!r}."),
    "import.scenario_unknown": QT_TRANSLATE_NOOP("Errors", "There is no sales scenario {name!r}."),
    "import.group_name_invalid": QT_TRANSLATE_NOOP("Errors", "{path!r} is not a group name."),
    "import.mode_unknown": QT_TRANSLATE_NOOP(
        "Errors",
        "{mode!r} is not an import mode; use add, update or add-update.",
    ),
    "import.region_invalid": QT_TRANSLATE_NOOP(
        "Errors",
        "{region!r} is not a region; use a two-letter country code like RU or PL.",
    ),
    "import.failed_rows_format": QT_TRANSLATE_NOOP(
        "Errors",
        "Save failed rows as .xlsx or .csv, not {suffix}.",
    ),
    "import.changed_meanwhile": QT_TRANSLATE_NOOP(
        "Errors",
        "Some of the clients this import updates were changed by someone else while it ran; "
        "nothing was imported. Run the import again.",
    ),
    "import.unknown": QT_TRANSLATE_NOOP("Errors", "There is no import #{job_id}."),
    "import.undone_already": QT_TRANSLATE_NOOP("Errors", "Import #{job_id} was undone already."),
    "import.nothing_to_undo": QT_TRANSLATE_NOOP(
        "Errors",
        "Import #{job_id} is {status}; it changed nothing to undo.",
    ),
    "import.undo_changed_since": QT_TRANSLATE_NOOP(
        "Errors",
        "Import #{job_id} cannot be undone: {count} of its clients were changed since (e.g. "
        "{examples}). Nothing was undone.",
    ),
    "import.undo_changed_meanwhile": QT_TRANSLATE_NOOP(
        "Errors",
        "Import #{job_id} cannot be undone: some of its clients were changed while it was "
        "being undone. Nothing was undone.",
    ),
}

# -- the words of closed sets, by the key that travels with the English word ----------------
FIELD_WORDS = {  # ValidationError.field -> the `label` param
    "full_name": QT_TRANSLATE_NOOP("Errors", "The full name"),
    "last_name": QT_TRANSLATE_NOOP("Errors", "The last name"),
    "first_name": QT_TRANSLATE_NOOP("Errors", "The first name"),
    "middle_name": QT_TRANSLATE_NOOP("Errors", "The middle name"),
    "address": QT_TRANSLATE_NOOP("Errors", "The address"),
    "website": QT_TRANSLATE_NOOP("Errors", "The website"),
    "position": QT_TRANSLATE_NOOP("Errors", "The position"),
    "topic": QT_TRANSLATE_NOOP("Errors", "The topic"),
    "description": QT_TRANSLATE_NOOP("Errors", "The description"),
    "activity": QT_TRANSLATE_NOOP("Errors", "Activity"),
    "stage": QT_TRANSLATE_NOOP("Errors", "Stage"),
    "date": QT_TRANSLATE_NOOP("Errors", "Deal date"),
    "activity_date": QT_TRANSLATE_NOOP("Errors", "Activity date"),
    "expected_revenue": QT_TRANSLATE_NOOP("Errors", "Expected revenue"),
}
PERMISSION_WORDS = {  # `permission` -> the `action` param
    "edit_clients": QT_TRANSLATE_NOOP("Errors", "edit clients"),
    "import": QT_TRANSLATE_NOOP("Errors", "import clients"),
    "export": QT_TRANSLATE_NOOP("Errors", "export clients"),
    "delete_clients": QT_TRANSLATE_NOOP("Errors", "delete clients"),
    "control": QT_TRANSLATE_NOOP("Errors", "run control wizards"),
    "admin": QT_TRANSLATE_NOOP("Errors", "administer users, roles, fields and settings"),
}
RECORD_WORDS = {  # `record` and `name` -> the `what` param of a conflict
    "client": QT_TRANSLATE_NOOP("Errors", "the card of {name}"),
    "contact_person": QT_TRANSLATE_NOOP("Errors", "the contact person {name}"),
}
STATUS_WORDS = {  # a deal's or an import's `status`
    "open": QT_TRANSLATE_NOOP("Errors", "open"),
    "won": QT_TRANSLATE_NOOP("Errors", "won"),
    "lost": QT_TRANSLATE_NOOP("Errors", "lost"),
    "running": QT_TRANSLATE_NOOP("Errors", "running"),
    "failed": QT_TRANSLATE_NOOP("Errors", "failed"),
    "cancelled": QT_TRANSLATE_NOOP("Errors", "cancelled"),
    "dry_run": QT_TRANSLATE_NOOP("Errors", "a check only"),
}
KIND_WORDS = {  # the `kind` of a contact point
    "phone": QT_TRANSLATE_NOOP("Errors", "phone"),
    "email": QT_TRANSLATE_NOOP("Errors", "email"),
}
SOURCE_WORDS = {  # the `source` of an import that is not a file
    "pasted text": QT_TRANSLATE_NOOP("Errors", "pasted text"),
    "standard input": QT_TRANSLATE_NOOP("Errors", "standard input"),
}
MAPPING_REASON_WORDS = {  # the `reason` of an unusable mapping
    "no_fields": QT_TRANSLATE_NOOP("Errors", "no matched fields"),
    "missing_required": QT_TRANSLATE_NOOP("Errors", "a required field is missing"),
}
BYTES = QT_TRANSLATE_NOOP("Errors", "{count} bytes")
ERRNO_WORDS = {  # `errno` -> the `reason` param (the system's English text)
    errno.ENOENT: QT_TRANSLATE_NOOP("Errors", "there is no such file or folder"),
    errno.EACCES: QT_TRANSLATE_NOOP("Errors", "permission denied"),
    errno.EPERM: QT_TRANSLATE_NOOP("Errors", "permission denied"),
    errno.ENOSPC: QT_TRANSLATE_NOOP("Errors", "the disk is full"),
    errno.EISDIR: QT_TRANSLATE_NOOP("Errors", "it is a folder"),
    errno.ENOTDIR: QT_TRANSLATE_NOOP("Errors", "a part of the path is not a folder"),
    errno.EROFS: QT_TRANSLATE_NOOP("Errors", "the disk is read-only"),
}


def _word(words: Mapping[object, str], key: object, english: object) -> object:
    return QCoreApplication.translate(CONTEXT, words[key]) if key in words else english


def _byte_size(size: int) -> str:
    """25.3 MB, 1 MB (no ".0"), in the locale's numbers and units."""
    scale = next((s for s in (1024**3, 1024**2, 1024) if size >= s), 1)
    precision = 0 if round(size / scale, 1).is_integer() else 1
    return QLocale().formattedDataSize(
        size, precision, QLocale.DataSizeFormat.DataSizeTraditionalFormat
    )


def _bytes(size: int) -> str:
    return QCoreApplication.translate(CONTEXT, BYTES).format(count=QLocale().toString(size))


def worded_params(error: CrmError) -> dict[str, object]:
    """The error's params with the words of closed sets in the user's language."""
    params = dict(error.params)
    if isinstance(error, ValidationError) and "label" in params:
        params["label"] = _word(FIELD_WORDS, error.field, params["label"])
    if "permission" in params:
        params["action"] = _word(PERMISSION_WORDS, params["permission"], params.get("action"))
    if params.get("record") in RECORD_WORDS:
        params["what"] = _word(RECORD_WORDS, params["record"], "").format(name=params["name"])
    if "status" in params:
        params["status"] = _word(STATUS_WORDS, params["status"], params["status"])
    if "kind" in params:
        params["kind"] = _word(KIND_WORDS, params["kind"], params["kind"])
    if "source" in params:
        params["source"] = _word(SOURCE_WORDS, params["source"], params["source"])
    if "errno" in params:
        params["reason"] = _word(ERRNO_WORDS, params["errno"], params.get("reason"))
    elif error.code.startswith("import.mapping_unusable"):
        params["reason"] = _word(MAPPING_REASON_WORDS, params.get("reason"), params.get("reason"))
    size, limit = params.get("value"), params.get("limit_bytes")
    if isinstance(size, int) and isinstance(limit, int):  # a file too big to attach
        params["size"], params["limit"] = _byte_size(size), _byte_size(limit)
        if params["size"] == params["limit"]:  # "1 MB is over 1 MB" would puzzle anyone
            params["size"], params["limit"] = _bytes(size), _bytes(limit)
    if error.cause is not None:
        params["cause"] = error_message(error.cause)
    return params


def error_message(error: CrmError) -> str:
    """The error as a sentence in the user's language."""
    sentence = SENTENCES.get(error.code)
    if sentence is None:
        return error.message
    return QCoreApplication.translate(CONTEXT, sentence).format(**worded_params(error))


__all__ = ["SENTENCES", "error_message", "worded_params"]
