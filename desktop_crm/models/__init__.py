"""ORM classes, one module per aggregate. Importing this package registers every table."""

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
from desktop_crm.models.interactions import Interaction, InteractionParty, MailSync
from desktop_crm.models.people import Queue, Role, User, UserGroup
from desktop_crm.models.settings import BaseSetting, LiveChannelKey
from desktop_crm.models.tasks import BulkEdit, Project, Task, TaskItem

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
    "LiveChannelKey",
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
    "table_of",
    "utcnow",
]
