"""Call logs into calls (issue #12 item 3), on both backends, with files written here: Asterisk
Master.csv of 16 and 18 columns, a FreePBX CDR export with calls over several legs, a cp1251
';' Russian cloud PBX export (by column names, a mapping file and a saved preset), an xlsx;
the same log twice; bad inputs (empty, unknown layout, broken dates, a file broken half-way)."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest
from call_logs import (
    CLIENT_PHONE,
    OTHER_PHONE,
    write_call_xlsx,
    write_cloud_csv,
    write_freepbx_csv,
    write_master_csv,
    write_master_legs_csv,
)
from sqlalchemy import func, select

from desktop_crm.cli import main
from desktop_crm.db import Database
from desktop_crm.errors import CrmError, ImportFileError, NotFound, PermissionDenied
from desktop_crm.models import MappingPreset, User
from desktop_crm.models.interactions import Interaction
from desktop_crm.services.users import add_user
from desktop_crm.wizards.calls.importer import CallImportResult, import_calls
from desktop_crm.wizards.calls.layout import Matching


def run(database: Database, admin: User, path: Path, **options: object) -> CallImportResult:
    with database.transaction() as session:
        return import_calls(session, session.merge(admin), path, **options)  # type: ignore[arg-type]


def calls(database: Database) -> list[Interaction]:
    with database.session() as session:
        rows = session.scalars(select(Interaction).order_by(Interaction.occurred_at)).all()
        for row in rows:
            _ = row.parties
        session.expunge_all()
    return list(rows)


def counterparts(item: Interaction) -> list[tuple[str, str | None]]:
    return sorted((p.role, p.normalized) for p in item.parties)


def summary(item: Interaction) -> tuple[str, int | None, bool | None, list[tuple[str, str | None]]]:
    return item.direction, item.duration_seconds, item.missed, counterparts(item)


@pytest.mark.parametrize("with_uniqueid", [False, True], ids=["16 columns", "18 columns"])
def test_asterisk_master_csv(
    database: Database, admin: User, tmp_path: Path, with_uniqueid: bool
) -> None:
    log = write_master_csv(tmp_path / "Master.csv", with_uniqueid=with_uniqueid)
    result = run(database, admin, log)
    assert result.format == "asterisk"
    assert (result.read, result.imported, result.skipped, result.failed) == (4, 3, 1, 0)
    stored = calls(database)
    assert [summary(c) for c in stored] == [
        ("out", 125, False, [("to", CLIENT_PHONE)]),  # 101 is an extension: no party
        ("in", 0, True, [("from", OTHER_PHONE)]),  # BUSY is missed
        ("in", 61, False, [("from", CLIENT_PHONE)]),
    ]
    assert stored[0].occurred_at == datetime(2024, 1, 15, 10, 30)
    assert {c.kind for c in stored} == {"call"} and {c.source for c in stored} == {"asterisk"}
    ids = [c.external_id for c in stored]
    if with_uniqueid:
        assert ids == ["call:1705314600.1", "call:1705318200.2", "call:1705321800.3"]
    else:
        assert all(key.startswith("chash:") for key in ids)
    again = run(database, admin, log)
    assert (again.read, again.imported, again.duplicates, again.skipped) == (4, 0, 3, 1)
    assert len(calls(database)) == 3


def test_asterisk_newcdrcolumns_legs_joined_by_linkedid(
    database: Database, admin: User, tmp_path: Path
) -> None:
    result = run(database, admin, write_master_legs_csv(tmp_path / "Master.csv"))
    assert (result.format, result.read, result.imported, result.failed) == ("asterisk", 2, 2, 0)
    by_id = {c.external_id: c for c in calls(database)}
    assert summary(by_id["call:1712048400.1"]) == ("in", 42, False, [("from", CLIENT_PHONE)])
    assert by_id["call:1712048400.1"].occurred_at == datetime(2024, 4, 2, 9, 0)
    assert summary(by_id["call:1712052000.3"]) == ("out", 12, False, [("to", OTHER_PHONE)])
    assert {c.source for c in by_id.values()} == {"asterisk"}


def test_freepbx_legs_joined_by_linkedid(database: Database, admin: User, tmp_path: Path) -> None:
    log = write_freepbx_csv(tmp_path / "cdr.csv")
    result = run(database, admin, log)
    assert result.format == "freepbx"
    assert (result.read, result.imported, result.skipped, result.failed) == (4, 3, 1, 0)
    stored = calls(database)
    by_id = {c.external_id: c for c in stored}
    assert set(by_id) == {"call:1706778000.10", "call:1706778000.20", "call:1706781600.30"}
    rung = by_id["call:1706778000.10"]  # three legs, 102 answered after 95 s
    assert summary(rung) == ("in", 95, False, [("from", CLIENT_PHONE)])
    assert rung.occurred_at == datetime(2024, 2, 1, 9, 0)
    nobody = by_id["call:1706778000.20"]  # the company's own number (the DID) is no party
    assert summary(nobody) == ("in", 0, True, [("from", OTHER_PHONE)])
    assert summary(by_id["call:1706781600.30"]) == ("out", 40, False, [("to", CLIENT_PHONE)])
    assert run(database, admin, log).imported == 0


def test_a_cp1251_cloud_export_by_its_column_names(
    database: Database, admin: User, tmp_path: Path
) -> None:
    log = write_cloud_csv(tmp_path / "calls.csv")
    result = run(database, admin, log)
    assert result.format == "mapped"
    assert (result.read, result.imported, result.skipped, result.failed) == (4, 2, 1, 1)
    assert result.failures == [
        (4, "'31.02.2024' is not a date and time; write it as DD.MM.YYYY HH:MM:SS.")
    ]
    stored = calls(database)
    assert [summary(c) for c in stored] == [
        ("in", 125, False, [("from", CLIENT_PHONE)]),
        ("out", 0, True, [("to", OTHER_PHONE)]),
    ]
    assert stored[0].occurred_at == datetime(2024, 1, 15, 10, 30, 15)
    assert [c.external_id for c in stored] == ["call:c-1", "call:c-2"]


def test_title_lines_above_the_table(database: Database, admin: User, tmp_path: Path) -> None:
    titles = ("Журнал звонков за период 15.01.2024 - 15.01.2024", "Организация: ООО Ромашка")
    result = run(database, admin, write_cloud_csv(tmp_path / "report.csv", titles=titles))
    assert (result.format, result.imported, result.skipped, result.failed) == ("mapped", 2, 1, 1)
    assert result.failures[0][0] == 7  # rows counted as in the file: 2 titles, blank, header
    assert [c.external_id for c in calls(database)] == ["call:c-1", "call:c-2"]


def test_a_mapping_file_then_a_saved_preset(
    database: Database, admin: User, tmp_path: Path
) -> None:
    headers = ["Колонка 1", "Колонка 2", "Вид", "A", "B", "Сколько", "Итог", "Ключ"]
    log = write_cloud_csv(tmp_path / "odd.csv", headers)
    with pytest.raises(ImportFileError, match="is not a call log this program knows"):
        run(database, admin, log)
    mapping = tmp_path / "mapping.json"
    columns = {"Колонка 1": "date", "Колонка 2": "time", "Вид": "direction", "A": "from",
               "B": "to", "Сколько": "duration", "Итог": "answered", "Ключ": "call_id"}  # fmt: skip
    mapping.write_text(json.dumps({"columns": columns}, ensure_ascii=False), encoding="utf-8")
    result = run(database, admin, log, matching=Matching(mapping), save_preset="Cloud PBX")
    assert (result.imported, result.failed) == (2, 1)
    with database.session() as session:
        preset = session.scalars(select(MappingPreset)).one()  # one only: imports commit it
        assert (preset.name, preset.kind) == ("Cloud PBX", "calls")
    second = write_cloud_csv(tmp_path / "odd2.csv", headers)
    again = run(database, admin, second, matching=Matching(preset="Cloud PBX"))
    assert (again.imported, again.duplicates) == (0, 2)
    with pytest.raises(NotFound, match="no saved call-log matching called 'Nope'"):
        run(database, admin, log, matching=Matching(preset="Nope"))
    mapping.write_text(json.dumps({"columns": {"A": "full_name"}}), encoding="utf-8")
    with pytest.raises(CrmError, match="'full_name' in the mapping is not a call field"):
        run(database, admin, log, matching=Matching(mapping))
    mapping.write_text(json.dumps({"columns": {"A": "from"}}), encoding="utf-8")
    with pytest.raises(CrmError, match="give no date and time"):
        run(database, admin, log, matching=Matching(mapping))
    with pytest.raises(CrmError, match=r"The mapping file .* does not exist"):
        run(database, admin, log, matching=Matching(tmp_path / "none.json"))
    with database.transaction() as session:
        session.add(MappingPreset(name="Clients", mapping={"columns": {}}))  # kind 'clients'
    good = {"columns": {"Колонка 1": "date", "A": "from"}}
    mapping.write_text(json.dumps(good, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(CrmError, match="'Clients' belongs to a saved matching of client lists"):
        run(database, admin, log, matching=Matching(mapping), save_preset="Clients")
    with pytest.raises(NotFound, match="no saved call-log matching called 'Clients'"):
        run(database, admin, log, matching=Matching(preset="Clients"))


def test_an_xlsx_call_log(database: Database, admin: User, tmp_path: Path) -> None:
    result = run(database, admin, write_call_xlsx(tmp_path / "log.xlsx"))
    assert (result.format, result.read, result.imported, result.failed) == ("mapped", 3, 3, 0)
    stored = calls(database)
    assert [summary(c) for c in stored] == [
        ("in", 75, False, [("from", CLIENT_PHONE)]),
        ("out", 0, True, [("to", OTHER_PHONE)]),
        ("in", 70, False, [("from", OTHER_PHONE)]),  # a real date cell, a h:mm:ss duration
    ]
    assert stored[2].occurred_at == datetime(2024, 3, 1, 10, 5)
    assert stored[0].subject == "price list"


def test_bad_inputs_store_nothing(database: Database, admin: User, tmp_path: Path) -> None:
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    with pytest.raises(ImportFileError):
        run(database, admin, empty)
    header_only = tmp_path / "header.csv"
    header_only.write_text("Дата;Откуда;Куда\n", encoding="utf-8")
    with pytest.raises(ImportFileError, match=r"header\.csv has only a header row and no calls"):
        run(database, admin, header_only)
    clients = tmp_path / "clients.csv"
    clients.write_text("ФИО;Email\nИванов Иван;ivan@example.ru\n", encoding="utf-8")
    with pytest.raises(ImportFileError, match="is not a call log this program knows"):
        run(database, admin, clients)
    freepbx = write_freepbx_csv(tmp_path / "cdr.csv")
    with pytest.raises(ImportFileError, match=r"is not an Asterisk Master\.csv"):
        run(database, admin, freepbx, layout="asterisk")
    with pytest.raises(ImportFileError, match="is not a FreePBX CDR export: its header lacks"):
        run(database, admin, write_cloud_csv(tmp_path / "cloud.csv"), layout="freepbx")
    broken = write_master_csv(tmp_path / "broken.csv", with_uniqueid=True)
    broken.write_bytes(broken.read_bytes() + b'"","101","8495\x00"\n')  # a NUL after good rows
    with pytest.raises(ImportFileError):
        run(database, admin, broken)
    assert calls(database) == []


def test_broken_rows_fail_with_reasons_and_the_rest_go_in(
    database: Database, admin: User, tmp_path: Path
) -> None:
    log = write_master_csv(tmp_path / "Master.csv", with_uniqueid=True)
    lines = log.read_text(encoding="utf-8").splitlines()
    lines[0] = lines[0].replace("2024-01-15 10:30:00", "2024-01-15 10:70", 1)  # still told Asterisk
    lines.append('"","101","102"')
    log.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = run(database, admin, log)
    assert (result.read, result.imported, result.failed, result.skipped) == (5, 2, 2, 1)
    assert result.failures == [
        (1, "'2024-01-15 10:70' is not a date and time; write it as DD.MM.YYYY HH:MM:SS."),
        (5, "3 columns, not 16 or 18"),
    ]


def test_importing_calls_needs_the_import_permission(
    database: Database, admin: User, tmp_path: Path
) -> None:
    log = write_master_csv(tmp_path / "Master.csv", with_uniqueid=True)
    with database.transaction() as session:
        manager = add_user(session, session.merge(admin), "mgr", "Manager", role="manager")
        with pytest.raises(PermissionDenied):
            import_calls(session, manager, log)
    assert calls(database) == []


def test_cli_calls_import(
    database: Database, admin: User, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = database.engine.url.render_as_string(hide_password=False)
    base = ["--db", url, "--user", "admin", "calls", "import"]
    log = write_master_csv(tmp_path / "Master.csv", with_uniqueid=True)
    assert main([*base, str(log), "--json"]) == 0
    out = json.loads(capsys.readouterr().out.splitlines()[-1])
    keys = {"read", "imported", "duplicates", "failed", "skipped", "linked", "seconds"}
    assert keys <= set(out)
    assert (out["read"], out["imported"], out["skipped"], out["format"]) == (4, 3, 1, "asterisk")
    assert main([*base, str(log), "--format", "freepbx", "--json"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [
        "desktop-crm: Master.csv is not a FreePBX CDR export: its header lacks calldate, src, "
        "dst, billsec, disposition."
    ]
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(Interaction)) == 3


def test_calls_land_on_the_card_of_their_number(
    database: Database, admin: User, tmp_path: Path, add_client: Callable[..., int]
) -> None:
    """Runs where the linking job (services/linking.py, issue #12 item 6) is merged."""
    client_id = add_client("Иванов Иван", phones=["8 (495) 123-45-67"])
    result = run(database, admin, write_master_csv(tmp_path / "m.csv", with_uniqueid=True))
    assert (result.imported, result.linked) == (3, 2)
    linked = {c.external_id: c.client_id for c in calls(database)}
    assert linked == {
        "call:1705314600.1": client_id,
        "call:1705318200.2": None,  # nobody has that number
        "call:1705321800.3": client_id,
    }


def test_times_are_the_phone_systems_local_time(
    database: Database, admin: User, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    log = write_master_csv(tmp_path / "Master.csv", with_uniqueid=True)
    run(database, admin, log, timezone="Europe/Moscow")  # UTC+3
    assert calls(database)[0].occurred_at == datetime(2024, 1, 15, 7, 30)
    with pytest.raises(CrmError, match="'Mars/Olympus' is not a time zone"):
        run(database, admin, log, timezone="Mars/Olympus")
    monkeypatch.setenv("TZ", "Europe/Warsaw")  # UTC+1 in January: this computer's zone
    time.tzset()
    cloud = run(database, admin, write_cloud_csv(tmp_path / "cloud.csv"))
    assert cloud.imported == 2
    first = next(c for c in calls(database) if c.source == "call_log")
    assert first.occurred_at == datetime(2024, 1, 15, 9, 30, 15)


def test_a_cancelled_import_says_so_and_links_nothing(
    database: Database, admin: User, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("desktop_crm.wizards.calls.importer.PROGRESS_EVERY", 2)
    seen: list[int] = []
    log = write_master_csv(tmp_path / "Master.csv", with_uniqueid=True)
    result = run(database, admin, log, progress=lambda done, _: seen.append(done),
                 cancelled=lambda: len(seen) >= 1)  # fmt: skip
    assert result.cancelled and seen == [2]
    assert (result.imported, result.linked) == (3, 0)  # the caller rolls back (the window does)
