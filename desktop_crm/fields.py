"""Every card field a mapping, an import, an export or the history names (DESIGN.md field keys):
its key, English label, kind and length.

Lengths are read from the model's columns, so a migration that widens a column widens what the
card and the import accept. The labels are English; the window translates them
(`desktop_crm/ui/words.py`). A custom field is `custom.<key>` and is labelled as its admin
named it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import Column, select
from sqlalchemy.orm import Session

from desktop_crm.models import Client, ContactPoint, CustomField, Deal, Group, Tag, User, table_of

# Kinds of value. A custom field's kind is its type (text, number, date, bool, choice).
TEXT, LIST, DATE, MONEY, NUMBER, BOOL, CHOICE = (
    "text",
    "list",
    "date",
    "money",
    "number",
    "bool",
    "choice",
)
USER, GROUP = "user", "group"  # a reference by name to a user or a group
CUSTOM_TYPES = (TEXT, NUMBER, DATE, BOOL, CHOICE)

CUSTOM_PREFIX = "custom."
DEAL_PREFIX = "deal."


def custom_key(key: str) -> str:
    """The field key of the custom field `key`: "source" -> "custom.source"."""
    return CUSTOM_PREFIX + key


def custom_field_key(field_key: str) -> str | None:
    """The custom field's own key in a field key ("custom.source" -> "source"); None when the
    field is not a custom one."""
    if field_key.startswith(CUSTOM_PREFIX):
        return field_key[len(CUSTOM_PREFIX) :]
    return None


@dataclass(frozen=True)
class FieldSpec:
    key: str
    label: str
    kind: str = TEXT
    max_length: int | None = None  # characters, per value of a list; None: no limit
    choices: tuple[str, ...] = ()

    @property
    def multi(self) -> bool:
        """Phones, emails, tags: several columns may fill it, a cell may hold several values."""
        return self.kind == LIST

    @property
    def is_deal(self) -> bool:
        return self.key.startswith(DEAL_PREFIX)

    @property
    def is_custom(self) -> bool:
        return self.key.startswith(CUSTOM_PREFIX)


def _length(column: Column[object]) -> int | None:
    """A string column's length; None for TEXT."""
    return getattr(column.type, "length", None)


_client = table_of(Client).c
_deal = table_of(Deal).c

CARD_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("full_name", "Full name", max_length=_length(_client.full_name)),
    FieldSpec("kind", "Person or company", CHOICE, choices=("person", "company")),
    FieldSpec("stage", "Stage", CHOICE, choices=("lead", "client")),
    FieldSpec("last_name", "Last name", max_length=_length(_client.last_name)),
    FieldSpec("first_name", "First name", max_length=_length(_client.first_name)),
    FieldSpec("middle_name", "Middle name (patronymic)", max_length=_length(_client.middle_name)),
    FieldSpec("phones", "Phones", LIST, _length(table_of(ContactPoint).c.value)),
    FieldSpec("emails", "Emails", LIST, _length(table_of(ContactPoint).c.value)),
    FieldSpec("tags", "Tags", LIST, _length(table_of(Tag).c.name)),
    FieldSpec("birth_date", "Birth date", DATE),
    FieldSpec("company", "Company", max_length=_length(_client.full_name)),
    FieldSpec("position", "Position", max_length=_length(_client.position)),
    FieldSpec("address", "Address", max_length=_length(_client.address)),
    FieldSpec("website", "Website", max_length=_length(_client.website)),
    FieldSpec("group", "Group", GROUP, _length(table_of(Group).c.name)),
    FieldSpec("manager", "Main manager", USER, _length(table_of(User).c.full_name)),
    FieldSpec("note", "Note"),
    FieldSpec("deal.topic", "Interest: topic", max_length=_length(_deal.topic)),
    FieldSpec("deal.date", "Interest: date", DATE),
    FieldSpec("deal.expected_revenue", "Interest: expected revenue", MONEY),
    FieldSpec("deal.description", "Interest: description", max_length=_length(_deal.description)),
    FieldSpec("deal.activity", "Interest: planned activity", max_length=_length(_deal.activity)),
    FieldSpec("deal.activity_date", "Interest: activity date", DATE),
)
FIELDS = {f.key: f for f in CARD_FIELDS}


def label(key: str) -> str:
    """A card field's English label; a key it does not know, as it is."""
    spec = FIELDS.get(key)
    return spec.label if spec else key


def max_length(key: str) -> int | None:
    return FIELDS[key].max_length


def custom_field_spec(field: CustomField) -> FieldSpec:
    return FieldSpec(
        custom_key(field.key),
        field.label,
        field.type,
        choices=tuple(str(c) for c in field.choices or ()),
    )


def catalog_from(custom: Iterable[CustomField]) -> dict[str, FieldSpec]:
    """The card fields, then the given custom fields, by field key."""
    catalog = dict(FIELDS)
    for field in custom:
        spec = custom_field_spec(field)
        catalog[spec.key] = spec
    return catalog


def field_catalog(session: Session | None = None) -> dict[str, FieldSpec]:
    """Every field a card has: the built-in ones first, then the base's custom fields."""
    if session is None:
        return dict(FIELDS)
    query = select(CustomField).order_by(CustomField.position, CustomField.id)
    return catalog_from(session.scalars(query))
