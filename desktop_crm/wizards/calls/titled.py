"""A call log whose table starts below title lines ("Журнал звонков за 01.01.2024–31.01.2024",
the account, a blank line): the header is the first of the top rows whose names place a call
(a date and a number). The client import's readers look for a header naming card fields; this
looks for one naming call fields, over the same reader opened without a header."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from desktop_crm.wizards.calls.fields import missing_fields, suggest_call_mapping
from desktop_crm.wizards.importing.sources.base import Source, SourceRow, clean_headers

TITLE_ROWS = 15  # title lines a report may have above its table


class HeaderBelow(Source):
    """`bare` (opened without a header) read from below its header row `header`."""

    def __init__(self, bare: Source, header: SourceRow) -> None:
        self._bare = bare
        self._header_number = header.number
        self.headers = clean_headers(list(header.cells))
        self.info = replace(bare.info, has_header=True, header_row=header.number)

    def rows(self) -> Iterator[SourceRow]:
        for row in self._bare.rows():
            if row.number > self._header_number:
                yield row

    def close(self) -> None:
        self._bare.close()


def header_below_titles(bare: Source) -> SourceRow | None:
    """The first top row that names a call's date and number, or None."""
    for row in bare.preview(TITLE_ROWS):
        texts = [cell if isinstance(cell, str) else "" for cell in row.cells]
        if not missing_fields(suggest_call_mapping(texts)):
            return row
    return None
