"""Mail accounts and IMAP fetching (issue #12): what stops a fetch before or while it runs."""

from __future__ import annotations

from desktop_crm.error_codes.registry import QT_TRANSLATE_NOOP, code


class ImapCodes:
    IMAP_ACCOUNT_UNKNOWN = code(
        "imap.account_unknown",
        QT_TRANSLATE_NOOP("Errors", "There is no mail account named {name!r} on this computer."),
    )
    IMAP_NO_ACCOUNTS = code(
        "imap.no_accounts",
        QT_TRANSLATE_NOOP(
            "Errors", "No mail account is set up on this computer: add one with its server first."
        ),
    )
    IMAP_ACCOUNT_INCOMPLETE = code(
        "imap.account_incomplete",
        QT_TRANSLATE_NOOP("Errors", "A mail account needs a name, a server and a login."),
    )
    IMAP_PORT_INVALID = code(
        "imap.port_invalid",
        QT_TRANSLATE_NOOP("Errors", "{value!r} is not a port number (1 to 65535)."),
    )
    IMAP_SECURITY_INVALID = code(
        "imap.security_invalid",
        QT_TRANSLATE_NOOP(
            "Errors", "{value!r} is not a connection security: tls, starttls or none."
        ),
    )
    IMAP_SETTINGS_BROKEN = code(
        "imap.settings_broken",
        QT_TRANSLATE_NOOP(
            "Errors", "The mail accounts in {path} are not a list of accounts: {detail}."
        ),
    )
    IMAP_NO_PASSWORD = code(
        "imap.no_password",
        QT_TRANSLATE_NOOP(
            "Errors",
            "The password of the mail account {name!r} is not in the keyring: add it again.",
        ),
    )
    IMAP_KEYRING_UNAVAILABLE = code(
        "imap.keyring_unavailable",
        QT_TRANSLATE_NOOP(
            "Errors", "The system keyring that keeps mail passwords cannot be used: {detail}."
        ),
    )
    IMAP_UNREACHABLE = code(
        "imap.unreachable",
        QT_TRANSLATE_NOOP("Errors", "The mail server {host}:{port} cannot be reached: {detail}."),
    )
    IMAP_SECURE_FAILED = code(
        "imap.secure_failed",
        QT_TRANSLATE_NOOP(
            "Errors", "A secure connection to the mail server {host}:{port} failed: {detail}."
        ),
    )
    IMAP_LOGIN_REFUSED = code(
        "imap.login_refused",
        QT_TRANSLATE_NOOP(
            "Errors", "The mail server {host} refused the login {login!r}: wrong login or password."
        ),
    )
    IMAP_FOLDER_MISSING = code(
        "imap.folder_missing",
        QT_TRANSLATE_NOOP("Errors", "The mail account {name!r} has no folder {folder!r}."),
    )
    IMAP_CONNECTION_LOST = code(
        "imap.connection_lost",
        QT_TRANSLATE_NOOP(
            "Errors",
            "The connection to the mail server {host} broke during the fetch ({detail}); "
            "the messages stored before stay, the next fetch goes on from there.",
        ),
    )
