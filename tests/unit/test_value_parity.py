"""The card and the import accept and refuse the same values, and store the same thing: a custom
value, a birth date and an expected revenue typed on a card pass or fail exactly as the same text
in an import file's cell does."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from desktop_crm.errors import ValidationError
from desktop_crm.fields import catalog_from, custom_key
from desktop_crm.models import CustomField
from desktop_crm.services.client_values import check_birth_date
from desktop_crm.services.custom_fields import parse_value
from desktop_crm.services.deals import _as_money
from desktop_crm.values import parse_date, parse_money, parse_number
from desktop_crm.wizards.importing.mapping import Mapping
from desktop_crm.wizards.importing.phone_rules import PhonePolicy
from desktop_crm.wizards.importing.row_data import RowData
from desktop_crm.wizards.importing.rows import RowNormalizer

CHOICES = ["Web", "Trade fair"]
FIELDS = {kind: CustomField(key=kind, label=kind.title(), type=kind) for kind in ("number", "date")}
FIELDS["bool"] = CustomField(key="bool", label="Bool", type="bool")
FIELDS["choice"] = CustomField(key="choice", label="Choice", type="choice", choices=CHOICES)
FIELDS["text"] = CustomField(key="text", label="Text", type="text")

TYPED = {
    "number": [
        "1 234,5",
        "1\u00a0234,50",
        "1'234.5",
        "1,234.5",
        "1.234,5",
        "1,000,000",
        "-7",
        "0,5",
        "1e3",
        "12a",
        "NaN",
        "1,2,3.4.5",
        "Infinity",
    ],
    "date": [
        "12.03.1985",
        "1985-03-12",
        "12/03/1985",
        "12-03-1985",
        "12.03.85",
        "3.4.1985",
        "12/31/1990",
        "12.03.1985 10:30",
        "1985-03-12T10:30:00",
        "19850312",
        "33122",
        "1990",
        "31.02.2024",
        "12.03.0199",
        "12.03.1700",
        "--03-12",
        "завтра",
    ],
    "bool": ["Да", "нет", "tak", "nie", "yes", "n", "on", "off", "+", "-", "✓", "истина", "maybe"],
    "choice": ["web", "TRADE FAIR", " Web ", "Radio"],
    "text": ["  hello  ", "x" * 300],
}
BIRTH_DATES = ["06.09.1990", "1990-09-06", "01.01.2999", "01.01.1850", "31.12.1899", "33122"]
REVENUES = ["150 000,50", "1,000.50", "1 000 руб.", "1,000", "12,5", "-5", "a lot", "1e13", "0"]


def normalizer(keys: list[str]) -> RowNormalizer:
    catalog = catalog_from(FIELDS.values())
    mapping = Mapping(columns={i: key for i, key in enumerate(["full_name", *keys])})
    return RowNormalizer(mapping, catalog, PhonePolicy("RU"))


def imported(key: str, text: str) -> RowData | None:
    """The row the import makes of a file row with `text` in the `key` column; None when the
    row fails."""
    row = normalizer([key]).normalize(2, ["Иван Петров", text])
    return row if isinstance(row, RowData) else None


def card_custom(kind: str, text: str) -> str | None:
    try:
        return parse_value(FIELDS[kind], text)
    except ValidationError:
        return None


@pytest.mark.parametrize(
    ("kind", "text"), [(kind, text) for kind, texts in TYPED.items() for text in texts]
)
def test_a_custom_value_fares_alike_on_the_card_and_in_an_import(kind: str, text: str) -> None:
    row = imported(custom_key(kind), text)
    from_file = row.custom.get(kind) if row is not None else None
    if kind == "date" and text == "--03-12":  # a birthday without a year: the import warns
        assert row is not None and from_file is None and row.warnings
        assert card_custom(kind, text) is None
        return
    assert card_custom(kind, text) == from_file


@pytest.mark.parametrize("text", BIRTH_DATES)
def test_a_birth_date_fares_alike_on_the_card_and_in_an_import(text: str) -> None:
    row = imported("birth_date", text)
    try:
        typed: date | None = check_birth_date(text)
    except ValidationError:
        typed = None
    assert (row.values.get("birth_date") if row is not None else None) == typed


@pytest.mark.parametrize("text", REVENUES)
def test_an_expected_revenue_fares_alike_on_the_card_and_in_an_import(text: str) -> None:
    row = normalizer(["deal.topic", "deal.expected_revenue"]).normalize(
        2, ["Иван Петров", "Кресла", text]
    )
    from_file = row.deal["expected_revenue"] if isinstance(row, RowData) and row.deal else None
    try:
        typed = _as_money(text)
    except ValidationError:
        typed = None
    assert typed == from_file


def test_what_the_parsers_make_of_what_one_path_used_to_refuse() -> None:
    assert parse_date("12/31/1990") == date(1990, 12, 31)  # only the US reading is a date
    assert parse_date("12.03.1985 10:30") == date(1985, 3, 12)
    assert parse_date("33122") == date(1990, 9, 6)  # an Excel day number
    with pytest.raises(ValueError, match="not a date"):
        parse_date("1990")  # a year, not Excel's day 1990
    assert parse_number("1,234.5") == parse_number("1.234,5") == Decimal("1234.5")
    assert parse_number("1,234") == Decimal("1.234")  # a lone comma is a decimal comma...
    assert parse_money("1,234") == Decimal("1234.00")  # ...but no amount has three decimals
    assert parse_value(FIELDS["number"], "1.50") == "1.5"  # one stored form, either path
