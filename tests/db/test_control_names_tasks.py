"""`desktop-crm control names` as registered: the sure splits applied, the doubtful ones given
out as tasks by the control command's distribution; a bad option refused before any split."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from desktop_crm.cli import main
from desktop_crm.db import Database
from desktop_crm.models import BulkEdit, Client, Task, TaskItem, User
from tests.db.control_support import add_user


@pytest.fixture
def names_base(database: Database, admin: User, add_client: Callable[..., int]) -> dict[str, int]:
    ids = {"sure": add_client("Иванов Иван Иванович"), "doubtful": add_client("Гоша Куць")}
    with database.transaction() as session:  # the parts a typed full name gets, emptied
        for client in session.scalars(select(Client)):
            client.last_name = client.first_name = client.middle_name = None
    add_user(database, "petrov")
    return ids


def test_sure_splits_applied_and_doubtful_ones_become_a_task(
    database_url: str,
    database: Database,
    names_base: dict[str, int],
    capsys: pytest.CaptureFixture[str],
) -> None:
    due = (date.today() + timedelta(days=3)).isoformat()
    status = main(
        ["--db", database_url, "control", "names", "--apply-names", "--assign", "even",
         "--users", "petrov", "--due", due, "--json"]
    )  # fmt: skip
    out = capsys.readouterr().out
    assert status == 0, out
    payload = json.loads(out.strip().splitlines()[-1])
    assert payload["check"] == "names"
    assert payload["found"] == 2 and payload["split"] == 1
    assert [t["executor"] for t in payload["tasks"]] == ["petrov"]
    assert payload["tasks"][0]["items"] == 1
    with database.session() as session:
        sure = session.get(Client, names_base["sure"])
        assert (sure.last_name, sure.first_name, sure.middle_name) == (
            "Иванов",
            "Иван",
            "Иванович",
        )
        task = session.scalars(select(Task)).one()
        assert (task.kind, task.title) == ("names", "Full-name control")
        item = session.scalars(select(TaskItem)).one()
        assert (item.client_id, item.missing) == (names_base["doubtful"], "names")


def test_a_bad_due_date_is_refused_before_any_split(
    database_url: str,
    database: Database,
    names_base: dict[str, int],
    capsys: pytest.CaptureFixture[str],
) -> None:
    yesterday = (date.today() - timedelta(days=1)).isoformat()
    status = main(["--db", database_url, "control", "names", "--apply-names", "--due", yesterday])
    assert status == 2
    assert capsys.readouterr().err.strip()
    with database.session() as session:
        assert session.scalars(select(BulkEdit)).first() is None
        assert session.get(Client, names_base["sure"]).last_name is None
