"""Demo data: counts, invariants, realistic names, numbers that normalize, appending, cancel,
permission, the `demo` command — on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from datetime import date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import case, func, select, text
from sqlalchemy.dialects import sqlite

from desktop_crm.cli import main
from desktop_crm.db import Database
from desktop_crm.demo import names as w
from desktop_crm.demo import world
from desktop_crm.demo.batch import DemoReferences
from desktop_crm.demo.fill import fill_demo, insert_rows, prepare_references, sqlite_binders
from desktop_crm.demo.rows import DemoGenerator
from desktop_crm.errors import PermissionDenied, ValidationError
from desktop_crm.models import (
    ChangeLog,
    Client,
    ContactPerson,
    ContactPoint,
    Deal,
    Group,
    Interaction,
    InteractionParty,
    Note,
    Tag,
    User,
    client_tags,
)
from desktop_crm.models.clients import COMPANY, EMAIL, PERSON, PHONE
from desktop_crm.services.access import current_user
from desktop_crm.services.emails import normalize_email
from desktop_crm.services.names import name_key
from desktop_crm.services.phones import normalize_phone
from desktop_crm.services.users import add_user


def count(session, what) -> int:  # type: ignore[no-untyped-def]
    return session.scalar(select(func.count()).select_from(what))


@pytest.fixture
def filled(database: Database) -> Database:
    fill_demo(database, 400, seed=7, batch_size=150)
    return database


def test_counts_match_the_stats_and_the_tables(database: Database) -> None:
    stats = fill_demo(database, 400, seed=7, batch_size=150)
    assert stats.clients == 400 and not stats.cancelled
    with database.session() as s:
        assert count(s, Client) == 400
        assert count(s, ContactPerson) == stats.contact_persons > 0
        assert count(s, ContactPoint) == stats.contact_points > 400
        assert count(s, client_tags) == stats.tag_links > 0
        assert count(s, Note) == stats.notes > 0
        assert count(s, Deal) == stats.deals > 0
        assert count(s, Interaction) == stats.interactions > 0
        assert count(s, ChangeLog) == stats.change_log > 0
        parties = count(s, InteractionParty)
        assert (
            stats.rows
            == 400
            + sum(
                count(s, t)
                for t in (
                    ContactPerson,
                    ContactPoint,
                    client_tags,
                    Note,
                    Deal,
                    Interaction,
                    ChangeLog,
                )
            )
            + parties
        )
        companies = s.scalar(select(func.count()).where(Client.kind == COMPANY))
        leads = s.scalar(select(func.count()).where(Client.stage == "lead"))
    assert companies == stats.companies and 20 <= companies <= 70  # about a tenth
    assert leads == stats.leads and 60 <= leads <= 200  # about 30 %
    assert stats.seconds > 0 and stats.rows_per_second > 0


def test_name_key_and_one_primary_per_kind(filled: Database) -> None:
    with filled.session() as s:
        for full_name, key in s.execute(select(Client.full_name, Client.name_key)):
            assert key == name_key(full_name)
        for owner in (ContactPoint.client_id, ContactPoint.contact_person_id):
            rows = s.execute(
                select(
                    owner, ContactPoint.kind, func.sum(case((ContactPoint.is_primary, 1), else_=0))
                )
                .where(owner.is_not(None))
                .group_by(owner, ContactPoint.kind)
            ).all()
            assert rows and all(n == 1 for _, _, n in rows)
        # positions on a card are 0..n-1 with no gaps
        positions = s.execute(
            select(ContactPoint.client_id, func.max(ContactPoint.position), func.count())
            .where(ContactPoint.client_id.is_not(None))
            .group_by(ContactPoint.client_id)
        ).all()
        assert all(top == n - 1 for _, top, n in positions)


def test_phones_and_emails_normalize_as_stored(filled: Database) -> None:
    with filled.session() as s:
        points = s.execute(select(ContactPoint.kind, ContactPoint.value, ContactPoint.normalized))
        phones = emails = 0
        formats: set[str] = set()
        for kind, value, normalized in points:
            if kind == PHONE:
                assert normalize_phone(value) == normalized, value
                assert normalized.startswith(("+7", "+48", "+44"))
                formats.add("".join("9" if c.isdigit() else c for c in value))
                phones += 1
            else:
                assert kind == EMAIL
                assert normalize_email(value) == normalized, value
                domain = normalized.rsplit("@", 1)[1]
                assert domain.endswith(("example.com", "example.org", "example.net"))
                emails += 1
    assert phones > 400 and emails > 200
    assert len(formats) >= 15  # many local ways of writing a number
    assert "9 (999) 999-99-99" in formats  # 8 (912) 345-67-89
    assert "+99 999 999 999" in formats  # +48 601 234 567


def test_every_phone_format_of_every_country_normalizes() -> None:
    refs = DemoReferences({"RU": (1,)}, {1: "M"}, (1,), {}, 1)
    generator = DemoGenerator(refs, seed=3, now=datetime(2026, 1, 1))
    for country in ("RU", "KZ", "PL", "GB"):
        cities = {
            "RU": world.RU_CITIES,
            "KZ": world.KZ_CITIES,
            "PL": world.PL_CITIES,
            "GB": world.GB_CITIES,
        }
        for _ in range(400):
            value, normalized = generator.mobile(country)
            assert normalize_phone(value) == normalized, (country, value)
        for city in cities[country]:
            for _ in range(30):
                value, normalized = generator.landline(country, city)
                assert normalize_phone(value) == normalized, (country, value)


def _female_first(first: str) -> bool:
    return first in w.RU_FEMALE or first in w.KZ_FEMALE or first in w.PL_FEMALE


def test_names_are_realistic_and_gender_correct(filled: Database) -> None:
    with filled.session() as s:
        people = s.execute(
            select(Client.full_name, Client.last_name, Client.first_name, Client.middle_name).where(
                Client.kind == PERSON, Client.first_name.is_not(None)
            )
        ).all()
        people += s.execute(
            select(
                ContactPerson.full_name,
                ContactPerson.last_name,
                ContactPerson.first_name,
                ContactPerson.middle_name,
            )
        ).all()
    seen = {"ru": 0, "kz": 0, "pl": 0, "en": 0, "patronymic": 0}
    for full, last, first, middle in people:
        female = _female_first(first)
        if first in w.KZ_MALE or first in w.KZ_FEMALE:  # (Тимур is both Russian and Kazakh)
            seen["kz"] += 1
            assert full == " ".join(filter(None, (last, first, middle)))
        elif first in w.RU_MALE or first in w.RU_FEMALE:
            seen["ru"] += 1
            assert middle is not None and full == f"{last} {first} {middle}"
        elif first in w.PL_MALE or first in w.PL_FEMALE:
            seen["pl"] += 1
            assert middle is None and full == f"{first} {last}"
            if female:
                assert not last.endswith(("ski", "cki")), full
            else:
                assert not last.endswith(("ska", "cka")), full
        else:
            assert first in w.GB_MALE or first in w.GB_FEMALE, full
            seen["en"] += 1
            assert middle is None and full == f"{first} {last}"
        if middle is not None:
            seen["patronymic"] += 1
            assert middle.endswith(("вна", "чна")) == female, full
            assert middle.endswith(("вич", "ич")) != female, full
            if female:
                assert not last.endswith(("ов", "ев", "ёв", "ин", "ский", "цкий")), full
            else:
                assert not last.endswith(("ова", "ева", "ёва", "ина", "ская", "цкая")), full
    assert all(n > 5 for n in seen.values()), seen


def test_companies_have_employees_and_contact_persons(filled: Database) -> None:
    with filled.session() as s:
        employees = s.execute(
            select(Client.position, Client.company_id, Client.kind).where(
                Client.company_id.is_not(None)
            )
        ).all()
        company_ids = set(s.scalars(select(Client.id).where(Client.kind == COMPANY)))
        assert employees and all(kind == PERSON for _, _, kind in employees)
        assert {company for _, company, _ in employees} <= company_ids
        assert all(position for position, _, _ in employees)
        owners = set(s.scalars(select(ContactPerson.client_id)))
        assert owners and owners <= company_ids
        with_website = s.scalar(
            select(func.count()).where(Client.kind == COMPANY, Client.website.is_not(None))
        )
        assert with_website > 0


def test_references_managers_tags_groups(filled: Database) -> None:
    with filled.session() as s:
        managers = {u.login: u for u in s.scalars(select(User))}
        assert {login for login, _, _ in world.MANAGERS} <= set(managers)
        assert all(managers[login].role.name == "manager" for login, _, _ in world.MANAGERS)
        responsible = set(s.scalars(select(Client.responsible_id).distinct()))
        assert len(responsible - {None}) >= 5
        assert responsible - {None} <= {managers[login].id for login, _, _ in world.MANAGERS}
        assert count(s, Tag) == len(world.TAGS)
        groups = {g.name for g in s.scalars(select(Group))}
        assert {"Россия", "Москва", "Казахстан", "Polska", "United Kingdom"} <= groups
        # interactions tied to a card carry one of its numbers or addresses
        linked = s.execute(
            select(Interaction.client_id, InteractionParty.normalized)
            .join(InteractionParty, InteractionParty.interaction_id == Interaction.id)
            .where(Interaction.client_id.is_not(None))
        ).all()
        assert linked
        for client_id, normalized in linked:
            points = s.scalars(
                select(ContactPoint.normalized).where(ContactPoint.client_id == client_id)
            )
            assert normalized in set(points)
        unlinked = s.scalar(select(func.count()).where(Interaction.client_id.is_(None)))
        assert unlinked > 0  # work for the linking job and the registration control
        # nothing happens to a client before it exists
        for table, when in ((Note, Note.created_at), (Interaction, Interaction.occurred_at)):
            early = s.scalar(
                select(func.count())
                .select_from(table)
                .join(Client, Client.id == table.client_id)
                .where(when < Client.created_at)
            )
            assert early == 0
        created = s.scalars(select(Client.created_at).order_by(Client.id)).all()
        assert created[0] < created[-1] and all(isinstance(c, datetime) for c in created)


def test_appending_to_a_base_with_data(database: Database, admin: User) -> None:
    with database.transaction() as s:
        s.add(Client(full_name="Мой Клиент", name_key=name_key("Мой Клиент")))
    first = fill_demo(database, 60, seed=1)
    second = fill_demo(database, 60, seed=1)
    assert first.clients == second.clients == 60
    with database.session() as s:
        assert count(s, Client) == 121
        assert s.scalar(select(Client.full_name).order_by(Client.id).limit(1)) == "Мой Клиент"
        assert count(s, User) == 1 + len(world.MANAGERS)  # managers are found, not made twice
        assert count(s, Tag) == len(world.TAGS)
        names = s.scalars(select(Client.full_name).order_by(Client.id).offset(1)).all()
    assert names[:60] != names[60:]  # the same seed appends different people
    # the ids fill_demo took never collide with ordinary inserts afterwards (PG sequences)
    with database.transaction() as s:
        client = Client(full_name="После демо", name_key=name_key("После демо"))
        s.add(client)
        s.flush()
        s.add(ContactPerson(client_id=client.id, full_name="Контакт"))
        s.add(Interaction(kind="call", direction="in", occurred_at=datetime(2026, 1, 1)))
    with database.session() as s:
        assert count(s, Client) == 122


def test_same_seed_same_clients_on_an_empty_base(database: Database) -> None:
    fill_demo(database, 30, seed=5)
    with database.session() as s:
        names = s.scalars(select(Client.full_name).order_by(Client.id)).all()
    with database.transaction() as s:
        refs = prepare_references(s)  # finds what the fill made
    again = DemoGenerator(refs, seed="5/0", now=datetime(2026, 1, 1), total=30).batch(30)
    remade = sorted(again.companies + again.persons, key=lambda r: r["id"])
    assert [r["full_name"] for r in remade] == names


def test_cancel_keeps_whole_batches(database: Database) -> None:
    calls: list[tuple[int, int | None]] = []
    stats = fill_demo(
        database,
        100,
        batch_size=20,
        progress=lambda done, total: calls.append((done, total)),
        cancelled=lambda: len(calls) >= 2,
    )
    assert stats.cancelled and stats.clients == 40
    assert calls == [(20, 100), (40, 100)]
    with database.session() as s:
        assert count(s, Client) == 40
        assert count(s, ContactPoint) == stats.contact_points


def test_progress_reaches_the_total(database: Database) -> None:
    calls: list[tuple[int, int | None]] = []
    batches = []
    fill_demo(
        database, 45, batch_size=20, progress=lambda d, t: calls.append((d, t)),
        on_batch=batches.append,
    )  # fmt: skip
    assert calls == [(20, 45), (40, 45), (45, 45)]
    assert [b.clients for b in batches] == [20, 40, 45]
    assert batches[-1].rows > batches[0].rows


@pytest.mark.parametrize("bad", [0, -3, 10_000_001])
def test_bad_count_is_refused_and_base_unchanged(database: Database, bad: int) -> None:
    with pytest.raises(ValidationError, match="between 1 and"):
        fill_demo(database, bad)
    with database.session() as s:
        assert count(s, Client) == 0 and count(s, User) == 0


def test_a_manager_may_not_fill_demo_data(database: Database, admin: User) -> None:
    with database.transaction() as s:
        add_user(s, current_user(s, "admin"), "ivanova", "Иванова Анна", "manager")
    with pytest.raises(PermissionDenied, match="may not import clients"):
        fill_demo(database, 10, login="ivanova")
    with database.session() as s:
        assert count(s, Client) == 0
        assert count(s, User) == 2  # no demo managers either: the refusal came first
    stats = fill_demo(database, 10, login="admin")
    with database.session() as s:
        creators = set(s.scalars(select(Client.created_by_id)))
    assert stats.clients == 10 and creators == {admin.id}


def test_sqlite_binders_store_what_sqlalchemy_stores() -> None:
    dialect = sqlite.dialect()
    moments = [datetime(2024, 1, 2, 3, 4, 5), datetime(2024, 1, 2, 3, 4, 5, 7)]
    samples = {
        Client.__table__.c.created_at: moments,
        Client.__table__.c.birth_date: [date(1961, 12, 31)],
        Deal.__table__.c.expected_revenue: [Decimal("125000"), Decimal("12.5")],
    }
    for column, values in samples.items():
        [(_, bind)] = sqlite_binders(column.table, [column.name])
        expected = column.type.dialect_impl(dialect).bind_processor(dialect)
        for value in values:
            assert bind(value) == expected(value)
    assert sqlite_binders(Client.__table__, ["full_name", "version", "company_id"]) == []


def test_demo_command(database_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", database_url, "demo", "120", "--json"]) == 0
    out, err = capsys.readouterr()
    summary = json.loads(out.strip().splitlines()[-1])
    assert summary["clients"] == 120 and summary["rows"] > 120
    assert summary["rows_per_second"] > 0 and summary["database_bytes"] > 0
    assert "rows/s" in err and "120/120 clients" in err
    assert main(["--db", database_url, "demo", "30"]) == 0
    out, _ = capsys.readouterr()
    assert out.startswith("Added 30 demo clients") and "rows/s" in out
    assert main(["--db", database_url, "demo", "0"]) == 2
    _, err = capsys.readouterr()
    assert err.startswith("desktop-crm: The number of demo clients must be between 1")


def test_demo_rows_fire_table_triggers(sqlite_database: Database) -> None:
    """The rows go through the real tables: a trigger on them sees every insert (as the
    search index will)."""
    with sqlite_database.engine.begin() as conn:
        conn.execute(text("CREATE TABLE seen (client_id INTEGER)"))
        conn.execute(
            text(
                "CREATE TRIGGER demo_seen AFTER INSERT ON clients "
                "BEGIN INSERT INTO seen VALUES (new.id); END"
            )
        )
    fill_demo(sqlite_database, 50)
    with sqlite_database.session() as s:
        assert s.scalar(text("SELECT count(*) FROM seen")) == 50


def test_demo_clients_are_in_the_search_index_at_once(sqlite_database: Database) -> None:
    """The search index (revision 0002: FTS5 tables kept by triggers) holds every demo client's
    name and contact values as soon as the fill ends."""
    with sqlite_database.session() as s:
        tables = set(s.scalars(text("SELECT name FROM sqlite_master WHERE type = 'table'")))
    if not {"fts_client_names", "fts_contact_points"} <= tables:
        pytest.skip("no full-text search index in this schema")
    fill_demo(sqlite_database, 300, seed=2)
    with sqlite_database.session() as s:
        clients = s.execute(select(Client.id, Client.name_key).order_by(Client.id)).all()
        for client_id, key in clients[::37]:
            word = max(key.split(), key=len).replace('"', "")
            found = s.scalars(
                text("SELECT rowid FROM fts_client_names WHERE fts_client_names MATCH :q"),
                {"q": f'"{word}"'},
            ).all()
            assert client_id in found, key
        points = s.execute(select(ContactPoint.id, ContactPoint.normalized)).all()
        for point_id, normalized in points[::53]:
            found = s.scalars(
                text("SELECT rowid FROM fts_contact_points WHERE fts_contact_points MATCH :q"),
                {"q": f'"{normalized[-7:]}"'},
            ).all()
            assert point_id in found, normalized


def test_insert_rows_fills_python_side_defaults(database: Database) -> None:
    """Rows that leave out a column with a Python-side default still insert (a column added
    later must not break the fill) and read back through the ORM."""
    with database.transaction() as s:
        client = Client(full_name="Пётр", name_key=name_key("Пётр"))
        s.add(client)
        s.flush()
        rows = [{"client_id": client.id, "text": "первая"}, {"client_id": client.id, "text": "2"}]
        insert_rows(s.connection(), Note.__table__, rows)
    with database.session() as s:
        notes = s.scalars(select(Note).order_by(Note.id)).all()
    assert [n.text for n in notes] == ["первая", "2"]
    assert all(isinstance(n.created_at, datetime) for n in notes)
