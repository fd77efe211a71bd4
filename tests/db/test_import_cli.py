"""`desktop-crm import / imports / export / template` in-process: bad files end with one
sentence and exit status 2 leaving the base unchanged; undo; round trips; safe failed rows."""

from __future__ import annotations

import io
import json
import sys
import zipfile
from pathlib import Path

import pytest
from files import write_csv, write_xlsx
from import_support import count_clients
from openpyxl import load_workbook

from desktop_crm.cli import main
from desktop_crm.db import Database
from desktop_crm.models import User


def url_of(database: Database) -> str:
    return database.engine.url.render_as_string(hide_password=False)


def cli(database: Database | str, *args: str) -> int:
    url = database if isinstance(database, str) else url_of(database)
    return main(["--db", url, "--user", "admin", *args])


def last_json(capsys: pytest.CaptureFixture[str]) -> dict:
    out = capsys.readouterr().out.strip().splitlines()
    return json.loads(out[-1])


MESSY = (
    "ФИО;Телефон;Email;Теги;Дата рождения;Компания\n"
    "Иванов Иван Иванович;8 (916) 123-45-67;Ivan@Example.ru;VIP;06.09.1990;ООО Ромашка\n"
    "Петрова Анна;+7 903 111-22-33; anna@example.ru ;a;;\n"
    "Сидоров;89031112233;;;;\n"
    '=HYPERLINK("http://x");;not-an-email;;;\n'
)


def test_import_prints_json_summary(database: Database, admin: User, tmp_path: Path, capsys):
    path = write_csv(tmp_path / "m.csv", MESSY, "cp1251")
    assert cli(database, "import", str(path), "--json") == 0
    summary = last_json(capsys)
    assert summary["created"] == 2 and summary["updated"] == 1 and summary["failed"] == 1
    assert summary["reasons"] == {"wrong_format": 1}
    assert set(summary) >= {
        "job_id",
        "created",
        "updated",
        "skipped",
        "failed",
        "reasons",
        "seconds",
    }
    assert count_clients(database) == 3  # two people and the company


def test_failed_rows_file_never_holds_a_formula(
    database: Database, admin: User, tmp_path: Path, capsys
) -> None:
    path = write_csv(tmp_path / "m.csv", MESSY)
    xlsx, csv_out = tmp_path / "failed.xlsx", tmp_path / "failed.csv"
    assert cli(database, "import", str(path), "--failed-out", str(xlsx)) == 0
    sheet = load_workbook(xlsx).active
    header = [c.value for c in sheet[1]]
    assert header[0] == "Row" and header[-2:] == ["Reason", "Detail"]
    cell = sheet.cell(row=2, column=2)
    assert cell.data_type == "s" and cell.value.startswith("=HYPERLINK")
    assert sheet.cell(row=2, column=len(header) - 1).value == "wrong_format"
    job_id = last_json_id(database)
    assert cli(database, "imports", "show", str(job_id), "--failed-out", str(csv_out)) == 0
    text = csv_out.read_text(encoding="utf-8-sig")
    assert "'=HYPERLINK" in text and "\n5," in text


def last_json_id(database: Database) -> int:
    from sqlalchemy import func, select

    from desktop_crm.models import ImportJob

    with database.session() as session:
        return session.scalar(select(func.max(ImportJob.id)))


def test_dry_run_saves_nothing(database: Database, admin: User, tmp_path: Path, capsys):
    path = write_csv(tmp_path / "m.csv", MESSY)
    out = tmp_path / "f.csv"
    assert cli(database, "import", str(path), "--dry-run", "--json", "--failed-out", str(out)) == 0
    assert last_json(capsys)["created"] == 2
    assert count_clients(database) == 0
    assert out.read_text(encoding="utf-8-sig").count("wrong_format") == 1


def test_stdin_and_options(
    database: Database, admin: User, tmp_path: Path, monkeypatch, capsys
) -> None:
    data = "Anna Nowak|+48 601 234 567\nJan Kowalski|602345678\n".encode("cp1250")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    mapping = '{"columns": {"0": "full_name", "1": "phones"}}'
    mfile = tmp_path / "m.json"
    mfile.write_text(mapping, encoding="utf-8")
    code = cli(
        database,
        "import",
        "-",
        "--no-header",
        "--delimiter",
        "|",
        "--region",
        "PL",
        "--mapping",
        str(mfile),
        "--json",
    )
    assert code == 0 and last_json(capsys)["created"] == 2


def _zip_bomb(path: Path) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("xl/workbook.xml", "<workbook/>")
        z.writestr("xl/worksheets/sheet1.xml", b"\0" * 40_000_000)
    return path


def _truncated_xlsx(path: Path) -> Path:
    good = write_xlsx(path.with_name("good.xlsx"), [["Name", "Phone"], ["A", "+79161234567"]])
    data = good.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


def _corrupt_xlsx(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("xl/workbook.xml", "<workbook><sheets><sheet name='x' r:id='rId1'/></broken")
    return path


BAD_FILES = {
    "empty": (lambda p: write_csv(p / "e.csv", ""), "is empty"),
    "blank": (lambda p: write_csv(p / "b.csv", " \n\n  \n"), "no table"),
    "header only": (lambda p: write_csv(p / "h.csv", "Name,Phone\n"), "only a header"),
    "header only xlsx": (lambda p: write_xlsx(p / "h.xlsx", [["Name", "Phone"]]), "only a header"),
    "truncated xlsx": (lambda p: _truncated_xlsx(p / "t.xlsx"), "damaged"),
    "corrupt xlsx": (lambda p: _corrupt_xlsx(p / "c.xlsx"), "cannot be read"),
    "text renamed xlsx": (lambda p: write_csv(p / "r.xlsx", "Name\nA\n"), "not a spreadsheet"),
    "NUL bytes": (lambda p: write_csv(p / "n.csv", "Name\nA\x00B\n"), "NUL"),
    "zip bomb": (lambda p: _zip_bomb(p / "bomb.xlsx"), "zip bomb"),
    "long cell": (lambda p: write_csv(p / "l.csv", "Name\n" + "x" * 40_000 + "\n"), "characters"),
    "long row": (lambda p: write_csv(p / "w.csv", "Name\n" + "a," * 5000 + "\n"), "columns"),
    "missing": (lambda p: p / "nope.csv", "does not exist"),
    "binary": (lambda p: _binary(p), "NUL"),
}


def _binary(p: Path) -> Path:
    path = p / "x.csv"
    path.write_bytes(bytes(range(256)) * 8)
    return path


@pytest.mark.parametrize("case", sorted(BAD_FILES))
def test_bad_files_exit_2_with_a_sentence_and_change_nothing(
    case: str, database: Database, admin: User, tmp_path: Path, capsys
) -> None:
    write_csv(tmp_path / "ok.csv", "Name,Phone\nKeep Me,+79161234567\n")
    assert cli(database, "import", str(tmp_path / "ok.csv")) == 0
    before = count_clients(database)
    make, message = BAD_FILES[case]
    path = make(tmp_path)
    capsys.readouterr()
    assert cli(database, "import", str(path)) == 2
    err = capsys.readouterr().err
    assert err.startswith("desktop-crm: ") and message in err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert count_clients(database) == before


def test_wrong_encoding_and_bad_options_exit_2(
    database: Database, admin: User, tmp_path: Path, capsys
) -> None:
    path = write_csv(tmp_path / "ru.csv", "Имя;Телефон\nАртур;+7 933 333 33 33\n", "cp1251")
    assert cli(database, "import", str(path), "--encoding", "utf-8") == 2
    assert "not valid utf-8" in capsys.readouterr().err
    assert cli(database, "import", str(path), "--encoding", "klingon") == 2
    assert "not an encoding" in capsys.readouterr().err
    xlsx = write_xlsx(tmp_path / "s.xlsx", [["Name"], ["A"]])
    assert cli(database, "import", str(xlsx), "--sheet", "Nope") == 2
    assert "no sheet 'Nope'" in capsys.readouterr().err
    assert cli(database, "import", str(path), "--phone-rule", "[x]/+7") == 2
    assert "malformed" in capsys.readouterr().err
    assert count_clients(database) == 0


def test_undo_restores_the_base_exactly(
    database: Database, admin: User, tmp_path: Path, capsys
) -> None:
    first = write_csv(tmp_path / "a.csv", MESSY)
    assert cli(database, "import", str(first)) == 0
    before = tmp_path / "before.csv"
    assert cli(database, "export", str(before)) == 0
    second = write_csv(
        tmp_path / "b.csv",
        "ФИО;Телефон;Email;Теги;Адрес\n"
        "Иванов Иван;89161234567;ivan2@example.ru;Новый;Москва\n"
        "Новый Человек;+7 999 000 00 00;;;\n",
    )
    assert cli(database, "import", str(second), "--json") == 0
    summary = last_json(capsys)
    assert (summary["created"], summary["updated"]) == (1, 1)
    assert cli(database, "imports", "undo", str(summary["job_id"]), "--json") == 0
    assert last_json(capsys) | {"seconds": 0} == {
        "job_id": summary["job_id"],
        "deleted": 1,
        "restored": 1,
        "kept": 0,
        "kept_clients": [],
        "seconds": 0,
    }
    after = tmp_path / "after.csv"
    assert cli(database, "export", str(after)) == 0
    assert after.read_bytes() == before.read_bytes()
    assert cli(database, "imports", "undo", str(summary["job_id"])) == 2
    assert "undone already" in capsys.readouterr().err
    assert cli(database, "imports", "list", "--json") == 0
    statuses = [j["status"] for j in last_json(capsys)]
    assert statuses == ["undone", "done"]


def test_undo_keeps_a_client_edited_since_and_undoes_the_rest(
    database: Database, admin: User, tmp_path: Path, capsys
) -> None:
    from sqlalchemy import update

    from desktop_crm.models import Client

    assert cli(database, "import", str(write_csv(tmp_path / "a.csv", MESSY)), "--json") == 0
    job_id = last_json(capsys)["job_id"]
    with database.transaction() as session:
        session.execute(
            update(Client)
            .where(Client.full_name == "Сидоров")
            .values(address="edited", version=Client.version + 1)
        )
    assert cli(database, "imports", "undo", str(job_id)) == 0
    out = capsys.readouterr().out
    assert "deleted 2 clients it had created, restored 0 it had updated, kept 1" in out
    assert "kept #" in out and "Сидоров (created): its card was changed after the import" in out
    assert count_clients(database) == 1
    assert cli(database, "imports", "undo", str(job_id), "--json") == 2
    assert "undone already" in capsys.readouterr().err


def test_export_import_export_round_trip(
    database: Database, admin: User, tmp_path: Path, capsys
) -> None:
    rows = [
        [
            "ФИО",
            "Телефоны",
            "Email",
            "Теги",
            "Дата рождения",
            "Компания",
            "Группа",
            "Адрес",
            "Сайт",
            "Должность",
        ],
        [
            "Иванов Иван Иванович",
            "8 916 123 45 67; +7 903 000 00 01",
            "Ivan@X.ru",
            "b;a",
            "06.09.1990",
            "Стомат +",
            "Клиенты/Москва",
            "Бунина 43Б",
            "stomat.com",
            "Врач",
        ],
        ["Jan Kowalski", "+48 601 234 567", "jan@x.pl", "", "", "", "", "ul. Długa 5", "", ""],
        ["ООО Ромашка", "+7 495 000 00 00", "", "", "", "", "", "", "", ""],
    ]
    assert cli(database, "import", str(write_xlsx(tmp_path / "in.xlsx", rows))) == 0
    for suffix in (".xlsx", ".csv"):
        first = tmp_path / f"first{suffix}"
        assert cli(database, "export", str(first)) == 0
        other = f"sqlite:///{tmp_path / ('other' + suffix[1:] + '.sqlite3')}"
        assert cli(other, "import", str(first), "--json") == 0
        assert last_json(capsys)["failed"] == 0
        second = tmp_path / f"second{suffix}"
        assert cli(other, "export", str(second)) == 0
        if suffix == ".csv":
            assert second.read_bytes() == first.read_bytes()
        else:
            a = [[c.value for c in r] for r in load_workbook(first).active.iter_rows()]
            b = [[c.value for c in r] for r in load_workbook(second).active.iter_rows()]
            assert a == b and len(a) == 5


def test_template_imports_as_its_two_examples(
    database: Database, admin: User, tmp_path: Path, capsys
) -> None:
    for suffix in (".xlsx", ".csv"):
        path = tmp_path / f"template{suffix}"
        assert cli(database, "template", str(path)) == 0
    assert cli(database, "import", str(tmp_path / "template.xlsx"), "--json") == 0
    summary = last_json(capsys)
    assert (summary["created"], summary["failed"]) == (2, 0)
    assert cli(database, "import", str(tmp_path / "template.csv"), "--json") == 0
    assert last_json(capsys)["skipped"] == 2


def test_imports_show_and_list(database: Database, admin: User, tmp_path: Path, capsys) -> None:
    path = write_csv(tmp_path / "m.csv", MESSY)
    assert cli(database, "import", str(path), "--name", "Весна", "--description", "Лиды") == 0
    capsys.readouterr()
    assert cli(database, "imports", "list") == 0
    assert "Весна" in capsys.readouterr().out
    assert cli(database, "imports", "show", str(last_json_id(database)), "--json") == 0
    shown = last_json(capsys)
    assert shown["description"] == "Лиды" and shown["reasons"] == {"wrong_format": 1}
    assert shown["settings"]["mapping"]["columns"]["ФИО"] == "full_name"
    assert cli(database, "imports", "show", "999") == 2
