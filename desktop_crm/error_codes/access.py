"""Access and users: permissions, logins, roles."""

from __future__ import annotations

from desktop_crm.error_codes.registry import QT_TRANSLATE_NOOP, code


class AccessCodes:
    # access and users
    ACCOUNT_DISABLED = code(
        "user.disabled", QT_TRANSLATE_NOOP("Errors", "The account {login!r} is disabled.")
    )
    PERMISSION_DENIED = code(
        "access.denied",
        QT_TRANSLATE_NOOP(
            "Errors",
            "{name} ({login}, role {role}) may not {action}. Ask an administrator for a role "
            "that allows it.",
        ),
    )
    QUEUE_NOT_MEMBER = code(
        "access.queue_not_member",
        QT_TRANSLATE_NOOP(
            "Errors",
            "{name} ({login}) cannot put a client into the queue {queue}: {login} is not a "
            "member of it, and the client would disappear from view.",
        ),
    )
    ROLE_UNKNOWN = code(
        "role.unknown",
        QT_TRANSLATE_NOOP("Errors", "There is no role {role!r}. Known roles: {known}."),
    )
    USER_UNKNOWN = code(
        "user.unknown",
        QT_TRANSLATE_NOOP(
            "Errors",
            "There is no user {login!r} in this database. An administrator can add it with "
            '`desktop-crm users add {login} --name "Full Name"`.',
        ),
    )
    LOGIN_NOT_FOUND = code(
        "user.login_not_found",
        QT_TRANSLATE_NOOP(
            "Errors",
            "Nobody is logged in here: give the login with --user LOGIN or the DESKTOP_CRM_USER "
            "variable.",
        ),
    )
    LOGIN_EMPTY = code("user.login_empty", QT_TRANSLATE_NOOP("Errors", "A login cannot be empty."))
    LOGIN_TAKEN = code(
        "user.login_taken", QT_TRANSLATE_NOOP("Errors", "The login {login!r} is taken already.")
    )
