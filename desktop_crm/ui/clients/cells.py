"""How a client's row reads in a cell of the list, and the tip that shows what a narrow cell
hides."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from desktop_crm.services.client_rows import CellValue, ClientRow
from desktop_crm.services.phones import format_phone
from desktop_crm.ui.locale_format import format_date, format_decimal, local_time
from desktop_crm.ui.words import kind_word, stage_word

LONG_TEXT = 30  # characters: a longer value gets its tip


def cell_text(row: ClientRow, key: str) -> str:
    if key == "stage":
        return stage_word(row.stage)
    if key == "kind":
        return kind_word(row.kind)
    return shown(row.value(key))


def shown(value: CellValue) -> str:
    """A date, time or number as the user's locale writes it."""
    if isinstance(value, datetime):  # before date: a datetime is a date too
        return local_time(value)
    if isinstance(value, date):
        return format_date(value)
    if isinstance(value, Decimal):
        return format_decimal(value)
    return value or ""


def tooltip(row: ClientRow, key: str) -> str | None:
    """Every phone or email of the client, or a long value in full."""
    if key == "phone" and len(row.phones) > 1:
        return "\n".join(format_phone(p) for p in row.phones)
    if key == "email" and len(row.emails) > 1:
        return "\n".join(row.emails)
    text = cell_text(row, key)
    return text if len(text) > LONG_TEXT else None
