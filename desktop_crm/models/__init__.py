"""ORM classes, one module per aggregate.

Importing this package registers the tables of the client list and its fields (clients, people,
deals, activity, imports, settings). Interactions and tasks, which the window's first screen
does without, load together on the first use of one of their names here (`from
desktop_crm.models import Task`); `load_all()` registers every table, for whatever walks
`Base.metadata`.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from desktop_crm.models.activity import MAX_ATTACHMENT_BYTES, Attachment, ChangeLog, Note
from desktop_crm.models.base import Base, table_of, utcnow
from desktop_crm.models.clients import (
    Client,
    ContactPerson,
    ContactPoint,
    CustomField,
    CustomFieldValue,
    Group,
    Tag,
    client_tags,
)
from desktop_crm.models.deals import Deal, SalesScenario
from desktop_crm.models.imports import ImportJob, ImportRow, MappingPreset
from desktop_crm.models.people import Queue, Role, User, UserGroup
from desktop_crm.models.settings import BaseSetting

if TYPE_CHECKING:
    from desktop_crm.models.interactions import Interaction, InteractionParty, MailSync
    from desktop_crm.models.tasks import BulkEdit, Project, Task, TaskItem

# The modules loaded on first use, and their names. They load all at once: task items refer to
# interactions, and a foreign key must find its table.
LATER = {
    "interactions": ("Interaction", "InteractionParty", "MailSync"),
    "tasks": ("BulkEdit", "Project", "Task", "TaskItem"),
}


def load_all() -> None:
    """Register every table and mapped class (the deferred modules too)."""
    for module in LATER:
        loaded = importlib.import_module(f"{__name__}.{module}")
        globals().update({name: getattr(loaded, name) for name in LATER[module]})


def __getattr__(name: str) -> Any:
    if not any(name in names for names in LATER.values()):
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    load_all()
    return globals()[name]


__all__ = [
    "MAX_ATTACHMENT_BYTES",
    "Attachment",
    "Base",
    "BaseSetting",
    "BulkEdit",
    "ChangeLog",
    "Client",
    "ContactPerson",
    "ContactPoint",
    "CustomField",
    "CustomFieldValue",
    "Deal",
    "Group",
    "ImportJob",
    "ImportRow",
    "Interaction",
    "InteractionParty",
    "MailSync",
    "MappingPreset",
    "Note",
    "Project",
    "Queue",
    "Role",
    "SalesScenario",
    "Tag",
    "Task",
    "TaskItem",
    "User",
    "UserGroup",
    "client_tags",
    "load_all",
    "table_of",
    "utcnow",
]
