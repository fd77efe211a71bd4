"""The bulk paths of the import (SQLite multi-row statements, UPDATE ... FROM, PostgreSQL COPY,
rows read ahead in a thread) on real bases: the base, its search index and the undo come out
the same however the rows are cut into statements and batches."""

from __future__ import annotations

import gc
import threading
from datetime import date, datetime
from pathlib import Path

import pytest
from files import write_csv
from import_support import count_clients
from sqlalchemy import func, select

from desktop_crm.db import Database
from desktop_crm.models import ChangeLog, Client, ContactPoint, ImportJob, ImportRow, User, utcnow
from desktop_crm.services.access import current_user
from desktop_crm.services.search import ClientQuery, ClientSearch, check_search_index
from desktop_crm.wizards.importing import (
    ImportSettings,
    field_catalog,
    open_source,
    run_import,
    suggest_mapping,
    undo_import,
)
from desktop_crm.wizards.importing import bulk as bulk_module
from desktop_crm.wizards.importing.bulk import Bulk

ROWS = 240


def big_file(tmp_path: Path, name: str = "big.csv") -> Path:
    """ROWS new people (phones, emails, tags, birth dates), then rows that come back to earlier
    ones with a new email and address (updates across batches), and a few bad emails (a bad
    phone is kept as typed, a bad email still fails its row)."""
    lines = ["ФИО;Телефон;Email;Теги;Дата рождения;Адрес"]
    for i in range(ROWS):
        tags = '"VIP;Опт"' if i % 2 else "Розница"  # quoted: the file's separator is ;
        lines.append(
            f"Клиентов Клиент {i};8 (912) 700-{i:04d};c{i}@example.ru;{tags};"
            f"{1 + i % 28:02d}.{1 + i % 12:02d}.19{50 + i % 50};Москва, д. {i}"
        )
    for i in range(0, ROWS, 7):
        lines.append(f"Клиентов Клиент {i};+7 912 700 {i:04d};again{i}@example.ru;Новый;;Тверь")
    lines += [f"Плохой {i};;нет@почты;;;" for i in range(5)]
    return write_csv(tmp_path / name, "\n".join(lines) + "\n")


def snapshot(database: Database, job_id: int | None = None) -> list[tuple]:
    """Everything the import writes about clients (and job `job_id`'s rows), comparably."""
    with database.session() as session:
        people = session.execute(
            select(
                Client.full_name,
                Client.name_key,
                Client.last_name,
                Client.birth_date,
                Client.address,
                Client.version,
            ).order_by(Client.id)
        ).all()
        contacts = session.execute(
            select(
                Client.full_name,
                ContactPoint.kind,
                ContactPoint.value,
                ContactPoint.normalized,
                ContactPoint.is_primary,
                ContactPoint.position,
            )
            .join(Client, Client.id == ContactPoint.client_id)
            .order_by(Client.id, ContactPoint.kind, ContactPoint.position)
        ).all()
        tags = session.execute(
            select(Client.full_name, func.count()).join(Client.tags).group_by(Client.full_name)
        ).all()
        log = session.scalar(select(func.count(ChangeLog.id)))
        rows = session.execute(
            select(ImportRow.row_number, ImportRow.outcome, ImportRow.reason, ImportRow.detail)
            .where(ImportRow.job_id == job_id)
            .order_by(ImportRow.row_number)
        ).all()
    return [tuple(people), tuple(contacts), tuple(sorted(tags)), log, tuple(rows)]


def run(database: Database, path: Path, batch_rows: int) -> int:
    source = open_source(path)
    with database.transaction() as session:
        user = current_user(session, "admin")
        mapping, _ = suggest_mapping(source.headers, field_catalog(session))
        result = run_import(session, user, source, ImportSettings(), mapping, batch_rows=batch_rows)
    assert (result.created, result.failed) == (ROWS, 5)
    assert result.updated == len(range(0, ROWS, 7))
    assert result.job_id is not None
    return result.job_id


def found(database: Database, text: str) -> list[int]:
    with database.session() as session:
        return ClientSearch(ClientQuery(text=text)).prepare(session).window(session, 0, 50)


def test_statement_sizes_do_not_change_the_result(
    database: Database, admin: User, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = big_file(tmp_path)
    first = run(database, path, batch_rows=50)
    expected = snapshot(database, first)
    assert len(expected[4]) == ROWS + len(range(0, ROWS, 7)) + 5
    with database.transaction() as session:
        undo_import(session, current_user(session, "admin"), first)
    assert count_clients(database) == 0
    # now a few rows per statement: many statements per table and batch
    monkeypatch.setattr(bulk_module, "MAX_ROWS_PER_STATEMENT", 7)
    job_id = run(database, path, batch_rows=50)
    got = snapshot(database, job_id)
    assert got == expected
    with database.session() as session:
        check_search_index(session)
    with database.session() as session:
        ids = dict(session.execute(select(Client.full_name, Client.id)).all())
    assert ids["Клиентов Клиент 23"] in found(database, "клиентов клиент 23")
    assert found(database, "912 700-0042") == [ids["Клиентов Клиент 42"]]
    assert found(database, "again14@") == [ids["Клиентов Клиент 14"]]
    with database.transaction() as session:
        undo_import(session, current_user(session, "admin"), job_id)
    assert count_clients(database) == 0
    assert found(database, "клиентов") == []
    with database.session() as session:
        check_search_index(session)
        assert session.scalar(select(func.count(ContactPoint.id))) == 0


def test_undo_of_updates_restores_many_clients(
    database: Database, admin: User, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An update import touching hundreds of clients (new emails, tags, addresses) undone in
    bulk statements: the base is as before, contact points and index included."""
    monkeypatch.setattr(bulk_module, "MAX_ROWS_PER_STATEMENT", 11)
    run(database, big_file(tmp_path), batch_rows=2000)
    before = snapshot(database)
    lines = ["ФИО;Телефон;Email;Теги;Адрес"]
    lines += [
        f"Клиентов Клиент {i};8 912 700 {i:04d};upd{i}@example.ru;Обновлён;Казань {i}"
        for i in range(ROWS)
    ]
    path = write_csv(tmp_path / "upd.csv", "\n".join(lines) + "\n")
    source = open_source(path)
    with database.transaction() as session:
        user = current_user(session, "admin")
        mapping, _ = suggest_mapping(source.headers, field_catalog(session))
        result = run_import(
            session, user, source, ImportSettings(mode="update"), mapping, batch_rows=60
        )
    assert (result.updated, result.created, result.failed) == (ROWS, 0, 0)
    assert len(found(database, "upd117@")) == 1
    with database.transaction() as session:
        undo = undo_import(session, current_user(session, "admin"), result.job_id)
    assert undo.restored == ROWS
    after = snapshot(database)
    people = [p[:5] for p in after[0]]
    assert people == [p[:5] for p in before[0]]  # versions moved on; the values are back
    assert after[1] == before[1] and after[2] == before[2]
    assert found(database, "upd117@") == []
    with database.session() as session:
        check_search_index(session)


def test_bulk_update_checks_versions(database: Database, admin: User, tmp_path: Path) -> None:
    run(database, big_file(tmp_path), batch_rows=2000)
    clients_t = Client.__table__
    with database.transaction() as session:
        rows = session.execute(select(Client.id, Client.version).order_by(Client.id).limit(3)).all()
        stale = [
            (cid, version + (1 if n == 1 else 0), "Новое имя")
            for n, (cid, version) in enumerate(rows)
        ]
        count = Bulk(session).update(clients_t, ("address",), stale, check="version")
        assert count == 2
        addresses = session.scalars(
            select(Client.address).where(Client.id.in_([r[0] for r in rows])).order_by(Client.id)
        ).all()
    assert addresses[0] == addresses[2] == "Новое имя" and addresses[1] != "Новое имя"


def test_bulk_values_read_back_as_core_writes_them(database: Database, admin: User) -> None:
    """Times, dates, booleans and JSON written as tuples come back as the ORM types."""
    now = utcnow()
    with database.transaction() as session:
        job = ImportJob(name="t", mode="add", settings={}, user_id=admin.id, status="done")
        session.add(job)
        session.flush()
        bulk = Bulk(session)
        client_id = session.execute(
            Client.__table__.insert().returning(Client.__table__.c.id),
            {
                "kind": "person",
                "stage": "client",
                "full_name": "Проба",
                "name_key": "проба",
                "created_at": now,
                "updated_at": now,
                "version": 1,
            },
        ).scalar_one()
        bulk.insert(
            ContactPoint.__table__,
            ("client_id", "kind", "value", "normalized", "is_primary", "position"),
            [(client_id, "phone", "8 912", "+7912", True, 0)],
        )
        before = {"fields": {"birth_date": "1990-01-02", "full_name": "Ёж"}, "version": 3}
        columns = ("job_id", "row_number", "outcome", "client_id", "before", "raw")
        bulk.insert(
            ImportRow.__table__, columns, [(job.id, 2, "updated", client_id, before, ["a", None])]
        )
        bulk.insert(  # JSON made by the caller, as the writer does for the common before-image
            ImportRow.__table__,
            columns,
            [(job.id, 3, "created", client_id, bulk.json({"version": 1}), bulk.json(None))],
            ready=("before", "raw"),
        )
        bulk.insert(
            ChangeLog.__table__,
            ("entity", "entity_id", "client_id", "field", "new_value", "user_id", "changed_at"),
            [("client", client_id, client_id, "address", "x", admin.id, now)],
        )
        bulk.update(
            Client.__table__, ("birth_date", "updated_at"), [(client_id, date(1990, 1, 2), now)]
        )
    with database.session() as session:
        point = session.scalars(select(ContactPoint)).one()
        assert point.is_primary is True
        rows = session.scalars(select(ImportRow).order_by(ImportRow.row_number)).all()
        assert rows[0].before == before and rows[0].raw == ["a", None]
        assert rows[1].before == {"version": 1} and rows[1].raw is None
        change = session.scalars(select(ChangeLog)).one()
        assert change.changed_at == now and isinstance(change.changed_at, datetime)
        client = session.get(Client, client_id)
        assert client.birth_date == date(1990, 1, 2) and client.updated_at == now


def test_import_leaves_the_process_as_it_found_it(
    database: Database, admin: User, tmp_path: Path
) -> None:
    """The garbage collector is on again, no reader thread is left, and (SQLite) the pooled
    connection has its usual page cache, after a good import and after a failed one."""
    threads = threading.active_count()
    assert gc.isenabled()
    run(database, big_file(tmp_path), batch_rows=40)
    assert gc.isenabled() and threading.active_count() == threads
    broken = big_file(tmp_path, "broken.csv")
    with broken.open("a", encoding="utf-8") as fh:
        fh.write("Огромный;" + "9" * 40_000 + ";;;;\n")
    source = open_source(broken)
    with pytest.raises(Exception, match="characters"), database.transaction() as session:
        user = current_user(session, "admin")
        mapping, _ = suggest_mapping(source.headers, field_catalog(session))
        run_import(session, user, source, ImportSettings(), mapping, batch_rows=40)
    assert gc.isenabled() and threading.active_count() == threads
    if database.dialect == "sqlite":
        with database.session() as session:
            size = session.connection().exec_driver_sql("PRAGMA cache_size").scalar()
        assert size == -2000


def test_rows_changing_different_columns_keep_the_others(
    database: Database, admin: User, tmp_path: Path
) -> None:
    """Clients of one batch whose rows change different columns (on PostgreSQL written in one
    staged update, the unchanged columns going along as loaded) keep what their row does not
    bring, and the undo gives every column back."""
    run(database, big_file(tmp_path), batch_rows=2000)
    before = snapshot(database)
    lines = ["ФИО;Телефон;Дата рождения;Адрес"]
    lines.append(";8 (912) 700-0003;;Самара")  # only the address
    lines.append(";8 (912) 700-0004;05.06.1977;")  # only the birth date
    lines.append("Переименованный Клиент;8 (912) 700-0005;;")  # only the name
    path = write_csv(tmp_path / "mixed.csv", "\n".join(lines) + "\n")
    source = open_source(path)
    with database.transaction() as session:
        user = current_user(session, "admin")
        mapping, _ = suggest_mapping(source.headers, field_catalog(session))
        result = run_import(session, user, source, ImportSettings(mode="update"), mapping)
    assert (result.updated, result.failed) == (3, 0)
    people = {p[0]: p for p in snapshot(database)[0]}
    old = {p[0]: p for p in before[0]}
    three, four = people["Клиентов Клиент 3"], people["Клиентов Клиент 4"]
    assert three[4] == "Самара" and three[3] == old["Клиентов Клиент 3"][3]
    assert four[3] == date(1977, 6, 5) and four[4] == old["Клиентов Клиент 4"][4]
    renamed = people["Переименованный Клиент"]
    assert renamed[3:5] == old["Клиентов Клиент 5"][3:5] and "Клиентов Клиент 5" not in people
    with database.session() as session:  # the renamed client sorts under its new name
        ids = (
            ClientSearch(ClientQuery(sort="name", descending=True))
            .prepare(session)
            .window(session, 0, 2)
        )
        names = [session.get(Client, i).full_name for i in ids]  # type: ignore[union-attr]
    assert names == ["Переименованный Клиент", "Клиентов Клиент 99"]
    assert found(database, "переименованный") == found(database, "912 700-0005")
    with database.transaction() as session:
        undo_import(session, current_user(session, "admin"), result.job_id)
    assert [p[:5] for p in snapshot(database)[0]] == [p[:5] for p in before[0]]


def test_bulk_updates_write_nulls_and_share_a_transaction(
    database: Database, admin: User, tmp_path: Path
) -> None:
    """A bulk update stores None as NULL; two bulk writers in one transaction (an import and
    another, e.g. a dry run first) each update with their own statements."""
    run(database, big_file(tmp_path), batch_rows=2000)
    clients_t = Client.__table__
    with database.transaction() as session:
        rows = session.execute(select(Client.id, Client.version).order_by(Client.id).limit(4)).all()
        first = Bulk(session)
        count = first.update(
            clients_t, ("birth_date", "address"), [(cid, None, "Омск") for cid, _ in rows[:2]]
        )
        second = Bulk(session)
        count += second.update(
            clients_t,
            ("birth_date", "address"),
            [(cid, date(2000, 1, 2), None) for cid, _ in rows[2:]],
        )
        count += first.update(clients_t, ("address",), [(rows[0][0], "Томск")])
        assert count == 5
    with database.session() as session:
        got = session.execute(
            select(Client.birth_date, Client.address)
            .where(Client.id.in_([r[0] for r in rows]))
            .order_by(Client.id)
        ).all()
    assert got == [
        (None, "Томск"),
        (None, "Омск"),
        (date(2000, 1, 2), None),
        (date(2000, 1, 2), None),
    ]
