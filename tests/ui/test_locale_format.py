"""Numbers, amounts, sizes and dates in the user's locale (issue 14 item 5, PKG-2): each
formatter in Russian, Polish and English, with the language's translations loaded as the
application loads them."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from desktop_crm.ui.locale_format import (
    date_pattern,
    datetime_pattern,
    format_amount,
    format_date,
    format_datetime,
    format_number,
    format_size,
)
from tests.ui.test_translations import interface_language

NBSP = "\u00a0"  # Qt's group separator in Russian and Polish

EXPECTED = {
    "ru": {
        "number": f"1{NBSP}234{NBSP}567",
        "amount": f"1{NBSP}250{NBSP}000,50",
        "currency": f"1{NBSP}250{NBSP}000,50{NBSP}₽",
        "sizes": ["1 байт", "3 байта", "512 байт", "34 КБ", "25,3 МБ", "3 ГБ"],
        "date": "03.12.2026",
        "datetime": "03.12.2026 14:05",
    },
    "pl": {
        "number": f"1{NBSP}234{NBSP}567",
        "amount": f"1{NBSP}250{NBSP}000,50",
        "currency": f"1{NBSP}250{NBSP}000,50{NBSP}zł",
        "sizes": ["1 bajt", "3 bajty", "512 bajtów", "34 KB", "25,3 MB", "3 GB"],
        "date": "3.12.2026",
        "datetime": "3.12.2026 14:05",
    },
    "en": {
        "number": "1,234,567",
        "amount": "1,250,000.50",
        "currency": "$1,250,000.50",
        "sizes": ["1 byte", "3 bytes", "512 bytes", "34 KB", "25.3 MB", "3 GB"],
        "date": "12/3/2026",
        "datetime": "12/3/2026 2:05 PM",
    },
}
LOCALES = {"ru": "ru_RU", "pl": "pl_PL", "en": "en_US"}
SIGNS = {"ru": "₽", "pl": "zł", "en": "$"}
SIZES = [1, 3, 512, 34 * 1024, 26_528_972, 3 * 1024**3]


@pytest.mark.parametrize("language", ["ru", "pl", "en"])
def test_each_formatter_in_the_language(qapp: QApplication, language: str) -> None:
    expected, locale = EXPECTED[language], QLocale(LOCALES[language])
    with interface_language(language):
        assert format_number(1_234_567, locale=locale) == expected["number"]
        assert format_amount(Decimal("1250000.50"), locale=locale) == expected["amount"]
        assert format_amount(Decimal("1250000.5"), SIGNS[language], locale) == expected["currency"]
        assert [format_size(n, locale) for n in SIZES] == expected["sizes"]
        assert format_date(date(2026, 12, 3), locale) == expected["date"]
        moment = datetime(2026, 12, 3, 14, 5)
        # newer Qt puts a narrow no-break space before PM
        assert format_datetime(moment, locale).replace("\u202f", " ") == expected["datetime"]


def test_the_default_locale_is_the_chosen_language(qapp: QApplication) -> None:
    """Without an explicit locale the formatters follow the language installed for the window."""
    with interface_language("ru"):
        assert format_amount(Decimal("1000")) == f"1{NBSP}000,00"
        assert format_date(date(2026, 1, 5)) == "05.01.2026"
    with interface_language("en"):
        assert format_amount(Decimal("1000")) == "1,000.00"


def test_nothing_is_an_empty_text() -> None:
    assert format_amount(None) == format_date(None) == format_datetime(None) == ""


def test_date_edits_display_the_language_s_patterns_with_a_four_digit_year() -> None:
    patterns = {lang: date_pattern(QLocale(name)) for lang, name in LOCALES.items()}
    assert patterns == {"ru": "dd.MM.yyyy", "pl": "d.MM.yyyy", "en": "M/d/yyyy"}
    assert datetime_pattern(QLocale("ru_RU")) == "dd.MM.yyyy HH:mm"
