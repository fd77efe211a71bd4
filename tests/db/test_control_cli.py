"""`desktop-crm control ...` through the real entry point: the JSON contract, dry run, even
distribution over users and a user group, the empty result, and every refusal (exit 2)."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from desktop_crm.cli import main
from desktop_crm.db import Database
from desktop_crm.models import Interaction, Task, TaskItem, User
from tests.db.control_support import add_user


def run(capsys: pytest.CaptureFixture[str], url: str, *argv: str) -> tuple[int, str, str]:
    status = main(["--db", url, *argv])
    out, err = capsys.readouterr()
    return status, out, err


def last_json(out: str) -> dict[str, object]:
    return json.loads(out.strip().splitlines()[-1])


def _counts(database: Database) -> tuple[int, int]:
    with database.session() as session:
        return (
            session.scalar(select(func.count(Task.id))) or 0,
            session.scalar(select(func.count(TaskItem.id))) or 0,
        )


@pytest.fixture
def base(database: Database, admin: User, add_client: Callable[..., int]) -> dict[str, int]:
    ids = {
        "ivanov": add_user(database, "ivanov", groups=["Продажи"]),
        "petrov": add_user(database, "petrov", groups=["Продажи"]),
    }
    ids["owned"] = add_client("Клиент Иванова", responsible_id=ids["ivanov"], tags=["опт"])
    for n in range(4):
        ids[f"orphan{n}"] = add_client(f"Ничей Клиент {n}", emails=[f"c{n}@example.com"])
    ids["full"] = add_client("Полный", phones=["+7 912 345-67-89"], emails=["f@example.com"])
    return ids


def test_contact_info_dry_run_then_tasks(
    database: Database, database_url: str, base: dict[str, int], capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = run(capsys, database_url, "control", "contact-info", "--kinds", "phone",
                           "--dry-run", "--json")  # fmt: skip
    assert (status, err) == (0, "")
    payload = last_json(out)
    assert payload["check"] == "contact_info" and payload["found"] == 5
    assert sorted((t["id"], t["executor"], t["items"]) for t in payload["tasks"]) == [  # type: ignore[attr-defined]
        (None, "admin", 4),
        (None, "ivanov", 1),
    ]
    assert isinstance(payload["seconds"], float)
    assert _counts(database) == (0, 0)

    due = (date.today() + timedelta(days=7)).isoformat()
    status, out, err = run(capsys, database_url, "control", "contact-info", "--kinds", "phone",
                           "--users", "petrov", "--due", due, "--control", due,
                           "--project", "Чистка", "--json")  # fmt: skip
    assert (status, err) == (0, "")
    tasks = last_json(out)["tasks"]
    assert sorted((t["executor"], t["items"]) for t in tasks) == [("ivanov", 1), ("petrov", 4)]  # type: ignore[attr-defined]
    assert all(isinstance(t["id"], int) for t in tasks)  # type: ignore[attr-defined]
    assert _counts(database) == (2, 5)
    status, out, _ = run(capsys, database_url, "control", "contact-info", "--kinds", "phone",
                         "--tag", "опт", "--dry-run")  # fmt: skip
    assert status == 0 and "Contact info: 1 found." in out and "ivanov would get 1" in out


def test_even_over_users_and_a_user_group(
    database_url: str, base: dict[str, int], capsys: pytest.CaptureFixture[str]
) -> None:
    for who in (["--users", "ivanov,petrov"], ["--user-group", "Продажи"]):
        status, out, _ = run(capsys, database_url, "control", "contact-info", "--kinds", "phone",
                             "--assign", "even", *who, "--dry-run", "--json")  # fmt: skip
        assert status == 0
        items = sorted(t["items"] for t in last_json(out)["tasks"])  # type: ignore[attr-defined]
        assert items == [2, 3]


def test_registration_and_properties(
    database: Database, database_url: str, base: dict[str, int], capsys: pytest.CaptureFixture[str]
) -> None:
    with database.transaction() as session:
        session.add(Interaction(kind="call", direction="in", occurred_at=datetime(2026, 1, 5),
                                registered_by_id=base["petrov"]))  # fmt: skip
    status, out, _ = run(capsys, database_url, "control", "registration", "--json")
    assert status == 0
    assert [(t["executor"], t["items"]) for t in last_json(out)["tasks"]] == [("petrov", 1)]  # type: ignore[attr-defined]
    status, out, _ = run(capsys, database_url, "control", "properties", "--fields", "address",
                         "--responsible", "ivanov", "--json")  # fmt: skip
    assert status == 0 and last_json(out)["found"] == 1


def test_nothing_found(
    database: Database, database_url: str, base: dict[str, int], capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = run(capsys, database_url, "control", "registration")
    assert (status, err) == (0, "")
    assert "nothing found, no task created" in out
    status, out, _ = run(capsys, database_url, "control", "registration", "--json")
    assert last_json(out) == {**last_json(out), "found": 0, "tasks": []}
    assert _counts(database) == (0, 0)


BAD = [
    (["--due", "2099-02-30"], "is not a date"),
    (["--control", "tomorrow"], "is not a date"),
    (["--due", (date.today() - timedelta(days=1)).isoformat()], "before today"),
    (["--users", "nobody"], "no active user 'nobody'"),
    (["--user-group", "Никто"], "no user group"),
    (["--group", "Нет/Такой"], "no client group"),
    (["--tag", "нет-такого"], "no tag"),
    (["--queue", "нет"], "no queue"),
    (["--responsible", "nobody"], "no user 'nobody' whose clients"),
    (["--from", "2026-01-31", "--to", "2026-01-01"], "after it ends"),
    (["--kinds", "phone,fax"], "not a contact kind"),
    (["--assign", "even"], "nobody to give the tasks to"),
]


@pytest.mark.parametrize(("extra", "words"), BAD, ids=[w for _, w in BAD])
def test_bad_input_is_one_sentence(
    database: Database,
    database_url: str,
    base: dict[str, int],
    capsys: pytest.CaptureFixture[str],
    extra: list[str],
    words: str,
) -> None:
    status, out, err = run(capsys, database_url, "control", "contact-info", *extra, "--json")
    assert status == 2 and out == ""
    assert words in err and len(err.strip().splitlines()) == 1
    assert _counts(database) == (0, 0)


def test_bad_field_and_a_manager_is_refused(
    database: Database, database_url: str, base: dict[str, int], capsys: pytest.CaptureFixture[str]
) -> None:
    status, _, err = run(capsys, database_url, "control", "properties", "--fields", "colour")
    assert status == 2 and "'colour' is not a card field" in err
    status, out, err = main(["--db", database_url, "--user", "ivanov", "control", "contact-info",
                             "--json"]), *capsys.readouterr()  # fmt: skip
    assert status == 2 and out == ""
    assert "may not run control wizards" in err
    assert _counts(database) == (0, 0)
