"""Execution discipline report (CTL-7): counts per executor on a fixed clock, the period, the
refusal for a manager, the CLI and its xlsx file."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop_crm.cli import main
from desktop_crm.db import Database
from desktop_crm.errors import PermissionDenied, ValidationError
from desktop_crm.models import Task, User
from desktop_crm.services.discipline import discipline_report
from desktop_crm.services.users import add_user

TODAY = date(2026, 6, 15)


def _task(
    executor: User | None,
    *,
    due: date | None,
    created: date = date(2026, 6, 1),
    closed: date | None = None,
    status: str | None = None,
) -> Task:
    return Task(
        title="t",
        executor_id=executor.id if executor else None,
        due_date=due,
        created_at=datetime.combine(created, datetime.min.time()).replace(hour=9),
        closed_at=datetime.combine(closed, datetime.min.time()).replace(hour=18)
        if closed
        else None,
        status=status or ("done" if closed else "open"),
    )


@pytest.fixture
def team(database: Database, admin: User) -> dict[str, int]:
    """Anna: 2 on time (one with no due date), 1 late, 1 overdue, 1 open, 1 cancelled.
    Boris: 1 done on its due day, 1 open with no due date. One task given to nobody, one
    created in May."""
    with database.transaction() as session:
        actor = session.merge(admin)
        anna = add_user(session, actor, "anna", "Anna Petrova")
        boris = add_user(session, actor, "boris", "Boris Orlov")
        session.add_all(
            [
                _task(anna, due=date(2026, 6, 10), closed=date(2026, 6, 9)),
                _task(anna, due=None, closed=date(2026, 6, 12)),
                _task(anna, due=date(2026, 6, 5), closed=date(2026, 6, 7)),
                _task(anna, due=date(2026, 6, 14)),
                _task(anna, due=date(2026, 6, 20)),
                _task(anna, due=date(2026, 6, 1), status="cancelled"),
                _task(boris, due=date(2026, 6, 10), closed=date(2026, 6, 10)),
                _task(boris, due=None),
                _task(None, due=date(2026, 6, 2)),
                _task(boris, due=date(2026, 5, 3), created=date(2026, 5, 1)),
            ]
        )
        return {"anna": anna.id, "boris": boris.id}


def _by_login(report) -> dict[str, tuple[int, ...]]:
    return {
        row.login: (row.given, row.on_time, row.late, row.overdue, row.open) for row in report.rows
    }


def test_counts_per_executor_on_a_fixed_clock(
    database: Database, admin: User, team: dict[str, int]
) -> None:
    with database.session() as session:
        report = discipline_report(
            session, session.merge(admin), date(2026, 6, 1), date(2026, 6, 30), today=TODAY
        )
    assert _by_login(report) == {
        "anna": (5, 2, 1, 1, 1),
        "boris": (2, 1, 0, 0, 1),
        "": (1, 0, 0, 1, 0),
    }
    anna = next(r for r in report.rows if r.login == "anna")
    assert anna.share_on_time == pytest.approx(2 / 4)
    assert report.total.given == 8


def test_period_bounds_are_whole_days(
    database: Database, admin: User, team: dict[str, int]
) -> None:
    with database.session() as session:
        may = discipline_report(
            session, session.merge(admin), date(2026, 5, 1), date(2026, 5, 1), today=TODAY
        )
        everything = discipline_report(session, session.merge(admin), today=TODAY)
    assert _by_login(may) == {"boris": (1, 0, 0, 1, 0)}
    assert everything.total.given == 9


def test_a_reversed_period_is_refused(database: Database, admin: User) -> None:
    with database.session() as session, pytest.raises(ValidationError, match="after it ends"):
        discipline_report(session, session.merge(admin), date(2026, 6, 2), date(2026, 6, 1))


def test_a_manager_is_refused(database: Database, admin: User, team: dict[str, int]) -> None:
    with database.session() as session, pytest.raises(PermissionDenied):
        discipline_report(session, session.get(User, team["anna"]))


def test_cli_prints_json_and_saves_xlsx(
    database_url: str, team: dict[str, int], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "discipline.xlsx"
    code = main(
        ["--db", database_url, "report", "discipline", "--from", "2026-06-01",
         "--to", "30.06.2026", "--xlsx", str(target), "--json"]
    )  # fmt: skip
    assert code == 0
    payload = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    rows = {r["executor"]: r for r in payload["rows"]}
    assert rows["anna"]["given"] == 5 and rows["boris"]["given"] == 2
    sheet = load_workbook(target).active
    values = list(sheet.values)
    assert values[0][:3] == ("Executor", "Login", "Given")
    assert values[-1][0] == "Total" and values[-1][2] == 8


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--from", "yesterday"], "is not a date"),
        (["--from", "2026-06-02", "--to", "2026-06-01"], "after it ends"),
    ],
)
def test_cli_bad_input_is_one_sentence(
    database_url: str,
    admin: User,
    args: list[str],
    words: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    code = main(["--db", database_url, "report", "discipline", *args])
    assert code == 2
    assert words in capsys.readouterr().err


def test_cli_refuses_a_manager(
    database_url: str, team: dict[str, int], capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["--db", database_url, "--user", "anna", "report", "discipline"])
    assert code == 2
    assert "anna" in capsys.readouterr().err.lower()
