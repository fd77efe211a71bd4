"""The run shared by the window's wizard and the `control` command: a preview counts per
executor and writes nothing, create writes the same tasks, a manager is refused by both."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from desktop_crm.db import Database
from desktop_crm.errors import PermissionDenied, ValidationError
from desktop_crm.models import Task, TaskItem, User
from desktop_crm.services.access import current_user
from desktop_crm.wizards.control import contact_info, runner
from desktop_crm.wizards.control.distribution import EVEN, Distribution
from tests.db.control_support import add_user


def _run(database: Database, add_client: Callable[..., int]) -> runner.CheckRun:
    for n in range(5):
        add_client(f"Клиент {n}", emails=[f"c{n}@example.com"])
    add_client("Полный", phones=["+7 912 345-67-89"])
    check = contact_info.ContactInfoCheck(("phone",))
    with database.session() as session:
        records = contact_info.find(session, check)
    return runner.CheckRun(check.KIND, check.TITLE, check.task_params(), records)


def _tasks(database: Database) -> tuple[int, int]:
    with database.session() as session:
        return (
            session.scalar(select(func.count(Task.id))) or 0,
            session.scalar(select(func.count(TaskItem.id))) or 0,
        )


def test_preview_then_create(
    database: Database, admin: User, add_client: Callable[..., int]
) -> None:
    run = _run(database, add_client)
    users = (add_user(database, "anna"), add_user(database, "boris"))
    how = Distribution(EVEN, users)
    due = runner.Dates(date.today() + timedelta(days=3), None, "Чистка")
    with database.transaction() as session:
        actor = current_user(session, "admin")
        previewed = runner.preview(session, actor, run, how, due)
    assert sorted(runner.counts(previewed).values()) == [2, 3]
    assert {t.id for t in previewed} == {None}
    assert _tasks(database) == (0, 0)
    with database.transaction() as session:
        made = runner.create(session, current_user(session, "admin"), run, how, due)
    assert runner.counts(made) == runner.counts(previewed)
    assert _tasks(database) == (2, 5)
    report = runner.report(run, made, 0.5)
    assert report["check"] == "contact_info" and report["found"] == 5
    assert "anna got" in runner.report_text(run, made)


def test_refusals(database: Database, admin: User, add_client: Callable[..., int]) -> None:
    run = _run(database, add_client)
    add_user(database, "maria")
    with database.session() as session:
        manager = current_user(session, "maria")
        for step in (runner.preview, runner.create, runner.plan):
            with pytest.raises(PermissionDenied):
                step(session, manager, run, Distribution())
        actor = current_user(session, "admin")
        past = runner.Dates(date.today() - timedelta(days=1))
        with pytest.raises(ValidationError):
            runner.create(session, actor, run, Distribution(), past)
    assert _tasks(database) == (0, 0)
