"""Values that do not fit their field: phones, emails, dates, numbers, yes/no, choices."""

from __future__ import annotations

from desktop_crm.error_codes.registry import QT_TRANSLATE_NOOP, code


class ValueCodes:
    # values and fields
    PHONE_INVALID = code(
        "phone.invalid", QT_TRANSLATE_NOOP("Errors", "{value!r} is not a phone number.")
    )
    EMAIL_INVALID = code(
        "email.invalid", QT_TRANSLATE_NOOP("Errors", "{value!r} is not an email address.")
    )
    CONTACT_EMPTY = code(
        "contact.empty", QT_TRANSLATE_NOOP("Errors", "A {kind} value cannot be empty.")
    )
    CONTACT_TOO_LONG = code(
        "contact.too_long",
        QT_TRANSLATE_NOOP("Errors", "A {kind} value may be at most {max_length} characters long."),
    )
    CONTACT_COMMENT_TOO_LONG = code(
        "contact.comment_too_long",
        QT_TRANSLATE_NOOP(
            "Errors", "A comment on {contact} may be at most {max_length} characters long."
        ),
    )
    TEXT_TOO_LONG = code(
        "field.too_long",
        QT_TRANSLATE_NOOP("Errors", "{label} may be at most {max_length} characters long."),
    )
    FIELD_VALUE_BAD = code("field.bad_value", QT_TRANSLATE_NOOP("Errors", "{label}: {cause}"))
    NOT_A_DATE = code(
        "value.not_a_date",
        QT_TRANSLATE_NOOP("Errors", "{value!r} is not a date; type it as DD.MM.YYYY."),
    )
    NOT_A_NUMBER = code(
        "value.not_a_number", QT_TRANSLATE_NOOP("Errors", "{value!r} is not a number.")
    )
    NOT_YES_NO = code(
        "value.not_yes_no", QT_TRANSLATE_NOOP("Errors", "{value!r} is not yes or no.")
    )
    NOT_A_CHOICE = code(
        "value.not_a_choice", QT_TRANSLATE_NOOP("Errors", "{value!r} is not one of: {allowed}.")
    )
    DATE_NO_YEAR = code("value.date_no_year", QT_TRANSLATE_NOOP("Errors", "{value!r} has no year."))
    DATE_NO_SUCH_DAY = code(
        "value.date_no_such_day",
        QT_TRANSLATE_NOOP("Errors", "{value!r} is not a date; the month has no such day."),
    )
    DATE_BAD_YEAR = code(
        "value.date_bad_year", QT_TRANSLATE_NOOP("Errors", "{value!r} has an impossible year.")
    )
    DATE_IN_FUTURE = code(
        "value.date_in_future", QT_TRANSLATE_NOOP("Errors", "{value:%d.%m.%Y} is in the future.")
    )
    DATE_TOO_OLD = code(
        "value.date_too_old",
        QT_TRANSLATE_NOOP("Errors", "{value:%d.%m.%Y} is too far in the past."),
    )
    VALUE_NEGATIVE = code(
        "value.negative", QT_TRANSLATE_NOOP("Errors", "{value!r} cannot be negative.")
    )
    VALUE_TOO_LARGE = code(
        "value.too_large", QT_TRANSLATE_NOOP("Errors", "{value!r} is too large.")
    )
    TEXT_CONTROL_CHAR = code(
        "value.control_char",
        QT_TRANSLATE_NOOP(
            "Errors",
            "{value!r} contains a control character ({char}) that cannot be stored; remove it.",
        ),
    )
