"""Manual linking, LNK-5 (saving the other side's address on the chosen card links its whole
unlinked history), the journal's filters and search, and the schedule's next run."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from linking_support import add_interaction, link_of

from desktop_crm.db import Database
from desktop_crm.models import User
from desktop_crm.services.clients import get_client
from desktop_crm.services.contact_persons import PersonData, add_contact_person
from desktop_crm.services.interaction_list import (
    AMBIGUOUS,
    LINKED,
    UNLINKED,
    InteractionFilter,
    count_interactions,
    list_interactions,
    viewer_of,
)
from desktop_crm.services.interaction_records import (
    save_counterpart,
    set_interaction_client,
    unheld_counterparts,
)
from desktop_crm.services.linking import link_interactions
from desktop_crm.services.linking_schedule import LinkingSchedule
from desktop_crm.services.queues import add_queue
from desktop_crm.services.users import add_user

AddClient = Callable[..., int]


def test_lnk5_saving_the_address_links_its_history(
    database: Database, admin: User, add_client: AddClient
) -> None:
    anna = add_client("Anna", emails=["anna@example.com"])
    first = add_interaction(database, parties=[("from", "new@anna.org"), ("to", "desk@us.com")])
    second = add_interaction(database, direction="out", parties=[("to", "new@anna.org")])
    with database.transaction() as session:
        user = session.merge(admin)
        set_interaction_client(session, user, first, anna)
        offered = unheld_counterparts(session, first)
        assert [(c.kind, c.normalized) for c in offered] == [("email", "new@anna.org")]
        version = get_client(session, anna).version
        assert save_counterpart(session, user, offered[0], anna) == 1
    assert link_of(database, first).link_method == "manual"
    linked = link_of(database, second)
    assert (linked.client_id, linked.link_method) == (anna, "auto")
    with database.session() as session:
        card = get_client(session, anna)
        assert {p.normalized for p in card.contact_points} == {"anna@example.com", "new@anna.org"}
        assert card.version > version
        assert unheld_counterparts(session, first) == []


def test_lnk5_refused_changes_nothing_but_the_link(
    database: Database, admin: User, add_client: AddClient
) -> None:
    anna = add_client("Anna")
    first = add_interaction(database, kind="call", parties=[("from", "+79035550000")])
    second = add_interaction(database, kind="call", parties=[("from", "+79035550000")])
    with database.transaction() as session:
        set_interaction_client(session, session.merge(admin), first, anna)
    assert link_of(database, first).client_id == anna
    assert link_of(database, second).client_id is None


def test_lnk5_to_a_contact_person(database: Database, admin: User, add_client: AddClient) -> None:
    company = add_client("Company", kind="company")
    call = add_interaction(database, kind="call", parties=[("from", "+79035550001")])
    later = add_interaction(database, kind="call", parties=[("from", "+79035550001")])
    with database.transaction() as session:
        user = session.merge(admin)
        person = add_contact_person(session, user, company, PersonData(full_name="Clerk")).id
        set_interaction_client(session, user, call, company, person)
        [number] = unheld_counterparts(session, call)
        assert save_counterpart(session, user, number, company, person) == 1
    assert (link_of(database, later).contact_person_id, link_of(database, later).client_id) == (
        person,
        company,
    )


def test_journal_filters_and_search(database: Database, admin: User, add_client: AddClient) -> None:
    add_client("Anna", emails=["anna@example.com"])
    add_client("Anna's twin", emails=["anna@example.com"])
    add_interaction(database, parties=[("from", "anna@example.com")], subject="Invoice 17")
    add_interaction(
        database,
        kind="call",
        direction="out",
        parties=[("to", "+79161234567")],
        subject=None,
        at=datetime(2025, 5, 1),
    )
    with database.transaction() as session:
        link_interactions(session)

    def found(**kw: object) -> list[str | None]:
        with database.session() as session:
            f = InteractionFilter(**kw)  # type: ignore[arg-type]
            rows = list_interactions(session, f)
            assert count_interactions(session, f) == len(rows)
            return [r.subject or r.counterparts() for r in rows]

    assert found() == ["Invoice 17", "+7 916 123-45-67"]
    assert found(link=LINKED) == ["Invoice 17"]
    assert found(link=AMBIGUOUS) == ["Invoice 17"]
    assert found(link=UNLINKED) == ["+7 916 123-45-67"]
    assert found(kind="call") == ["+7 916 123-45-67"]
    assert found(direction="in") == ["Invoice 17"]
    assert found(since=datetime(2026, 1, 1)) == ["Invoice 17"]
    assert found(until=datetime(2026, 1, 1)) == ["+7 916 123-45-67"]
    assert found(search="invoice") == ["Invoice 17"]
    assert found(search="ANNA@example") == ["Invoice 17"]
    assert found(search="916 123-45") == ["+7 916 123-45-67"]
    assert found(user_id=999) == []
    with database.session() as session:
        first = list_interactions(session, InteractionFilter(), limit=1)
        rest = list_interactions(session, InteractionFilter(), before=first[0])
        assert [r.subject for r in first + rest] == ["Invoice 17", None]


def test_schedule_next_run() -> None:
    now = datetime(2026, 3, 1, 12, 0)
    assert LinkingSchedule().next_run(None, now) is None
    every = LinkingSchedule(enabled=True, every_minutes=10)
    assert every.next_run(None, now) == now
    assert every.next_run(datetime(2026, 3, 1, 11, 55), now) == datetime(2026, 3, 1, 12, 5)
    daily = LinkingSchedule(enabled=True, daily_at="14:30")
    assert daily.next_run(None, now) == datetime(2026, 3, 1, 14, 30)
    assert daily.next_run(datetime(2026, 3, 1, 14, 31), now) == datetime(2026, 3, 2, 14, 30)
    early = LinkingSchedule(enabled=True, daily_at="02:00")
    assert early.next_run(datetime(2026, 2, 28, 2, 0), now) == now  # missed today: at once


def test_a_manager_does_not_see_calls_of_cards_in_other_queues(
    database: Database, admin: User, add_client: AddClient
) -> None:
    with database.transaction() as session:
        boss = session.merge(admin)
        queue = add_queue(session, boss, "VIP desk").id
        maria = add_user(session, boss, "maria", "Maria", "manager", [], None).id
    hidden = add_client("Hidden VIP", emails=["vip@example.com"], queue_id=queue)
    add_client("Open client", emails=["open@example.com"])
    add_interaction(database, parties=[("from", "vip@example.com")], subject="Secret")
    add_interaction(database, parties=[("from", "open@example.com")], subject="Open")
    add_interaction(database, parties=[("from", "who@example.com")], subject="Nobody's")
    with database.transaction() as session:
        link_interactions(session)
    with database.session() as session:
        as_admin = {r.subject for r in list_interactions(session, InteractionFilter())}
        as_maria = {
            r.subject for r in list_interactions(session, InteractionFilter(viewer_id=maria))
        }
        assert viewer_of(session.merge(admin)) is None
    assert as_admin == {"Secret", "Open", "Nobody's"}
    assert as_maria == {"Open", "Nobody's"}
    assert hidden
