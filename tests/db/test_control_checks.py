"""The wizard's way to run a check and read what it found in words: names of the client, the
person and the responsible manager; the call's kind, time and number; admins only."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

import pytest

from desktop_crm.db import Database
from desktop_crm.errors import PermissionDenied, ValidationError
from desktop_crm.models import Interaction, InteractionParty, User
from desktop_crm.services.access import current_user
from desktop_crm.wizards.control.checks import (
    DuplicatesCheck,
    NamesCheck,
    result_rows,
    run_check,
)
from desktop_crm.wizards.control.choices import wizard_choices
from desktop_crm.wizards.control.contact_info import ContactInfoCheck
from desktop_crm.wizards.control.registration import RegistrationCheck
from tests.db.control_support import add_person, add_user


def test_rows_name_clients_persons_and_managers(
    database: Database, admin: User, add_client: Callable[..., int]
) -> None:
    anna = add_user(database, "anna", groups=["Продажи"])
    client = add_client("Орлова Вера", emails=["v@example.com"], responsible_id=anna)
    add_person(database, client, "Сидоров Олег", email="o@example.com")
    add_client("Полный", ["+7 912 345-67-89"])
    with database.session() as session:
        run = run_check(session, current_user(session, "admin"), ContactInfoCheck(("phone",)))
        rows = result_rows(session, run.records)
        choices = wizard_choices(session)
    assert run.kind == "contact_info" and len(run.records) == 2
    assert {(r.client_id, r.client, r.person, r.missing, r.responsible) for r in rows} == {
        (client, "Орлова Вера", "", "phone", "Anna"),
        (client, "Орлова Вера", "Сидоров Олег", "phone", "Anna"),
    }
    assert [e.login for e in choices.executors] == ["admin", "anna"] or len(choices.executors) == 2
    assert choices.user_groups == (("Продажи", (anna,)),)
    assert "field:address" in {f.key for f in choices.fields}


def test_rows_of_calls_and_the_refusal(database: Database, admin: User) -> None:
    boris = add_user(database, "boris")
    with database.transaction() as session:
        call = Interaction(kind="call", direction="in", occurred_at=datetime(2026, 1, 5, 10, 30),
                           registered_by_id=boris)  # fmt: skip
        call.parties.append(InteractionParty(role="from", kind="phone", raw="+7 900 111-22-33"))
        call.parties.append(InteractionParty(role="to", kind="phone", raw="+7 495 000-00-00"))
        session.add(call)
    with database.session() as session:
        run = run_check(session, current_user(session, "admin"), RegistrationCheck())
        (row,) = result_rows(session, run.records)
        with pytest.raises(PermissionDenied):
            run_check(session, current_user(session, "boris"), RegistrationCheck())
    assert (row.client_id, row.interaction_kind, row.direction, row.party, row.responsible) == (
        None, "call", "in", "+7 900 111-22-33", "Boris"
    )  # fmt: skip
    assert row.occurred_at == datetime(2026, 1, 5, 10, 30)


def test_names_and_duplicates_through_the_wizard_checks(
    database: Database, admin: User, add_client: Callable[..., int]
) -> None:
    first = add_client("Иванов Иван Иванович", ["+7 912 345-67-89"])
    second = add_client("Ким", ["8 912 345 67 89"])
    with database.session() as session:
        actor = current_user(session, "admin")
        names = result_rows(session, run_check(session, actor, NamesCheck()).records)
        groups = run_check(session, actor, DuplicatesCheck(("phone",)))
        (group,) = result_rows(session, groups.records)
    assert {(r.client, r.proposed, r.sure) for r in names} == {
        ("Иванов Иван Иванович", ("Иванов", "Иван", "Иванович"), True),
        ("Ким", ("", "Ким", ""), False),
    }
    assert groups.kind == "duplicates" and groups.title == "Duplicates in the base"
    assert (group.cards, group.card_names, group.shared) == (
        (first, second), ("Иванов Иван Иванович", "Ким"), ("phone",)
    )  # fmt: skip
    with pytest.raises(ValidationError):
        DuplicatesCheck(())
