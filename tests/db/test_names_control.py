"""Full-name control (CTL-6) on both backends: the check finds people and contact persons whose
name parts are empty (and not companies, nor cards already split), the sure splits are applied
in one bulk edit with History lines, and its undo puts the parts back except on a card changed
since; a manager is refused."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import select

from desktop_crm.db import Database
from desktop_crm.errors import CrmError, NotFound, PermissionDenied
from desktop_crm.models import BulkEdit, ChangeLog, Client, ContactPerson, Task, TaskItem, User
from desktop_crm.services.access import current_user
from desktop_crm.services.changelog import history
from desktop_crm.services.completeness import refresh_done
from desktop_crm.services.users import add_user
from desktop_crm.wizards.control.bulk_edits import list_bulk_edits
from desktop_crm.wizards.control.names_apply import apply_names, undo_names
from desktop_crm.wizards.control.names_check import find_names


def _person(database: Database, client_id: int, full_name: str, **parts: str) -> int:
    with database.transaction() as session:
        person = ContactPerson(client_id=client_id, full_name=full_name, **parts)
        session.add(person)
        session.flush()
        return person.id


def _parts(database: Database, model: type[Client] | type[ContactPerson], card: int) -> tuple:
    with database.session() as session:
        row = session.get(model, card)
        assert row is not None
        return row.last_name, row.first_name, row.middle_name


@pytest.fixture
def base(database: Database, add_client: Callable[..., int]) -> dict[str, int]:
    """A small base: people to split (sure and doubtful), a split one, a company, persons."""
    ids = {
        "sure": add_client("Иванов Иван Иванович"),
        "doubtful": add_client("Гоша Куць"),
        "split": add_client("Петров Пётр", last_name="Петров", first_name="Пётр"),
        "company": add_client("ООО «Ромашка»", kind="company"),
        "company_like": add_client("ООО Лютик"),  # filed as a person, named as a company
        "blank_parts": add_client("Jan Kowalski"),
    }
    with database.transaction() as session:  # blanks the card editor would not save
        blank = session.get(Client, ids["blank_parts"])
        assert blank is not None
        blank.last_name, blank.first_name = "  ", ""
    ids["person"] = _person(database, ids["company"], "Анна Сергеевна Петрова")
    ids["person_split"] = _person(database, ids["company"], "Olga Nowak", first_name="Olga")
    return ids


def _found(database: Database, admin: User) -> dict[tuple[int | None, int | None], dict]:
    with database.transaction() as session:
        records = find_names(session, session.merge(admin))
    assert all(r.missing == "names" for r in records)
    return {(r.client_id, r.contact_person_id): r.details or {} for r in records}


def test_check_finds_people_and_persons(database: Database, admin: User, base: dict) -> None:
    found = _found(database, admin)
    assert set(found) == {
        (base["sure"], None),
        (base["doubtful"], None),
        (base["blank_parts"], None),
        (base["company"], base["person"]),
    }
    assert found[(base["sure"], None)]["proposed"] == ["Иванов", "Иван", "Иванович"]
    assert found[(base["sure"], None)]["sure"] is True
    assert found[(base["doubtful"], None)]["sure"] is False
    person = found[(base["company"], base["person"])]
    assert person == {
        "proposed": ["Петрова", "Анна", "Сергеевна"],
        "sure": True,
        "reason": "patronymic",
        "full_name": "Анна Сергеевна Петрова",
    }


def test_apply_undo_and_history(database: Database, admin: User, base: dict) -> None:
    with database.transaction() as session:
        user = session.merge(admin)
        applied = apply_names(session, user, find_names(session, user))
    assert (applied.clients, applied.persons, applied.split) == (2, 1, 3)
    assert _parts(database, Client, base["sure"]) == ("Иванов", "Иван", "Иванович")
    assert _parts(database, Client, base["blank_parts"]) == ("Kowalski", "Jan", None)
    assert _parts(database, ContactPerson, base["person"]) == ("Петрова", "Анна", "Сергеевна")
    assert _parts(database, Client, base["doubtful"]) == (None, None, None)  # left for a task
    with database.session() as session:
        edit = session.get(BulkEdit, applied.bulk_edit_id)
        assert edit is not None and edit.kind == "names"
        assert edit.summary == {"split": 3, "clients": 2, "persons": 1}
        lines = history(session, current_user(session, "admin"), base["sure"])
        person_lines = history(
            session, current_user(session, "admin"), base["company"], entity_id=base["person"]
        )
        assert session.scalar(select(Client.version).where(Client.id == base["sure"])) == 2
    fields = {(e.field, e.new) for e in lines}
    assert ("last_name", "Иванов") in fields and ("middle_name", "Иванович") in fields
    mark = [e for e in lines if e.field == "bulk_edit"]
    assert mark and f"Bulk edit #{applied.bulk_edit_id}" in (mark[0].new or "")
    assert mark[0].field_label == "Bulk edit"
    assert {e.field for e in person_lines} >= {"first_name", "bulk_edit"}
    assert _found(database, admin).keys() == {(base["doubtful"], None)}

    with database.transaction() as session:
        undone = undo_names(session, applied.bulk_edit_id, session.merge(admin))
    assert (undone.restored, undone.kept) == (3, ())
    assert _parts(database, Client, base["sure"]) == (None, None, None)
    assert _parts(database, Client, base["blank_parts"]) == ("  ", "", None)  # as they were
    assert _parts(database, ContactPerson, base["person"]) == (None, None, None)
    with database.session() as session:
        lines = history(session, current_user(session, "admin"), base["sure"])
    assert lines[0].field == "bulk_edit" and "undone" in (lines[0].new or "")
    assert ("last_name", None) in {(e.field, e.new) for e in lines}
    with database.transaction() as session, pytest.raises(CrmError, match="undone already"):
        undo_names(session, applied.bulk_edit_id, session.merge(admin))


def test_undo_keeps_a_card_changed_since(database: Database, admin: User, base: dict) -> None:
    with database.transaction() as session:
        user = session.merge(admin)
        applied = apply_names(session, user, find_names(session, user))
    with database.transaction() as session:  # someone corrects the split by hand
        card = session.get(Client, base["sure"])
        assert card is not None
        card.middle_name = "Иваныч"
    with database.transaction() as session:
        undone = undo_names(session, applied.bulk_edit_id, session.merge(admin))
    assert undone.restored == 2
    assert [(k.entity, k.id) for k in undone.kept] == [("client", base["sure"])]
    assert _parts(database, Client, base["sure"]) == ("Иванов", "Иван", "Иваныч")
    assert _parts(database, ContactPerson, base["person"]) == (None, None, None)
    with database.session() as session:
        lines = history(session, current_user(session, "admin"), base["sure"])
        summary = session.get(BulkEdit, applied.bulk_edit_id).summary  # type: ignore[union-attr]
    assert "kept" in (lines[0].new or "") and lines[0].field == "bulk_edit"
    assert summary["undo"]["kept"] == 1 and summary["undo"]["restored"] == 2


def test_apply_skips_a_card_split_or_renamed_since(
    database: Database, admin: User, base: dict
) -> None:
    with database.transaction() as session:
        records = find_names(session, session.merge(admin))
    with database.transaction() as session:
        renamed = session.get(Client, base["sure"])
        split = session.get(ContactPerson, base["person"])
        assert renamed is not None and split is not None
        renamed.full_name = "Иванов Иван Петрович"
        split.last_name = "Петрова-Водкина"
    with database.transaction() as session:
        applied = apply_names(session, session.merge(admin), records)
    assert (applied.clients, applied.persons) == (1, 0)
    assert _parts(database, Client, base["sure"]) == (None, None, None)
    assert _parts(database, ContactPerson, base["person"]) == ("Петрова-Водкина", None, None)


def test_nothing_sure_records_no_bulk_edit(
    database: Database, admin: User, add_client: Callable[..., int]
) -> None:
    add_client("Гоша Куць")
    with database.transaction() as session:
        user = session.merge(admin)
        applied = apply_names(session, user, find_names(session, user))
        assert applied.bulk_edit_id is None and applied.split == 0
        assert list_bulk_edits(session, user) == []
        assert session.scalar(select(ChangeLog.id).where(ChangeLog.field == "bulk_edit")) is None


def test_a_manager_is_refused(database: Database, admin: User, base: dict) -> None:
    with database.transaction() as session:
        manager = add_user(session, session.merge(admin), "maria", "Maria", role="manager")
    with database.transaction() as session:
        user = session.merge(admin)
        applied = apply_names(session, user, find_names(session, user))
    for attempt in (
        lambda s, m: find_names(s, m),
        lambda s, m: apply_names(s, m, []),
        lambda s, m: undo_names(s, applied.bulk_edit_id, m),
        lambda s, m: list_bulk_edits(s, m),
    ):
        with database.transaction() as session, pytest.raises(PermissionDenied):
            attempt(session, session.merge(manager))


def test_undo_of_an_unknown_bulk_edit(database: Database, admin: User) -> None:
    with database.transaction() as session, pytest.raises(NotFound, match="#99"):
        undo_names(session, 99, session.merge(admin))


def test_a_names_task_item_is_done_once_split(database: Database, admin: User, base: dict) -> None:
    """A task made from the check's records: its item flips to done when the apply fills the
    parts (done-ness is derived from the base), the doubtful one stays open."""
    with database.transaction() as session:
        user = session.merge(admin)
        records = find_names(session, user)
        task = Task(kind="names", title="Full names", params={"check": "names"})
        task.items = [
            TaskItem(
                client_id=r.client_id,
                contact_person_id=r.contact_person_id,
                missing=r.missing,
                details=r.details,
            )
            for r in records
        ]
        session.add(task)
        session.flush()
        task_id = task.id
        apply_names(session, user, records)
    with database.transaction() as session:
        refresh_done(session, [task_id])
    with database.session() as session:
        done = dict(
            session.execute(
                select(TaskItem.client_id, TaskItem.done_at.is_not(None)).where(
                    TaskItem.task_id == task_id, TaskItem.contact_person_id.is_(None)
                )
            )
            .tuples()
            .all()
        )
    assert done == {base["sure"]: True, base["blank_parts"]: True, base["doubtful"]: False}
