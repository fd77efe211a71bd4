"""Asterisk's `Master.csv` (cdr_csv): no header, one row per call leg, 16 columns or 18 with
`uniqueid` and `userfield`, or 21 with `newcdrcolumns` (peeraccount, linkedid, sequence: then
the legs of one call are joined by linkedid, as FreePBX's export is read). The counterpart is
the number that is not an extension; a call between two extensions is skipped; anything but
ANSWERED is a missed call."""

from __future__ import annotations

from desktop_crm.errors import InvalidValue
from desktop_crm.values import parse_datetime
from desktop_crm.wizards.calls.common import (
    ANSWERED,
    CallFacts,
    Failed,
    LogFile,
    Outcome,
    Outcomes,
    Skipped,
    clid_number,
    direction_of,
    to_interaction,
    whole_seconds,
)
from desktop_crm.wizards.importing.sources.base import Cell, Source

SOURCE = "asterisk"
COLUMNS = (16, 18, 21)
LEGS = 21  # newcdrcolumns=yes: legs of one call share a linkedid
# Where a 21-column row holds what a FreePBX export names in its header.
LEG_COLUMNS = {
    "src": 1, "dst": 2, "dcontext": 3, "clid": 4, "calldate": 9, "billsec": 13,
    "disposition": 14, "uniqueid": 16, "linkedid": 19,
}  # fmt: skip
SRC, DST, DCONTEXT, CLID, START, BILLSEC, DISPOSITION, UNIQUEID = 1, 2, 3, 4, 9, 13, 14, 16


def _starts(cells: list[Cell]) -> bool:
    if len(cells) not in COLUMNS:
        return False
    try:
        parse_datetime(cells[START])
    except (InvalidValue, TypeError):
        return False
    return True


def looks_like_master_csv(first_rows: list[list[Cell]]) -> bool:
    """A first row of 16, 18 or 21 cells with a start time in the 10th: Master.csv has no header.
    A first record with a broken time (digits still, not a header's word) counts when a later
    one of the first rows has a good one."""
    if not first_rows or len(first_rows[0]) not in COLUMNS:
        return False
    if _starts(first_rows[0]):
        return True
    broken = any(ch.isdigit() for ch in str(first_rows[0][START] or ""))
    return broken and any(_starts(cells) for cells in first_rows[1:])


def _text(cells: list[Cell], index: int) -> str:
    cell = cells[index]
    return "" if cell is None else str(cell).strip()


def asterisk_call(number: int, cells: list[Cell], log: LogFile) -> Outcome:
    if len(cells) not in COLUMNS[:2]:
        return Failed(number, f"{len(cells)} columns, not 16 or 18")
    try:
        started = parse_datetime(cells[START])
    except InvalidValue as exc:
        return Failed(number, exc.message)
    src = _text(cells, SRC) or clid_number(_text(cells, CLID))
    dst = _text(cells, DST)
    direction = direction_of(src, dst, _text(cells, DCONTEXT))
    if direction is None:
        return Skipped(number)
    try:
        seconds = whole_seconds(_text(cells, BILLSEC) or "0")
    except ValueError:
        return Failed(number, f"{_text(cells, BILLSEC)!r} is not a number of seconds")
    facts = CallFacts(
        started=started,
        caller=src,
        callee=dst,
        direction=direction,
        seconds=seconds,
        missed=_text(cells, DISPOSITION).upper() != ANSWERED,
        call_id=_text(cells, UNIQUEID) if len(cells) > UNIQUEID else None,
        source=SOURCE,
        log=log,
    )
    return to_interaction(facts)


def read_asterisk(source: Source, log: LogFile) -> Outcomes:
    for row in source.rows():
        if not any(c not in (None, "") for c in row.cells):
            continue
        yield asterisk_call(row.number, row.cells, log)
