"""Mapping suggestions, phone rules, value parsing and name splitting: the Qt-free pieces."""

from __future__ import annotations

import random
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from desktop_crm.errors import ImportSettingsError
from desktop_crm.services.names import join_full_name, split_full_name
from desktop_crm.services.phones import try_normalize_phone
from desktop_crm.values import YearlessDate, parse_date, parse_money
from desktop_crm.wizards.importing import (
    Mapping,
    PhonePolicy,
    check_mapping,
    field_catalog,
    mapping_from_json,
    open_source,
    suggest_mapping,
)
from desktop_crm.wizards.importing.phone_rules import (
    _fast_e164,
    parse_rules,
    parse_validation,
    split_numbers,
)

CATALOG = field_catalog()


def keys_for(headers: list[str]) -> dict[str, str]:
    mapping, _ = suggest_mapping(headers, CATALOG)
    return {headers[i]: k for i, k in mapping.columns.items()}


def test_synonyms_in_three_languages_and_typos() -> None:
    assert keys_for(["ФИО", "Телефон", "Эл. почта", "Дата рождения", "Теги"]) == {
        "ФИО": "full_name",
        "Телефон": "phones",
        "Эл. почта": "emails",
        "Дата рождения": "birth_date",
        "Теги": "tags",
    }
    assert keys_for(["Nazwisko", "Imię", "Numer telefonu", "Adres e-mail", "Firma"]) == {
        "Nazwisko": "last_name",
        "Imię": "first_name",
        "Numer telefonu": "phones",
        "Adres e-mail": "emails",
        "Firma": "company",
    }
    assert keys_for(["  FULL-NAME ", "Phnoe", "E_MAIL", "Telefonn"]) == {
        "  FULL-NAME ": "full_name",
        "Phnoe": "phones",
        "E_MAIL": "emails",
        "Telefonn": "phones",
    }
    assert keys_for(["Клиент", "Тэги", "Ярлыки"]) == {
        "Клиент": "full_name",
        "Тэги": "tags",
        "Ярлыки": "tags",
    }
    assert keys_for(["возраст", "Age", "Фаза луны"]) == {}


def test_google_and_outlook_exports_map_without_a_mapping_file(peers: Path) -> None:
    with open_source(peers / "google_contacts_legacy_export_mtrazzi.csv") as source:
        keys = keys_for(source.headers)
    assert keys["Name"] == "full_name" and keys["Given Name"] == "first_name"
    assert keys["Family Name"] == "last_name" and keys["E-mail 1 - Value"] == "emails"
    assert keys["Phone 1 - Value"] == "phones" and "Phone 1 - Type" not in keys
    assert "Given Name Yomi" not in keys and keys["Organization 1 - Name"] == "company"
    with open_source(peers / "google_shared_contacts_outlook_style.csv") as source:
        keys = keys_for(source.headers)
    assert keys["E-mail Address"] == keys["E-mail 2 Address"] == "emails"
    assert keys["Mobile Phone"] == keys["Business Phone"] == "phones"
    assert keys["Company"] == "company" and keys["Job Title"] == "position"
    assert "Home Fax" not in keys and "Pager" not in keys


def test_check_mapping_requires_an_identifying_field() -> None:
    assert check_mapping(Mapping({0: "phones"}), 2, CATALOG).problems == []
    check = check_mapping(Mapping({0: "tags"}), 2, CATALOG)
    assert check.reason == "missing_required" and check.ignored == [1]
    assert check_mapping(Mapping({}), 2, CATALOG).reason == "no_fields"
    twice = check_mapping(Mapping({0: "full_name", 1: "full_name"}), 2, CATALOG)
    assert "2 columns" in twice.problems[0]
    deal = check_mapping(Mapping({0: "full_name", 1: "deal.date"}), 2, CATALOG)
    assert "topic" in deal.problems[0]


def test_mapping_file_form() -> None:
    headers = ["Name", "Phone", "Other"]
    mapping = mapping_from_json({"columns": {"name": "full_name", "1": "phones"}}, headers, CATALOG)
    assert mapping.columns == {0: "full_name", 1: "phones"}
    assert mapping.to_json(headers) == {"columns": {"Name": "full_name", "Phone": "phones"}}
    with pytest.raises(ImportSettingsError, match="not a card field"):
        mapping_from_json({"columns": {"Name": "shoe_size"}}, headers, CATALOG)
    with pytest.raises(ImportSettingsError, match="lacks"):
        mapping_from_json({"columns": {"Nope": "full_name"}}, headers, CATALOG)


@pytest.mark.parametrize(
    ("rules", "raw", "expected"),
    [
        (["[11]/-7+8"], "79161234567", ("+79161234567", "89161234567")),
        (["[10]/+7"], "916 123 45 67", ("+79161234567", "79161234567")),
        (["[11]/-8"], "8 495 123 45 67", ("+74951234567", "4951234567")),
        (["[10]/+7", "[11]/-7+8"], "9161234567", ("+79161234567", "89161234567")),
        (["[11]/-7+8"], "8 916 123 45 67", ("+79161234567", "8 916 123 45 67")),
    ],
)
def test_transformation_rules(rules: list[str], raw: str, expected: tuple[str, str]) -> None:
    outcome = PhonePolicy("RU", rules).normalize(raw)
    assert (outcome.e164, outcome.value) == expected


def test_validation_rules() -> None:
    assert parse_validation(["[11]"]) == {11}
    assert parse_validation(["[10,11]", "[12-13]"]) == {10, 11, 12, 13}
    policy = PhonePolicy("RU", validation=["[11]"])
    assert policy.normalize("+7 916 123-45-67").e164 == "+79161234567"
    assert "validation rule" in policy.normalize("916 123 45 67").error
    for bad in ("[11]-7+8", "11/+7", "[x]/+7", "[11]/", "[11]/*7"):
        with pytest.raises(ImportSettingsError, match="malformed"):
            parse_rules([bad])
    with pytest.raises(ImportSettingsError, match="malformed"):
        parse_validation(["11"])


def test_phone_formats_and_extensions() -> None:
    policy = PhonePolicy("RU")
    for raw in (
        "+7 (495) 913-04-78",
        "8 495 913-04-78",
        "8(495)913-04-78",
        "4959130478",
    ):
        assert policy.normalize(raw).e164 == "+74959130478", raw
    # an extension is kept (RFC 3966): two people behind one switchboard are two phones
    assert policy.normalize("+7 (495) 913-04-78 доб. 2926").e164 == "+74959130478;ext=2926"
    assert policy.normalize("+7 495 913 04 78 (доб. 0792)").e164 == "+74959130478;ext=0792"
    assert PhonePolicy("PL").normalize("602 345 678").e164 == "+48602345678"
    assert PhonePolicy("RU").normalize("0048 602 345 678").e164 == "+48602345678"
    assert policy.normalize("нет телефона").e164 is None


@pytest.mark.parametrize(
    ("cell", "numbers"),
    [
        ("+7 916 123-45-67, 8 916 222-33-44", ["+7 916 123-45-67", "8 916 222-33-44"]),
        ("8 916 765-43-21 / 8 495 111-22-33", ["8 916 765-43-21", "8 495 111-22-33"]),
        ("89161234567,89162223344", ["89161234567", "89162223344"]),
        ("+48 22 123 45 67\n+48 601 234 567", ["+48 22 123 45 67", "+48 601 234 567"]),
        ("+7 916 123-45-67 или +7 916 222-33-44", ["+7 916 123-45-67", "+7 916 222-33-44"]),
        (
            "+7 916 123-45-67 (Иван), +7 916 222-33-44",
            ["+7 916 123-45-67 (Иван)", "+7 916 222-33-44"],
        ),
        # one number each: an extension, a dial pause, an area code, digits in groups
        ("+7 (916) 123-45-67, доб. 123", ["+7 (916) 123-45-67, доб. 123"]),
        ("+79161234567,,123", ["+79161234567,,123"]),
        ("030/1234567", ["030/1234567"]),
        ("8 (916) 123/45/67", ["8 (916) 123/45/67"]),
        ("+7 916 123-45-67", ["+7 916 123-45-67"]),
    ],
)
def test_a_cell_with_several_phone_numbers_is_split(cell: str, numbers: list[str]) -> None:
    assert split_numbers(cell) == numbers


def test_fast_path_agrees_with_phonenumbers() -> None:
    rng = random.Random(5)
    checked = 0
    for _ in range(20_000):
        digits = rng.choice(["", "7", "8"]) + "".join(rng.choice("0123456789") for _ in range(10))
        plus = digits.startswith("7") and rng.random() < 0.5
        fast = _fast_e164(digits, plus, "RU")
        if fast is not None:
            checked += 1
            assert fast == try_normalize_phone(("+" if plus else "") + digits, "RU"), digits
    assert checked > 5_000


def test_dates() -> None:
    assert parse_date("06.09.1990") == date(1990, 9, 6)
    assert parse_date("1990-09-06") == parse_date("19900906") == date(1990, 9, 6)
    assert parse_date("33122") == date(1990, 9, 6)  # an Excel serial
    assert parse_date("12/31/1990") == date(1990, 12, 31)
    assert parse_date(date(2000, 1, 2)) == date(2000, 1, 2)
    with pytest.raises(YearlessDate):
        parse_date("--04-22")
    for bad in ("31.02.1990", "завтра", "1.1.0001"):
        with pytest.raises(ValueError):
            parse_date(bad)


def test_money() -> None:
    assert parse_money("1 000,50 руб.") == Decimal("1000.50")
    assert parse_money("1,000.50") == Decimal("1000.50")
    assert parse_money("1,000") == Decimal("1000.00")
    assert parse_money("12,5") == Decimal("12.50")
    with pytest.raises(ValueError):
        parse_money("много")


@pytest.mark.parametrize(
    ("full", "parts"),
    [
        ("Иванов Иван Иванович", ("Иванов", "Иван", "Иванович")),
        ("Иван Иванович Петров", ("Петров", "Иван", "Иванович")),
        ("Анна Ильинична", (None, "Анна", "Ильинична")),
        ("Петров Иван", ("Петров", "Иван", None)),
        ("Иван Петров", ("Петров", "Иван", None)),
        ("Алиев Рашид Гасан оглы", ("Алиев", "Рашид", "Гасан оглы")),
        ("Jan Kowalski", ("Kowalski", "Jan", None)),
        ("John Paul Smith", ("Smith", "John", "Paul")),
        ("Артур", (None, "Артур", None)),
    ],
)
def test_split_full_name(full: str, parts: tuple) -> None:
    assert split_full_name(full) == parts


def test_join_full_name() -> None:
    assert join_full_name("Иванов", "Иван", "Иванович") == "Иванов Иван Иванович"
    assert join_full_name("Kowalski", "Jan", None) == "Jan Kowalski"
