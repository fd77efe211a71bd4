"""Merging duplicate cards (CTL-8): every child of the merged card moves to the survivor (and
every foreign key to a card is handled), the chosen values win, and the undo puts the base back
exactly as it was, on both backends."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

import pytest
from sqlalchemy import select

from desktop_crm.db import Database
from desktop_crm.errors import CrmError, NotFound, PermissionDenied, ValidationError
from desktop_crm.models import (
    Attachment,
    Base,
    BulkEdit,
    ChangeLog,
    Client,
    ContactPerson,
    ContactPoint,
    CustomField,
    CustomFieldValue,
    Deal,
    ImportJob,
    ImportRow,
    Interaction,
    InteractionParty,
    Note,
    Queue,
    Role,
    Task,
    TaskItem,
    User,
    client_tags,
)
from desktop_crm.services.access import role_by_name
from desktop_crm.services.merging import HANDLED, list_merges, merge_clients, undo_merge
from desktop_crm.services.search_index import check_search_index

# columns a merge and its undo rewrite on the surviving card by design
TOUCHED = {"version", "updated_at", "updated_by_id"}


def _children(database: Database, admin: User, keep: int, other: int) -> int:
    """Give the other card one of every kind of child; returns its employee's id."""
    with database.transaction() as session:
        inn = CustomField(key="inn", label="INN")
        source = CustomField(key="source", label="Source")
        session.add_all([inn, source])
        session.flush()
        session.add_all(
            [
                CustomFieldValue(client_id=keep, field_id=inn.id, value="111"),
                CustomFieldValue(client_id=other, field_id=inn.id, value="222"),
                CustomFieldValue(client_id=other, field_id=source.id, value="fair"),
                Note(client_id=other, text="a note"),
                Attachment(client_id=other, filename="a.txt", size=1, data=b"a"),
                Deal(client_id=other, topic="a deal"),
            ]
        )
        call = Interaction(
            kind="call", direction="in", occurred_at=datetime(2026, 1, 2), client_id=other
        )
        call.parties = [InteractionParty(role="from", kind="phone", raw="1", normalized="+71")]
        person = ContactPerson(client_id=other, full_name="Сотрудник Один")
        person.contact_points = [ContactPoint(kind="email", value="p@x.ru", normalized="p@x.ru")]
        task = Task(title="call them", client_id=other)
        task.items = [TaskItem(client_id=other, missing="phone")]
        employee = Client(full_name="Работник", name_key="работник", company_id=other)
        job = ImportJob(name="file")
        session.add_all([call, person, task, employee, job])
        session.flush()
        session.add(ImportRow(job_id=job.id, row_number=1, outcome="created", client_id=other))
        session.execute(client_tags.insert().values(client_id=other, tag_id=_tag(session, "VIP")))
        session.execute(client_tags.insert().values(client_id=other, tag_id=_tag(session, "new")))
        session.execute(client_tags.insert().values(client_id=keep, tag_id=_tag(session, "VIP")))
        return employee.id


def _tag(session: Any, name: str) -> int:
    from desktop_crm.services.tags import tag_by_name

    tag = tag_by_name(session, name, create=True)
    assert tag is not None
    return tag.id


def _state(database: Database, log_ids: set[int] | None = None) -> dict[str, list[str]]:
    """Every row of every table (but the merge records), as sortable text."""
    state: dict[str, list[str]] = {}
    with database.session() as session:
        for table in Base.metadata.sorted_tables:
            if table.name == "bulk_edits":
                continue
            rows = []
            for row in session.execute(select(table)).mappings():
                if table.name == "change_log" and log_ids is not None and row["id"] not in log_ids:
                    continue
                skip = TOUCHED if table.name == "clients" else set()
                rows.append(repr(sorted((k, v) for k, v in row.items() if k not in skip)))
            state[table.name] = sorted(rows)
    return state


def _merge(database: Database, user: User, keep: int, others: list[int], **choices: int) -> int:
    with database.transaction() as session:
        return merge_clients(session, session.merge(user), keep, others, choices).bulk_edit_id


def _undo(database: Database, user: User, bulk_edit_id: int) -> None:
    with database.transaction() as session:
        undo_merge(session, session.merge(user), bulk_edit_id)


def test_every_reference_to_a_card_is_handled() -> None:
    references = {
        (table.name, fk.parent.name)
        for table in Base.metadata.tables.values()
        for fk in table.foreign_keys
        if fk.column.table.name == "clients" and fk.column.name == "id"
    }
    assert references == set(HANDLED)


def test_merge_moves_every_child(
    database: Database, admin: User, add_client: Callable[..., int]
) -> None:
    keep = add_client("Иванов Иван", phones=["+79120000001"], emails=["a@x.ru"])
    other = add_client(
        "Иванов Иван Иванович",
        phones=["+79120000002", "+79120000001"],
        emails=["b@x.ru"],
        address="Москва",
    )
    employee = _children(database, admin, keep, other)
    with database.session() as session:
        other_sort_key = session.scalar(select(Client.sort_key).where(Client.id == other))
    bulk_edit_id = _merge(database, admin, keep, [other], full_name=other)
    with database.session() as session:
        assert session.get(Client, other) is None
        card = session.get(Client, keep)
        assert card is not None
        assert (card.full_name, card.name_key) == ("Иванов Иван Иванович", "иванов иван иванович")
        assert card.sort_key == other_sort_key != b""  # the list sorts it by its new name
        assert card.address == "Москва"  # empty on the survivor: the other's value
        phones = session.scalars(
            select(ContactPoint.normalized)
            .where(ContactPoint.client_id == keep, ContactPoint.kind == "phone")
            .order_by(ContactPoint.position)
        ).all()
        assert phones == ["+79120000001", "+79120000002"]  # the duplicate one dropped
        primaries = session.scalars(
            select(ContactPoint.kind).where(ContactPoint.client_id == keep, ContactPoint.is_primary)
        ).all()
        assert sorted(primaries) == ["email", "phone"]
        values = dict(
            session.execute(
                select(CustomField.key, CustomFieldValue.value)
                .join(CustomField)
                .where(CustomFieldValue.client_id == keep)
            ).all()
        )
        assert values == {"inn": "111", "source": "fair"}
        tags = session.scalars(
            select(client_tags.c.tag_id).where(client_tags.c.client_id == keep)
        ).all()
        assert len(tags) == 2
        for model in (Note, Attachment, Deal, Interaction, ContactPerson, Task, TaskItem):
            assert session.scalar(select(model.client_id).where(model.client_id == keep))
        assert session.get(Client, employee).company_id == keep  # type: ignore[union-attr]
        assert session.scalar(select(ImportRow.client_id)) is None  # detached
        history = session.execute(
            select(ChangeLog.field, ChangeLog.new_value).where(ChangeLog.client_id == keep)
        ).all()
        fields = {field for field, _ in history}
        assert {"created", "merged", "full_name", "phones", "emails", "tags"} <= fields
        assert ("merged", f"#{other} Иванов Иван Иванович") in history
        creations = [value for field, value in history if field == "created"]
        assert len(creations) == 2  # the history of both cards is kept
        edit = session.get(BulkEdit, bulk_edit_id)
        assert edit is not None and edit.summary is not None
        assert (edit.kind, edit.summary["kept"], edit.summary["merged"]) == ("merge", keep, [other])
        entries = list_merges(session, session.merge(admin))
        assert [(e.id, e.kept, e.merged) for e in entries] == [(bulk_edit_id, keep, [other])]


def test_undo_puts_both_cards_back(
    database: Database, admin: User, add_client: Callable[..., int]
) -> None:
    keep = add_client("Петров Пётр", phones=["+79120000001"], emails=["a@x.ru"])
    other = add_client("Пётр Петров", phones=["+79120000001", "+79120000003"], website="x.ru")
    third = add_client("Петров П.", emails=["a@x.ru", "c@x.ru"], birth_date="01.02.1990")
    _children(database, admin, keep, other)
    before = _state(database)
    with database.session() as session:
        log_ids = set(session.scalars(select(ChangeLog.id)))
    bulk_edit_id = _merge(database, admin, keep, [other, third], manager=keep)
    assert _state(database) != before
    _undo(database, admin, bulk_edit_id)
    assert _state(database, log_ids) == before
    with database.session() as session:
        check_search_index(session)  # SQLite's FTS tables followed the rows back
    with database.session() as session:
        fields = session.scalars(select(ChangeLog.field).where(ChangeLog.client_id == keep)).all()
        assert "merged" in fields and "merge_undone" in fields
        edit = session.get(BulkEdit, bulk_edit_id)
        assert edit is not None and edit.undone_at is not None
    with pytest.raises(CrmError) as undone:
        _undo(database, admin, bulk_edit_id)
    assert undone.value.code == "merge.undone"


def test_refusals(database: Database, admin: User, add_client: Callable[..., int]) -> None:
    a = add_client("Один")
    b = add_client("Два")
    with database.transaction() as session:
        manager = User(login="m", full_name="M", role=role_by_name(session, "manager"))
        merger_role = Role(name="merger", permissions=["edit_clients", "delete_clients"])
        merger = User(login="g", full_name="G", role=merger_role)
        queue = Queue(name="secret")
        session.add_all([manager, merger, queue])
        session.flush()
        hidden = Client(full_name="Скрытый", name_key="скрытый", queue_id=queue.id)
        session.add(hidden)
        session.flush()
        hidden_id = hidden.id
    with pytest.raises(PermissionDenied):
        _merge(database, manager, a, [b])
    with pytest.raises(PermissionDenied) as unseen:
        _merge(database, merger, a, [hidden_id])
    assert unseen.value.code == "access.client_hidden"
    with pytest.raises(ValidationError) as itself:
        _merge(database, admin, a, [b, a])
    assert itself.value.code == "merge.keep_in_others"
    with pytest.raises(ValidationError):
        _merge(database, admin, a, [])
    with pytest.raises(NotFound) as unknown:
        _merge(database, admin, a, [999_999])
    assert unknown.value.code == "client.missing"
    with pytest.raises(ValidationError) as field:
        _merge(database, admin, a, [b], colour=b)
    assert field.value.code == "merge.field_unknown"
    with pytest.raises(ValidationError) as outside:
        _merge(database, admin, a, [b], full_name=hidden_id)
    assert outside.value.code == "merge.choice_outside"
    with pytest.raises(NotFound) as no_merge:
        _undo(database, admin, 12345)
    assert no_merge.value.code == "merge.unknown"
    assert _merge(database, merger, a, [b]) > 0  # edit + delete, both cards seen: allowed
    with database.session() as session:
        assert session.get(Client, b) is None


def test_undo_when_the_numbers_were_taken_since(
    database: Database, admin: User, add_client: Callable[..., int]
) -> None:
    """SQLite gives the highest deleted id to the next new row: the merged card and its
    dropped phone come back under new numbers then, with everything that was theirs."""
    keep = add_client("Анна", phones=["+79120000001"])
    other = add_client("Анна С.", phones=["+79120000001"], address="Тула")
    with database.transaction() as session:
        session.add(Note(client_id=other, text="её заметка"))
    bulk_edit_id = _merge(database, admin, keep, [other])
    third = add_client("Борис", phones=["+79120000009"])
    with database.transaction() as session:
        entry = undo_merge(session, session.merge(admin), bulk_edit_id)
    (restored,) = entry.merged
    assert restored not in (keep, third)
    with database.session() as session:
        card = session.get(Client, restored)
        assert card is not None and (card.full_name, card.address) == ("Анна С.", "Тула")
        owners = session.execute(select(ContactPoint.client_id, ContactPoint.normalized)).all()
        assert sorted(owners) == sorted(
            [(keep, "+79120000001"), (restored, "+79120000001"), (third, "+79120000009")]
        )
        assert session.scalar(select(Note.client_id)) == restored


def test_a_merge_links_the_moved_numbers_past_calls(
    database: Database, admin: User, add_client: Callable[..., int]
) -> None:
    """A call stored while no card held its number (here written straight to the tables) is
    linked to the survivor once a merge brings the number to it."""
    keep = add_client("Лукина Ольга", ["+7 495 983-36-99"])
    other = add_client("Лукина О.", ["+7 916 123-45-67"])
    with database.transaction() as session:
        call = Interaction(kind="call", direction="in", occurred_at=datetime(2026, 5, 1, 10))
        call.parties.append(
            InteractionParty(
                role="from", kind="phone", raw="+79161234567", normalized="+79161234567"
            )
        )
        session.add(call)
        session.flush()
        call_id = call.id
    with database.transaction() as session:
        merge_clients(session, session.merge(admin), keep, [other])
    with database.session() as session:
        linked = session.get(Interaction, call_id)
        assert linked is not None
        assert (linked.client_id, linked.link_method) == (keep, "auto")
