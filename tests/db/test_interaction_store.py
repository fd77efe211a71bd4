"""The shared store of calls and emails: each stored once by external id (within one run and
across runs), parties normalized as cards store their contact points, extensions dropped."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from sqlalchemy import func, select

from desktop_crm.db import Database
from desktop_crm.errors import PermissionDenied
from desktop_crm.models import User
from desktop_crm.models.interactions import Interaction, InteractionParty
from desktop_crm.services.base_settings import set_phone_region
from desktop_crm.services.interactions.linked import link_new
from desktop_crm.services.interactions.store import (
    InteractionData,
    PartyData,
    call_key,
    message_key,
    store_interactions,
)

WHEN = datetime(2026, 3, 1, 9, 30)


def email(key: str, *parties: PartyData, **fields: object) -> InteractionData:
    return InteractionData(
        kind="email",
        direction="in",
        occurred_at=WHEN,
        external_id=key,
        subject="Offer",
        source="eml",
        parties=parties,
        **fields,  # type: ignore[arg-type]
    )


def count(session, model) -> int:  # type: ignore[no-untyped-def]
    return int(session.scalar(select(func.count()).select_from(model)))


def test_each_message_is_stored_once_within_a_run_and_across_runs(
    database: Database, admin: User
) -> None:
    items = [email(f"mid:{n}@x") for n in range(5)] + [email("mid:1@x"), email("mid:3@x")]
    with database.transaction() as session:
        first = store_interactions(session, items, session.merge(admin), batch=3)
        assert (first.read, first.imported, first.duplicates) == (7, 5, 2)
        assert len(first.stored_ids) == 5
        stored = dict(session.execute(select(Interaction.id, Interaction.external_id)).all())
        assert [stored[i] for i in first.stored_ids] == [f"mid:{n}@x" for n in range(5)]
    with database.transaction() as session:
        again = store_interactions(
            session, [*items, email("mid:new@x")], session.merge(admin), batch=4
        )
        assert (again.read, again.imported, again.duplicates) == (8, 1, 7)
        assert count(session, Interaction) == 6


def test_parties_are_normalized_and_extensions_dropped(database: Database, admin: User) -> None:
    call = InteractionData(
        kind="call",
        direction="in",
        occurred_at=datetime(2026, 3, 1, 12, 0, tzinfo=timezone(timedelta(hours=3))),
        external_id=call_key("1700000000.12"),
        duration_seconds=42,
        missed=False,
        parties=(
            PartyData("from", "phone", " 8 (912) 345-67-89 "),
            PartyData("to", "phone", "101"),  # the company's own extension
            PartyData("to", "phone", "+7 495 983-36-99 доб. 2926"),
        ),
    )
    mail = email(
        message_key("<A@B>", WHEN, "x@y.z", "Offer"),
        PartyData("from", "email", "  Ivan.Petrov@Example.RU "),
        PartyData("to", "email", "not an address"),
        PartyData("cc", "email", "ivan.petrov@example.ru"),
        PartyData("cc", "email", "IVAN.PETROV@example.ru"),  # the same one again
        attachments=({"name": "price.pdf", "size": 1234},),
    )
    with database.transaction() as session:
        result = store_interactions(session, [call, mail], session.merge(admin))
        rows = session.execute(
            select(InteractionParty.interaction_id, InteractionParty.role)
            .add_columns(InteractionParty.raw, InteractionParty.normalized)
            .order_by(InteractionParty.id)
        ).all()
        call_id, mail_id = result.stored_ids
        assert [tuple(r) for r in rows] == [
            (call_id, "from", "8 (912) 345-67-89", "+79123456789"),
            (call_id, "to", "+7 495 983-36-99 доб. 2926", "+74959833699;ext=2926"),
            (mail_id, "from", "Ivan.Petrov@Example.RU", "ivan.petrov@example.ru"),
            (mail_id, "to", "not an address", None),
            (mail_id, "cc", "ivan.petrov@example.ru", "ivan.petrov@example.ru"),
        ]
        stored_call = session.get(Interaction, call_id)
        assert stored_call is not None
        assert stored_call.occurred_at == datetime(2026, 3, 1, 9, 0)  # +03:00 -> UTC
        assert stored_call.external_id == "call:1700000000.12"
        assert stored_call.registered_by_id == admin.id
        stored_mail = session.get(Interaction, mail_id)
        assert stored_mail is not None
        assert stored_mail.external_id == "mid:A@B"
        assert stored_mail.attachments == [{"name": "price.pdf", "size": 1234}]


def test_phones_follow_the_base_phone_country(database: Database, admin: User) -> None:
    with database.transaction() as session:
        set_phone_region(session, session.merge(admin), "PL")
        store_interactions(
            session,
            [email("k", PartyData("from", "phone", "601 234 567"))],
            session.merge(admin),
        )
        assert session.scalar(select(InteractionParty.normalized)) == "+48601234567"


def test_keys_without_ids_hash_what_identifies_the_item() -> None:
    aware = datetime(2026, 3, 1, 12, 30, tzinfo=timezone(timedelta(hours=3)))
    same = message_key(None, aware, "A@x.ru ", "Hi")
    assert same == message_key("", datetime(2026, 3, 1, 9, 30, tzinfo=UTC), "a@x.ru", "Hi")
    assert same.startswith("mhash:") and same != message_key(None, aware, "a@x.ru", "Hi!")
    assert call_key(None, WHEN, "+7 912", "101", 5) == call_key(None, WHEN, "7912", "101", 5)
    assert call_key(None, WHEN, "+7 912", "101", 5) != call_key(None, WHEN, "+7 912", "101", 6)
    long_id = "x" * 900
    assert len(message_key(long_id, None, None, None)) <= 500


def test_a_disabled_account_stores_nothing(database: Database, admin: User) -> None:
    with database.transaction() as session:
        actor = session.merge(admin)
        actor.is_active = False
        with pytest.raises(PermissionDenied):
            store_interactions(session, [email("k")], actor)
        session.rollback()


def test_linking_seam_reports_zero_without_ids(database: Database) -> None:
    with database.transaction() as session:
        assert link_new(session, []) == 0
