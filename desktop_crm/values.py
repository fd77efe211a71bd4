"""Typed values from what a person typed or a file held: dates, numbers, money, yes/no, choices,
and a custom field's stored text.

One set of parsers for the card, the import and custom fields, so a value passes or fails the
same way on every path. Each raises `InvalidValue` (a `ValueError` with a code and the value:
"'31.02.2024' is not a date; the month has no such day."); the card wraps it in the field's
`ValidationError`, the import makes it a failed row. Custom values are stored in one
canonical text per kind: numbers as plain decimals ("1234.5"), dates as ISO ("1985-03-12"),
yes/no as "true"/"false", a choice as defined.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from decimal import Decimal, InvalidOperation

from desktop_crm.errors import Code, InvalidValue
from desktop_crm.fields import BOOL, CHOICE, DATE, NUMBER

_DMY = re.compile(r"^(\d{1,2})[./-](\d{1,2})[./-](\d{2}|\d{4})(?:[T ]\d{1,2}:\d{2}(?::\d{2})?)?$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}.*)?$")
_BASIC = re.compile(r"^(\d{4})(\d{2})(\d{2})(?:T[\d:]+Z?)?$")  # vCard: 19800101
_YEARLESS = re.compile(r"^--(\d{2})-?(\d{2})$")
# Five digits only: four may be a year ("1990"), which as an Excel day number is 1905.
_SERIAL = re.compile(r"^\d{5}(?:\.\d+)?$")
_EXCEL_EPOCH = date(1899, 12, 30)
_FIRST_YEAR = 1000  # 01.01.0001 is how some systems write "no date"
_CURRENCY = re.compile(r"(?i)(руб\.?|р\.|₽|rub|pln|zł|zl|usd|eur|\$|€|£)")
_DIGIT_GROUPING = re.compile(r"[\s\u00a0\u202f']")
_MONEY_LIMIT = Decimal(10) ** 12  # Numeric(14, 2)
_CENTS = Decimal("0.01")

_TRUE = frozenset(
    ["1", "true", "yes", "y", "on", "да", "д", "истина", "tak", "t", "+", "x", "v", "✓"]
)
_FALSE = frozenset(["0", "false", "no", "n", "off", "нет", "н", "ложь", "nie", "-"])


class YearlessDate(InvalidValue):
    """A birthday with day and month only (Google, vCard `--MM-DD`): there is no year to store."""


def parse_date(value: object) -> date:
    """A date: a date cell, DD.MM.YYYY (also with / or -, a two-digit year, a time after it,
    or written the US way when the month cannot be a month), ISO, YYYYMMDD, or an Excel day
    number of five digits."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    if match := _DMY.match(text):
        day, month, year = (int(g) for g in match.groups())
        if len(match.group(3)) == 2:
            year += 2000 if year <= date.today().year % 100 else 1900
        if month > 12 and day <= 12:  # 12/31/1990: only the US reading is a date
            day, month = month, day
        return _checked(year, month, day, text)
    if match := _ISO.match(text) or _BASIC.match(text):
        year, month, day = (int(g) for g in match.groups())
        return _checked(year, month, day, text)
    if _YEARLESS.match(text):
        raise YearlessDate(Code.DATE_NO_YEAR, value=text)
    if _SERIAL.match(text) and float(text) < 80_000:  # Excel day numbers up to 2118
        return _EXCEL_EPOCH + timedelta(days=int(float(text)))
    raise InvalidValue(Code.NOT_A_DATE, value=text)


def _checked(year: int, month: int, day: int, text: str) -> date:
    try:
        result = date(year, month, day)
    except ValueError:
        raise InvalidValue(Code.DATE_NO_SUCH_DAY, value=text) from None
    if year < _FIRST_YEAR:
        raise InvalidValue(Code.DATE_BAD_YEAR, value=text)
    return result


def parse_birth_date(value: object) -> date:
    """A birth date: a date, neither in the future nor before 1900."""
    born = parse_date(value)
    if born > date.today():
        raise InvalidValue(Code.DATE_IN_FUTURE, value=born)
    if born.year < 1900:
        raise InvalidValue(Code.DATE_TOO_OLD, value=born)
    return born


def _decimal(text: str, *, comma_groups: bool) -> Decimal | None:
    """`text` without its digit grouping as a Decimal; None when it is not a number.

    With both a comma and a dot the later one is the decimal mark ("1.234,5", "1,234.5");
    a mark written twice groups digits ("1,000,000"). A single comma is a decimal comma,
    unless `comma_groups` and three digits follow it ("1,000" of money is a thousand)."""
    text = _DIGIT_GROUPING.sub("", text)
    if "," in text and "." in text:
        mark, group = (",", ".") if text.rfind(",") > text.rfind(".") else (".", ",")
        text = text.replace(group, "").replace(mark, ".")
    elif text.count(",") > 1 or text.count(".") > 1:
        text = text.replace(",", "").replace(".", "")
    elif "," in text:
        whole, fraction = text.split(",")
        thousands = comma_groups and len(fraction) == 3 and whole.lstrip("-") not in ("", "0")
        text = whole + fraction if thousands else f"{whole}.{fraction}"
    try:
        number = Decimal(text)
    except InvalidOperation:
        return None
    return number if number.is_finite() else None


def parse_number(value: object) -> Decimal:
    """A number typed with digit grouping or a decimal comma: "1 234,5" -> Decimal("1234.5")."""
    number = _decimal(str(value), comma_groups=False)
    if number is None:
        raise InvalidValue(Code.NOT_A_NUMBER, value=str(value).strip())
    return number


def number_text(number: Decimal) -> str:
    """A number's stored text: plain decimals, no exponent, no trailing zeros ("1234.5")."""
    return format(number.normalize(), "f")


def parse_money(value: object) -> Decimal:
    """An amount like "1 000,50", "1,000.50", "1000 руб." with two decimal places; never below
    zero (an expected revenue is the only amount a card has)."""
    text = _CURRENCY.sub("", str(value)).strip()
    amount = _decimal(text, comma_groups=True) if text else None
    if amount is None:
        raise InvalidValue(Code.NOT_A_NUMBER, value=str(value).strip())
    amount = amount.quantize(_CENTS)
    if amount < 0:
        raise InvalidValue(Code.VALUE_NEGATIVE, value=str(value).strip())
    if amount >= _MONEY_LIMIT:
        raise InvalidValue(Code.VALUE_TOO_LARGE, value=str(value).strip())
    return amount


def parse_bool(value: object) -> bool:
    """Yes or no, in English, Russian or Polish, as a word, a letter, a digit or a mark."""
    text = str(value).strip().casefold()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise InvalidValue(Code.NOT_YES_NO, value=str(value).strip())


def parse_choice(value: object, choices: Sequence[str]) -> str:
    """One of `choices`, whatever its case, spelled as defined."""
    text = str(value).strip()
    for choice in choices:
        if str(choice).casefold() == text.casefold():
            return str(choice)
    raise InvalidValue(Code.NOT_A_CHOICE, value=text, allowed=", ".join(str(c) for c in choices))


def parse_custom(kind: str, value: object, choices: Sequence[str] = ()) -> str | None:
    """The stored text of a custom field of type `kind` for `value`; None when it is empty."""
    if value is None:
        return None
    if kind == DATE and isinstance(value, date):
        return parse_date(value).isoformat()
    text = str(value).strip()
    if not text:
        return None
    if kind == NUMBER:
        return number_text(parse_number(text))
    if kind == DATE:
        return parse_date(text).isoformat()
    if kind == BOOL:
        return "true" if parse_bool(text) else "false"
    if kind == CHOICE:
        return parse_choice(text, choices)
    return text


_CLOCK = re.compile(r"^(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?$")
_OFFSET = re.compile(r"(?:Z|[+-]\d{2}:?\d{2})$")
_SPLIT_DATE_TIME = re.compile(r"^(\S+?)(?:[T ,]+|(?<=\d)T)(\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?)$")


def parse_time(value: object) -> time:
    """A time of day: HH:MM or HH:MM:SS (a fraction of a second is dropped)."""
    if isinstance(value, time):
        return value.replace(microsecond=0)
    text = str(value).strip()
    match = _CLOCK.match(text)
    if match is None:
        raise InvalidValue(Code.CALLS_NOT_A_DATETIME, value=text)
    hour, minute, second = int(match[1]), int(match[2]), int(match[3] or 0)
    if hour > 23 or minute > 59 or second > 59:
        raise InvalidValue(Code.CALLS_NOT_A_DATETIME, value=text)
    return time(hour, minute, second)


def parse_datetime(value: object) -> datetime:
    """A date with a time of day: a cell's datetime, DD.MM.YYYY HH:MM[:SS], ISO (with a T, a
    fraction, which is dropped, and an offset: then the result is aware), or an Excel day
    number with a fraction. A date alone is midnight."""
    if isinstance(value, datetime):
        return value
    if isinstance(value, date):
        return datetime.combine(value, time(0))
    text = str(value).strip()
    if text[4:5] == "-" and text[:4].isdigit():  # ISO, as phone systems write: the C parser
        try:
            return datetime.fromisoformat(text.replace("Z", "+00:00")).replace(microsecond=0)
        except ValueError:
            pass  # "2024-1-5 9:30" and the like: the general rules below
    if "T" in text or _OFFSET.search(text):
        try:
            return datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:
            raise InvalidValue(Code.CALLS_NOT_A_DATETIME, value=text) from None
    if _SERIAL.match(text) and float(text) < 80_000:
        return datetime.combine(_EXCEL_EPOCH, time(0)) + timedelta(days=float(text))
    match = _SPLIT_DATE_TIME.match(text)
    try:
        if match is None:
            return datetime.combine(parse_date(text), time(0))
        return datetime.combine(parse_date(match[1]), parse_time(match[2]))
    except InvalidValue as exc:
        raise InvalidValue(Code.CALLS_NOT_A_DATETIME, value=text) from exc
