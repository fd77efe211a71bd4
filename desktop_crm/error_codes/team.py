"""A team base on PostgreSQL: setting it up, passwords, signing in."""

from __future__ import annotations

from desktop_crm.error_codes.registry import QT_TRANSLATE_NOOP, code


class TeamCodes:
    TEAM_NEEDS_POSTGRESQL = code(
        "team.needs_postgresql",
        QT_TRANSLATE_NOOP("Errors", "Team mode needs a PostgreSQL base; {url} is not one."),
    )
    TEAM_NOT_PERMITTED = code(
        "team.not_permitted",
        QT_TRANSLATE_NOOP(
            "Errors",
            "Setting up a team base needs a superuser, or a role with CREATEROLE that owns "
            "the tables: {detail}.",
        ),
    )
    TEAM_NOT_SET_UP = code(
        "team.not_set_up",
        QT_TRANSLATE_NOOP(
            "Errors", "{url} is not a team base yet: run “desktop-crm db init-team” first."
        ),
    )
    PASSWORD_EMPTY = code(
        "team.password_empty", QT_TRANSLATE_NOOP("Errors", "The password is empty.")
    )
    PASSWORDS_DIFFER = code(
        "team.passwords_differ", QT_TRANSLATE_NOOP("Errors", "The two passwords differ.")
    )
    LOGIN_REFUSED = code(
        "team.login_refused",
        QT_TRANSLATE_NOOP(
            "Errors",
            "The server refused the login {login!r}: the password is wrong or there is no "
            "such login.",
        ),
    )
    LOGIN_DISABLED = code(
        "team.login_disabled",
        QT_TRANSLATE_NOOP(
            "Errors", "The login {login!r} is disabled: an administrator can enable it again."
        ),
    )
    SERVER_UNREACHABLE = code(
        "team.server_unreachable",
        QT_TRANSLATE_NOOP(
            "Errors",
            "Cannot connect to the database server {server}: check its address and that it "
            "is running.",
        ),
    )
    LOGIN_ROLE_FOREIGN = code(
        "team.login_role_foreign",
        QT_TRANSLATE_NOOP(
            "Errors",
            "The server already has a role {login!r} that is not a CRM login: choose another "
            "login.",
        ),
    )
