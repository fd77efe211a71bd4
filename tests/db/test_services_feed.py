"""The card's feed: every kind of entry in one list, newest first, paged by key."""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import update

from desktop_crm.db import Database
from desktop_crm.models import (
    Attachment,
    ChangeLog,
    Deal,
    Interaction,
    Note,
    Task,
    TaskItem,
    User,
)
from desktop_crm.services import attachments, clients, contact_persons, deals, notes
from desktop_crm.services.access import current_user
from desktop_crm.services.clients import ClientData
from desktop_crm.services.contact_persons import PersonData
from desktop_crm.services.custom_fields import add_field
from desktop_crm.services.feed import FeedEntry, feed

T0 = datetime(2024, 5, 1, 9, 0)


def at(minutes: int) -> datetime:
    return T0 + timedelta(minutes=minutes)


@pytest.fixture
def card(database: Database, admin: User) -> int:
    """A client with one entry of each kind, at known times (minutes after T0)."""
    with database.transaction() as session:
        add_field(session, admin, "source", "Lead source")
        client = clients.create_client(session, admin, ClientData(full_name="Feed Client"))
        other = clients.create_client(session, admin, ClientData(full_name="Someone Else"))
        person = contact_persons.add_contact_person(
            session, admin, client.id, PersonData(full_name="Jane Roe")
        )
        note = notes.add_note(session, admin, client.id, "Wants a discount")
        file = attachments.attach_file(session, admin, client.id, b"x" * 2048, "offer.pdf", "v2")
        deal = deals.create_deal(
            session, admin, client.id, "Paper", expected_revenue="1500", description="A4"
        )
        session.add_all(
            [
                Interaction(
                    kind="call",
                    direction="in",
                    occurred_at=at(10),
                    duration_seconds=125,
                    client_id=client.id,
                    registered_by_id=admin.id,
                ),
                Interaction(
                    kind="email",
                    direction="out",
                    occurred_at=at(20),
                    subject="Offer",
                    body="Please find attached",
                    contact_person_id=person.id,  # linked to the person only
                ),
                Interaction(kind="call", direction="out", occurred_at=at(25), client_id=other.id),
            ]
        )
        own_task = Task(
            title="Call back", client_id=client.id, author_id=admin.id, due_date=at(0).date()
        )
        control_task = Task(title="Fill in emails", kind="contact_info", author_id=admin.id)
        session.add_all([own_task, control_task])
        session.flush()
        session.add(TaskItem(task_id=control_task.id, client_id=client.id))
        data = ClientData.from_client(client)
        data.address = "Kraków"
        data.custom = {"source": "Fair"}
        clients.update_client(session, admin, client.id, data, client.version)
        session.flush()
        # pin every time so the order is known
        session.execute(update(Note).where(Note.id == note.id).values(created_at=at(30)))
        session.execute(
            update(Attachment).where(Attachment.id == file.id).values(created_at=at(40))
        )
        session.execute(update(Deal).where(Deal.id == deal.id).values(created_at=at(50)))
        session.execute(update(Task).where(Task.id == own_task.id).values(created_at=at(60)))
        session.execute(update(Task).where(Task.id == control_task.id).values(created_at=at(70)))
        session.execute(
            update(ChangeLog).where(ChangeLog.field == "created").values(changed_at=at(0))
        )
        session.execute(
            update(ChangeLog).where(ChangeLog.field != "created").values(changed_at=at(80))
        )
        return client.id


def facts(entries: list[FeedEntry]) -> list[tuple]:
    return [
        (e.kind, e.subject or e.label or e.field, e.status, e.number, e.due, e.person)
        for e in entries
    ]


def test_feed_lists_every_kind_newest_first(database: Database, card: int) -> None:
    with database.session() as session:
        entries = feed(session, current_user(session, "admin"), card)
    assert facts(entries) == [
        ("change", "Lead source", None, None, None, None),  # a custom field: its own label
        ("change", "Address", None, None, None, None),
        ("task", "Fill in emails", "open", None, None, None),
        ("task", "Call back", "open", None, at(0).date(), None),
        ("deal", "Paper", "open", Decimal("1500.00"), None, None),
        ("file", "offer.pdf", None, Decimal("2048"), None, None),
        ("note", None, None, None, None, None),
        ("email", "Offer", None, None, None, None),
        ("call", None, None, Decimal("125"), None, None),
        ("change", "created", None, None, None, "Jane Roe"),  # same instant: the later row first
        ("change", "created", None, None, None, None),
    ]
    by_kind = {e.kind: e for e in entries}
    assert by_kind["note"].text == "Wants a discount"
    assert by_kind["note"].author == "admin"
    assert by_kind["email"].direction == "out"
    assert by_kind["email"].text == "Please find attached"
    assert by_kind["file"].text == "v2"
    assert by_kind["call"].author == "admin"
    address = next(e for e in entries if e.field == "address")
    assert (address.old, address.new, address.label) == (None, "Kraków", "Address")
    assert [e.at for e in entries] == sorted((e.at for e in entries), reverse=True)
    # the call of the other client is not here
    assert sum(e.kind == "call" for e in entries) == 1


def test_feed_pages_by_key_without_gaps_or_repeats(database: Database, admin: User) -> None:
    """130 notes share one timestamp with a few other entries: paging by the last entry
    must still visit each exactly once, in order."""
    with database.transaction() as session:
        client_id = clients.create_client(session, admin, ClientData(full_name="Busy")).id
        for i in range(130):
            notes.add_note(session, admin, client_id, f"note {i}")
        deals.create_deal(session, admin, client_id, "Same moment")
        session.flush()
        session.execute(update(Note).values(created_at=at(5)))
        session.execute(update(Deal).values(created_at=at(5)))
        session.execute(update(ChangeLog).values(changed_at=at(1)))
    with database.session() as session:
        everything = feed(session, current_user(session, "admin"), client_id, limit=1000)
        pages: list[list[FeedEntry]] = []
        before: FeedEntry | None = None
        while True:
            page = feed(session, current_user(session, "admin"), client_id, before=before, limit=50)
            if not page:
                break
            pages.append(page)
            before = page[-1]
        older = feed(session, current_user(session, "admin"), client_id, before=at(5))
    assert [len(p) for p in pages] == [50, 50, 32]
    assert [e for p in pages for e in p] == everything
    assert len(everything) == 132  # 130 notes, the deal, the creation
    assert [(e.field, e.person) for e in older] == [("created", None)]  # "Card created"


def test_feed_of_an_empty_or_unknown_card(database: Database) -> None:
    with database.session() as session:
        assert feed(session, current_user(session, "admin"), 12345) == []
