"""A card's values checked before anything is written (CLI-2, CLI-12): the card's data, its
text cleaned to the column lengths `desktop_crm/fields.py` reads from the model, its birth date
and custom values parsed by the parsers the import uses (`desktop_crm/values.py`), and the
group, queue, manager and company it refers to looked up.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_crm.errors import Code, InvalidValue, ValidationError
from desktop_crm.fields import custom_key, label, max_length
from desktop_crm.models import Client, CustomField, Group, Queue, User
from desktop_crm.models.clients import CLIENT, COMPANY, EMAIL, LEAD, PERSON, PHONE
from desktop_crm.services import contact_points as points
from desktop_crm.services.base_settings import sort_language
from desktop_crm.services.contact_points import ContactValue, PreparedPoint
from desktop_crm.services.custom_fields import parse_value
from desktop_crm.services.names import join_full_name
from desktop_crm.services.sort_keys import name_columns
from desktop_crm.services.tags import clean_tag_name, tag_key
from desktop_crm.text import clean_line, clean_multiline
from desktop_crm.values import parse_birth_date

KINDS = (PERSON, COMPANY)
STAGES = (LEAD, CLIENT)
TEXT_FIELDS = ("last_name", "first_name", "middle_name", "address", "website", "position")
NAME_PARTS = ("last_name", "first_name", "middle_name")


@dataclass
class ClientData:
    """Everything a card edits. `custom` maps a custom field key to its value; keys left out
    keep their stored value, a key with None or "" clears it."""

    kind: str = PERSON
    stage: str = CLIENT
    full_name: str = ""
    last_name: str | None = None
    first_name: str | None = None
    middle_name: str | None = None
    birth_date: date | None = None
    address: str | None = None
    website: str | None = None
    position: str | None = None
    group_id: int | None = None
    responsible_id: int | None = None
    queue_id: int | None = None
    company_id: int | None = None
    phones: list[ContactValue] = field(default_factory=list)
    emails: list[ContactValue] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    custom: dict[str, str | None] = field(default_factory=dict)

    @classmethod
    def from_client(cls, client: Client) -> ClientData:
        """The card's data of a loaded client (see `get_client`, which loads all of it).
        Phones come formatted; custom values in their stored form, which parses back as is."""
        return cls(
            kind=client.kind,
            stage=client.stage,
            full_name=client.full_name,
            last_name=client.last_name,
            first_name=client.first_name,
            middle_name=client.middle_name,
            birth_date=client.birth_date,
            address=client.address,
            website=client.website,
            position=client.position,
            group_id=client.group_id,
            responsible_id=client.responsible_id,
            queue_id=client.queue_id,
            company_id=client.company_id,
            phones=points.values_of(client, PHONE),
            emails=points.values_of(client, EMAIL),
            tags=[t.name for t in sorted(client.tags, key=lambda t: t.name_key)],
            custom={v.field.key: v.value for v in client.custom_values},
        )


@dataclass
class PreparedCard:
    """A checked `ClientData`, ready to write."""

    scalars: dict[str, object]
    phones: list[PreparedPoint]
    emails: list[PreparedPoint]
    tags: list[str]
    custom: list[tuple[CustomField, str | None]]


# Fields of several lines: line breaks kept (`text.clean_multiline`); others are one line.
MULTILINE_FIELDS = frozenset({"note", "description", "deal.description"})


def clean_text(value: object, field_name: str, max_length: int | None) -> str | None:
    """Text as stored (`desktop_crm.text`: breaks folded in one-line fields, bidi controls
    dropped, invisible-only text empty) or None; `ValidationError` for a control character or
    when longer than the column allows."""
    if value is None:
        return None
    clean = clean_multiline if field_name in MULTILINE_FIELDS else clean_line
    try:
        text = clean(str(value), field_name)
    except InvalidValue as exc:
        raise ValidationError(
            Code.FIELD_VALUE_BAD,
            field=field_name,
            value=exc.value,
            label=label(field_name),
            cause=exc,
        ) from exc
    if max_length is not None and len(text) > max_length:
        raise ValidationError(
            Code.TEXT_TOO_LONG,
            field=field_name,
            value=text,
            label=label(field_name),
            max_length=max_length,
        )
    return text or None


def build_full_name(full_name: str | None, parts: Sequence[str | None]) -> str:
    """The full name as typed (single spaces), or built from the (last, first, middle) parts
    the way the import builds it: "Иванов Иван Иванович", "Jan Kowalski". A
    `ValidationError` when both are empty."""
    name = " ".join((clean_text(full_name, "full_name", None) or "").split())
    if not name:
        last, first, middle = [*parts, None, None, None][:3]
        name = " ".join(
            (clean_text(join_full_name(last, first, middle), "full_name", None) or "").split()
        )
    if not name:
        raise ValidationError(Code.CLIENT_NAME_MISSING, field="full_name")
    return name


def check_birth_date(value: date | datetime | str | None) -> date | None:
    """A birth date typed or picked on a card, by the rule the import applies too."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        return parse_birth_date(value)
    except InvalidValue as exc:
        raise ValidationError(
            Code.FIELD_VALUE_BAD,
            field="birth_date",
            value=value,
            label=label("birth_date"),
            cause=exc,
        ) from exc


def check_refs(session: Session, data: ClientData, client: Client | None) -> None:
    if data.group_id is not None and session.get(Group, data.group_id) is None:
        raise ValidationError(Code.CHOSEN_GROUP_GONE, field="group")
    if data.queue_id is not None and session.get(Queue, data.queue_id) is None:
        raise ValidationError(Code.CHOSEN_QUEUE_GONE, field="queue")
    if data.responsible_id is not None:
        user = session.get(User, data.responsible_id)
        if user is None:
            raise ValidationError(Code.CHOSEN_RESPONSIBLE_GONE, field="responsible")
        changed = client is None or client.responsible_id != user.id
        if changed and not user.is_active:
            raise ValidationError(
                Code.RESPONSIBLE_DISABLED, field="responsible", name=user.full_name
            )
    if data.company_id is not None:
        company = session.get(Client, data.company_id)
        if company is None:
            raise ValidationError(Code.CHOSEN_COMPANY_GONE, field="company")
        if company.kind != COMPANY:
            raise ValidationError(Code.NOT_A_COMPANY, field="company", name=company.full_name)
        if client is not None and company.id == client.id:
            raise ValidationError(Code.COMPANY_ITSELF, field="company")


def prepare_card(
    session: Session, data: ClientData, region: str, client: Client | None
) -> PreparedCard:
    """`data` checked completely, nothing written: `ValidationError` at the first bad value."""
    if data.kind not in KINDS:
        raise ValidationError(Code.CLIENT_KIND_UNKNOWN, field="kind", kind=data.kind)
    if data.stage not in STAGES:
        raise ValidationError(Code.STAGE_UNKNOWN, field="stage", stage=data.stage)
    scalars: dict[str, object] = {"kind": data.kind, "stage": data.stage}
    for name in TEXT_FIELDS:
        scalars[name] = clean_text(getattr(data, name), name, max_length(name))
    parts = [scalars[p] for p in NAME_PARTS]
    full_name = build_full_name(data.full_name, [p if isinstance(p, str) else None for p in parts])
    scalars["full_name"] = clean_text(full_name, "full_name", max_length("full_name"))
    scalars.update(name_columns(full_name, sort_language(session)))
    scalars["birth_date"] = check_birth_date(data.birth_date)
    check_refs(session, data, client)
    for name in ("group_id", "responsible_id", "queue_id", "company_id"):
        scalars[name] = getattr(data, name)

    tags: dict[str, str] = {}
    for tag in data.tags:
        tag = clean_text(tag, "tags", None) or ""
        if tag:
            cleaned = clean_tag_name(tag)
            tags.setdefault(tag_key(cleaned), cleaned)

    custom: list[tuple[CustomField, str | None]] = []
    if data.custom:
        fields = {f.key: f for f in session.scalars(select(CustomField))}
        for key, value in data.custom.items():
            if key not in fields:
                raise ValidationError(Code.CUSTOM_FIELD_UNKNOWN, field=custom_key(key), key=key)
            if isinstance(value, str):
                value = clean_text(value, custom_key(key), None)
            custom.append((fields[key], parse_value(fields[key], value)))

    return PreparedCard(
        scalars=scalars,
        phones=points.prepare(PHONE, data.phones, region),
        emails=points.prepare(EMAIL, data.emails, region),
        tags=list(tags.values()),
        custom=custom,
    )
