"""Pure value rules of the client services: no database needed."""

from __future__ import annotations

from datetime import date

import pytest

from desktop_crm.errors import ValidationError
from desktop_crm.models import CustomField
from desktop_crm.services.attachments import safe_filename, size_text
from desktop_crm.services.changelog import display, field_label
from desktop_crm.services.client_values import build_full_name, check_birth_date
from desktop_crm.services.contact_points import ContactValue, prepare
from desktop_crm.services.custom_fields import display_value, parse_value, suggest_key


@pytest.mark.parametrize(
    ("name", "safe"),
    [
        ("report.pdf", "report.pdf"),
        ("../../etc/passwd", "passwd"),
        ("C:\\Windows\\System32\\evil.exe", "evil.exe"),
        ("CON", "_CON"),
        ("con.txt", "_con.txt"),
        ("LPT1.tar.gz", "_LPT1.tar.gz"),
        ("console.txt", "console.txt"),
        ('what?<is>"this":|*.doc', "what__is__this____.doc"),
        ("tab\there\nnew.txt", "tabherenew.txt"),  # control characters go
        ("invoice\u202efdp.exe", "invoicefdp.exe"),  # right-to-left override hides ".exe"
        ("  .hidden. ", "hidden"),
        ("..", "file"),
        ("", "file"),
        ("名刺 スキャン.png", "名刺 スキャン.png"),
    ],
)
def test_safe_filename(name: str, safe: str) -> None:
    assert safe_filename(name) == safe


def test_safe_filename_keeps_the_extension_of_a_long_name() -> None:
    safe = safe_filename("a" * 400 + ".xlsx")
    assert len(safe) == 150 and safe.endswith("a.xlsx")


@pytest.mark.parametrize(
    ("size", "text"),
    [(0, "0 bytes"), (1023, "1023 bytes"), (1024, "1 KB"), (1536, "1.5 KB"), (20 << 20, "20 MB")],
)
def test_size_text(size: int, text: str) -> None:
    assert size_text(size) == text


def field(type_: str, choices: list[str] | None = None) -> CustomField:
    return CustomField(key="f", label="Field", type=type_, choices=choices)


@pytest.mark.parametrize(
    ("type_", "typed", "stored"),
    [
        ("text", "  hello  ", "hello"),
        ("text", "   ", None),
        ("text", None, None),
        ("number", "1 234,50", "1234.5"),
        ("number", "-7", "-7"),
        ("number", "1e3", "1000"),
        ("date", "12.03.1985", "1985-03-12"),
        ("date", "1985-03-12", "1985-03-12"),
        ("bool", "Да", "true"),
        ("bool", "nie", "false"),
        ("bool", "true", "true"),
    ],
)
def test_parse_value(type_: str, typed: str | None, stored: str | None) -> None:
    assert parse_value(field(type_), typed) == stored


def test_parse_choice_returns_the_defined_spelling() -> None:
    assert parse_value(field("choice", ["Web", "Trade fair"]), "trade FAIR") == "Trade fair"


@pytest.mark.parametrize(
    ("type_", "typed", "message"),
    [
        ("number", "12a", "Field: '12a' is not a number."),
        ("number", "NaN", "Field: 'NaN' is not a number."),
        ("date", "31.02.2024", "Field: '31.02.2024' is not a date; the month has no such day."),
        ("date", "12.03", "Field: '12.03' is not a date; type it as DD.MM.YYYY."),
        ("bool", "maybe", "Field: 'maybe' is not yes or no."),
        ("choice", "Radio", "Field: 'Radio' is not one of: Web, Fair."),
    ],
)
def test_parse_value_refuses_with_a_sentence(type_: str, typed: str, message: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_value(field(type_, ["Web", "Fair"]), typed)
    assert caught.value.message == message
    assert caught.value.field == "custom.f"


def test_display_value() -> None:
    assert display_value(field("date"), "1985-03-12") == "12.03.1985"
    assert display_value(field("bool"), "false") == "No"
    assert display_value(field("text"), None) == ""


def test_prepare_contacts_merges_and_picks_one_primary() -> None:
    points = prepare(
        "phone",
        [
            ContactValue("8 912 345 67 89", comment=None),
            ContactValue(" "),
            ContactValue("+7 (912) 345-67-89", is_primary=True, comment="mobile"),
            ContactValue("84951234567", is_primary=True),
        ],
    )
    assert [(p.normalized, p.is_primary, p.comment, p.value) for p in points] == [
        ("+79123456789", True, "mobile", "8 912 345 67 89"),
        ("+74951234567", False, None, "84951234567"),
    ]


def test_prepare_contacts_first_is_primary_when_none_marked() -> None:
    points = prepare("email", [ContactValue("B@x.io"), ContactValue("a@x.io")])
    assert [(p.normalized, p.is_primary) for p in points] == [("b@x.io", True), ("a@x.io", False)]
    assert prepare("email", []) == []


def test_prepare_contacts_refuses_a_bad_value() -> None:
    with pytest.raises(ValidationError, match="'not-an-email' is not an email address"):
        prepare("email", [ContactValue("ok@x.io"), ContactValue("not-an-email")])


def test_full_name_rules() -> None:
    assert build_full_name("  Jan   Kowalski ", ["X", None]) == "Jan Kowalski"
    assert build_full_name("", ["Петров", "Иван", "Ильич"]) == "Петров Иван Ильич"
    assert build_full_name(None, [None, "Cher", " "]) == "Cher"
    assert build_full_name(None, ["Smith", "John", "Paul"]) == "John Paul Smith"
    with pytest.raises(ValidationError, match="needs a name"):
        build_full_name(" ", [None, " ", None])


def test_birth_date_rules() -> None:
    assert check_birth_date("12.03.1985") == date(1985, 3, 12)
    assert check_birth_date("") is None
    with pytest.raises(ValidationError, match="too far in the past"):
        check_birth_date(date(1812, 1, 1))


def test_suggest_key() -> None:
    assert suggest_key("Источник лида") == "istochnik_lida"
    assert suggest_key("Źródło klienta") == "zrodlo_klienta"
    assert suggest_key("2nd phone") == "field_2nd_phone"
    assert suggest_key("Website") == "custom_website"


def test_change_log_display() -> None:
    assert display(date(2024, 1, 2)) == "02.01.2024"
    assert display("  ") is None
    assert display(True) == "yes"
    assert field_label("custom.src", {"src": "Source"}) == "Source"
    assert field_label("birth_date") == "Birth date"
    assert field_label("something_new") == "Something new"
