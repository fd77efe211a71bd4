"""The task use cases (CTL-3) on both backends: lists with progress and overdue marks, items a
page at a time, closing rules, manual tasks and their validations, and a manager who sees only
their own tasks."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import select, update

from desktop_crm.db import Database
from desktop_crm.errors import CrmError, NotFound, PermissionDenied, ValidationError
from desktop_crm.models import ContactPerson, ContactPoint, Interaction, Task, User
from desktop_crm.services.access import current_user
from desktop_crm.services.tasks import (
    ItemCounts,
    ManualTask,
    add_manual_task,
    close_task,
    item_counts,
    item_page,
    list_tasks,
    missing_words,
    open_task_count,
    refresh,
    visible_items,
)
from desktop_crm.services.users import add_user
from tests.db.tasks_support import contact_task

TODAY = date.today()


@pytest.fixture
def manager(database: Database, admin: User) -> User:
    with database.transaction() as session:
        return add_user(session, session.merge(admin), "maria", "Maria Manager", "manager")


@pytest.fixture
def other(database: Database, admin: User) -> User:
    with database.transaction() as session:
        return add_user(session, session.merge(admin), "oleg", "Oleg Other", "manager")


def _as(database: Database, user: User, work: Callable[..., object], *args, **kwargs):
    with database.transaction() as session:
        return work(session, session.merge(user), *args, **kwargs)


def test_list_shows_progress_and_overdue(
    database: Database, manager: User, add_client: Callable[..., int]
) -> None:
    clients = [add_client(f"Клиент {n}") for n in range(5)]
    items = [{"client_id": c, "missing": "phone"} for c in clients]
    late = contact_task(database, manager, items, due=TODAY - timedelta(days=2), done=[0, 1])
    soon = contact_task(database, manager, items[:3], due=TODAY + timedelta(days=3))
    undated = contact_task(database, manager, items[:1], title="No date")
    summaries = _as(database, manager, list_tasks)
    assert [s.id for s in summaries] == [late, soon, undated]  # soonest first, no date last
    first = summaries[0]
    assert (first.items, first.done, first.percent, first.overdue) == (5, 2, 40, True)
    assert (summaries[1].percent, summaries[1].overdue) == (0, False)
    assert summaries[0].executor == "maria" and summaries[0].executor_name == "Maria Manager"
    with database.session() as session:
        assert open_task_count(session, session.merge(manager)) == 3


def test_percent_rounds_down_until_everything_is_done(
    database: Database, manager: User, add_client: Callable[..., int]
) -> None:
    clients = [add_client(f"К {n}") for n in range(3)]
    task = contact_task(
        database, manager, [{"client_id": c, "missing": "phone"} for c in clients], done=[0, 1]
    )
    [summary] = _as(database, manager, list_tasks)
    assert summary.id == task and summary.percent == 66 and not summary.closable


def test_a_fresh_list_derives_done_ness_from_the_base(
    database: Database, manager: User, add_client: Callable[..., int]
) -> None:
    fixed = add_client("Иванов Иван", phones=["+7 912 345-67-89"])
    bare = add_client("Петров Пётр")
    contact_task(database, manager, [{"client_id": c, "missing": "phone"} for c in (fixed, bare)])
    [stale] = _as(database, manager, list_tasks)
    [fresh] = _as(database, manager, list_tasks, fresh=True)
    assert (stale.done, fresh.done, fresh.percent) == (0, 1, 50)


def test_items_page_by_key_with_names_and_the_not_done_filter(
    database: Database, manager: User, add_client: Callable[..., int]
) -> None:
    company = add_client("ООО Ромашка", kind="company")
    bare = add_client("Иванов Иван")
    with database.transaction() as session:
        person = ContactPerson(client_id=company, full_name="Сидорова Анна")
        session.add(person)
        session.flush()
        person_id = person.id
    items = [
        {"client_id": company, "contact_person_id": person_id, "missing": "email"},
        {"client_id": bare, "missing": "phone,email"},
        {"client_id": company, "missing": "phone"},
    ]
    task = contact_task(database, manager, items, done=[2])
    with database.session() as session:
        first = item_page(session, current_user(session, "admin"), task, limit=2)
        rest = item_page(session, current_user(session, "admin"), task, after=first[-1].id, limit=2)
        not_done = item_page(session, current_user(session, "admin"), task, not_done_only=True)
        assert item_counts(session, task) == ItemCounts(3, 1)
        assert item_counts(session, task, not_done_only=True).items == 2
        assert missing_words(session, first[1].missing) == "phone, email"
    assert [r.name for r in first] == ["Сидорова Анна (ООО Ромашка)", "Иванов Иван"]
    assert first[1].missing == ("phone", "email")
    assert [r.done for r in first + rest] == [False, False, True]
    assert len(rest) == 1 and [r.client_id for r in not_done] == [company, bare]


def test_refresh_and_close_a_control_task(
    database: Database, manager: User, add_client: Callable[..., int]
) -> None:
    client = add_client("Петров Пётр")
    task = contact_task(database, manager, [{"client_id": client, "missing": "phone"}])
    with pytest.raises(ValidationError) as refused:
        _as(database, manager, close_task, task)
    assert refused.value.code == "task.not_done" and "1 of its 1 items" in refused.value.message
    with database.transaction() as session:
        session.add(ContactPoint(client_id=client, kind="phone", value="1", normalized="+71"))
    summary = _as(database, manager, refresh, task)
    assert (summary.done, summary.percent, summary.closable) == (1, 100, True)
    closed = _as(database, manager, close_task, task)
    assert closed.status == "done" and closed.closed_at is not None
    with database.session() as session:
        assert open_task_count(session, session.merge(manager)) == 0
    with pytest.raises(ValidationError) as again:
        _as(database, manager, close_task, task)
    assert again.value.code == "task.closed"


def test_close_refreshes_first(
    database: Database, manager: User, add_client: Callable[..., int]
) -> None:
    """A fix made a moment ago counts: closing derives done-ness before it judges."""
    client = add_client("Петров Пётр", phones=["+7 912 345-67-89"])
    task = contact_task(database, manager, [{"client_id": client, "missing": "phone"}])
    assert _as(database, manager, close_task, task).status == "done"


def test_manual_task_closes_any_time_and_shows_in_lists(
    database: Database, manager: User, admin: User, add_client: Callable[..., int]
) -> None:
    client = add_client("Кузнецов Олег")
    data = ManualTask("  Call back  about the offer ", "Price list", client, "maria", TODAY)
    task = _as(database, admin, add_manual_task, data)
    with database.session() as session:
        stored = session.get(Task, task.id)
        assert stored is not None
        assert (stored.title, stored.kind, stored.client_id, stored.due_date) == (
            "Call back about the offer",
            "manual",
            client,
            TODAY,
        )
    [summary] = _as(database, manager, list_tasks)
    assert (summary.kind, summary.items, summary.percent, summary.overdue) == (
        "manual",
        0,
        0,
        False,
    )
    assert summary.closable
    assert _as(database, manager, close_task, task.id).percent == 100


def test_manual_task_executor_defaults_to_the_author(database: Database, manager: User) -> None:
    task = _as(database, manager, add_manual_task, ManualTask("Prepare the offer"))
    with database.session() as session:
        assert session.scalar(select(Task.executor_id).where(Task.id == task.id)) == manager.id


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (ManualTask("   "), "task.title_empty"),
        (ManualTask("Call", executor="ghost"), "user.unknown"),
        (ManualTask("Call", due=TODAY - timedelta(days=1)), "control.due_in_past"),
        (ManualTask("Call", client_id=999_999), "client.missing"),
    ],
)
def test_manual_task_validations(
    database: Database, admin: User, data: ManualTask, code: str
) -> None:
    with pytest.raises(CrmError) as refused:
        _as(database, admin, add_manual_task, data)
    assert refused.value.code == code
    with database.session() as session:
        assert session.scalars(select(Task.id)).all() == []


def test_manager_sees_and_closes_only_own_tasks(
    database: Database, manager: User, other: User, admin: User, add_client: Callable[..., int]
) -> None:
    client = add_client("Клиент")
    mine = contact_task(database, manager, [{"client_id": client, "missing": "phone"}])
    theirs = contact_task(database, other, [{"client_id": client, "missing": "phone"}])
    assert [s.id for s in _as(database, manager, list_tasks)] == [mine]
    for refused_call in (
        lambda: _as(database, manager, list_tasks, everyone=True),
        lambda: _as(database, manager, list_tasks, executor="oleg"),
        lambda: _as(database, manager, close_task, theirs),
        lambda: _as(database, manager, refresh, theirs),
        lambda: _as(database, manager, visible_items, theirs),
    ):
        with pytest.raises(PermissionDenied):
            refused_call()
    # the admin (control permission) sees everyone's and one person's tasks
    assert {s.id for s in _as(database, admin, list_tasks, everyone=True)} == {mine, theirs}
    assert [s.id for s in _as(database, admin, list_tasks, executor="oleg")] == [theirs]
    with pytest.raises(NotFound):
        _as(database, admin, list_tasks, executor="ghost")
    with pytest.raises(NotFound):
        _as(database, admin, refresh, 424242)


def test_registration_items_are_named_by_their_call_and_closed_tasks_listed_on_request(
    database: Database, manager: User, add_client: Callable[..., int]
) -> None:
    when = datetime(2026, 3, 2, 14, 5)
    with database.transaction() as session:
        call = Interaction(kind="call", direction="in", occurred_at=when, subject="Prices")
        session.add(call)
        session.flush()
        call_id = call.id
    task = contact_task(
        database, manager, [{"interaction_id": call_id, "missing": "client"}], kind="registration"
    )
    with database.session() as session:
        [row] = item_page(session, current_user(session, "admin"), task)
    assert (row.name, row.client_id, row.done) == ("call 02.03.2026 14:05 Prices", None, False)
    with database.transaction() as session:
        session.execute(
            update(Interaction)
            .where(Interaction.id == call_id)
            .values(client_id=add_client("Звонивший"))
        )
    assert _as(database, manager, close_task, task).status == "done"  # done-ness derived first
    assert _as(database, manager, list_tasks) == []
    [closed] = _as(database, manager, list_tasks, closed_too=True)
    assert (closed.id, closed.percent, closed.overdue) == (task, 100, False)


def test_a_full_name_item_carries_the_proposed_split(
    database: Database, manager: User, add_client: Callable[..., int]
) -> None:
    client = add_client("Нурланов Ерлан Серикович")
    details = {"proposed": ["Нурланов", "Ерлан", "Серикович"], "sure": False}
    item = {"client_id": client, "missing": "names", "details": details}
    task = contact_task(database, manager, [item], kind="names")
    with database.session() as session:
        [row] = item_page(session, current_user(session, "admin"), task)
        assert missing_words(session, row.missing) == "last, first and middle name"
    assert row.proposed == ("Нурланов", "Ерлан", "Серикович")
