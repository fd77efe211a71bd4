"""FreePBX's CDR export (Reports > CDR Reports > CSV): a header row, one row per call leg, the
legs of one call joined by `linkedid` (a ring group rings several phones, a transfer adds a
leg). The call is answered when any leg was; its duration is the answered leg's talk time; its
external id is the linkedid, so a re-export of the same day stores nothing twice."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from desktop_crm.errors import Code, ImportFileError, InvalidValue
from desktop_crm.values import parse_datetime
from desktop_crm.wizards.calls.common import (
    ANSWERED,
    IN,
    CallFacts,
    Failed,
    LogFile,
    Outcome,
    Outcomes,
    Skipped,
    clid_number,
    direction_of,
    is_internal,
    to_interaction,
    whole_seconds,
)
from desktop_crm.wizards.importing.sources.base import Cell, Source

SOURCE = "freepbx"
REQUIRED = ("calldate", "src", "dst", "billsec", "disposition")
# Legs of one call are written within seconds of each other; a call not continued within this
# many later calls is complete, so a log of millions of rows is read in bounded memory.
OPEN_CALLS = 2_000


@dataclass(frozen=True)
class Leg:
    row: int
    started: datetime
    src: str
    dst: str
    context: str
    seconds: int
    answered: bool
    uniqueid: str


def looks_like_freepbx(headers: Sequence[str]) -> bool:
    names = {h.strip().casefold() for h in headers}
    return set(REQUIRED) <= names and bool({"linkedid", "uniqueid"} & names)


def _columns(source: Source) -> dict[str, int]:
    index: dict[str, int] = {}
    for position, header in enumerate(source.headers):
        index.setdefault(header.strip().casefold(), position)
    missing = [name for name in REQUIRED if name not in index]
    if missing:
        raise ImportFileError(
            Code.CALLS_NOT_FREEPBX, source=source.info.name, missing=", ".join(missing)
        )
    return index


def _leg(number: int, cells: list[Cell], index: dict[str, int]) -> tuple[str, Leg] | Failed:
    def text(name: str) -> str:
        position = index.get(name)
        cell = cells[position] if position is not None and position < len(cells) else None
        return "" if cell is None else str(cell).strip()

    try:
        started = parse_datetime(text("calldate"))
        seconds = whole_seconds(text("billsec") or "0")
    except InvalidValue as exc:
        return Failed(number, exc.message)
    except ValueError:
        return Failed(number, f"{text('billsec')!r} is not a number of seconds")
    src = text("src") or text("cnum") or clid_number(text("clid"))
    answered = text("disposition").upper() == ANSWERED
    uniqueid = text("uniqueid")
    leg = Leg(number, started, src, text("dst"), text("dcontext"), seconds, answered, uniqueid)
    return text("linkedid") or uniqueid or f"row:{number}", leg


def freepbx_call(linkedid: str, legs: list[Leg], log: LogFile, source: str = SOURCE) -> Outcome:
    origin = next((leg for leg in legs if leg.uniqueid == linkedid), legs[0])
    direction = direction_of(origin.src, origin.dst, origin.context)
    if direction is None:
        return Skipped(origin.row)
    answered = [leg for leg in legs if leg.answered]
    callee = origin.dst
    if direction == IN:  # who took it or was rung (an extension), not the company's number
        rung = [leg.dst for leg in answered or legs if is_internal(leg.dst)]
        callee = rung[0] if rung else ""
    facts = CallFacts(
        started=min(leg.started for leg in legs),
        caller=origin.src,
        callee=callee,
        direction=direction,
        seconds=max((leg.seconds for leg in answered), default=0),
        missed=not answered,
        call_id=None if linkedid.startswith("row:") else linkedid,
        source=source,
        log=log,
    )
    return to_interaction(facts)


def read_legs(
    source: Source, index: dict[str, int], log: LogFile, source_name: str = SOURCE
) -> Outcomes:
    """Calls of legs joined by linkedid, the columns found by `index` (a name -> position)."""
    open_calls: dict[str, list[Leg]] = {}
    for row in source.rows():
        if not any(c not in (None, "") for c in row.cells):
            continue
        read = _leg(row.number, row.cells, index)
        if isinstance(read, Failed):
            yield read
            continue
        linkedid, leg = read
        open_calls.setdefault(linkedid, []).append(leg)
        if len(open_calls) > OPEN_CALLS:
            oldest = next(iter(open_calls))
            yield freepbx_call(oldest, open_calls.pop(oldest), log, source_name)
    for linkedid, legs in open_calls.items():
        yield freepbx_call(linkedid, legs, log, source_name)


def read_freepbx(source: Source, log: LogFile) -> Outcomes:
    return read_legs(source, _columns(source), log)
