"""What the control wizard's pages offer: the client list's filter choices, the card fields and
custom fields a properties check can look at, the users and user groups tasks go to, and the
projects already there. Read once when the wizard opens."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_crm.models import CustomField, Project, User, UserGroup
from desktop_crm.services.completeness import CUSTOM_PREFIX, FIELD_PREFIX
from desktop_crm.services.filter_choices import FilterChoices, filter_choices
from desktop_crm.wizards.control.properties import CHECKABLE_FIELDS


@dataclass(frozen=True)
class Executor:
    id: int
    name: str
    login: str


@dataclass(frozen=True)
class CheckableField:
    """A field a properties check can look at: its check key ("field:address", "custom:3"),
    and the card field's key ("address") or, for a custom field, its label."""

    key: str
    card_key: str = ""
    label: str = ""


@dataclass(frozen=True)
class WizardChoices:
    filters: FilterChoices
    fields: tuple[CheckableField, ...]
    executors: tuple[Executor, ...]  # active users, by name
    user_groups: tuple[tuple[str, tuple[int, ...]], ...]  # name, active members' ids
    projects: tuple[str, ...]


def wizard_choices(session: Session) -> WizardChoices:
    users = session.execute(
        select(User.id, User.full_name, User.login).where(User.is_active).order_by(User.full_name)
    ).tuples()
    executors = tuple(Executor(*row) for row in users)
    groups = []
    for group in session.scalars(select(UserGroup).order_by(UserGroup.name)):
        members = tuple(sorted(u.id for u in group.members if u.is_active))
        groups.append((group.name, members))
    projects = tuple(session.scalars(select(Project.name).order_by(Project.name)))
    return WizardChoices(filter_choices(session), checkable_fields(session), executors,
                         tuple(groups), projects)  # fmt: skip


def checkable_fields(session: Session) -> tuple[CheckableField, ...]:
    """The card fields in the card's order, then the custom fields in theirs."""
    card = [CheckableField(FIELD_PREFIX + column, key) for key, column in CHECKABLE_FIELDS.items()]
    query = select(CustomField.id, CustomField.label).order_by(CustomField.position, CustomField.id)
    custom = [
        CheckableField(f"{CUSTOM_PREFIX}{field_id}", label=label)
        for field_id, label in session.execute(query).tuples()
    ]
    return (*card, *custom)
