"""Properties completeness (CTL-5): clients whose chosen card fields or custom fields are
empty. A key is "field:<clients column>" for a declared card field (desktop_crm/fields.py)
or "custom:<custom field id>"; a record lists the keys it lacks."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, ClassVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_crm.errors import Code, ValidationError
from desktop_crm.fields import CARD_FIELDS, custom_field_key
from desktop_crm.models import Client, CustomField
from desktop_crm.services.completeness import CUSTOM_PREFIX, FIELD_PREFIX, client_has
from desktop_crm.wizards.control.filters import ClientFilter, client_conditions
from desktop_crm.wizards.control.lacking import ANY, MISSING_MODES, rows_lacking
from desktop_crm.wizards.control.records import FoundRecord

# Declared card fields held in a clients column, by field key; a card always has its name,
# kind and stage, so they are never checked.
_REFERENCES = {"group": "group_id", "manager": "responsible_id", "company": "company_id"}
CHECKABLE_FIELDS: dict[str, str] = {
    spec.key: _REFERENCES.get(spec.key, spec.key)
    for spec in CARD_FIELDS
    if spec.key not in ("full_name", "kind", "stage")
    and _REFERENCES.get(spec.key, spec.key) in Client.__table__.columns
}


@dataclass(frozen=True)
class PropertiesCheck:
    """The keys to check ("field:address", "custom:3"), "any" or "all" of them empty, and
    which clients."""

    KIND: ClassVar[str] = "properties"
    TITLE: ClassVar[str] = "Properties"

    keys: tuple[str, ...]
    missing: str = ANY
    filter: ClientFilter = field(default_factory=ClientFilter)

    def __post_init__(self) -> None:
        if not self.keys:
            raise ValidationError(Code.NOTHING_CHOSEN, field="fields")
        columns = set(CHECKABLE_FIELDS.values())
        for key in self.keys:
            column = key.removeprefix(FIELD_PREFIX)
            custom = key.removeprefix(CUSTOM_PREFIX)
            if not (column in columns and key.startswith(FIELD_PREFIX)) and not (
                key.startswith(CUSTOM_PREFIX) and custom.isdigit()
            ):
                raise ValidationError(Code.FIELD_UNCHECKABLE, field="fields", value=key)
        if self.missing not in MISSING_MODES:
            raise ValidationError(Code.MISSING_MODE_UNKNOWN, field="missing", mode=self.missing)
        object.__setattr__(self, "keys", tuple(dict.fromkeys(self.keys)))

    def task_params(self) -> dict[str, Any]:
        return {
            "check": self.KIND,
            "fields": list(self.keys),
            "missing": self.missing,
            "filter": self.filter.as_params(),
        }


def property_keys(session: Session, names: list[str]) -> tuple[str, ...]:
    """The check's keys for field names as the mapping and the export name them ("address",
    "manager", "custom.inn"); "field:<column>" and "custom:<id>" pass as they are."""
    keys = []
    customs = dict(session.execute(select(CustomField.key, CustomField.id)).tuples().all())
    for name in (n.strip() for n in names if n.strip()):
        own = custom_field_key(name)
        if name in CHECKABLE_FIELDS:
            keys.append(FIELD_PREFIX + CHECKABLE_FIELDS[name])
        elif own is not None and own in customs:
            keys.append(f"{CUSTOM_PREFIX}{customs[own]}")
        elif name.startswith(CUSTOM_PREFIX) and name.removeprefix(CUSTOM_PREFIX).isdigit():
            if int(name.removeprefix(CUSTOM_PREFIX)) not in customs.values():
                raise ValidationError(Code.FIELD_UNCHECKABLE, field="fields", value=name)
            keys.append(name)
        elif name.startswith(FIELD_PREFIX):
            keys.append(name)  # the check itself knows the columns
        else:
            raise ValidationError(Code.FIELD_UNCHECKABLE, field="fields", value=name)
    return tuple(keys)


def find(session: Session, check: PropertiesCheck) -> list[FoundRecord]:
    """Every client of the filter whose chosen fields are empty ("any" / "all" of them)."""
    has = [client_has(key, Client) for key in check.keys]
    statement = select(Client.id, Client.responsible_id).where(
        *client_conditions(session, check.filter)
    )
    rows = rows_lacking(session, statement, check.keys, has, check.missing)
    return [
        FoundRecord(missing, keep_with=client_id, client_id=client_id, owner_id=owner)
        for client_id, owner, missing in rows
    ]
