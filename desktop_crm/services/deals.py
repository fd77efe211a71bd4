"""Deals from a client's card (CLI-8): create, edit, close, move an unfinished deal to another
client. A deal is also the "client interest" an import creates (IMP-10)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_crm.errors import Code, InvalidValue, NotFound, ValidationError
from desktop_crm.models import Client, Deal, SalesScenario, User, utcnow
from desktop_crm.models.deals import LOST, OPEN, WON
from desktop_crm.services.access import Permission, require
from desktop_crm.services.changelog import log_change
from desktop_crm.services.visibility import visible_client_ids, visible_clients
from desktop_crm.values import parse_date, parse_money

EDITABLE = (
    "topic",
    "date",
    "expected_revenue",
    "description",
    "activity",
    "activity_date",
    "scenario_id",
    "stage",
    "responsible_id",
)
STATUS_WORDS = {OPEN: "open", WON: "won", LOST: "lost"}


def _as_date(value: object, label: str, field: str) -> date | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        return parse_date(value)
    except InvalidValue as exc:
        raise ValidationError(
            Code.FIELD_VALUE_BAD, field=field, value=value, label=label, cause=exc
        ) from exc


def _as_money(value: object) -> Decimal | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        return parse_money(value)
    except InvalidValue as exc:
        raise ValidationError(
            Code.FIELD_VALUE_BAD,
            field="expected_revenue",
            value=value,
            label="Expected revenue",
            cause=exc,
        ) from exc


def _text(value: object, field: str, label: str, max_length: int | None) -> str | None:
    text = str(value).strip() if value is not None else ""
    if max_length and len(text) > max_length:
        raise ValidationError(Code.TEXT_TOO_LONG, field=field, label=label, max_length=max_length)
    return text or None


def _clean_fields(session: Session, fields: dict[str, Any]) -> dict[str, Any]:
    unknown = set(fields) - set(EDITABLE)
    if unknown:
        raise TypeError(f"unknown deal fields: {', '.join(sorted(unknown))}")
    clean: dict[str, Any] = {}
    for name, value in fields.items():
        if name == "topic":
            topic = _text(value, "topic", "The topic", 500)
            if not topic:
                raise ValidationError(Code.DEAL_TOPIC_MISSING, field="topic")
            clean[name] = topic
        elif name == "date":
            clean[name] = _as_date(value, "Deal date", name)
        elif name == "activity_date":
            clean[name] = _as_date(value, "Activity date", name)
        elif name == "expected_revenue":
            clean[name] = _as_money(value)
        elif name == "description":
            clean[name] = _text(value, name, "The description", None)
        elif name in ("activity", "stage"):
            clean[name] = _text(value, name, name.capitalize(), 500 if name == "activity" else 128)
        elif name == "scenario_id":
            if value is not None and session.get(SalesScenario, value) is None:
                raise ValidationError(Code.SCENARIO_GONE, field=name)
            clean[name] = value
        elif name == "responsible_id":
            if value is not None and session.get(User, value) is None:
                raise ValidationError(Code.DEAL_RESPONSIBLE_GONE, field=name)
            clean[name] = value
    return clean


def _client(session: Session, viewer: User, client_id: int) -> Client:
    """The client, if `viewer` may see it; a hidden one is missing."""
    client = session.scalar(select(Client).where(Client.id == client_id, visible_clients(viewer)))
    if client is None:
        raise NotFound(Code.CLIENT_MISSING, client_id=client_id)
    return client


def _deal(session: Session, viewer: User, deal_id: int) -> Deal:
    """The deal, if `viewer` may see its client; a hidden one is gone."""
    deal = session.scalar(
        select(Deal).where(Deal.id == deal_id, Deal.client_id.in_(visible_client_ids(viewer)))
    )
    if deal is None:
        raise NotFound(Code.DEAL_GONE)
    return deal


def create_deal(session: Session, actor: User, client_id: int, topic: str, **fields: Any) -> Deal:
    """A new open deal on a client's card. `fields`: date, expected_revenue, description,
    activity, activity_date, scenario_id, stage, responsible_id (default: the client's
    responsible manager, else the actor)."""
    require(actor, Permission.EDIT_CLIENTS)
    clean = _clean_fields(session, {"topic": topic, **fields})
    client = _client(session, actor, client_id)
    if clean.get("responsible_id") is None:
        clean["responsible_id"] = client.responsible_id or actor.id
    deal = Deal(client_id=client.id, status=OPEN, created_by_id=actor.id, **clean)
    session.add(deal)
    session.flush()
    return deal


def update_deal(session: Session, actor: User, deal_id: int, **fields: Any) -> Deal:
    """Edit a deal's fields (a finished deal too: its figures may need a correction)."""
    require(actor, Permission.EDIT_CLIENTS)
    clean = _clean_fields(session, fields)
    deal = _deal(session, actor, deal_id)
    for name, value in clean.items():
        setattr(deal, name, value)
    session.flush()
    return deal


def list_deals(session: Session, viewer: User, client_id: int) -> list[Deal]:
    """A client's deals: open ones first, then by date, newest first. `NotFound` when
    `viewer` may not see the client."""
    _client(session, viewer, client_id)
    return list(
        session.scalars(
            select(Deal)
            .where(Deal.client_id == client_id)
            .order_by((Deal.status != OPEN), Deal.created_at.desc(), Deal.id.desc())
        )
    )


def close_deal(session: Session, actor: User, deal_id: int, *, won: bool) -> Deal:
    """Finish an open deal as won or lost."""
    require(actor, Permission.EDIT_CLIENTS)
    deal = _deal(session, actor, deal_id)
    if deal.status != OPEN:
        raise ValidationError(
            Code.DEAL_FINISHED, field="status", topic=deal.topic, status=STATUS_WORDS[deal.status]
        )
    deal.status = WON if won else LOST
    deal.closed_at = utcnow()
    session.flush()
    return deal


def reopen_deal(session: Session, actor: User, deal_id: int) -> Deal:
    require(actor, Permission.EDIT_CLIENTS)
    deal = _deal(session, actor, deal_id)
    deal.status, deal.closed_at = OPEN, None
    session.flush()
    return deal


def change_deal_client(session: Session, actor: User, deal_id: int, new_client_id: int) -> Deal:
    """Move an unfinished deal to another client (CLI-8); both cards' histories say so.
    A won or lost deal keeps its client: its result belongs to that client."""
    require(actor, Permission.EDIT_CLIENTS)
    deal = _deal(session, actor, deal_id)
    if deal.status != OPEN:
        raise ValidationError(
            Code.DEAL_CLIENT_FIXED,
            field="client",
            topic=deal.topic,
            status=STATUS_WORDS[deal.status],
        )
    new_client = _client(session, actor, new_client_id)
    if new_client.id == deal.client_id:
        return deal
    old_client = session.get(Client, deal.client_id)
    old_name = old_client.full_name if old_client else None
    now = utcnow()
    for client_id in (deal.client_id, new_client.id):
        log_change(
            session,
            actor,
            client_id=client_id,
            field="deal.client",
            old=f"{deal.topic} — {old_name}" if old_name else None,
            new=f"{deal.topic} — {new_client.full_name}",
            at=now,
        )
    deal.client_id = new_client.id
    session.flush()
    return deal


def list_scenarios(session: Session) -> list[SalesScenario]:
    return list(session.scalars(select(SalesScenario).order_by(SalesScenario.name)))


def scenario_by_name(session: Session, name: str, create: bool = False) -> SalesScenario | None:
    """A sales scenario by name (any case); created when missing and `create` is true."""
    cleaned = " ".join((name or "").split())
    if not cleaned:
        raise ValidationError(Code.SCENARIO_NAME_EMPTY, field="scenario")
    for scenario in list_scenarios(session):
        if scenario.name.casefold() == cleaned.casefold():
            return scenario
    if not create:
        return None
    scenario = SalesScenario(name=cleaned)
    session.add(scenario)
    session.flush()
    return scenario
