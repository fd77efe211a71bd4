"""The import engine against a real base (SQLite, and PostgreSQL when configured): modes,
duplicate search, reasons, contact-point merge, references, dry run, cancel, overrides."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from files import write_csv, write_xlsx
from import_support import clients, count_clients, do_import, points
from sqlalchemy import func, select

from desktop_crm.db import Database
from desktop_crm.errors import ImportSettingsError, PermissionDenied
from desktop_crm.models import (
    ChangeLog,
    Client,
    CustomField,
    CustomFieldValue,
    Deal,
    Group,
    ImportJob,
    ImportRow,
    Note,
    Queue,
    SalesScenario,
    Tag,
    User,
)
from desktop_crm.services.access import current_user
from desktop_crm.services.users import add_user
from desktop_crm.wizards.importing import (
    ImportSettings,
    field_catalog,
    open_source,
    run_import,
    suggest_mapping,
)
from desktop_crm.wizards.importing.mapping import Mapping

BASE = (
    "ФИО;Телефон;Email;Теги\n"
    "Иванов Иван Иванович;8 (916) 123-45-67;ivan@example.ru;VIP\n"
    "Петрова Анна Сергеевна;+7 903 111-22-33;anna@example.ru;\n"
)


@pytest.fixture
def base(database: Database, admin: User, tmp_path: Path) -> Database:
    """A base holding two clients, made by an import."""
    result = do_import(database, write_csv(tmp_path / "base.csv", BASE))
    assert (result.created, result.failed) == (2, 0)
    return database


def test_a_csv_creates_clients_with_normalized_contacts(base: Database) -> None:
    found = clients(base)
    ivan = found["Иванов Иван Иванович"]
    assert (ivan.last_name, ivan.first_name, ivan.middle_name) == ("Иванов", "Иван", "Иванович")
    assert ivan.name_key == "иванов иван иванович"
    assert [p.normalized for p in ivan.contact_points] == ["+79161234567", "ivan@example.ru"]
    assert all(p.is_primary for p in ivan.contact_points)
    assert [t.name for t in ivan.tags] == ["VIP"]
    assert ivan.import_job_id is not None and ivan.stage == "client"


def test_add_mode_refuses_existing_clients_as_not_unique(base: Database, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "add.csv",
        "Name,Phone,Email\nIvan Again,+7 916 123 45 67,\nNew Person,,new@example.ru\n",
    )
    result = do_import(base, path, mode="add")
    assert (result.created, result.failed) == (1, 1)
    assert result.reasons == {"not_unique": 1}
    assert result.failures[0].number == 2 and "+79161234567" in result.failures[0].detail
    assert count_clients(base) == 3


def test_update_mode_changes_only_imported_fields(base: Database, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "upd.csv",
        "Email,Address,Phone\nivan@example.ru,Москва,+7 916 000 00 01\nnobody@example.ru,Где-то,\n",
    )
    before = clients(base)["Иванов Иван Иванович"]
    result = do_import(base, path, mode="update")
    assert (result.updated, result.failed, result.created) == (1, 1, 0)
    assert result.reasons == {"not_found": 1}
    after = clients(base)["Иванов Иван Иванович"]
    assert after.address == "Москва"
    assert after.full_name == before.full_name and after.birth_date == before.birth_date
    assert after.version == before.version + 1  # an open card sees the conflict
    phones = [(n, p) for name, n, p in points(base) if name == "Иванов Иван Иванович"]
    assert phones == [("+79161234567", True), ("+79160000001", False)]  # merged, primary kept
    with base.session() as session:
        fields = set(
            session.scalars(select(ChangeLog.field).where(ChangeLog.client_id == after.id))
        )
    assert fields == {"address", "phones"}


def test_add_update_updates_found_and_creates_the_rest(base: Database, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "au.csv",
        "ФИО;Телефон;Должность\n"
        "Иванов Иван Иванович;89161234567;Директор\n"
        "Новый Клиент;;Бухгалтер\n",
    )
    result = do_import(base, path)
    assert (result.created, result.updated) == (1, 1)
    assert clients(base)["Иванов Иван Иванович"].position == "Директор"
    assert count_clients(base) == 3


def test_reimporting_the_same_file_changes_nothing(base: Database, tmp_path: Path) -> None:
    result = do_import(base, write_csv(tmp_path / "again.csv", BASE))
    assert (result.created, result.updated, result.skipped) == (0, 0, 2)
    assert result.reasons == {"unchanged": 2}


def test_in_file_duplicates_add_mode_second_is_not_unique(
    database: Database, admin: User, tmp_path: Path
) -> None:
    path = write_csv(
        tmp_path / "dup.csv",
        "Name,Phone\nOne,+7 916 555 00 00\nTwo,8 916 555-00-00\nThree,+7 916 555 00 01\n",
    )
    result = do_import(database, path, mode="add")
    assert (result.created, result.failed) == (2, 1)
    assert result.failures[0].number == 3 and "row 2" in result.failures[0].detail


def test_in_file_duplicates_add_update_second_updates_the_first(
    database: Database, admin: User, tmp_path: Path
) -> None:
    path = write_csv(
        tmp_path / "dup.csv",
        "Name,Phone,Email\nOne,+7 916 555 00 00,\nOne,8 916 555-00-00,one@example.ru\n",
    )
    result = do_import(database, path)
    assert (result.created, result.updated) == (1, 1)
    one = clients(database)["One"]
    assert sorted(p.normalized for p in one.contact_points) == ["+79165550000", "one@example.ru"]


def test_in_file_duplicates_across_batches(database: Database, admin: User, tmp_path: Path) -> None:
    lines = ["Name,Phone"] + [f"P{i},+7 916 000 {i:04d}" for i in range(30)]
    lines += ["P5 again,+7 916 000 0005"]
    source = open_source(write_csv(tmp_path / "b.csv", "\n".join(lines) + "\n"))
    with database.transaction() as session:
        user = current_user(session, "admin")
        mapping, _ = suggest_mapping(source.headers, field_catalog(session))
        result = run_import(
            session, user, source, ImportSettings(mode="add"), mapping, batch_rows=7
        )
    assert (result.created, result.failed) == (30, 1)
    assert result.reasons == {"not_unique": 1}


def test_name_step_is_opt_in(base: Database, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "n.csv", "ФИО;Должность\nиванов  иван иванович;Юрист\n")
    assert do_import(base, path).created == 1  # default steps: phone, email
    result = do_import(base, path, dedupe=("phone", "email", "name"), mode="update")
    assert result.failed == 1 and result.reasons == {"not_unique": 1}  # two namesakes now


def test_unique_field_custom(database: Database, admin: User, tmp_path: Path) -> None:
    with database.transaction() as session:
        session.add(CustomField(key="inn", label="ИНН", type="text"))
    path = write_csv(tmp_path / "u.csv", "ФИО;ИНН\nА Б;7701\nВ Г;7701\nД Е;7702\n")
    result = do_import(database, path, unique_field="custom.inn", mode="add")
    assert (result.created, result.failed) == (2, 1)
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(CustomFieldValue)) == 2


def test_unique_field_must_be_mapped(database: Database, admin: User, tmp_path: Path) -> None:
    with pytest.raises(ImportSettingsError, match="not matched"):
        do_import(database, write_csv(tmp_path / "x.csv", "Name\nA\n"), unique_field="emails")


def test_reason_codes(database: Database, admin: User, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "r.csv",
        "Name,Phone,Email,Birth date,Age\n"
        "Good,+7 916 100 00 00,good@example.ru,06.09.1990,30\n"
        "Bad phone,12ab,,,\n"
        "Bad email,,not-an-email,,\n"
        "Bad date,,,31.02.1990,\n"
        ",,,,44\n"
        ",,,,\n"
        "No phone,,,,\n",
    )
    result = do_import(database, path, require_phone=True)
    assert result.created == 1
    assert result.reasons == {
        "wrong_format": 3,
        "no_fields": 1,
        "empty_row": 1,
        "no_phones_column": 1,
    }
    by_row = {f.number: f for f in result.failures}
    assert by_row[3].key == "phones" and by_row[3].column == 1 and "12ab" in by_row[3].detail
    assert by_row[4].key == "emails" and "not-an-email" in by_row[4].detail
    assert by_row[5].key == "birth_date"
    with database.session() as session:
        rows = session.execute(
            select(ImportRow.row_number, ImportRow.outcome, ImportRow.reason)
            .where(ImportRow.job_id == result.job_id)
            .order_by(ImportRow.row_number)
        ).all()
    # one record per input row that holds anything; empty rows are counted (above), not recorded
    assert [r[0] for r in rows] == [2, 3, 4, 5, 6, 8]


def test_missing_required_and_update_not_found(
    database: Database, admin: User, tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "m.csv", "Name,Tags,Phone\n,vip,\nX,,+7 916 200 00 00\n")
    result = do_import(database, path)
    assert result.reasons == {"missing_required": 1}
    result = do_import(
        database, write_csv(tmp_path / "u.csv", "Phone\n+7 916 999 99 99\n"), mode="update"
    )
    assert result.reasons == {"not_found": 1}


def test_mapping_without_identifying_field_is_refused(
    database: Database, admin: User, tmp_path: Path
) -> None:
    before = count_clients(database)
    with pytest.raises(ImportSettingsError, match="missing_required"):
        do_import(database, write_csv(tmp_path / "t.csv", "Tags,Age\nvip,3\n"))
    with pytest.raises(ImportSettingsError, match="no_fields"):
        do_import(database, write_csv(tmp_path / "n.csv", "Foo,Bar\n1,2\n"))
    assert count_clients(database) == before
    with database.session() as session:
        assert session.scalar(select(func.count(ImportJob.id))) == 0


def test_phone_rules_and_validation(database: Database, admin: User, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "p.csv", "Name,Phone\nA,9161234567\nB,79161234568\nC,12345\n")
    result = do_import(database, path, phone_rules=("[10]/+7",), phone_valid=("[11]",))
    assert (result.created, result.failed) == (2, 1)
    assert "validation rule" in result.failures[0].detail
    assert {n for _, n, _ in points(database)} == {"+79161234567", "+79161234568"}


def test_malformed_rule_is_a_settings_error(database: Database, admin: User, tmp_path: Path):
    with pytest.raises(ImportSettingsError, match="malformed"):
        do_import(database, write_csv(tmp_path / "p.csv", "Name\nA\n"), phone_rules=("[11]-7+8",))


def test_several_values_in_one_cell_first_is_primary(
    database: Database, admin: User, tmp_path: Path
) -> None:
    path = write_csv(
        tmp_path / "m.csv",
        "Name,Phones,Emails,Tags\n"
        'A,"+7 916 1 2 3 4 5 6 7;8 903 000 00 00","a@x.ru; b@x.ru","x;y;X"\n',
    )
    do_import(database, path)
    a = clients(database)["A"]
    ordered = sorted(a.contact_points, key=lambda p: (p.kind, p.position))
    assert [(p.normalized, p.is_primary) for p in ordered] == [
        ("a@x.ru", True),
        ("b@x.ru", False),
        ("+79161234567", True),
        ("+79030000000", False),
    ]
    assert sorted(t.name for t in a.tags) == ["x", "y"]


def test_references_group_manager_company_custom_deal(
    database: Database, admin: User, tmp_path: Path
) -> None:
    with database.transaction() as session:
        actor = current_user(session, "admin")
        add_user(session, actor, "petrov", "Петров Пётр Петрович")
        session.add_all(
            [
                CustomField(key="vip", label="VIP клиент", type="bool"),
                CustomField(key="budget", label="Бюджет", type="number"),
                SalesScenario(name="Холодные звонки"),
                Queue(name="Call centre"),
            ]
        )
    rows = [
        [
            "ФИО",
            "Телефон",
            "Группа",
            "Менеджер",
            "Компания",
            "VIP клиент",
            "Бюджет",
            "Тема",
            "Ожидаемая выручка",
            "Дата активности",
            "Дата рождения",
            "Примечание",
        ],
        [
            "Сидоров Сидор",
            79161112233,
            "Лиды/Москва",
            "Петров Петр Петрович",
            "ООО Ромашка",
            "да",
            "1 500,5",
            "Поставка",
            "10 000,50 руб.",
            date(2024, 5, 1),
            date(1980, 2, 3),
            "Звонить утром",
        ],
        [
            "Кузнецов Кузьма",
            "89161112234",
            "Лиды/Москва",
            "Неизвестный",
            "ООО Ромашка",
            "нет",
            "",
            "",
            "",
            "",
            "45000",
            "",
        ],
    ]
    path = write_xlsx(tmp_path / "refs.xlsx", rows)
    result = do_import(
        database,
        path,
        stage="lead",
        scenario="Холодные звонки",
        queue="Call centre",
        group="Импорт",
    )
    assert (result.created, result.failed) == (2, 0), result.failures
    assert any("Неизвестный" in w for _, w in result.warnings)
    with database.session() as session:
        sid = session.scalar(select(Client).where(Client.full_name == "Сидоров Сидор"))
        kuz = session.scalar(select(Client).where(Client.full_name == "Кузнецов Кузьма"))
        petrov = session.scalar(select(User).where(User.login == "petrov"))
        assert sid.responsible_id == petrov.id and kuz.responsible_id == admin.id
        assert sid.stage == "lead" and sid.queue_id is not None
        assert sid.birth_date == date(1980, 2, 3) and kuz.birth_date == date(2023, 3, 15)
        group = session.get(Group, sid.group_id)
        assert group.name == "Москва" and session.get(Group, group.parent_id).name == "Лиды"
        company = session.get(Client, sid.company_id)
        assert company.kind == "company" and company.full_name == "ООО Ромашка"
        assert kuz.company_id == company.id
        values = dict(
            session.execute(
                select(CustomField.key, CustomFieldValue.value)
                .join(CustomField)
                .where(CustomFieldValue.client_id == sid.id)
            ).all()
        )
        assert values == {"vip": "true", "budget": "1500.5"}
        deal = session.scalar(select(Deal).where(Deal.client_id == sid.id))
        assert deal.topic == "Поставка" and deal.expected_revenue == Decimal("10000.50")
        assert deal.activity_date == date(2024, 5, 1) and deal.scenario_id is not None
        assert session.scalar(select(func.count(Deal.id)).where(Deal.client_id == kuz.id)) == 0
        assert session.scalar(select(Note.text).where(Note.client_id == sid.id)) == "Звонить утром"


def test_excel_numbers_come_through_as_digits(database: Database, admin: User, tmp_path: Path):
    path = write_xlsx(
        tmp_path / "n.xlsx", [["Name", "Phone"], ["A", 79161234567.0], ["B", 89031112233]]
    )
    do_import(database, path)
    assert [(n, v) for n, v, _ in points(database)] == [
        ("A", "+79161234567"),
        ("B", "+79031112233"),
    ]


def test_dry_run_writes_nothing_but_counts_the_same(
    database: Database, admin: User, tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "d.csv", BASE + "Иванов Иван Иванович;89161234567;;\nX;bad;;\n")
    source = open_source(path)
    with database.transaction() as session:
        user = current_user(session, "admin")
        mapping, _ = suggest_mapping(source.headers, field_catalog(session))
        dry = run_import(session, user, source, ImportSettings(), mapping, dry_run=True)
    assert dry.status == "dry_run" and dry.job_id is None
    assert count_clients(database) == 0
    with database.session() as session:
        assert session.scalar(select(func.count(ImportJob.id))) == 0
    real = do_import(database, path)
    assert (dry.created, dry.updated, dry.failed) == (real.created, real.updated, real.failed)


def test_cancel_leaves_the_base_as_it_was(database: Database, admin: User, tmp_path: Path):
    lines = ["Name,Phone"] + [f"P{i},+7 916 000 {i:04d}" for i in range(50)]
    source = open_source(write_csv(tmp_path / "c.csv", "\n".join(lines) + "\n"))
    seen: list[int] = []
    with database.transaction() as session:
        user = current_user(session, "admin")
        mapping, _ = suggest_mapping(source.headers, field_catalog(session))
        result = run_import(
            session,
            user,
            source,
            ImportSettings(),
            mapping,
            batch_rows=10,
            progress=lambda done, total: seen.append(done),
            cancelled=lambda: len(seen) >= 2,
        )
    assert result.status == "cancelled" and seen == [10, 20]
    assert count_clients(database) == 0
    with database.session() as session:
        job = session.get(ImportJob, result.job_id)
        assert job.status == "cancelled" and job.created == 0
        assert session.scalar(select(func.count(ImportRow.id))) == 0


def test_an_error_mid_file_rolls_everything_back(
    database: Database, admin: User, tmp_path: Path
) -> None:
    lines = ["Name,Phone"] + [f"P{i},+7 916 000 {i:04d}" for i in range(30)]
    lines.append("Huge," + "9" * 40_000)
    source = open_source(write_csv(tmp_path / "e.csv", "\n".join(lines) + "\n"))
    with pytest.raises(Exception, match="characters"), database.transaction() as session:
        user = current_user(session, "admin")
        mapping, _ = suggest_mapping(source.headers, field_catalog(session))
        run_import(session, user, source, ImportSettings(), mapping, batch_rows=10)
    assert count_clients(database) == 0


def test_overrides_fix_a_row(database: Database, admin: User, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "o.csv", "Name,Phone\nA,oops\nB,+7 916 000 00 02\n")
    source = open_source(path)
    with database.transaction() as session:
        user = current_user(session, "admin")
        mapping, _ = suggest_mapping(source.headers, field_catalog(session))
        result = run_import(
            session, user, source, ImportSettings(), mapping, overrides={2: {1: "+7 916 000 00 01"}}
        )
    assert (result.created, result.failed) == (2, 0)


def test_import_needs_the_permission(database: Database, admin: User, tmp_path: Path) -> None:
    with database.transaction() as session:
        add_user(session, current_user(session, "admin"), "manny", "Manny Manager")
    with pytest.raises(PermissionDenied, match="import"):
        do_import(database, write_csv(tmp_path / "p.csv", "Name\nA\n"), login="manny")
    assert count_clients(database) == 0


def test_explicit_mapping_by_position(database: Database, admin: User, tmp_path: Path) -> None:
    from desktop_crm.wizards.importing import SourceOptions

    path = write_csv(tmp_path / "np.csv", "Anna Nowak\t+48 601 234 567\tvip\n")
    result = do_import(
        database,
        path,
        options=SourceOptions(has_header=False),
        mapping=Mapping({0: "full_name", 1: "phones", 2: "tags"}),
        region="PL",
    )
    assert result.created == 1
    assert points(database) == [("Anna Nowak", "+48601234567", True)]
    with database.session() as session:
        assert session.scalar(select(Tag.name)) == "vip"
