"""Which call log a file is (`--format auto`) and the reader of its rows: Asterisk's
Master.csv has no header and 16 or 18 columns with a start time in the 10th; a FreePBX CDR
export names calldate, src, dst, billsec, disposition and linkedid; anything else needs its
columns matched (by their names, a mapping file or a saved preset)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from desktop_crm.errors import Code, ImportFileError, ImportSettingsError
from desktop_crm.wizards.calls.asterisk import (
    LEG_COLUMNS,
    LEGS,
    looks_like_master_csv,
    read_asterisk,
)
from desktop_crm.wizards.calls.common import LogFile, Outcomes
from desktop_crm.wizards.calls.fields import missing_fields, suggest_call_mapping
from desktop_crm.wizards.calls.freepbx import looks_like_freepbx, read_freepbx, read_legs
from desktop_crm.wizards.calls.mapped import read_mapped
from desktop_crm.wizards.calls.presets import load_call_mapping_file, load_call_preset
from desktop_crm.wizards.calls.titled import HeaderBelow, header_below_titles
from desktop_crm.wizards.importing.mapping import Mapping
from desktop_crm.wizards.importing.sources.base import Cell, Source, SourceOptions
from desktop_crm.wizards.importing.sources.opening import open_source

AUTO, ASTERISK, FREEPBX, MAPPED = "auto", "asterisk", "freepbx", "mapped"
FORMATS = (AUTO, ASTERISK, FREEPBX)


@dataclass(frozen=True)
class Matching:
    """How the columns of a table that is neither Asterisk nor FreePBX are read."""

    mapping_file: Path | None = None
    preset: str | None = None

    @property
    def given(self) -> bool:
        return self.mapping_file is not None or self.preset is not None


@dataclass
class CallLog:
    """An opened call log: its layout, the table, and (for a matched table) the mapping."""

    format: str
    source: Source
    mapping: Mapping | None = None
    legs: bool = False  # an Asterisk log of 21 columns: legs joined by linkedid

    def outcomes(self, log: LogFile) -> Outcomes:
        if self.format == ASTERISK and self.legs:
            return read_legs(self.source, LEG_COLUMNS, log, ASTERISK)
        if self.format == ASTERISK:
            return read_asterisk(self.source, log)
        if self.format == FREEPBX:
            return read_freepbx(self.source, log)
        assert self.mapping is not None
        return read_mapped(self.source, self.mapping, log)


def _first_rows(source: Source, count: int = 5) -> list[list[Cell]]:
    return [
        row.cells for row in source.preview(count) if any(c not in (None, "") for c in row.cells)
    ]


def _mapping(session: Session, source: Source, matching: Matching) -> Mapping:
    headers = source.headers
    if matching.mapping_file is not None:
        mapping = load_call_mapping_file(matching.mapping_file, headers)
    elif matching.preset is not None:
        mapping = load_call_preset(session, matching.preset, headers)
    else:
        mapping = suggest_call_mapping(headers)
        if missing_fields(mapping):
            raise ImportFileError(Code.CALLS_UNKNOWN_LAYOUT, source=source.info.name)
    if missing := missing_fields(mapping):
        raise ImportSettingsError(
            Code.CALLS_MAPPING_INCOMPLETE, source=source.info.name, missing=" or ".join(missing)
        )
    return mapping


def _titled(path: Path, source: Source, matching: Matching) -> Source:
    """`source`, or the table below its title lines when its first row names no call."""
    if matching.given or not missing_fields(suggest_call_mapping(source.headers)):
        return source
    bare = open_source(path, options=SourceOptions(has_header=False))
    header = header_below_titles(bare)
    if header is None:
        bare.close()
        return source
    source.close()
    return HeaderBelow(bare, header)


def _open_table(path: Path) -> Source:
    """The log as a table with a header; a header alone says so of calls, not clients."""
    try:
        return open_source(path)
    except ImportFileError as exc:
        if exc.code == Code.HEADER_ONLY.key:
            raise ImportFileError(Code.CALLS_HEADER_ONLY, source=path.name) from exc
        raise


def open_call_log(
    session: Session, path: Path, layout: str = AUTO, matching: Matching | None = None
) -> CallLog:
    """Open `path` as a call log of `layout` (auto: told by its content). One sentence when
    it is not one."""
    matching = matching or Matching()
    if layout in (AUTO, ASTERISK) and not matching.given:
        bare = open_source(path, options=SourceOptions(has_header=False))
        first = _first_rows(bare)
        if looks_like_master_csv(first):
            return CallLog(ASTERISK, bare, legs=len(first[0]) == LEGS)
        bare.close()
        if layout == ASTERISK:
            raise ImportFileError(
                Code.CALLS_NOT_ASTERISK, source=path.name, columns=len(first[0]) if first else 0
            )
    source = _open_table(path)
    if layout == FREEPBX or (layout == AUTO and looks_like_freepbx(source.headers)):
        return CallLog(FREEPBX, source)
    try:
        source = _titled(path, source, matching)
        return CallLog(MAPPED, source, _mapping(session, source, matching))
    except Exception:
        source.close()
        raise
