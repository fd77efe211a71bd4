"""Turning cell text into typed values: dates (DD.MM.YYYY, ISO, Excel serial numbers, real date
cells), money amounts and yes/no. Each parser raises `ValueError` with a short reason."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation

_DMY = re.compile(r"^(\d{1,2})[./-](\d{1,2})[./-](\d{2}|\d{4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}.*)?$")
_BASIC = re.compile(r"^(\d{4})(\d{2})(\d{2})(?:T[\d:]+Z?)?$")  # vCard: 19800101
_YEARLESS = re.compile(r"^--(\d{2})-?(\d{2})$")
_SERIAL = re.compile(r"^\d{3,5}(?:\.\d+)?$")
_EXCEL_EPOCH = date(1899, 12, 30)
_CURRENCY = re.compile(r"(?i)(руб\.?|р\.|₽|rub|pln|zł|zl|usd|eur|\$|€|£)")


class YearlessDate(ValueError):
    """A birthday with day and month only (Google, vCard `--MM-DD`): there is no year to store."""


def parse_date(value: object) -> date:
    """A date from a cell: a date cell, DD.MM.YYYY (also with / or -), ISO, or an Excel serial."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    if match := _DMY.match(text):
        day, month, year = (int(g) for g in match.groups())
        if len(match.group(3)) == 2:
            year += 2000 if year <= date.today().year % 100 else 1900
        if month > 12 and day <= 12:  # 12/31/1990 written the US way
            day, month = month, day
        return _checked(year, month, day, text)
    if match := _ISO.match(text):
        year, month, day = (int(g) for g in match.groups())
        return _checked(year, month, day, text)
    if match := _BASIC.match(text):
        year, month, day = (int(g) for g in match.groups())
        return _checked(year, month, day, text)
    if _YEARLESS.match(text):
        raise YearlessDate(f"{text!r} has no year")
    if _SERIAL.match(text):
        serial = float(text)
        if 1 <= serial < 80_000:  # Excel day numbers from 1900 to 2118
            return _EXCEL_EPOCH + timedelta(days=int(serial))
    raise ValueError(f"{text!r} is not a date (write DD.MM.YYYY)")


def _checked(year: int, month: int, day: int, text: str) -> date:
    try:
        result = date(year, month, day)
    except ValueError:
        raise ValueError(f"{text!r} is not a real date") from None
    if not 1800 <= year <= 2200:
        raise ValueError(f"{text!r} has an impossible year")
    return result


def parse_money(value: object) -> Decimal:
    """An amount like "1 000,50", "1,000.50", "1000 руб." as a Decimal with two places."""
    text = _CURRENCY.sub("", str(value)).replace("\u00a0", "").replace(" ", "").replace("'", "")
    if not text:
        raise ValueError("empty amount")
    if "," in text and "." in text:
        if text.rfind(",") > text.rfind("."):
            text = text.replace(".", "").replace(",", ".")
        else:
            text = text.replace(",", "")
    elif "," in text:
        parts = text.split(",")
        if len(parts) > 2 or (len(parts[1]) == 3 and parts[0].lstrip("-") not in ("", "0")):
            text = text.replace(",", "")  # 1,000 or 1,000,000: thousands
        else:
            text = text.replace(",", ".")
    try:
        amount = Decimal(text).quantize(Decimal("0.01"))
    except InvalidOperation:
        raise ValueError(f"{value!r} is not an amount") from None
    if abs(amount) >= Decimal(10) ** 12:
        raise ValueError(f"{value!r} is too large an amount")
    return amount


_TRUE = {"1", "true", "yes", "y", "да", "д", "tak", "t", "+", "x", "v", "✓", "истина"}
_FALSE = {"0", "false", "no", "n", "нет", "н", "nie", "-", "ложь", ""}


def parse_bool(value: object) -> bool:
    text = str(value).strip().casefold()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise ValueError(f"{value!r} is not yes or no")


def parse_number(value: object) -> str:
    """A number for a custom field, as text without thousands separators ("1 234,5" -> "1234.5")."""
    text = str(value).replace("\u00a0", "").replace(" ", "")
    if text.count(",") == 1 and "." not in text:
        text = text.replace(",", ".")
    try:
        number = Decimal(text)
    except InvalidOperation:
        raise ValueError(f"{value!r} is not a number") from None
    if not number.is_finite():
        raise ValueError(f"{value!r} is not a number")
    return format(number.normalize(), "f") if number == number.to_integral() else str(number)
