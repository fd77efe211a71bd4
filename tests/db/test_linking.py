"""The linking job against a real base (SQLite, and PostgreSQL when configured): counterparts,
priority (contact person, client, lead; the oldest first), ambiguity, secondary phones and
emails, and immediate re-linking when a card, a contact person or an import saves an address."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from files import write_csv
from import_support import do_import
from linking_support import add_interaction, link_of
from sqlalchemy import text

from desktop_crm.db import Database
from desktop_crm.models import User
from desktop_crm.services import linking
from desktop_crm.services.access import current_user
from desktop_crm.services.clients import ClientData, get_client, update_client
from desktop_crm.services.contact_persons import PersonData, add_contact_person
from desktop_crm.services.contact_points import ContactValue
from desktop_crm.services.linking import link_address, link_interactions

AddClient = Callable[..., int]


def run(database: Database, ids: list[int] | None = None) -> dict[str, object]:
    with database.transaction() as session:
        return link_interactions(session, ids).as_dict()


def test_incoming_links_by_sender_and_outgoing_by_recipients(
    database: Database, add_client: AddClient
) -> None:
    anna = add_client("Anna", emails=["anna@example.com"])
    boris = add_client("Boris", phones=["+7 916 123-45-67"])
    ours = add_client("Our own desk", emails=["desk@ours.com"])
    incoming = add_interaction(
        database, parties=[("from", "anna@example.com"), ("to", "desk@ours.com")]
    )
    outgoing = add_interaction(
        database,
        kind="call",
        direction="out",
        parties=[("from", "desk@ours.com"), ("to", "+79161234567")],
    )
    result = run(database)
    assert result == {
        "examined": 2,
        "linked": 2,
        "by": {"contact_person": 0, "client": 2, "lead": 0},
        "ambiguous": 0,
        "unlinked": 0,
    }
    assert link_of(database, incoming).client_id == anna
    second = link_of(database, outgoing)
    assert (second.client_id, second.link_method) == (boris, "auto")
    assert second.linked_at is not None
    assert ours not in (link_of(database, incoming).client_id, second.client_id)


def test_a_person_wins_over_a_client_and_a_client_over_a_lead(
    database: Database, admin: User, add_client: AddClient
) -> None:
    lead = add_client("A lead", emails=["shared@example.com"], stage="lead")
    client = add_client("A client", emails=["shared@example.com"])
    company = add_client("Company", kind="company")
    with database.transaction() as session:
        person = add_contact_person(
            session,
            session.merge(admin),
            company,
            PersonData(full_name="Their clerk", phones=[ContactValue("+7 903 111-22-33")]),
        ).id
    to_client = add_interaction(database, parties=[("from", "shared@example.com")])
    cc_shared = add_interaction(database, direction="out", parties=[("cc", "shared@example.com")])
    to_person = add_interaction(
        database, kind="call", parties=[("from", "+79031112233"), ("from", "shared@example.com")]
    )
    result = run(database)
    assert result["by"] == {"contact_person": 1, "client": 2, "lead": 0}
    assert result["ambiguous"] == 3
    first = link_of(database, to_client)
    assert first.client_id == client
    assert first.link_candidates == [{"kind": "lead", "id": lead}]
    assert link_of(database, cc_shared).client_id == client
    third = link_of(database, to_person)
    assert (third.client_id, third.contact_person_id) == (company, person)
    assert third.link_candidates == [
        {"kind": "client", "id": client},
        {"kind": "lead", "id": lead},
    ]


def test_leads_are_last_but_still_linked_and_the_oldest_card_wins(
    database: Database, add_client: AddClient
) -> None:
    older = add_client("Older lead", phones=["+7 916 000-00-01"], stage="lead")
    newer = add_client("Newer lead", phones=["+7 916 000-00-01"], stage="lead")
    call = add_interaction(database, kind="call", parties=[("from", "+79160000001")])
    result = run(database)
    assert result["by"] == {"contact_person": 0, "client": 0, "lead": 1}
    linked = link_of(database, call)
    assert linked.client_id == older
    assert linked.link_candidates == [{"kind": "lead", "id": newer}]


def test_secondary_phones_and_emails_count(database: Database, add_client: AddClient) -> None:
    vera = add_client(
        "Vera",
        phones=["+7 916 111-11-11", "+7 916 222-22-22"],
        emails=["vera@main.com", "vera@second.com"],
    )
    call = add_interaction(database, kind="call", parties=[("from", "+79162222222")])
    mail = add_interaction(database, direction="out", parties=[("to", "vera@second.com")])
    run(database)
    assert link_of(database, call).client_id == vera
    assert link_of(database, mail).client_id == vera


def test_unmatched_and_own_side_addresses_stay_unlinked(
    database: Database, add_client: AddClient
) -> None:
    add_client("Anna", emails=["anna@example.com"])
    stranger = add_interaction(database, parties=[("from", "who@else.com")])
    # an incoming email that only cc's a client: the counterpart is the sender, not her
    cc_only = add_interaction(
        database, parties=[("from", "who@else.com"), ("cc", "anna@example.com")]
    )
    result = run(database)
    assert (result["examined"], result["linked"], result["unlinked"]) == (2, 0, 2)
    assert link_of(database, stranger).client_id is None
    assert link_of(database, cc_only).client_id is None


def test_linked_ones_are_left_alone_and_ids_limit_the_run(
    database: Database, add_client: AddClient
) -> None:
    anna = add_client("Anna", emails=["anna@example.com"])
    first = add_interaction(database, parties=[("from", "anna@example.com")])
    second = add_interaction(database, parties=[("from", "anna@example.com")])
    assert run(database, [first])["linked"] == 1
    assert link_of(database, second).client_id is None
    assert run(database)["examined"] == 1
    assert run(database) == {
        "examined": 0,
        "linked": 0,
        "by": {"contact_person": 0, "client": 0, "lead": 0},
        "ambiguous": 0,
        "unlinked": 0,
    }
    assert link_of(database, second).client_id == anna


def test_batches_cover_everything(
    database: Database, add_client: AddClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    anna = add_client("Anna", emails=["anna@example.com"])
    ids = [add_interaction(database, parties=[("from", "anna@example.com")]) for _ in range(7)]
    ids.append(add_interaction(database, parties=[("from", "nobody@example.com")]))
    monkeypatch.setattr(linking, "BATCH", 3)  # a small batch walks several ranges
    result = run(database)
    assert (result["examined"], result["linked"]) == (8, 7)
    assert {link_of(database, i).client_id for i in ids[:-1]} == {anna}


def test_saving_an_email_on_a_card_links_its_history_at_once(
    database: Database, admin: User, add_client: AddClient
) -> None:
    gleb = add_client("Gleb", phones=["+7 916 555-55-55"])
    earlier = add_interaction(database, parties=[("from", "gleb@new.com")])
    with database.transaction() as session:
        card = get_client(session, gleb, current_user(session, "admin"))
        update_client(
            session,
            session.merge(admin),
            gleb,
            ClientData(
                full_name="Gleb",
                phones=[ContactValue("+7 916 555-55-55", is_primary=True)],
                emails=[ContactValue("gleb@new.com", is_primary=True)],
            ),
            card.version,
        )
    linked = link_of(database, earlier)
    assert (linked.client_id, linked.link_method) == (gleb, "auto")


def test_a_new_contact_person_links_the_history_of_its_phone(
    database: Database, admin: User, add_client: AddClient
) -> None:
    company = add_client("Company", kind="company")
    call = add_interaction(database, kind="call", parties=[("from", "+79037777777")])
    with database.transaction() as session:
        person = add_contact_person(
            session,
            session.merge(admin),
            company,
            PersonData(full_name="Clerk", phones=[ContactValue("8 903 777-77-77")]),
        ).id
    linked = link_of(database, call)
    assert (linked.client_id, linked.contact_person_id) == (company, person)


def test_an_import_links_the_history_of_the_numbers_it_brings(
    database: Database, admin: User, tmp_path: Path
) -> None:
    call = add_interaction(database, kind="call", parties=[("from", "+79161234567")])
    mail = add_interaction(database, direction="out", parties=[("to", "ivan@example.ru")])
    other = add_interaction(database, parties=[("from", "nobody@example.ru")])
    do_import(
        database,
        write_csv(
            tmp_path / "clients.csv",
            "ФИО;Телефон;Email\nИванов Иван;8 (916) 123-45-67;\nПетров Пётр;;ivan@example.ru\n",
        ),
    )
    assert link_of(database, call).client_id is not None
    assert link_of(database, mail).client_id is not None
    assert link_of(database, call).client_id != link_of(database, mail).client_id
    assert link_of(database, other).client_id is None


def test_link_address_touches_only_that_address(database: Database, add_client: AddClient) -> None:
    anna = add_client("Anna", emails=["anna@example.com"], phones=["+7 916 123-45-67"])
    mail = add_interaction(database, parties=[("from", "anna@example.com")])
    call = add_interaction(database, kind="call", parties=[("from", "+79161234567")])
    with database.transaction() as session:
        result = link_address(session, "email", "anna@example.com")
    assert (result.examined, result.linked) == (1, 1)
    assert link_of(database, mail).client_id == anna
    assert link_of(database, call).client_id is None


def test_a_card_met_through_several_addresses_is_one_candidate(
    database: Database, add_client: AddClient
) -> None:
    older = add_client("Older", emails=["a@one.com", "a@two.com"])
    newer = add_client("Newer", emails=["b@one.com"])
    mail = add_interaction(
        database,
        direction="out",
        parties=[("to", "b@one.com"), ("to", "a@two.com"), ("cc", "a@one.com")],
    )
    same_card = add_interaction(
        database, direction="out", parties=[("to", "a@one.com"), ("cc", "a@two.com")]
    )
    result = run(database)
    assert (result["linked"], result["ambiguous"]) == (2, 1)
    linked = link_of(database, mail)
    assert linked.client_id == older
    assert linked.link_candidates == [{"kind": "client", "id": newer}]
    alone = link_of(database, same_card)
    assert (alone.client_id, alone.link_candidates) == (older, None)


def test_a_run_gives_back_the_connection_settings_it_changed(
    database: Database, add_client: AddClient
) -> None:
    add_client("Anna", emails=["anna@example.com"])
    add_interaction(database, parties=[("from", "anna@example.com")])
    postgresql = database.engine.dialect.name == "postgresql"
    names = ("work_mem", "jit") if postgresql else ("cache_size", "mmap_size")
    read = "SHOW {}" if postgresql else "PRAGMA {}"
    with database.transaction() as session:
        before = [session.execute(text(read.format(name))).scalar() for name in names]
        assert link_interactions(session).linked == 1
        after = [session.execute(text(read.format(name))).scalar() for name in names]
    assert after == before
