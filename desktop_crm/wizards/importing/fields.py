"""The card fields an import can fill (DESIGN.md field keys), with their kind and label.

`phones`, `emails` and `tags` are multi-valued: several columns may map to them (Google and
Outlook exports have "Phone 1", "Mobile Phone", ...) and one cell may hold several values
separated by `;`. Every other field takes one column.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_crm.models import CustomField

TEXT, MULTI, DATE, MONEY, PERSON_REF, GROUP_REF = "text", "multi", "date", "money", "user", "group"
CHOICE = "choice"
CUSTOM_PREFIX = "custom."


@dataclass(frozen=True)
class FieldSpec:
    key: str
    label: str
    kind: str = TEXT
    max_length: int | None = None
    custom_type: str | None = None  # text | number | date | bool | choice, for custom fields
    choices: tuple[str, ...] = ()

    @property
    def multi(self) -> bool:
        return self.kind == MULTI

    @property
    def is_deal(self) -> bool:
        return self.key.startswith("deal.")

    @property
    def is_custom(self) -> bool:
        return self.key.startswith(CUSTOM_PREFIX)


STANDARD_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("full_name", "Full name", max_length=500),
    FieldSpec("kind", "Person or company", CHOICE, choices=("person", "company")),
    FieldSpec("stage", "Stage", CHOICE, choices=("lead", "client")),
    FieldSpec("last_name", "Last name", max_length=255),
    FieldSpec("first_name", "First name", max_length=255),
    FieldSpec("middle_name", "Middle name (patronymic)", max_length=255),
    FieldSpec("phones", "Phones", MULTI, max_length=255),
    FieldSpec("emails", "Emails", MULTI, max_length=255),
    FieldSpec("tags", "Tags", MULTI, max_length=128),
    FieldSpec("birth_date", "Birth date", DATE),
    FieldSpec("company", "Company", max_length=500),
    FieldSpec("position", "Position", max_length=255),
    FieldSpec("address", "Address"),
    FieldSpec("website", "Website", max_length=500),
    FieldSpec("group", "Group", GROUP_REF, max_length=255),
    FieldSpec("manager", "Main manager", PERSON_REF, max_length=255),
    FieldSpec("note", "Note"),
    FieldSpec("deal.topic", "Interest: topic", max_length=500),
    FieldSpec("deal.date", "Interest: date", DATE),
    FieldSpec("deal.expected_revenue", "Interest: expected revenue", MONEY),
    FieldSpec("deal.description", "Interest: description"),
    FieldSpec("deal.activity", "Interest: planned activity", max_length=500),
    FieldSpec("deal.activity_date", "Interest: activity date", DATE),
)

# A row must give at least one of these, or there is nothing to recognise the client by.
# Required fields (IMP-3): a name (full name, one of its parts or a company), or a phone, or an
# email. The import dialog shows them in bold; a mapping without any of them is refused.
IDENTIFYING_FIELDS = ("full_name", "last_name", "first_name", "company", "phones", "emails")
NAME_FIELDS = ("full_name", "last_name", "first_name", "middle_name")
# Plain columns of `clients` an import writes as they are.
CLIENT_COLUMNS = ("address", "website", "position")
DEAL_FIELDS = tuple(f.key for f in STANDARD_FIELDS if f.is_deal)


def custom_field_spec(field: CustomField) -> FieldSpec:
    kind = DATE if field.type == "date" else TEXT
    return FieldSpec(
        CUSTOM_PREFIX + field.key,
        field.label,
        kind,
        custom_type=field.type,
        choices=tuple(str(c) for c in field.choices or ()),
    )


def field_catalog(session: Session | None = None) -> dict[str, FieldSpec]:
    """Every field an import can fill, standard ones first, then the base's custom fields."""
    catalog = {f.key: f for f in STANDARD_FIELDS}
    if session is not None:
        for field in session.scalars(select(CustomField).order_by(CustomField.position)):
            spec = custom_field_spec(field)
            catalog[spec.key] = spec
    return catalog


def catalog_from(custom: Iterable[CustomField]) -> dict[str, FieldSpec]:
    catalog = {f.key: f for f in STANDARD_FIELDS}
    for field in custom:
        spec = custom_field_spec(field)
        catalog[spec.key] = spec
    return catalog
