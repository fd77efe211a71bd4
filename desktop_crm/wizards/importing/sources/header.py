"""Which of a table's first rows is its header.

Reports exported from accounting and CRM programs often open with title lines ("Список
клиентов на 01.11.2024", a department, a blank line) above the table. The header is the row
that names the most card fields; a later row must name two at least, since a client's row may
hold a word like "Телефон". When no later row does, the first row stays the header, as before,
and its columns are matched by hand.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from desktop_crm.fields import field_catalog
from desktop_crm.wizards.importing.mapping import suggest_mapping

HEADER_SEARCH_ROWS = 15  # title lines a report may have above its table


def header_row_index(rows: Sequence[Sequence[Any]]) -> int:
    """The index in `rows` of the header."""
    catalog = field_catalog()
    best, best_count = 0, 0
    for index, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        texts = [v if isinstance(v, str) else "" for v in row]  # a header is text
        if not any(t.strip() for t in texts):
            continue
        count = len(suggest_mapping(texts, catalog)[0].columns)
        if count > best_count and (index == 0 or count >= 2):
            best, best_count = index, count
    return best
