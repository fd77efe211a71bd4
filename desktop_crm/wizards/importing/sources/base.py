"""What every reader gives (IMP-1): a `Source`, column names plus an iterator of rows,
re-readable, so the dialog can preview and the import can stream the same data; and the checks
every reader makes of a row."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from typing import NamedTuple

from desktop_crm.errors import Code, ImportFileError
from desktop_crm.text import clean_file_name

# A value as it comes out of a source: text, or a real date from a spreadsheet cell.
Cell = str | date | datetime | None

# Excel's own limit for one cell; anything longer is not a table a person made.
MAX_CELL_CHARS = 32_767
# More columns than this is not a client list (Excel's limit is 16,384).
MAX_COLUMNS = 2_000


class SourceRow(NamedTuple):
    number: int  # 1-based row number as a person counts it in the file (the header is row 1)
    cells: list[Cell]
    problem: str | None = None  # the reader found the row malformed: it fails with this


@dataclass(frozen=True)
class SourceOptions:
    """How to read a source; "auto" / None means detect."""

    encoding: str = "auto"
    delimiter: str = "auto"  # auto , ; tab space | or one character
    sheet: str | None = None
    has_header: bool = True


@dataclass(frozen=True)
class SourceInfo:
    """What was detected, for the dialog to show and the job settings to record."""

    kind: str  # csv | xlsx | xls | ods | vcard
    name: str  # file name, "pasted text" or "standard input"
    encoding: str | None = None
    delimiter: str | None = None
    sheet: str | None = None
    sheets: tuple[str, ...] = ()
    has_header: bool = True
    estimated_rows: int | None = None
    header_row: int | None = 1  # the header's row number (a workbook's may follow a title)


class Source:
    """A table to import: `headers`, `info`, and `rows()` that can be called again."""

    info: SourceInfo
    headers: list[str]
    empty_rows = 0  # empty rows `rows()` passed over without yielding them (so far)

    def rows(self) -> Iterator[SourceRow]:
        raise NotImplementedError

    def preview(self, count: int = 20) -> list[SourceRow]:
        out: list[SourceRow] = []
        for row in self.rows():
            out.append(row)
            if len(out) >= count:
                break
        return out

    def close(self) -> None:
        pass

    def __enter__(self) -> Source:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def default_headers(count: int) -> list[str]:
    return [f"Column {i + 1}" for i in range(count)]


def clean_headers(cells: list[Cell]) -> list[str]:
    """Column names from a header row; blank ones get "Column N"."""
    out = []
    for i, cell in enumerate(cells):
        text = "" if cell is None else clean_file_name(str(cell))  # one line, storable
        out.append(text or f"Column {i + 1}")
    return out


def check_row(number: int, cells: list[Cell]) -> None:
    """Refuse hostile or broken rows before they reach the database."""
    if len(cells) > MAX_COLUMNS:
        raise ImportFileError(
            Code.TOO_MANY_COLUMNS, row=number, columns=len(cells), max_columns=MAX_COLUMNS
        )
    for cell in cells:
        if isinstance(cell, str) and len(cell) > MAX_CELL_CHARS:
            raise ImportFileError(
                Code.CELL_TOO_LONG, row=number, length=len(cell), max_length=MAX_CELL_CHARS
            )
