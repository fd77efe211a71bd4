"""How a client's row reads in a cell of the list, and the tip that shows what a narrow cell
hides."""

from __future__ import annotations

from desktop_crm.services.client_rows import ClientRow
from desktop_crm.services.phones import format_phone
from desktop_crm.ui.words import kind_word, stage_word

LONG_TEXT = 30  # characters: a longer value gets its tip


def cell_text(row: ClientRow, key: str) -> str:
    if key == "stage":
        return stage_word(row.stage)
    if key == "kind":
        return kind_word(row.kind)
    return row.values.get(key, "")


def tooltip(row: ClientRow, key: str) -> str | None:
    """Every phone or email of the client, or a long value in full."""
    if key == "phone" and len(row.phones) > 1:
        return "\n".join(format_phone(p) for p in row.phones)
    if key == "email" and len(row.emails) > 1:
        return "\n".join(row.emails)
    text = row.values.get(key, "")
    return text if len(text) > LONG_TEXT else None
