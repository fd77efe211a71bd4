"""The registration check (CTL-4) and the properties check (CTL-5), on both backends."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

import pytest

from desktop_crm.db import Database
from desktop_crm.errors import ValidationError
from desktop_crm.models import CustomField, CustomFieldValue, Interaction, User
from desktop_crm.wizards.control import properties, registration
from desktop_crm.wizards.control.filters import ClientFilter
from desktop_crm.wizards.control.properties import PropertiesCheck, property_keys
from desktop_crm.wizards.control.registration import RegistrationCheck
from tests.db.control_support import add_person, add_user, found


def _interaction(database: Database, **values: object) -> int:
    values.setdefault("kind", "call")
    values.setdefault("direction", "in")
    values.setdefault("occurred_at", datetime(2026, 3, 10, 12))
    with database.transaction() as session:
        interaction = Interaction(**values)
        session.add(interaction)
        session.flush()
        return interaction.id


def _registration(database: Database, **flt: object) -> dict[int | None, int | None]:
    with database.session() as session:
        records = registration.find(session, RegistrationCheck(**flt))  # type: ignore[arg-type]
    assert {r.missing for r in records} <= {"client"}
    return {r.interaction_id: r.owner_id for r in records}


def test_registration_finds_unlinked_calls_and_emails(
    database: Database, admin: User, add_client: Callable[..., int]
) -> None:
    manager = add_user(database, "sidorov")
    client = add_client("Клиент Звонка")
    person = add_person(database, client, "Человек Письма")
    lone_call = _interaction(database, registered_by_id=manager)
    lone_mail = _interaction(
        database, kind="email", direction="out", occurred_at=datetime(2026, 4, 2, 9)
    )
    _interaction(database, client_id=client, registered_by_id=manager)
    _interaction(database, kind="email", contact_person_id=person)

    assert _registration(database) == {lone_call: manager, lone_mail: None}
    assert _registration(database, kind="email") == {lone_mail: None}
    assert _registration(database, direction="in") == {lone_call: manager}
    april = {"occurred_from": date(2026, 4, 1), "occurred_to": date(2026, 4, 30)}
    assert _registration(database, **april) == {lone_mail: None}
    assert _registration(database, occurred_to=date(2026, 3, 10)) == {lone_call: manager}
    with pytest.raises(ValidationError) as caught:
        RegistrationCheck(direction="sideways")
    assert caught.value.code == "control.direction_unknown"
    with pytest.raises(ValidationError) as caught:
        RegistrationCheck(kind="fax")
    assert caught.value.code == "control.interaction_kind_unknown"


def _custom_field(database: Database, key: str) -> int:
    with database.transaction() as session:
        field = CustomField(key=key, label=key.upper())
        session.add(field)
        session.flush()
        return field.id


def test_properties_finds_empty_card_and_custom_fields(
    database: Database, add_client: Callable[..., int]
) -> None:
    inn = _custom_field(database, "inn")
    bare = add_client("Пустой Клиент", address="   ")  # blank counts as empty
    addressed = add_client("Адресный Клиент", address="Казань", birth_date=date(1990, 1, 2))
    full = add_client("Полный Клиент", address="Уфа", custom={"inn": "7701234567"})
    lead = add_client("Лид Без Адреса", stage="lead")
    add_person(database, bare, "Человек Не В Счёт")  # persons have no card fields
    with database.transaction() as session:
        session.add(CustomFieldValue(client_id=addressed, field_id=inn, value=""))
        keys = property_keys(session, ["address", "custom.inn"])
    assert keys == ("field:address", f"custom:{inn}")

    def check(missing: str = "any", **flt: object) -> set[tuple[int | None, int | None, str]]:
        with database.session() as session:
            return found(
                properties.find(session, PropertiesCheck(keys, missing, ClientFilter(**flt)))  # type: ignore[arg-type]
            )

    assert check() == {
        (bare, None, f"field:address,custom:{inn}"),
        (addressed, None, f"custom:{inn}"),
        (lead, None, f"field:address,custom:{inn}"),
    }
    assert check("all") == {
        (bare, None, f"field:address,custom:{inn}"),
        (lead, None, f"field:address,custom:{inn}"),
    }
    assert check(stage="lead") == {(lead, None, f"field:address,custom:{inn}")}
    assert (full, None, "field:address") not in check()
    with database.session() as session:
        records = properties.find(session, PropertiesCheck(("field:birth_date",)))
        assert {r.client_id for r in records} == {bare, full, lead}
        assert property_keys(session, ["manager", "group"]) == (
            "field:responsible_id",
            "field:group_id",
        )
        for wrong in (["custom.nothing"], ["phones"], ["custom:999"]):
            with pytest.raises(ValidationError) as caught:
                property_keys(session, wrong)
            assert caught.value.code == "control.field_unknown"
    with pytest.raises(ValidationError):
        PropertiesCheck(("field:no_such_column",))
