"""An mbox read as a stream: messages one at a time, never the whole file (a 1 GB mailbox
costs the memory of its largest message). A message starts at a "From " line that follows an
empty line, as the standard library's `mailbox.mbox` reads them too; its ">From " lines lose one
">" (mboxrd). The standard library's reader indexes the whole file before the first message and
reads it twice, so the split is done here over 1 MB chunks."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

CHUNK = 1 << 20
# a "From " line after an empty line: the next message's envelope
_SEPARATOR = re.compile(rb"\n\r?\nFrom ")
SEPARATOR_MAX = len(b"\n\r\nFrom ")
_QUOTED_FROM = re.compile(rb"(?m)^>(>*From )")
_MONTHS = {
    name: number
    for number, name in enumerate(
        ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"), 1
    )
}


class NotMbox(ValueError):
    """The file does not begin with an mbox envelope ("From " line)."""


@dataclass(frozen=True)
class MboxMessage:
    number: int  # 1 for the first message
    line: int  # the line of its "From " envelope
    data: bytes  # the message without the envelope
    envelope_date: datetime | None


def looks_like_mbox(head: bytes) -> bool:
    return head.lstrip(b"\r\n").startswith(b"From ")


def envelope_date(line: bytes) -> datetime | None:
    """The date of a "From sender Tue Jul  1 10:52:37 2003" envelope (taken as UTC). Read by
    hand: strptime cost as much as a tenth of reading a message."""
    words = line.decode("latin-1").split()
    for end in (len(words), len(words) - 1):  # some put a time zone after the year
        if end < 5:
            break
        month, day, clock, year = words[end - 4 : end]
        parts = clock.split(":")
        if month not in _MONTHS or len(parts) != 3 or not (day + year + "".join(parts)).isdigit():
            continue
        try:
            hour, minute, second = (int(part) for part in parts)
            return datetime(int(year), _MONTHS[month], int(day), hour, minute, second)
        except ValueError:
            continue
    return None


def _message(raw: bytes, number: int, line: int) -> MboxMessage:
    envelope, _, data = raw.partition(b"\n")
    if b">From " in data:
        data = _QUOTED_FROM.sub(rb"\1", data)
    return MboxMessage(number, line, data, envelope_date(envelope))


def iter_mbox(path: Path) -> Iterator[MboxMessage]:
    """The messages of the mbox at `path`, in order; `NotMbox` when it is not one."""
    with path.open("rb") as file:
        buffer = bytearray(file.read(CHUNK))
        start = len(buffer) - len(buffer.lstrip(b"\r\n"))  # where the current message begins
        if not looks_like_mbox(bytes(buffer[start : start + 64])):
            raise NotMbox(str(path))
        line, number, scan = 1 + buffer.count(b"\n", 0, start), 0, start
        while True:
            found = _SEPARATOR.search(buffer, scan)
            if found is None:
                more = file.read(CHUNK)
                if not more:
                    break
                del buffer[:start]  # drop what was handed out, once per chunk
                # a separator may straddle the chunks: look again at the longest one's length
                scan, start = max(0, len(buffer) - SEPARATOR_MAX), 0
                buffer += more
                continue
            number += 1
            # the message keeps its last line's newline; the next one starts at its "From "
            yield _message(bytes(buffer[start : found.start() + 1]), number, line)
            following = found.end() - 5
            line += buffer.count(b"\n", start, following)
            start = scan = following
        last = bytes(buffer[start:])
        if last.strip():  # without the empty line a writer puts after every message
            for blank in (b"\r\n", b"\n"):
                if last.endswith(blank * 2):
                    last = last[: -len(blank)]
                    break
            yield _message(last, number + 1, line)
