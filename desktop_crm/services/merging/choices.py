"""Which value the surviving card keeps, field by field: the card the user chose for the field,
else the survivor's own value, else the first merged card's value that is not empty."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_crm.errors import Code, ValidationError
from desktop_crm.fields import custom_key
from desktop_crm.models import CustomField

# A field a merge chooses (the card's field keys) -> the clients columns it sets together.
CARD_COLUMNS: dict[str, tuple[str, ...]] = {
    "full_name": ("full_name", "name_key", "sort_key"),  # the name's folded and sort forms
    "kind": ("kind",),
    "stage": ("stage",),
    "last_name": ("last_name",),
    "first_name": ("first_name",),
    "middle_name": ("middle_name",),
    "birth_date": ("birth_date",),
    "company": ("company_id",),
    "position": ("position",),
    "address": ("address",),
    "website": ("website",),
    "group": ("group_id",),
    "manager": ("responsible_id",),
    "queue": ("queue_id",),
}
RESTORED_COLUMNS = tuple(column for columns in CARD_COLUMNS.values() for column in columns)

Row = Mapping[str, Any]


def empty(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def check_choices(
    session: Session, choices: Mapping[str, int], group: Sequence[int]
) -> dict[str, int]:
    """The choices as given, once every field is one a merge chooses and every card is one of
    the group's; `ValidationError` otherwise."""
    custom = {custom_key(key) for key in session.scalars(select(CustomField.key))}
    known = [*CARD_COLUMNS, *sorted(custom)]
    for field, client_id in choices.items():
        if field not in CARD_COLUMNS and field not in custom:
            raise ValidationError(Code.MERGE_FIELD_UNKNOWN, choice=field, fields=", ".join(known))
        if client_id not in group:
            raise ValidationError(Code.MERGE_CHOICE_OUTSIDE, client_id=client_id, choice=field)
    return dict(choices)


def winner(
    field: str, values: Mapping[int, object], keep_id: int, choices: Mapping[str, int]
) -> int:
    """The card whose value of `field` the survivor gets; `values` by card, survivor first."""
    chosen = choices.get(field)
    if chosen is not None:
        return chosen
    if not empty(values.get(keep_id)):
        return keep_id
    for client_id, value in values.items():
        if not empty(value):
            return client_id
    return keep_id


def card_values(
    cards: Mapping[int, Row], keep_id: int, others: Sequence[int], choices: Mapping[str, int]
) -> dict[str, Any]:
    """The clients columns whose value changes on the survivor, with their new values."""
    order = [keep_id, *others]
    changed: dict[str, Any] = {}
    for field, columns in CARD_COLUMNS.items():
        first = columns[0]
        source = winner(field, {cid: cards[cid][first] for cid in order}, keep_id, choices)
        for column in columns:
            value = cards[source][column]
            if column == "company_id" and (value == keep_id or value in others):
                value = None  # a card cannot be its own company
            if value != cards[keep_id][column]:
                changed[column] = value
    return changed


def custom_values(
    values: Mapping[int, Mapping[int, str | None]],
    keys: Mapping[int, str],
    keep_id: int,
    others: Sequence[int],
    choices: Mapping[str, int],
) -> dict[int, str | None]:
    """Custom field id -> the survivor's new value (None: no value), for the fields that
    change; `values` maps each card to its {field id: value}, `keys` field ids to their keys."""
    order = [keep_id, *others]
    fields = {field_id for card in values.values() for field_id in card}
    changed: dict[int, str | None] = {}
    for field_id in sorted(fields):
        per_card = {cid: values.get(cid, {}).get(field_id) for cid in order}
        source = winner(custom_key(keys[field_id]), per_card, keep_id, choices)
        if per_card[source] != per_card[keep_id]:
            changed[field_id] = per_card[source]
    return changed
