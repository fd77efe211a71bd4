"""xlsx, xls and ods workbooks read with python-calamine (about 11x faster than openpyxl's
read-only mode). Numbers that hold phones come out as digits ("79161234567", never "7.9E10" or
"...0"), date cells as dates. A zip whose unpacked size or compression ratio is absurd is
refused before anything is unpacked.

Without `--sheet`, the first visible sheet that holds anything is read (a hidden service sheet
first in the book is passed over). Title lines above the table are passed over (`header.py`)."""

from __future__ import annotations

import contextlib
import zipfile
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from python_calamine import CalamineWorkbook, SheetTypeEnum, SheetVisibleEnum

from desktop_crm.errors import Code, ImportFileError, ImportSettingsError
from desktop_crm.wizards.importing.sources.base import (
    Cell,
    Source,
    SourceInfo,
    SourceOptions,
    SourceRow,
    check_row,
    clean_headers,
    default_headers,
)
from desktop_crm.wizards.importing.sources.header import header_row_index

# A real 1,000,000-row sheet unpacks to a few hundred MB at ratios around 10-20.
MAX_UNPACKED_BYTES = 1_500_000_000
MAX_RATIO = 200
RATIO_CHECK_ABOVE = 20_000_000  # small members may compress extremely well (shared strings)


def check_zip(path: Path) -> str:
    """The kind of a zip workbook (xlsx | ods); `ImportFileError` for a bomb or a damaged one."""
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            names = {m.filename for m in members}
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        raise ImportFileError(Code.WORKBOOK_DAMAGED, source=path.name) from exc
    unpacked = sum(m.file_size for m in members)
    packed = sum(m.compress_size for m in members) or 1
    if unpacked > MAX_UNPACKED_BYTES:
        raise ImportFileError(Code.WORKBOOK_TOO_BIG, source=path.name, gigabytes=unpacked / 1e9)
    for member in members:
        ratio = member.file_size / max(1, member.compress_size)
        if member.file_size > RATIO_CHECK_ABOVE and ratio > MAX_RATIO:
            raise ImportFileError(Code.WORKBOOK_PART_BOMB, source=path.name, ratio=ratio)
    if unpacked > RATIO_CHECK_ABOVE and unpacked / packed > MAX_RATIO:
        raise ImportFileError(Code.WORKBOOK_BOMB, source=path.name, ratio=unpacked / packed)
    if "xl/workbook.xml" in names or any(n.startswith("xl/worksheets/") for n in names):
        return "xlsx"
    if "content.xml" in names:
        return "ods"
    raise ImportFileError(Code.ZIP_NOT_WORKBOOK, source=path.name)


def cell_value(value: Any) -> Cell:
    """A calamine value as import text, or a date."""
    if value is None or value == "":
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e17:
            return str(int(value))
        return f"{value:.15g}"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, datetime):
        return value.date() if value.time() == time(0) else value
    if isinstance(value, date):
        return value
    if isinstance(value, timedelta | time):
        return str(value)
    return str(value)


class WorkbookSource(Source):
    def __init__(self, path: Path, kind: str, options: SourceOptions) -> None:
        try:
            self._book = CalamineWorkbook.from_path(str(path))
        except Exception as exc:  # calamine raises its own exception types for broken files
            raise ImportFileError(
                Code.WORKBOOK_UNREADABLE,
                source=path.name,
                kind=kind,
                detail=str(exc).splitlines()[0] if str(exc) else type(exc).__name__,
            ) from exc
        sheets = tuple(self._book.sheet_names)
        self._name = path.name
        self._has_header = options.has_header
        if options.sheet:
            if options.sheet not in sheets:
                raise ImportSettingsError(
                    Code.SHEET_UNKNOWN,
                    source=path.name,
                    sheet=options.sheet,
                    sheets=", ".join(sheets),
                )
            sheet: str | None = options.sheet
            self._data = self._load(options.sheet)
        else:
            sheet, self._data = self._first_non_empty(sheets)
        if not self._data:
            raise ImportFileError(Code.WORKBOOK_EMPTY, source=path.name)
        self._first = 0  # the index of the first row of clients
        if self._has_header:
            header = header_row_index(self._data)
            self.headers = clean_headers([cell_value(c) for c in self._data[header]])
            self._first = header + 1
            if not any(_filled(r) for r in self._data[self._first :]):
                raise ImportFileError(Code.HEADER_ONLY, source=path.name)
        else:
            self.headers = default_headers(max(len(r) for r in self._data[:100]))
        self.info = SourceInfo(
            kind=kind,
            name=path.name,
            sheet=sheet,
            sheets=sheets,
            has_header=self._has_header,
            estimated_rows=sum(1 for r in self._data[self._first :] if _filled(r)),
            header_row=self._first if self._has_header else None,
        )

    def _load(self, sheet: str) -> list[list[Any]]:
        try:
            data = self._book.get_sheet_by_name(sheet).to_python(skip_empty_area=False)
        except Exception as exc:
            raise ImportFileError(
                Code.SHEET_UNREADABLE,
                sheet=sheet,
                source=self._name,
                detail=str(exc).splitlines()[0] if str(exc) else type(exc).__name__,
            ) from exc
        while data and not _filled(data[-1]):
            data.pop()
        return data

    def _first_non_empty(self, sheets: tuple[str, ...]) -> tuple[str | None, list[list[Any]]]:
        hidden = self._hidden_sheets()
        for sheet in sorted(sheets, key=lambda name: name in hidden):
            data = self._load(sheet)
            if any(_filled(r) for r in data):
                return sheet, data
        return (sheets[0] if sheets else None), []

    def _hidden_sheets(self) -> set[str]:
        """Sheets hidden (or very hidden) in Excel, and chart sheets: read last."""
        try:
            metadata = self._book.sheets_metadata
        except Exception:  # a book without the information
            return set()
        return {
            m.name
            for m in metadata
            if m.visible != SheetVisibleEnum.Visible or m.typ != SheetTypeEnum.WorkSheet
        }

    def rows(self) -> Iterator[SourceRow]:
        """The rows that hold anything; empty ones (a sheet whose one far cell stretches it to
        row 1,048,576) are counted in `empty_rows`, not yielded one by one."""
        self.empty_rows = 0
        data = self._data
        for index in range(self._first, len(data)):
            if not _filled(data[index]):
                self.empty_rows += 1
                continue
            cells = [cell_value(v) for v in data[index]]
            check_row(index + 1, cells)
            yield SourceRow(index + 1, cells)

    def close(self) -> None:
        with contextlib.suppress(Exception):  # closed already
            self._book.close()


def _filled(row: list[Any]) -> bool:
    return any(v not in (None, "") for v in row)


def open_workbook(path: Path, sniffed: str, options: SourceOptions) -> WorkbookSource:
    kind = check_zip(path) if sniffed == "zip" else "xls"
    return WorkbookSource(path, kind, options)
