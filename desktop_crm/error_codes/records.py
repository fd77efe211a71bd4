"""Records: saved by someone else meanwhile, groups, tags, notes, contact persons, custom
fields, deals."""

from __future__ import annotations

from desktop_crm.error_codes.registry import QT_TRANSLATE_NOOP, code


class RecordCodes:
    # someone saved the record after it was loaded (optimistic locking)
    CHANGED_BY = code(
        "conflict.changed_by",
        QT_TRANSLATE_NOOP(
            "Errors",
            "{who} changed {what} at {at}, after you opened it. Reload it to see those "
            "changes, or save yours over them.",
        ),
    )
    CHANGED_BY_UNTIMED = code(
        "conflict.changed_by_untimed",
        QT_TRANSLATE_NOOP(
            "Errors",
            "{who} changed {what}, after you opened it. Reload it to see those changes, or "
            "save yours over them.",
        ),
    )
    CHANGED_BY_YOU = code(
        "conflict.changed_by_you",
        QT_TRANSLATE_NOOP(
            "Errors",
            "You ({who}), in another window, changed {what} at {at}, after you opened it. "
            "Reload it to see those changes, or save yours over them.",
        ),
    )
    CHANGED_BY_YOU_UNTIMED = code(
        "conflict.changed_by_you_untimed",
        QT_TRANSLATE_NOOP(
            "Errors",
            "You ({who}), in another window, changed {what}, after you opened it. Reload it "
            "to see those changes, or save yours over them.",
        ),
    )
    CHANGED_BY_SOMEONE = code(
        "conflict.changed_by_someone",
        QT_TRANSLATE_NOOP(
            "Errors",
            "Someone changed {what} at {at}, after you opened it. Reload it to see those "
            "changes, or save yours over them.",
        ),
    )
    CHANGED_BY_SOMEONE_UNTIMED = code(
        "conflict.changed_by_someone_untimed",
        QT_TRANSLATE_NOOP(
            "Errors",
            "Someone changed {what}, after you opened it. Reload it to see those changes, or "
            "save yours over them.",
        ),
    )

    # groups, tags, notes, contact persons
    GROUP_NAME_EMPTY = code(
        "group.name_empty", QT_TRANSLATE_NOOP("Errors", "A group name cannot be empty.")
    )
    GROUP_NAME_SEPARATOR = code(
        "group.name_separator",
        QT_TRANSLATE_NOOP(
            "Errors",
            "A group name cannot contain {separator!r}: it separates a group from its subgroup.",
        ),
    )
    GROUP_NAME_TOO_LONG = code(
        "group.name_too_long",
        QT_TRANSLATE_NOOP("Errors", "A group name may be at most {max_length} characters long."),
    )
    GROUP_PATH_EMPTY = code(
        "group.path_empty", QT_TRANSLATE_NOOP("Errors", "A group path cannot be empty.")
    )
    GROUP_PARENT_GONE = code(
        "group.parent_gone",
        QT_TRANSLATE_NOOP("Errors", "The parent group does not exist any more."),
    )
    GROUP_EXISTS = code(
        "group.exists", QT_TRANSLATE_NOOP("Errors", "There is a group {name!r} here already.")
    )
    GROUP_GONE = code(
        "group.gone", QT_TRANSLATE_NOOP("Errors", "The group does not exist any more.")
    )
    TAG_EMPTY = code("tag.empty", QT_TRANSLATE_NOOP("Errors", "A tag cannot be empty."))
    TAG_TOO_LONG = code(
        "tag.too_long",
        QT_TRANSLATE_NOOP("Errors", "A tag may be at most {max_length} characters long."),
    )
    TAG_UNKNOWN = code("tag.unknown", QT_TRANSLATE_NOOP("Errors", "There is no tag {name!r}."))
    TAG_EXISTS = code("tag.exists", QT_TRANSLATE_NOOP("Errors", "There is a tag {name!r} already."))
    NOTE_EMPTY = code("note.empty", QT_TRANSLATE_NOOP("Errors", "A note cannot be empty."))
    NOTE_TOO_LONG = code(
        "note.too_long",
        QT_TRANSLATE_NOOP("Errors", "A note may be at most {max_length} characters long."),
    )
    NOTE_GONE = code("note.gone", QT_TRANSLATE_NOOP("Errors", "The note does not exist any more."))
    NOTE_NOT_AUTHOR = code(
        "note.not_author",
        QT_TRANSLATE_NOOP("Errors", "Only the author of a note or an administrator may change it."),
    )
    PERSON_GONE = code(
        "contact_person.gone",
        QT_TRANSLATE_NOOP(
            "Errors", "The contact person does not exist any more; someone may have deleted it."
        ),
    )
    PERSON_NOT_ON_CARD = code(
        "contact_person.not_on_card",
        QT_TRANSLATE_NOOP("Errors", "That contact person is not on this card any more."),
    )

    # custom fields
    CUSTOM_FIELD_UNKNOWN = code(
        "custom_field.unknown", QT_TRANSLATE_NOOP("Errors", "There is no custom field {key!r}.")
    )
    CHOICES_NOT_ALLOWED = code(
        "custom_field.choices_not_allowed",
        QT_TRANSLATE_NOOP("Errors", "Only a field of type choice has a list of choices."),
    )
    CHOICES_EMPTY = code(
        "custom_field.choices_empty",
        QT_TRANSLATE_NOOP("Errors", "A choice field needs at least one choice."),
    )
    CHOICES_CASE = code(
        "custom_field.choices_case", QT_TRANSLATE_NOOP("Errors", "Two choices differ only in case.")
    )
    FIELD_LABEL_EMPTY = code(
        "custom_field.label_empty", QT_TRANSLATE_NOOP("Errors", "A field needs a label.")
    )
    FIELD_LABEL_TOO_LONG = code(
        "custom_field.label_too_long",
        QT_TRANSLATE_NOOP("Errors", "A field label may be at most {max_length} characters long."),
    )
    FIELD_KEY_INVALID = code(
        "custom_field.key_invalid",
        QT_TRANSLATE_NOOP(
            "Errors",
            "The key {key!r} may hold only small latin letters, digits and _, and must start "
            "with a letter.",
        ),
    )
    FIELD_KEY_BUILT_IN = code(
        "custom_field.key_built_in",
        QT_TRANSLATE_NOOP("Errors", "{key!r} is a built-in card field already."),
    )
    FIELD_KEY_TAKEN = code(
        "custom_field.key_taken",
        QT_TRANSLATE_NOOP("Errors", "There is a custom field {key!r} already."),
    )
    FIELD_TYPE_UNKNOWN = code(
        "custom_field.type_unknown",
        QT_TRANSLATE_NOOP("Errors", "{type!r} is not a field type; choose one of {types}."),
    )

    # deals
    DEAL_TOPIC_MISSING = code(
        "deal.topic_missing", QT_TRANSLATE_NOOP("Errors", "A deal needs a topic.")
    )
    SCENARIO_GONE = code(
        "deal.scenario_gone",
        QT_TRANSLATE_NOOP("Errors", "The chosen sales scenario does not exist."),
    )
    DEAL_RESPONSIBLE_GONE = code(
        "deal.responsible_gone",
        QT_TRANSLATE_NOOP("Errors", "The chosen responsible does not exist."),
    )
    DEAL_GONE = code(
        "deal.gone",
        QT_TRANSLATE_NOOP(
            "Errors", "The deal does not exist any more; someone may have deleted it."
        ),
    )
    DEAL_FINISHED = code(
        "deal.finished", QT_TRANSLATE_NOOP("Errors", "The deal “{topic}” is {status} already.")
    )
    DEAL_CLIENT_FIXED = code(
        "deal.client_fixed",
        QT_TRANSLATE_NOOP(
            "Errors",
            "The deal “{topic}” is {status}; the client of a finished deal cannot be changed.",
        ),
    )
    SCENARIO_NAME_EMPTY = code(
        "deal.scenario_name_empty", QT_TRANSLATE_NOOP("Errors", "A sales scenario needs a name.")
    )
