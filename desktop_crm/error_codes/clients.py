"""Clients: names, kinds, stages and the records a card refers to."""

from __future__ import annotations

from desktop_crm.error_codes.registry import QT_TRANSLATE_NOOP, code


class ClientCodes:
    # clients
    CLIENT_NAME_MISSING = code(
        "client.name_missing",
        QT_TRANSLATE_NOOP(
            "Errors", "A client needs a name: fill in the full name or the last and first name."
        ),
    )
    CLIENT_KIND_UNKNOWN = code(
        "client.kind_unknown", QT_TRANSLATE_NOOP("Errors", "{kind!r} is not a kind of client.")
    )
    STAGE_UNKNOWN = code(
        "client.stage_unknown",
        QT_TRANSLATE_NOOP("Errors", "{stage!r} is not a stage; use lead or client."),
    )
    CHOSEN_GROUP_GONE = code(
        "client.group_gone",
        QT_TRANSLATE_NOOP("Errors", "The chosen group does not exist any more."),
    )
    CHOSEN_QUEUE_GONE = code(
        "client.queue_gone",
        QT_TRANSLATE_NOOP("Errors", "The chosen queue does not exist any more."),
    )
    CHOSEN_RESPONSIBLE_GONE = code(
        "client.responsible_gone",
        QT_TRANSLATE_NOOP("Errors", "The chosen responsible manager does not exist any more."),
    )
    RESPONSIBLE_DISABLED = code(
        "client.responsible_disabled",
        QT_TRANSLATE_NOOP(
            "Errors", "{name}'s account is disabled; choose another responsible manager."
        ),
    )
    CHOSEN_MANAGER_GONE = code(
        "client.manager_gone",
        QT_TRANSLATE_NOOP("Errors", "The chosen manager does not exist any more."),
    )
    MANAGER_DISABLED = code(
        "client.manager_disabled",
        QT_TRANSLATE_NOOP("Errors", "{name}'s account is disabled; choose another manager."),
    )
    CHOSEN_COMPANY_GONE = code(
        "client.company_gone",
        QT_TRANSLATE_NOOP("Errors", "The chosen company does not exist any more."),
    )
    NOT_A_COMPANY = code(
        "client.not_a_company",
        QT_TRANSLATE_NOOP(
            "Errors", "{name} is not a company; a client can be attached to a company only."
        ),
    )
    COMPANY_ITSELF = code(
        "client.company_itself",
        QT_TRANSLATE_NOOP("Errors", "A company cannot be attached to itself."),
    )
    CLIENT_GONE = code(
        "client.gone",
        QT_TRANSLATE_NOOP(
            "Errors", "Client #{client_id} does not exist any more; someone may have deleted it."
        ),
    )
    CLIENT_GONE_WHILE_OPEN = code(
        "client.gone_while_open",
        QT_TRANSLATE_NOOP(
            "Errors",
            "Client #{client_id} does not exist any more; someone deleted it while the card "
            "was open.",
        ),
    )
    CLIENT_MISSING = code(
        "client.missing",
        QT_TRANSLATE_NOOP("Errors", "Client #{client_id} does not exist any more."),
    )
