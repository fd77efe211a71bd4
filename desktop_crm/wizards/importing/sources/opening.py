"""Opening what a client base comes in (IMP-1): a file (csv/txt, xlsx/xls/ods, vCard), pasted
text, or standard input, each by the reader of its kind.

The kind is told by the content, not the file name: a text file renamed to .xlsx is refused
with a sentence instead of a parser's traceback.
"""

from __future__ import annotations

from pathlib import Path

from desktop_crm.errors import Code, ImportFileError
from desktop_crm.wizards.importing.sources.base import Source, SourceOptions
from desktop_crm.wizards.importing.sources.delimited import DelimitedSource
from desktop_crm.wizards.importing.sources.spreadsheet import open_workbook
from desktop_crm.wizards.importing.sources.vcard import VCardSource


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
