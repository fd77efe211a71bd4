"""Any other call log, a CSV or a workbook read by the client import's own readers (encoding,
delimiter, sheets), its columns matched to call fields by name or by a mapping. A row that
cannot be a call fails with its reason; the rest of the file goes on."""

from __future__ import annotations

from datetime import datetime

from desktop_crm.errors import InvalidValue
from desktop_crm.values import parse_datetime, parse_time
from desktop_crm.wizards.calls.common import (
    OUT,
    CallFacts,
    Failed,
    LogFile,
    Outcome,
    Outcomes,
    Skipped,
    direction_of,
    is_internal,
    to_interaction,
    whole_seconds,
)
from desktop_crm.wizards.calls.fields import (
    ANSWERED_FIELD,
    CALL_ID,
    DATE,
    DIRECTION,
    DURATION,
    FROM_NUMBER,
    NUMBER,
    OCCURRED_AT,
    SUBJECT,
    TIME,
    TO_NUMBER,
)
from desktop_crm.wizards.calls.words import direction_word, missed_in_direction, missed_word
from desktop_crm.wizards.importing.mapping import Mapping
from desktop_crm.wizards.importing.sources.base import Cell, Source

SOURCE = "call_log"


def _started(values: dict[str, Cell]) -> datetime:
    moment = values.get(OCCURRED_AT)
    if moment not in (None, ""):
        return parse_datetime(moment)
    day = parse_datetime(values.get(DATE) or "")
    clock = values.get(TIME)
    if clock in (None, "") or day.time() != datetime.min.time():
        return day
    when = parse_time(clock.time() if isinstance(clock, datetime) else clock)
    return day.replace(hour=when.hour, minute=when.minute, second=when.second)


def _text(values: dict[str, Cell], key: str) -> str:
    cell = values.get(key)
    return "" if cell is None else str(cell).strip()


def _sides(values: dict[str, Cell]) -> tuple[str, str, str | None]:
    """Caller, callee and direction; a lone "number" column is the counterpart's."""
    caller, callee = _text(values, FROM_NUMBER), _text(values, TO_NUMBER)
    said = direction_word(_text(values, DIRECTION))
    number = _text(values, NUMBER)
    if number and not (caller and callee):
        if said == OUT or (caller and is_internal(caller)):
            callee = callee or number
        else:
            caller = caller or number
    direction = said or direction_of(caller, callee)
    if said and is_internal(caller) and is_internal(callee):
        direction = None  # an extension calling an extension, whatever the column says
    return caller, callee, direction


def _missed(values: dict[str, Cell], seconds: int | None) -> bool | None:
    said = missed_word(_text(values, ANSWERED_FIELD))
    if said is None and missed_in_direction(_text(values, DIRECTION)):
        said = True
    if said is None and seconds is not None:
        said = seconds == 0  # no status: a call nobody talked on was not taken
    return said


def mapped_call(number: int, cells: list[Cell], mapping: Mapping, log: LogFile) -> Outcome:
    values = {key: cells[i] for i, key in mapping.columns.items() if i < len(cells)}
    try:
        started = _started(values)
    except InvalidValue as exc:
        return Failed(number, exc.message)
    caller, callee, direction = _sides(values)
    if direction is None:
        return Skipped(number)
    if not (caller or callee):
        return Failed(number, "the row has no phone number")
    seconds = None
    if _text(values, DURATION):
        try:
            seconds = whole_seconds(_text(values, DURATION))
        except ValueError:
            return Failed(number, f"{_text(values, DURATION)!r} is not a duration")
    facts = CallFacts(
        started=started,
        caller=caller,
        callee=callee,
        direction=direction,
        seconds=seconds,
        missed=_missed(values, seconds),
        call_id=_text(values, CALL_ID) or None,
        source=SOURCE,
        log=log,
        subject=_text(values, SUBJECT) or None,
    )
    return to_interaction(facts)


def read_mapped(source: Source, mapping: Mapping, log: LogFile) -> Outcomes:
    for row in source.rows():
        if not any(c not in (None, "") for c in row.cells):
            continue
        if row.problem:
            yield Failed(row.number, row.problem)
            continue
        yield mapped_call(row.number, row.cells, mapping, log)
