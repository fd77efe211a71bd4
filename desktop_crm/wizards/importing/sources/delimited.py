"""CSV and text tables separated by comma, semicolon, tab or space (IMP-1), streamed: rows are
read one at a time from the file, so memory does not grow with it. A first line `sep=;`, which
Excel writes and reads, declares the separator."""

from __future__ import annotations

import codecs
import csv
import io
import itertools
import re
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TextIO

from desktop_crm.errors import Code, ImportFileError, ImportSettingsError
from desktop_crm.services.formula_guard import unguard
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
from desktop_crm.wizards.importing.sources.encoding import check_encoding_name, detect_encoding
from desktop_crm.wizards.importing.sources.header import header_row_index

SAMPLE_BYTES = 1 << 20  # what encoding and delimiter detection look at
DELIMITERS = {
    "auto": None,
    ",": ",",
    ";": ";",
    "tab": "\t",
    "\t": "\t",
    "\\t": "\t",
    "space": " ",
    " ": " ",
    "|": "|",
}
DELIMITER_NAMES = {",": ",", ";": ";", "\t": "tab", " ": "space", "|": "|"}

# Our own cell limit is checked (with a clearer message) below this one.
csv.field_size_limit(4 * 1024 * 1024)


def parse_delimiter(value: str) -> str | None:
    if value in DELIMITERS:
        return DELIMITERS[value]
    if len(value) == 1 and value not in '"\r\n':
        return value
    raise ImportSettingsError(Code.SEPARATOR_INVALID, value=value)


_DECLARATION = re.compile(r"\ufeff?sep=(.)[ \t]*\r?(?:\n|$)", re.IGNORECASE)


def declared_delimiter(sample: str) -> str | None:
    """The separator of Excel's `sep=;` first line, if the text starts with one."""
    match = _DECLARATION.match(sample)
    return match.group(1) if match and match.group(1) not in '"\r\n' else None


def sniff_delimiter(sample: str) -> str:
    """The separator that splits the first lines into the same number (>1) of columns."""
    best, best_score = ",", 0.0
    lines = sample.splitlines(keepends=True)[:60]
    text = "".join(lines[:-1] if len(lines) > 1 else lines)
    for delimiter in (",", ";", "\t", "|", " "):
        reader = csv.reader(io.StringIO(text), delimiter=delimiter, skipinitialspace=True)
        try:
            widths = [len(r) for r in itertools.islice(reader, 50) if any(c.strip() for c in r)]
        except csv.Error:
            continue
        if not widths:
            continue
        width, freq = Counter(widths).most_common(1)[0]
        if width < 2:
            continue
        score = freq / len(widths) * (width**0.5)
        if delimiter == " ":
            score *= 0.5  # names hold spaces: a space separates columns only when nothing else does
        if score > best_score:
            best, best_score = delimiter, score
    return best


class DelimitedSource(Source):
    def __init__(
        self,
        opener: Callable[[], TextIO],
        name: str,
        encoding: str | None,
        options: SourceOptions,
        sample: str,
        estimated_lines: int | None,
    ) -> None:
        self._open = opener
        self._encoding = encoding
        chosen = parse_delimiter(options.delimiter)
        declared = declared_delimiter(sample)
        self._delimiter = chosen or declared or sniff_delimiter(sample)
        self._has_header = options.has_header
        lead = 1 if declared else 0  # the declaration line is no row of the table
        first = self._first_rows(sample)[lead:] or [[]]
        if not any(any(_filled(c) for c in r) for r in first):
            raise ImportFileError(Code.NO_TABLE, source=name)
        self._skip = lead  # records before the first client: title lines and the header
        if self._has_header:
            header = lead + header_row_index(first)
            self.headers = clean_headers(list(first[header - lead]))
            self._skip = header + 1
            if not any(any(_filled(c) for c in r) for r in first[self._skip - lead :]):
                raise ImportFileError(Code.HEADER_ONLY, source=name)
        else:
            self.headers = default_headers(max(len(r) for r in first))
        rows = None if estimated_lines is None else max(0, estimated_lines - self._skip)
        self.info = SourceInfo(
            kind="csv",
            name=name,
            encoding=encoding,
            delimiter=DELIMITER_NAMES.get(self._delimiter, self._delimiter),
            has_header=self._has_header,
            estimated_rows=rows,
            header_row=self._skip if self._has_header else None,
        )

    # -- constructors -------------------------------------------------------------------------
    @classmethod
    def from_path(cls, path: Path, options: SourceOptions) -> DelimitedSource:
        with path.open("rb") as fh:
            head = fh.read(SAMPLE_BYTES)
        complete = len(head) < SAMPLE_BYTES
        encoding = _choose_encoding(head, complete, options)
        errors = _errors(options)
        sample = _decode_sample(head, encoding, complete, path.name, errors)
        lines = _count_lines(path, encoding)

        def opener() -> TextIO:
            return open(path, encoding=encoding, newline="", errors=errors)

        return cls(opener, path.name, encoding, options, sample, lines)

    @classmethod
    def from_bytes(cls, data: bytes, name: str, options: SourceOptions) -> DelimitedSource:
        if not data.strip():
            raise ImportFileError(Code.SOURCE_EMPTY, source=name)
        encoding = _choose_encoding(data[:SAMPLE_BYTES], len(data) <= SAMPLE_BYTES, options)
        text = _decode_sample(data, encoding, True, name, _errors(options))
        return cls.from_text(text, name, options, encoding=encoding)

    @classmethod
    def from_text(
        cls, text: str, name: str, options: SourceOptions, encoding: str | None = None
    ) -> DelimitedSource:
        if not text.strip():
            raise ImportFileError(
                Code.PASTED_EMPTY if name == "pasted text" else Code.SOURCE_EMPTY, source=name
            )
        if "\x00" in text:
            raise ImportFileError(Code.PASTED_NUL, source=name)
        lines = text.count("\n") + (0 if text.endswith("\n") else 1)
        return cls(
            lambda: io.StringIO(text, newline=""),
            name,
            encoding,
            options,
            text[:SAMPLE_BYTES],
            lines,
        )

    # -- reading ------------------------------------------------------------------------------
    def _reader(self, stream: TextIO) -> Iterator[list[str]]:
        return csv.reader(stream, delimiter=self._delimiter, skipinitialspace=True, strict=False)

    def _first_rows(self, sample: str) -> list[list[str]]:
        lines = sample.splitlines(keepends=True)
        text = "".join(lines[:200])
        try:
            return list(itertools.islice(self._reader(io.StringIO(text, newline="")), 100)) or [[]]
        except csv.Error:
            return [[]]

    def rows(self) -> Iterator[SourceRow]:
        name = self.info.name
        number = 0
        try:
            with self._open() as stream:
                reader = self._reader(stream)
                for cells in reader:
                    number += 1
                    if number <= self._skip:
                        continue
                    if len(cells) > 50 or any(len(c) > 1000 for c in cells):
                        check_row(number, cells)  # type: ignore[arg-type]
                    cells = [unguard(c) if c[:1] == "'" else c for c in cells]  # the export's
                    yield SourceRow(number, cells)  # type: ignore[arg-type]
        except UnicodeDecodeError as exc:
            raise ImportFileError(
                Code.NOT_VALID_TEXT_AT, source=name, encoding=self._encoding, row=number + 1
            ) from exc
        except csv.Error as exc:
            detail = str(exc)
            if "NUL" in detail:
                raise ImportFileError(Code.NUL_AT, source=name, row=number + 1) from exc
            raise ImportFileError(
                Code.UNREADABLE_AT, source=name, row=number + 1, detail=detail
            ) from exc


def _filled(cell: Cell) -> bool:
    return cell is not None and (not isinstance(cell, str) or bool(cell.strip()))


def _choose_encoding(head: bytes, complete: bool, options: SourceOptions) -> str:
    if options.encoding and options.encoding != "auto":
        return check_encoding_name(options.encoding)
    return detect_encoding(head, complete=complete)


def _errors(options: SourceOptions) -> str:
    """A code page the user chose is taken at its word: a byte it has no letter for becomes
    U+FFFD instead of refusing the file (cp1251 files often hold a few such bytes). UTF-8 and
    any detected encoding must fit every byte: not fitting says the choice is wrong."""
    chosen = options.encoding if options.encoding and options.encoding != "auto" else None
    single_byte = chosen is not None and not check_encoding_name(chosen).startswith("utf")
    return "replace" if single_byte else "strict"


def _decode_sample(
    head: bytes, encoding: str, complete: bool, name: str, errors: str = "strict"
) -> str:
    try:
        return codecs.getincrementaldecoder(encoding)(errors).decode(head, final=complete)
    except UnicodeDecodeError as exc:
        raise ImportFileError(Code.NOT_VALID_TEXT, source=name, encoding=encoding) from exc


def _count_lines(path: Path, encoding: str) -> int | None:
    """Lines in the file, counted on the bytes (fast); an upper bound of the rows."""
    if encoding.replace("_", "-").startswith(("utf-16", "utf-32")):
        return None
    count, last = 0, b""
    with path.open("rb") as fh:
        while block := fh.read(1 << 20):
            count += block.count(b"\n") or (block.count(b"\r") if not count else 0)
            last = block
    if last and not last.endswith((b"\n", b"\r")):
        count += 1
    return count
