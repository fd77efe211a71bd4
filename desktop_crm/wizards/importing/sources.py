"""Opening what a client base comes in (IMP-1): a file (csv/txt, xlsx/xls/ods, vCard), pasted
text, or standard input. Every kind becomes a `Source`: column names plus an iterator of rows,
re-readable, so the dialog can preview and the import can stream the same data.

The kind is told by the content, not the file name: a text file renamed to .xlsx is refused
with a sentence instead of a parser's traceback.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from typing import NamedTuple

from desktop_crm.errors import Code, ImportFileError

# A value as it comes out of a source: text, or a real date from a spreadsheet cell.
Cell = str | date | datetime | None

# Excel's own limit for one cell; anything longer is not a table a person made.
MAX_CELL_CHARS = 32_767
# More columns than this is not a client list (Excel's limit is 16,384).
MAX_COLUMNS = 2_000

SPREADSHEET_KINDS = ("xlsx", "xls", "ods")
TEXT_SUFFIXES = {".csv", ".txt", ".tsv", ".tab", ".text", ""}


class SourceRow(NamedTuple):
    number: int  # 1-based row number as a person counts it in the file (the header is row 1)
    cells: list[Cell]


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
        text = "" if cell is None else str(cell).strip()
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


def _sniff_kind(path: Path, head: bytes) -> str:
    suffix = path.suffix.lower()
    if head.startswith(b"PK\x03\x04"):
        return "zip"
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        return "xls"
    stripped = head.lstrip(b"\xef\xbb\xbf\xff\xfe\x00 \r\n\t")
    if suffix == ".vcf" or stripped[:32].replace(b"\x00", b"").upper().startswith(b"BEGIN:VCARD"):
        return "vcard"
    if suffix in (".xlsx", ".xlsm", ".xls", ".ods"):
        raise ImportFileError(Code.NOT_A_SPREADSHEET, source=path.name)
    return "csv"


def open_source(
    path: str | Path | None = None,
    *,
    text: str | None = None,
    data: bytes | None = None,
    name: str | None = None,
    options: SourceOptions | None = None,
) -> Source:
    """Open a file (`path`), pasted text (`text`) or raw bytes (`data`, e.g. standard input).

    Raises `ImportFileError` with one sentence when the file cannot be read as a table, and
    `ImportSettingsError` for an impossible option (unknown sheet or encoding).
    """
    from desktop_crm.wizards.importing.delimited import DelimitedSource
    from desktop_crm.wizards.importing.spreadsheet import open_workbook
    from desktop_crm.wizards.importing.vcard import VCardSource

    options = options or SourceOptions()
    if text is not None:
        return DelimitedSource.from_text(text, name or "pasted text", options)
    if data is not None:
        label = name or "standard input"
        if data.startswith(b"PK\x03\x04") or data.startswith(b"\xd0\xcf\x11\xe0"):
            raise ImportFileError(Code.WORKBOOK_ON_INPUT, source=label)
        if data.lstrip(b"\xef\xbb\xbf \r\n\t").upper().startswith(b"BEGIN:VCARD"):
            return VCardSource(data, label, options)
        return DelimitedSource.from_bytes(data, label, options)
    if path is None:
        raise ValueError("open_source needs a path, text or data")
    path = Path(path)
    if not path.exists():
        raise ImportFileError(Code.FILE_MISSING, path=str(path))
    if path.is_dir():
        raise ImportFileError(Code.FILE_IS_FOLDER, path=str(path))
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            head = fh.read(4096)
    except OSError as exc:
        raise ImportFileError(
            Code.IMPORT_UNREADABLE, path=str(path), reason=exc.strerror, errno=exc.errno
        ) from exc
    if size == 0:
        raise ImportFileError(Code.SOURCE_EMPTY, source=path.name)
    kind = _sniff_kind(path, head)
    if kind in ("zip", "xls"):
        return open_workbook(path, kind, options)
    if kind == "vcard":
        return VCardSource(path.read_bytes(), path.name, options)
    return DelimitedSource.from_path(path, options)


def with_options(options: SourceOptions, **changes: object) -> SourceOptions:
    return replace(options, **changes)  # type: ignore[arg-type]
