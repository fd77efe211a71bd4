"""Notes, attached files, deals and contact persons of a card, on a real database."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import asdict
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop_crm.config import Settings
from desktop_crm.db import Database
from desktop_crm.errors import NotFound, PermissionDenied, ValidationError
from desktop_crm.models import Attachment, ChangeLog, ContactPoint, Note, User
from desktop_crm.services import attachments, base_settings, clients, contact_persons, deals, notes
from desktop_crm.services.clients import ClientData, ContactValue
from desktop_crm.services.contact_persons import PersonData
from desktop_crm.services.users import add_user


@pytest.fixture
def client_id(database: Database, admin: User) -> int:
    with database.transaction() as session:
        return clients.create_client(session, admin, ClientData(full_name="Nowak Sp. z o.o.")).id


# --- notes -------------------------------------------------------------------------------


def test_notes(database: Database, admin: User, client_id: int) -> None:
    with database.transaction() as session:
        first = notes.add_note(session, admin, client_id, "  First call  ")
        notes.add_note(session, admin, client_id, "Second")
        assert first.text == "First call"
        with pytest.raises(ValidationError, match="empty"):
            notes.add_note(session, admin, client_id, " \n ")
        with pytest.raises(NotFound):
            notes.add_note(session, admin, 999, "x")
        assert [n.text for n in notes.list_notes(session, admin, client_id)] == [
            "Second",
            "First call",
        ]
        manager = add_user(session, admin, "m", "Manager")
        first_id = first.id
    with pytest.raises(PermissionDenied, match="author"), database.transaction() as session:
        notes.update_note(session, manager, first_id, "rewritten")
    with database.transaction() as session:
        notes.update_note(session, admin, first_id, "First call, corrected")
        notes.delete_note(session, admin, first_id)
        assert session.scalar(select(func.count()).select_from(Note)) == 1


# --- attachments -------------------------------------------------------------------------


def test_attach_read_comment_delete(
    database: Database, admin: User, client_id: int, tmp_path: Path
) -> None:
    source = tmp_path / "Offer 2024.pdf"
    source.write_bytes(b"%PDF-1.4 offer" * 100)
    with database.transaction() as session:
        attached = attachments.attach_file(session, admin, client_id, source, comment=" v1 ")
        from_bytes = attachments.attach_file(
            session, admin, client_id, b"a;b\n1;2\n", "C:\\Users\\me\\prices.csv"
        )
        assert (attached.filename, attached.size, attached.mime_type, attached.comment) == (
            "Offer 2024.pdf",
            1400,
            "application/pdf",
            "v1",
        )
        assert from_bytes.filename == "prices.csv"
        ids = attached.id, from_bytes.id
    with database.transaction() as session:
        assert attachments.read_file_bytes(session, admin, ids[0]) == source.read_bytes()
        listed = attachments.list_attachments(session, admin, client_id)
        assert [a.filename for a in listed] == ["prices.csv", "Offer 2024.pdf"]
        attachments.set_comment(session, admin, ids[0], "signed version")
        opened = attachments.save_to_temp(session, admin, ids[0], folder=tmp_path)
        assert opened.name == "Offer 2024.pdf" and opened.read_bytes() == source.read_bytes()
        again = attachments.save_to_temp(session, admin, ids[0], folder=tmp_path)
        assert again != opened  # two opens never overwrite each other
        saved = attachments.save_as(session, admin, ids[1], tmp_path / "copy.csv")
        assert saved.read_bytes() == b"a;b\n1;2\n"
        attachments.delete_attachment(session, admin, ids[1])
    with database.session() as session:
        assert session.get(Attachment, ids[0]).comment == "signed version"  # type: ignore[union-attr]
        with pytest.raises(NotFound):
            attachments.read_file_bytes(session, admin, ids[1])


def set_base_limit(database: Database, admin: User, megabytes: int) -> None:
    with database.transaction() as session:
        base_settings.set_attachment_limit_mb(session, session.merge(admin), megabytes)


def test_attachment_size_limit_of_the_base(
    database: Database, admin: User, client_id: int, tmp_path: Path
) -> None:
    set_base_limit(database, admin, 1)
    big = tmp_path / "scan.tiff"
    big.write_bytes(b"\0" * (1024 * 1024 + 1))
    huge = tmp_path / "video.mp4"
    huge.write_bytes(b"\0" * (3 * 1024 * 1024 + 300 * 1024))
    with pytest.raises(ValidationError) as caught, database.transaction() as session:
        attachments.attach_file(session, admin, client_id, big)
    assert caught.value.message.startswith(
        "scan.tiff is 1 048 577 bytes; files up to 1 048 576 bytes can be attached."
    )
    with pytest.raises(ValidationError) as caught, database.transaction() as session:
        attachments.attach_file(session, admin, client_id, huge)
    assert caught.value.message.startswith("video.mp4 is 3.3 MB; files up to 1 MB can be")
    with pytest.raises(ValidationError, match="up to 10 bytes"), database.transaction() as s:
        attachments.attach_file(s, admin, client_id, b"x" * 11, "a.txt", limit_bytes=10)
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(Attachment)) == 0


def test_a_users_own_settings_cannot_raise_the_bases_limit(
    database: Database, admin: User, client_id: int
) -> None:
    set_base_limit(database, admin, 1)
    Settings.path().write_text(json.dumps({"attachment_limit_mb": 500}), encoding="utf-8")
    with pytest.raises(ValidationError, match="up to 1 MB"), database.transaction() as session:
        attachments.attach_file(session, admin, client_id, b"x" * (2 * 1024 * 1024), "a.bin")
    with database.session() as session:
        assert attachments.attachment_limit(session) == 1024 * 1024
    assert "attachment_limit_mb" not in json.dumps(asdict(Settings.load()))


def test_attachment_limit_is_capped_by_the_database(database: Database, admin: User) -> None:
    from desktop_crm.models import MAX_ATTACHMENT_BYTES

    with database.session() as session:
        assert attachments.attachment_limit(session) == 20 * 1024 * 1024  # the default
    set_base_limit(database, admin, MAX_ATTACHMENT_BYTES // (1024 * 1024))
    with database.session() as session:
        assert attachments.attachment_limit(session) == MAX_ATTACHMENT_BYTES


def test_attach_a_missing_file(
    database: Database, admin: User, client_id: int, tmp_path: Path
) -> None:
    with pytest.raises(ValidationError, match="is not a file"), database.transaction() as s:
        attachments.attach_file(s, admin, client_id, tmp_path / "gone.txt")
    with pytest.raises(ValidationError, match="needs a name"), database.transaction() as s:
        attachments.attach_file(s, admin, client_id, b"data", "  ")


# --- deals -------------------------------------------------------------------------------


def test_deal_lifecycle_and_client_change(
    database: Database, admin: User, client_id: int, add_client: Callable[..., int]
) -> None:
    other = add_client("Kowalski Jan")
    with database.transaction() as session:
        deal = deals.create_deal(
            session,
            admin,
            client_id,
            "  Paper supply ",
            expected_revenue="12 500,5",
            date="01.06.2024",
            activity="Send the offer",
            activity_date=date(2024, 6, 3),
        )
        assert (deal.topic, deal.expected_revenue, deal.date, deal.status) == (
            "Paper supply",
            Decimal("12500.50"),
            date(2024, 6, 1),
            "open",
        )
        assert deal.responsible_id == admin.id
        deals.change_deal_client(session, admin, deal.id, other)
        assert [d.id for d in deals.list_deals(session, admin, other)] == [deal.id]
        assert deals.list_deals(session, admin, client_id) == []
        deal_id = deal.id
    with database.session() as session:
        logged = session.execute(
            select(ChangeLog.client_id, ChangeLog.old_value, ChangeLog.new_value).where(
                ChangeLog.field == "deal.client"
            )
        ).all()
    assert {r[0] for r in logged} == {client_id, other}
    assert logged[0][1:] == ("Paper supply — Nowak Sp. z o.o.", "Paper supply — Kowalski Jan")

    with database.transaction() as session:
        deals.close_deal(session, admin, deal_id, won=True)
    with pytest.raises(ValidationError) as caught, database.transaction() as session:
        deals.change_deal_client(session, admin, deal_id, client_id)
    assert caught.value.message == (
        "The deal “Paper supply” is won; the client of a finished deal cannot be changed."
    )
    with database.session() as session:
        assert deals.list_deals(session, admin, other)[0].client_id == other
    with pytest.raises(ValidationError, match="won already"), database.transaction() as s:
        deals.close_deal(s, admin, deal_id, won=False)


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"topic": " "}, "needs a topic"),
        ({"expected_revenue": "-5"}, "cannot be negative"),
        ({"expected_revenue": "a lot"}, "is not a number"),
        ({"date": "31.02.2024"}, "Deal date: '31.02.2024' is not a date"),
        ({"scenario_id": 77}, "scenario does not exist"),
    ],
)
def test_bad_deal_values(
    database: Database, admin: User, client_id: int, fields: dict, message: str
) -> None:
    fields = {"topic": "Deal", **fields}
    with pytest.raises(ValidationError, match=message), database.transaction() as session:
        deals.create_deal(session, admin, client_id, **fields)


def test_scenarios(database: Database, admin: User, client_id: int) -> None:
    with database.transaction() as session:
        scenario = deals.scenario_by_name(session, "Cold call", create=True)
        assert deals.scenario_by_name(session, "COLD CALL") is scenario
        deal = deals.create_deal(session, admin, client_id, "T", scenario_id=scenario.id)
        deals.update_deal(session, admin, deal.id, stage="Negotiation", expected_revenue=None)
        assert (deal.stage, deal.scenario_id) == ("Negotiation", scenario.id)


# --- contact persons ---------------------------------------------------------------------


def test_contact_persons_and_employees(
    database: Database, admin: User, add_client: Callable[..., int]
) -> None:
    company = add_client("ООО Ромашка", kind="company")
    employee = add_client(
        "Смирнова Ольга", ["89001112233"], company_id=company, position="Бухгалтер"
    )
    with database.transaction() as session:
        person = contact_persons.add_contact_person(
            session,
            admin,
            company,
            PersonData(
                last_name="Абрамов",
                first_name="Игорь",
                position="Директор",
                phones=[ContactValue("8 912 000 11 22"), ContactValue("+7 912 000-11-22")],
                emails=[ContactValue("IGOR@romashka.ru")],
            ),
        )
        assert person.full_name == "Абрамов Игорь"
        person_id = person.id
    with database.session() as session:
        staff = contact_persons.employees(session, company)
    assert [(e.kind, e.id, e.full_name, e.position) for e in staff] == [
        ("contact_person", person_id, "Абрамов Игорь", "Директор"),
        ("client", employee, "Смирнова Ольга", "Бухгалтер"),
    ]
    assert [(e.phone, e.email) for e in staff] == [
        ("+7 912 000-11-22", "igor@romashka.ru"),
        ("+7 900 111-22-33", None),
    ]

    with database.transaction() as session:
        loaded = contact_persons.get_contact_person(session, person_id)
        data = PersonData.from_person(loaded)
        data.phones = [ContactValue("+7 912 000 11 22"), ContactValue("+7 912 000 33 44", True)]
        data.position = "Генеральный директор"
        contact_persons.update_contact_person(session, admin, person_id, data, loaded.version)
    with database.session() as session:
        rows = {
            r.field: (r.old_value, r.new_value)
            for r in session.scalars(select(ChangeLog).where(ChangeLog.entity == "contact_person"))
        }
    assert rows["position"] == ("Директор", "Генеральный директор")
    assert rows["phones"] == ("+7 912 000-11-22", "+7 912 000-33-44; +7 912 000-11-22")
    assert rows["created"] == (None, "Абрамов Игорь")

    with pytest.raises(ValidationError, match="not a phone"), database.transaction() as s:
        contact_persons.add_contact_person(
            s, admin, company, PersonData(full_name="X", phones=[ContactValue("123")])
        )
    with database.transaction() as session:
        contact_persons.delete_contact_person(session, admin, person_id)
    with database.session() as session:
        assert contact_persons.list_contact_persons(session, company) == []
        assert (
            session.scalar(
                select(func.count())
                .select_from(ContactPoint)
                .where(ContactPoint.contact_person_id == person_id)
            )
            == 0
        )
        deleted = session.scalar(select(ChangeLog).where(ChangeLog.field == "deleted"))
        assert deleted is not None and deleted.old_value == "Абрамов Игорь"
