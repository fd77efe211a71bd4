"""`desktop-crm control duplicates` as registered: each group of cards sharing a phone becomes
one "merge these" item of a task given out by the control command's distribution."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest
from sqlalchemy import select

from desktop_crm.cli import main
from desktop_crm.db import Database
from desktop_crm.models import Task, TaskItem, User


def test_groups_become_merge_tasks(
    database_url: str,
    database: Database,
    admin: User,
    add_client: Callable[..., int],
    capsys: pytest.CaptureFixture[str],
) -> None:
    first = add_client("Лукина Ольга", ["+7 495 983-36-99"])
    second = add_client("Лукина О.", ["8 (495) 983 36 99"])
    add_client("Орлов Борис", ["+7 916 000-11-22"])
    status = main(["--db", database_url, "control", "duplicates", "--by", "phone", "--json"])
    out = capsys.readouterr().out
    assert status == 0, out
    payload = json.loads(out.strip().splitlines()[-1])
    assert payload["check"] == "duplicates" and payload["found"] == 1
    assert [sorted(g["client_ids"]) for g in payload["groups"]] == [sorted([first, second])]
    assert payload["tasks"][0]["executor"] == "admin" and payload["tasks"][0]["items"] == 1
    with database.session() as session:
        task = session.scalars(select(Task)).one()
        assert (task.kind, task.title) == ("duplicates", "Duplicates in the base")
        item = session.scalars(select(TaskItem)).one()
        assert item.missing == "duplicate"
        assert sorted(item.details["client_ids"]) == sorted([first, second])


def test_dry_run_creates_nothing(
    database_url: str,
    database: Database,
    admin: User,
    add_client: Callable[..., int],
    capsys: pytest.CaptureFixture[str],
) -> None:
    add_client("Анна", emails=["anna@example.com"])
    add_client("Анна П.", emails=["Anna@Example.com"])
    status = main(["--db", database_url, "control", "duplicates", "--dry-run", "--json"])
    payload = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert status == 0 and payload["found"] == 1
    assert payload["tasks"][0]["id"] is None
    with database.session() as session:
        assert session.scalars(select(Task)).first() is None
