"""Mail files (issue #12): what cannot be imported, and the company's own addresses."""

from __future__ import annotations

from desktop_crm.error_codes.registry import QT_TRANSLATE_NOOP, code


class MailCodes:
    MAIL_PATH_MISSING = code(
        "mail.path_missing", QT_TRANSLATE_NOOP("Errors", "{path} does not exist.")
    )
    MAIL_FOLDER_EMPTY = code(
        "mail.folder_empty",
        QT_TRANSLATE_NOOP("Errors", "The folder {path} holds no .eml, .msg or .mbox files."),
    )
    MAIL_UNREADABLE = code(
        "mail.unreadable",
        QT_TRANSLATE_NOOP("Errors", "The file {path} cannot be read: {reason}."),
    )
    MAIL_NOT_MAIL = code(
        "mail.not_mail",
        QT_TRANSLATE_NOOP("Errors", "The file {path} is not an email message or a mailbox."),
    )
    MAIL_MBOX_BROKEN = code(
        "mail.mbox_broken",
        QT_TRANSLATE_NOOP(
            "Errors",
            "The mailbox {path} is broken: message {number} at line {line} is not an email "
            "message.",
        ),
    )
    MAIL_MSG_BROKEN = code(
        "mail.msg_broken",
        QT_TRANSLATE_NOOP(
            "Errors", "The Outlook message {path} is damaged and cannot be read: it was skipped."
        ),
    )
    MAIL_OWN_ADDRESS_INVALID = code(
        "mail.own_address_invalid",
        QT_TRANSLATE_NOOP(
            "Errors",
            "{value!r} is neither an email address nor a domain written as @firm.com.",
        ),
    )
