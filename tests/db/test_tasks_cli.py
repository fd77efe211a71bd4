"""`desktop-crm tasks list|show|add|close` through the real command line entry (issue 11's JSON
contract), bad input included: one sentence on stderr and exit status 2."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

import pytest

from desktop_crm.cli import main
from desktop_crm.db import Database
from desktop_crm.models import ContactPoint, User
from desktop_crm.services.users import add_user
from tests.db.tasks_support import contact_task

TOMORROW = date.today() + timedelta(days=1)


def run(capsys: pytest.CaptureFixture[str], url: str, *argv: str) -> tuple[int, str, str]:
    status = main(["--db", url, "--user", argv[0], *argv[1:]])
    out, err = capsys.readouterr()
    return status, out, err


def last_json(out: str) -> dict[str, Any]:
    return json.loads(out.strip().splitlines()[-1])


@pytest.fixture
def manager(database: Database, admin: User) -> User:
    with database.transaction() as session:
        return add_user(session, session.merge(admin), "maria", "Maria Manager", "manager")


def test_list_show_and_close(
    database: Database,
    database_url: str,
    manager: User,
    add_client: Callable[..., int],
    capsys: pytest.CaptureFixture[str],
) -> None:
    done_client = add_client("Иванов Иван", phones=["+7 912 345-67-89"])
    bare = add_client("Петров Пётр")
    items = [
        {"client_id": done_client, "missing": "phone"},
        {"client_id": bare, "missing": "phone"},
    ]
    task = contact_task(database, manager, items, due=TOMORROW)

    status, out, err = run(capsys, database_url, "maria", "tasks", "list", "--json")
    assert (status, err) == (0, "")
    [listed] = last_json(out)["tasks"]
    assert listed == {
        "id": task,
        "title": "Contact info",
        "kind": "contact_info",
        "executor": "maria",
        "due": TOMORROW.isoformat(),
        "status": "open",
        "items": 2,
        "done": 1,  # derived from the base: the first client has a phone
        "percent": 50,
        "overdue": False,
    }
    status, out, _ = run(capsys, database_url, "maria", "tasks", "show", str(task), "--json")
    shown = last_json(out)
    assert status == 0 and (shown["done"], shown["percent"]) == (1, 50)
    assert shown["items"] == [
        {"client_id": done_client, "contact_person_id": None, "interaction_id": None,
         "missing": ["phone"], "done": True},
        {"client_id": bare, "contact_person_id": None, "interaction_id": None,
         "missing": ["phone"], "done": False},
    ]  # fmt: skip
    status, _, err = run(capsys, database_url, "maria", "tasks", "close", str(task))
    assert status == 2 and err.count("\n") == 1 and "1 of its 2 items are not done" in err

    with database.transaction() as session:
        session.add(ContactPoint(client_id=bare, kind="phone", value="2", normalized="+72"))
    status, out, _ = run(capsys, database_url, "maria", "tasks", "close", str(task), "--json")
    assert status == 0 and last_json(out)["status"] == "done"
    status, out, _ = run(capsys, database_url, "maria", "tasks", "list")
    assert (status, out.strip()) == (0, "No open tasks.")


def test_add_and_admin_lists(
    database: Database,
    database_url: str,
    manager: User,
    add_client: Callable[..., int],
    capsys: pytest.CaptureFixture[str],
) -> None:
    client = add_client("Кузнецов Олег")
    args = ["tasks", "add", "--title", "Call back", "--client", str(client), "--json"]
    status, out, err = run(
        capsys, database_url, "admin", *args, "--executor", "maria", "--due", TOMORROW.isoformat()
    )
    assert (status, err) == (0, "")
    added = last_json(out)
    assert (added["kind"], added["executor"], added["due"]) == ("manual", "maria", str(TOMORROW))
    for who, extra in (("admin", ["--all"]), ("admin", ["--user", "maria"]), ("maria", [])):
        status, out, _ = run(capsys, database_url, who, "tasks", "list", *extra, "--json")
        assert status == 0 and [t["id"] for t in last_json(out)["tasks"]] == [added["id"]]
    status, out, _ = run(capsys, database_url, "admin", "tasks", "list", "--json")
    assert last_json(out) == {"tasks": []}  # the admin's own: none


@pytest.mark.parametrize(
    ("who", "argv", "words"),
    [
        ("admin", ["tasks", "add", "--title", " "], "needs a title"),
        ("admin", ["tasks", "add", "--title", "x", "--executor", "ghost"], "no user 'ghost'"),
        ("admin", ["tasks", "add", "--title", "x", "--due", "31.02.2026"], "31.02.2026"),
        ("admin", ["tasks", "add", "--title", "x", "--due", "2020-01-01"], "before today"),
        ("admin", ["tasks", "add", "--title", "x", "--client", "9999"], "#9999"),
        ("admin", ["tasks", "show", "9999"], "no task #9999"),
        ("admin", ["tasks", "close", "9999"], "no task #9999"),
        ("admin", ["tasks", "list", "--user", "ghost"], "no user 'ghost'"),
        ("maria", ["tasks", "list", "--all"], "may not run control wizards"),
        ("maria", ["tasks", "list", "--user", "admin"], "may not run control wizards"),
    ],
)
def test_bad_input_is_one_sentence_and_status_2(
    database_url: str,
    manager: User,
    capsys: pytest.CaptureFixture[str],
    who: str,
    argv: list[str],
    words: str,
) -> None:
    status, out, err = run(capsys, database_url, who, *argv)
    assert (status, out) == (2, "")
    assert err.startswith("desktop-crm: ") and err.count("\n") == 1 and words in err


def test_a_manager_cannot_show_or_close_anothers_task(
    database: Database,
    database_url: str,
    manager: User,
    admin: User,
    add_client: Callable[..., int],
    capsys: pytest.CaptureFixture[str],
) -> None:
    task = contact_task(database, admin, [{"client_id": add_client("X"), "missing": "phone"}])
    for action in ("show", "close"):
        status, _, err = run(capsys, database_url, "maria", "tasks", action, str(task))
        assert status == 2 and "only their own tasks" in err
