"""A database server that went away while the application was using it."""

from __future__ import annotations

from desktop_crm.error_codes.registry import QT_TRANSLATE_NOOP, code


class ConnectionCodes:
    SERVER_LOST = code(
        "connection.server_lost",
        QT_TRANSLATE_NOOP(
            "Errors",
            "The database server {server} cannot be reached, so nothing was saved; check that "
            "it is running and try again.",
        ),
    )
    # a read outside a unit of work (the list, a count), where the error does not tell which
    # server
    CONNECTION_LOST = code(
        "connection.lost",
        QT_TRANSLATE_NOOP(
            "Errors",
            "The database server cannot be reached; check that it is running and try again.",
        ),
    )
