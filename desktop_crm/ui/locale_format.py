"""Numbers, money, file sizes and dates as the user's locale writes them (PKG-2).

The locale is Qt's default one, which `app.install_translations` sets from the language chosen
in Preferences or, without a choice, from the system: 1 234 567,50 in Russian and Polish,
1,234,567.50 in English. Each function takes an explicit `locale` for tests and previews.
Dates keep a four-digit year in every language (Qt's short formats shorten it to two in
English: 12/3/26 reads ambiguously in a client base that spans decades).
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QObject, QTime

from desktop_crm.ui.translation_marks import QT_TRANSLATE_NOOP

KB = 1024
UNITS = (  # the largest first; "%1" is the number
    (KB**3, QT_TRANSLATE_NOOP("LocaleFormat", "%1 GB")),
    (KB**2, QT_TRANSLATE_NOOP("LocaleFormat", "%1 MB")),
    (KB, QT_TRANSLATE_NOOP("LocaleFormat", "%1 KB")),
)


class LocaleFormat(QObject):
    """The words of the formats, under this context for the translation tools (which read a
    plural form from `tr`, not from `QCoreApplication.translate`)."""

    def bytes(self, count: int) -> str:
        return self.tr("%n byte(s)", "", count)


_WORDS = LocaleFormat()


def _locale(locale: QLocale | None) -> QLocale:
    return locale if locale is not None else QLocale()


def _four_digit_year(pattern: str) -> str:
    return pattern if "yyyy" in pattern else pattern.replace("yy", "yyyy")


def format_number(
    value: int | float | Decimal, decimals: int = 0, locale: QLocale | None = None
) -> str:
    """1 234 567 (ru, pl) or 1,234,567 (en); `decimals` places after the separator."""
    if decimals == 0 and isinstance(value, int):
        return _locale(locale).toString(value)
    return _locale(locale).toString(float(value), "f", decimals)


def format_amount(
    value: int | float | Decimal | None, currency: str = "", locale: QLocale | None = None
) -> str:
    """A money amount with two places: 1 250 000,00 (ru, pl), 1,250,000.00 (en); with the
    currency's code or sign where the locale puts it. None: an empty text."""
    if value is None:
        return ""
    if currency:
        return _locale(locale).toCurrencyString(float(value), currency, 2)
    return format_number(value, 2, locale)


def format_size(size: int, locale: QLocale | None = None) -> str:
    """A file size as a person reads it: 512 bytes, 34 KB, 25,3 MB (binary units)."""
    if size < KB:
        return _WORDS.bytes(size).replace(str(size), format_number(size, 0, locale))
    for scale, unit in UNITS:
        if size >= scale:
            shown = round(size / scale, 1)
            decimals = 0 if shown == int(shown) else 1
            number = format_number(shown, decimals, locale)
            return QCoreApplication.translate("LocaleFormat", unit).replace("%1", number)
    raise AssertionError("unreachable: KB is the smallest unit")  # pragma: no cover


def date_pattern(locale: QLocale | None = None) -> str:
    """The locale's short date pattern with a four-digit year: dd.MM.yyyy (ru), M/d/yyyy (en);
    also what date edits display."""
    return _four_digit_year(_locale(locale).dateFormat(QLocale.FormatType.ShortFormat))


def datetime_pattern(locale: QLocale | None = None) -> str:
    """The same for a date and time: dd.MM.yyyy HH:mm (ru), M/d/yyyy h:mm AP (en)."""
    return _four_digit_year(_locale(locale).dateTimeFormat(QLocale.FormatType.ShortFormat))


def format_date(value: date | None, locale: QLocale | None = None) -> str:
    """03.12.2026 (ru), 3.12.2026 (pl), 12/3/2026 (en); None: an empty text."""
    if value is None:
        return ""
    loc = _locale(locale)
    return loc.toString(QDate(value.year, value.month, value.day), date_pattern(loc))


def format_datetime(value: datetime | None, locale: QLocale | None = None) -> str:
    """03.12.2026 14:05 (ru), 12/3/2026 2:05 PM (en): the moment as given (convert a stored
    UTC time to local time first); None: an empty text."""
    if value is None:
        return ""
    loc = _locale(locale)
    moment = QDateTime(
        QDate(value.year, value.month, value.day), QTime(value.hour, value.minute, value.second)
    )
    return loc.toString(moment, datetime_pattern(loc))


def local_time(moment: datetime) -> str:
    """A stored time (naive values are UTC) in the user's time zone and locale."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return format_datetime(moment.astimezone())


def format_decimal(value: Decimal, locale: QLocale | None = None) -> str:
    """A stored number with the places it was stored with: 1 250 000,00 (ru), 12.5 (en)."""
    exponent = value.as_tuple().exponent
    places = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    return format_number(value, places, locale)


__all__ = [
    "date_pattern",
    "datetime_pattern",
    "format_amount",
    "format_date",
    "format_datetime",
    "format_decimal",
    "format_number",
    "format_size",
    "local_time",
]
