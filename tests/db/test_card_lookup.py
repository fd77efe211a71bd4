"""What a client card reads through `services.card_lookup`: its data with the names it shows,
the pickers' choices, files and deals as rows, and the search-as-you-type over clients."""

from __future__ import annotations

import pytest

from desktop_crm.db import Database
from desktop_crm.errors import NotFound
from desktop_crm.models import User
from desktop_crm.services import attachments, card_lookup, custom_fields, deals
from desktop_crm.services.access import current_user
from desktop_crm.services.clients import ClientData, ContactValue, create_client, delete_clients
from desktop_crm.services.users import add_user


@pytest.fixture
def base(database: Database, admin: User) -> dict[str, int]:
    with database.transaction() as session:
        romashka = create_client(
            session,
            admin,
            ClientData(
                kind="company", full_name="ООО Ромашка", phones=[ContactValue("+74951234567")]
            ),
        )
        ids = {
            "romashka": romashka.id,
            "ivanov": create_client(
                session,
                admin,
                ClientData(
                    full_name="Иванов Пётр",
                    company_id=romashka.id,
                    phones=[ContactValue("8 (912) 345-67-89", True)],
                    emails=[ContactValue("P.Ivanov@Mail.ru", True)],
                ),
            ).id,
            "ivanova": create_client(session, admin, ClientData(full_name="Иванова Анна")).id,
            "smith": create_client(
                session, admin, ClientData(kind="company", full_name="Smith & Sons_Ltd 100%")
            ).id,
        }
    return ids


def names(hits: list[card_lookup.ClientHit]) -> list[str]:
    return [h.full_name for h in hits]


def test_search_by_name_prefix_word_phone_and_email(
    database: Database, base: dict[str, int]
) -> None:
    with database.session() as session:
        search = card_lookup.search_clients
        viewer = current_user(session, "admin")
        assert names(search(session, viewer, "иван")) == ["Иванов Пётр", "Иванова Анна"]
        assert names(search(session, viewer, "ПЁТР")) == [
            "Иванов Пётр"
        ]  # inside the name, ё folded
        assert names(search(session, viewer, "ромаш")) == ["ООО Ромашка"]
        assert names(search(session, viewer, "ромаш", companies_only=True)) == ["ООО Ромашка"]
        assert search(session, viewer, "иван", companies_only=True) == []
        assert names(search(session, viewer, "8 912 345")) == ["Иванов Пётр"]  # a phone, as typed
        assert names(search(session, viewer, "+7 (912) 345-67-89")) == ["Иванов Пётр"]
        assert names(search(session, viewer, "p.ivanov@")) == ["Иванов Пётр"]
        hit = search(session, viewer, "иванов п")[0]
        assert (hit.id, hit.detail, hit.kind) == (base["ivanov"], "+7 912 345-67-89", "person")
        assert (
            search(session, viewer, "иван", exclude_ids=(base["ivanov"],))[0].id == base["ivanova"]
        )
        # LIKE's wildcards are plain characters here
        assert names(search(session, viewer, "100%")) == ["Smith & Sons_Ltd 100%"]
        assert names(search(session, viewer, "s_l")) == ["Smith & Sons_Ltd 100%"]
        assert search(session, viewer, "s%l") == []
        assert search(session, viewer, "   ") == []
        assert len(search(session, viewer, "а", limit=2)) <= 2


def test_card_snapshot_choices_and_rows(
    database: Database, admin: User, base: dict[str, int]
) -> None:
    with database.transaction() as session:
        add_user(session, admin, "maria", "Мария", role="manager")
        custom_fields.add_field(session, admin, "source", "Source", "choice", ["Web", "Fair"])
        attachments.attach_file(session, admin, base["ivanov"], b"abc", filename="a.txt")
        deals.create_deal(session, admin, base["ivanov"], "Кресла", expected_revenue="10")
    with database.session() as session:
        card = card_lookup.load_card(session, admin, base["ivanov"])
        assert (card.company_name, card.updated_by, card.data.full_name) == (
            "ООО Ромашка",
            "admin",
            "Иванов Пётр",
        )
        assert card.version == card_lookup.version_of(session, base["ivanov"])
        choices = card_lookup.load_choices(session)
        assert [u.full_name for u in choices.users] == ["admin", "Мария"]
        assert choices.fields == (
            card_lookup.FieldSpec("source", "Source", "choice", ("Web", "Fair")),
        )
        (file,) = card_lookup.file_rows(session, current_user(session, "admin"), base["ivanov"])
        assert (file.filename, file.size, file.uploaded_by) == ("a.txt", 3, "admin")
        (deal,) = card_lookup.deal_rows(session, admin, base["ivanov"])
        assert (deal.topic, deal.status, str(deal.expected_revenue)) == ("Кресла", "open", "10.00")
        assert card_lookup.user_id(session, "maria") is not None
        assert card_lookup.user_id(session, "nobody") is None
    with database.transaction() as session:
        delete_clients(session, admin, [base["ivanov"]])
    with database.session() as session, pytest.raises(NotFound):
        card_lookup.load_card(session, admin, base["ivanov"])
    with database.session() as session:
        assert card_lookup.version_of(session, base["ivanov"]) is None
