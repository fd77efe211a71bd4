"""Custom fields an admin adds to every card (CLI-12): their definitions and their values.

Values are stored as text in one canonical form per type (`desktop_crm.values.parse_custom`),
so sorting, filters and export do not depend on how a value was typed.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_crm.errors import Code, InvalidValue, NotFound, ValidationError
from desktop_crm.fields import CUSTOM_TYPES, FIELDS, custom_key
from desktop_crm.models import CustomField, CustomFieldValue, User
from desktop_crm.services.access import Permission, require
from desktop_crm.values import parse_custom

# Card fields that exist already, and words the list and the history use: a custom field may
# not take their key.
BUILTIN_KEYS = frozenset(k for k, f in FIELDS.items() if not f.is_deal) | {
    "responsible",
    "queue",
    "id",
}
_KEY = re.compile(r"^[a-z][a-z0-9_]{0,63}$")

_TRANSLIT_PAIRS = (
    "а=a б=b в=v г=g д=d е=e ё=e ж=zh з=z и=i й=y к=k л=l м=m н=n о=o п=p р=r с=s т=t "
    "у=u ф=f х=kh ц=ts ч=ch ш=sh щ=shch ъ= ы=y ь= э=e ю=yu я=ya "
    "ą=a ć=c ę=e ł=l ń=n ó=o ś=s ź=z ż=z"
)
_TRANSLIT = dict(pair.split("=") for pair in _TRANSLIT_PAIRS.split())


def suggest_key(label: str) -> str:
    """A field key made from a label: "Источник лида" -> "istochnik_lida"."""
    text = "".join(_TRANSLIT.get(ch, ch) for ch in label.casefold())
    key = re.sub(r"[^a-z0-9]+", "_", text).strip("_")
    if not key or not key[0].isalpha():
        key = f"field_{key}".rstrip("_")
    key = key[:64].rstrip("_")
    return key if key not in BUILTIN_KEYS else f"custom_{key}"[:64]


def parse_value(field: CustomField, text: str | None) -> str | None:
    """The canonical stored text for `text` typed into `field`; None for an empty value.
    Raises `ValidationError` naming the field when the value does not fit its type."""
    try:
        return parse_custom(field.type, text, field.choices or ())
    except InvalidValue as exc:
        raise ValidationError(
            Code.FIELD_VALUE_BAD,
            field=custom_key(field.key),
            value=text,
            label=field.label,
            cause=exc,
        ) from exc


def display_value(field: CustomField, stored: str | None) -> str:
    """How a stored value is shown on the card and in the list."""
    if stored is None:
        return ""
    if field.type == "date":
        try:
            return date.fromisoformat(stored).strftime("%d.%m.%Y")
        except ValueError:
            return stored
    if field.type == "bool":
        return {"true": "Yes", "false": "No"}.get(stored, stored)
    return stored


def typed_value(field: CustomField, stored: str | None) -> str | date | Decimal | None:
    """A stored value for the window to format in the user's locale: a date or a number as
    such, anything else as `display_value` shows it."""
    if stored is not None and field.type in ("date", "number"):
        try:
            return date.fromisoformat(stored) if field.type == "date" else Decimal(stored)
        except (ValueError, ArithmeticError):
            return stored
    return display_value(field, stored)


def list_fields(session: Session) -> list[CustomField]:
    """Every custom field in card order."""
    return list(session.scalars(select(CustomField).order_by(CustomField.position, CustomField.id)))


def field_by_key(session: Session, key: str) -> CustomField | None:
    return session.scalar(select(CustomField).where(CustomField.key == key))


def _clean_choices(type_: str, choices: list[str] | None) -> list[str] | None:
    if type_ != "choice":
        if choices:
            raise ValidationError(Code.CHOICES_NOT_ALLOWED)
        return None
    cleaned = list(dict.fromkeys(" ".join(str(c).split()) for c in choices or ()))
    cleaned = [c for c in cleaned if c]
    if not cleaned:
        raise ValidationError(Code.CHOICES_EMPTY, field="choices")
    if len({c.casefold() for c in cleaned}) != len(cleaned):
        raise ValidationError(Code.CHOICES_CASE, field="choices")
    return cleaned


def _clean_label(label: str) -> str:
    cleaned = " ".join((label or "").split())
    if not cleaned:
        raise ValidationError(Code.FIELD_LABEL_EMPTY, field="label")
    if len(cleaned) > 255:
        raise ValidationError(Code.FIELD_LABEL_TOO_LONG, field="label", max_length=255)
    return cleaned


def add_field(
    session: Session,
    actor: User,
    key: str,
    label: str,
    type: str = "text",
    choices: list[str] | None = None,
) -> CustomField:
    """Add a field to every card. Mappings and exports call it `custom_key(key)`;
    an empty key is made from the label."""
    require(actor, Permission.ADMIN)
    label = _clean_label(label)
    key = (key or "").strip() or suggest_key(label)
    if not _KEY.match(key):
        raise ValidationError(Code.FIELD_KEY_INVALID, field="key", value=key, key=key)
    if key in BUILTIN_KEYS:
        raise ValidationError(Code.FIELD_KEY_BUILT_IN, field="key", key=key)
    if field_by_key(session, key) is not None:
        raise ValidationError(Code.FIELD_KEY_TAKEN, field="key", key=key)
    if type not in CUSTOM_TYPES:
        raise ValidationError(
            Code.FIELD_TYPE_UNKNOWN, field="type", type=type, types=", ".join(CUSTOM_TYPES)
        )
    position = (session.scalar(select(func.max(CustomField.position))) or 0) + 1
    field = CustomField(
        key=key, label=label, type=type, choices=_clean_choices(type, choices), position=position
    )
    session.add(field)
    session.flush()
    return field


def update_field(
    session: Session,
    actor: User,
    key: str,
    *,
    label: str | None = None,
    choices: list[str] | None = None,
    position: int | None = None,
) -> CustomField:
    """Relabel a field, change a choice field's list or move it on the card. The key and the
    type stay: values already stored depend on them."""
    require(actor, Permission.ADMIN)
    field = field_by_key(session, key)
    if field is None:
        raise NotFound(Code.CUSTOM_FIELD_UNKNOWN, key=key)
    if label is not None:
        field.label = _clean_label(label)
    if choices is not None:
        field.choices = _clean_choices(field.type, choices)
    if position is not None:
        field.position = position
    session.flush()
    return field


def delete_field(session: Session, actor: User, key: str) -> None:
    """Remove a field from every card, with its values."""
    require(actor, Permission.ADMIN)
    field = field_by_key(session, key)
    if field is None:
        raise NotFound(Code.CUSTOM_FIELD_UNKNOWN, key=key)
    session.delete(field)
    session.flush()


def move_field(session: Session, actor: User, key: str, offset: int) -> list[CustomField]:
    """Move a field `offset` places on the card (-1 up, +1 down); every field gets its
    position anew (1, 2, 3...). Returns the fields in their new order."""
    require(actor, Permission.ADMIN)
    fields = list_fields(session)
    index = next((i for i, f in enumerate(fields) if f.key == key), None)
    if index is None:
        raise NotFound(Code.CUSTOM_FIELD_UNKNOWN, key=key)
    target = max(0, min(len(fields) - 1, index + offset))
    fields.insert(target, fields.pop(index))
    for position, field in enumerate(fields, start=1):
        field.position = position
    session.flush()
    return fields


def value_count(session: Session, key: str) -> int:
    """How many clients hold a value of the field: what deleting it throws away."""
    field = field_by_key(session, key)
    if field is None:
        raise NotFound(Code.CUSTOM_FIELD_UNKNOWN, key=key)
    count = session.scalar(select(func.count()).where(CustomFieldValue.field_id == field.id))
    return int(count or 0)
