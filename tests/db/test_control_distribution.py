"""Distribution of found records (CTL-2) and the task maker: even counts, a client's records
together, to managers with unassigned records, dry run, refusals; done-ness of the items made,
on both backends."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select, update

from desktop_crm.db import Database
from desktop_crm.errors import CrmError, PermissionDenied
from desktop_crm.models import ContactPoint, Project, Task, TaskItem, User
from desktop_crm.services.completeness import refresh_done
from desktop_crm.wizards.control.contact_info import ContactInfoCheck, find
from desktop_crm.wizards.control.distribution import Distribution, counts, distribute, spread
from desktop_crm.wizards.control.records import FoundRecord
from desktop_crm.wizards.control.task_maker import TaskSpec, make_tasks
from tests.db.control_support import add_person, add_user


def _records(sizes: list[int]) -> list[FoundRecord]:
    """Groups of these sizes: a client and its persons, one `keep_with` each."""
    return [
        FoundRecord("phone", keep_with=client, client_id=client, contact_person_id=person or None)
        for client, size in enumerate(sizes, start=1)
        for person in range(size)
    ]


def _holders(plan: dict[int, list[FoundRecord]]) -> dict[int, set[int]]:
    """Which executors got records of each client."""
    holders: dict[int, set[int]] = {}
    for executor, records in plan.items():
        for record in records:
            holders.setdefault(record.keep_with, set()).add(executor)
    return holders


def test_even_spread_counts_and_clients_together() -> None:
    singles = spread([[r] for r in _records([1] * 100)], [7, 8, 9])
    assert sorted(counts(singles).values()) == [33, 33, 34]
    sizes = [3, 1, 2, 1, 1, 3, 2, 1, 1, 1, 2, 1]
    groups: dict[int, list[FoundRecord]] = {}
    for record in _records(sizes):
        groups.setdefault(record.keep_with, []).append(record)
    plan = spread(groups.values(), [7, 8, 9])
    loads = counts(plan).values()
    assert sum(loads) == sum(sizes)
    assert max(loads) - min(loads) <= max(sizes)
    assert all(len(executors) == 1 for executors in _holders(plan).values())


def test_distribute_even_and_to_managers(
    database: Database, admin: User, add_client: Callable[..., int]
) -> None:
    first = add_user(database, "first")
    second = add_user(database, "second")
    gone = add_user(database, "gone")
    add_client("Клиент Уволенного", responsible_id=gone)
    with database.transaction() as session:
        session.execute(update(User).where(User.id == gone).values(is_active=False))
    owned = add_client("Клиент Первого", responsible_id=first)
    add_person(database, owned, "Человек Первого")
    orphans = [add_client(f"Ничей Клиент {n}") for n in range(5)]
    add_person(database, orphans[0], "Человек Ничей")
    with database.session() as session:
        records = find(session, ContactInfoCheck(("phone",)))
        assert len(records) == 9
        even = distribute(session, records, Distribution("even", (first, second)))
        assert sorted(counts(even).values()) in ([4, 5], [5, 4])
        assert all(len(e) == 1 for e in _holders(even).values())

        to_picked = distribute(session, records, Distribution("managers", (second,)))
        assert counts(to_picked) == {first: 2, second: 7}  # the orphans and the disabled's
        to_admin = distribute(session, records, Distribution("managers", fallback_id=admin.id))
        assert counts(to_admin) == {admin.id: 7, first: 2}
        with pytest.raises(CrmError) as caught:
            distribute(session, records, Distribution("managers"))
        assert caught.value.code == "control.no_executor"
    with pytest.raises(CrmError) as caught:
        Distribution("even")
    assert caught.value.code == "control.no_executor"
    with pytest.raises(CrmError) as caught:
        Distribution("random", (first,))
    assert caught.value.code == "control.assign_unknown"


def _item_count(database: Database) -> tuple[int, int]:
    with database.session() as session:
        tasks = session.scalar(select(func.count(Task.id))) or 0
        return tasks, session.scalar(select(func.count(TaskItem.id))) or 0


def test_make_tasks_dry_run_then_for_real(
    database: Database, admin: User, add_client: Callable[..., int]
) -> None:
    manager = add_user(database, "ivanov")
    bare = add_client("Без Телефона", responsible_id=manager)
    add_client("С Телефоном", phones=["+7 912 345-67-89"], responsible_id=manager)
    other = add_client("Тоже Без Телефона")
    check = ContactInfoCheck(("phone",))
    spec = TaskSpec(
        check.KIND, check.TITLE, check.task_params(), "2099-01-31", date(2099, 2, 1), "Весна"
    )
    with database.transaction() as session:
        actor = session.merge(admin)
        plan = distribute(session, find(session, check), Distribution(fallback_id=actor.id))
        dry = make_tasks(session, actor, plan, spec, dry_run=True)
    assert {(t.id, t.executor, t.items) for t in dry} == {(None, "ivanov", 1), (None, "admin", 1)}
    assert _item_count(database) == (0, 0)
    with database.transaction() as session:
        actor = session.merge(admin)
        made = make_tasks(session, actor, plan, spec)
        again = make_tasks(session, actor, plan, spec)  # the project is found, not made twice
    assert _item_count(database) == (4, 4)
    with database.session() as session:
        task = session.get(Task, made[0].id)
        assert task is not None
        assert (task.kind, task.title, task.due_date) == (
            "contact_info",
            "Contact info",
            date(2099, 1, 31),
        )
        assert task.params == {
            "check": "contact_info",
            "kinds": ["phone"],
            "missing": "any",
            "filter": {},
        }
        assert task.control_date == date(2099, 2, 1) and task.author_id == admin.id
        assert session.scalar(select(func.count(Project.id))) == 1
        assert task.project_id == session.get(Task, again[0].id).project_id  # type: ignore[union-attr]
        items = {(i.client_id, i.missing) for t in made for i in session.get(Task, t.id).items}  # type: ignore[union-attr]
    assert items == {(bare, "phone"), (other, "phone")}

    # done-ness is derived: a phone added to the card marks its item done
    with database.transaction() as session:
        session.add(ContactPoint(client_id=bare, kind="phone", value="1", normalized="+71"))
        refresh_done(session, [t.id for t in made if t.id is not None])
    with database.session() as session:
        done = dict(
            session.execute(
                select(TaskItem.client_id, TaskItem.done_at).where(
                    TaskItem.task_id.in_([t.id for t in made])
                )
            )
            .tuples()
            .all()
        )
    assert done[bare] is not None and done[other] is None


def test_make_tasks_refusals(
    database: Database, admin: User, add_client: Callable[..., int]
) -> None:
    manager = add_user(database, "petrova")
    client = add_client("Клиент")
    plan = {manager: [FoundRecord("phone", keep_with=client, client_id=client)]}

    def make(spec: TaskSpec, actor_id: int | None = None, the_plan: dict = plan) -> None:
        with database.transaction() as session:
            actor = session.get(User, actor_id or admin.id)
            assert actor is not None
            make_tasks(session, actor, the_plan, spec)

    yesterday = date.today() - timedelta(days=1)
    cases = [
        (TaskSpec("contact_info", "Contact info", due_date=yesterday), None, "control.due_in_past"),
        (
            TaskSpec("contact_info", "Contact info", due_date="31.01.2099"),
            None,
            "control.date_invalid",
        ),
        (
            TaskSpec("contact_info", "Contact info", control_date="soon"),
            None,
            "control.date_invalid",
        ),
        (TaskSpec("contact_info", "Contact info"), manager, "access.denied"),
    ]
    for spec, actor_id, code in cases:
        with pytest.raises(CrmError) as caught:
            make(spec, actor_id)
        assert caught.value.code == code
    with pytest.raises(PermissionDenied):
        make(TaskSpec("contact_info", "Contact info"), manager)
    with pytest.raises(CrmError) as caught:
        make(TaskSpec("contact_info", "Contact info"), the_plan={99999: plan[manager]})
    assert caught.value.code == "control.user_unknown"
    assert _item_count(database) == (0, 0)
