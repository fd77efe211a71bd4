"""Call logs written for the tests (no real PBX log has a licence that lets it in): Asterisk
Master.csv of 16 and 18 columns, a FreePBX CDR export with calls over several legs, a Russian
cloud PBX export in cp1251 with ';', and an xlsx."""

from __future__ import annotations

import csv
from datetime import datetime
from pathlib import Path

from openpyxl import Workbook

CLIENT_PHONE = "+74951234567"  # the counterpart of most calls here
OTHER_PHONE = "+74997654321"


def _master_row(
    src: str,
    dst: str,
    start: str,
    billsec: int,
    disposition: str,
    *,
    context: str = "from-internal",
    uniqueid: str | None = None,
) -> list[str]:
    row = [
        "",
        src,
        dst,
        context,
        f'"Someone" <{src}>',
        f"SIP/{src}-00000001",
        "SIP/trunk-00000002",
        "Dial",
        f"SIP/trunk/{dst},60",
        start,
        start if disposition == "ANSWERED" else "",
        start,
        str(billsec + 5),
        str(billsec),
        disposition,
        "DOCUMENTATION",
    ]
    if uniqueid is not None:
        row += [uniqueid, ""]
    return row


def asterisk_rows(with_uniqueid: bool) -> list[list[str]]:
    """An outgoing answered call, an incoming missed one (busy), an incoming answered one
    from a number written 8-495..., and a call between two extensions."""
    ids = iter(["1705314600.1", "1705318200.2", "1705321800.3", "1705325400.4"])

    def uid() -> str | None:
        return next(ids) if with_uniqueid else None

    return [
        _master_row("101", "84951234567", "2024-01-15 10:30:00", 125, "ANSWERED", uniqueid=uid()),
        _master_row(
            "+74997654321",
            "102",
            "2024-01-15 11:30:00",
            0,
            "BUSY",
            context="from-trunk",
            uniqueid=uid(),
        ),
        _master_row(
            "84951234567",
            "101",
            "2024-01-15 12:30:00",
            61,
            "ANSWERED",
            context="from-trunk",
            uniqueid=uid(),
        ),
        _master_row("101", "102", "2024-01-15 13:30:00", 30, "ANSWERED", uniqueid=uid()),
    ]


def write_master_csv(path: Path, *, with_uniqueid: bool) -> Path:
    with path.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh, quoting=csv.QUOTE_ALL).writerows(asterisk_rows(with_uniqueid))
    return path


FREEPBX_HEADER = [
    "calldate",
    "clid",
    "src",
    "dst",
    "dcontext",
    "channel",
    "dstchannel",
    "lastapp",
    "lastdata",
    "duration",
    "billsec",
    "disposition",
    "amaflags",
    "accountcode",
    "uniqueid",
    "userfield",
    "did",
    "recordingfile",
    "cnum",
    "cnam",
    "outbound_cnum",
    "outbound_cnam",
    "dst_cnam",
    "linkedid",
    "peeraccount",
    "sequence",
]


def _cdr(
    calldate: str,
    src: str,
    dst: str,
    context: str,
    billsec: int,
    disposition: str,
    uniqueid: str,
    linkedid: str,
) -> list[str]:
    values = {
        "calldate": calldate,
        "clid": f'"Caller" <{src}>',
        "src": src,
        "dst": dst,
        "dcontext": context,
        "channel": f"PJSIP/{src}-1",
        "dstchannel": f"PJSIP/{dst}-2",
        "lastapp": "Dial",
        "lastdata": dst,
        "duration": str(billsec + 10),
        "billsec": str(billsec),
        "disposition": disposition,
        "amaflags": "3",
        "accountcode": "",
        "uniqueid": uniqueid,
        "userfield": "",
        "did": "74950000000",
        "recordingfile": "",
        "cnum": src,
        "cnam": "Caller",
        "outbound_cnum": "",
        "outbound_cnam": "",
        "dst_cnam": "",
        "linkedid": linkedid,
        "peeraccount": "",
        "sequence": "1",
    }
    return [values[name] for name in FREEPBX_HEADER]


def freepbx_rows() -> list[list[str]]:
    """Call A: incoming over a ring group, three legs, one answered by 102 after 95 s.
    Call B: incoming, two legs, nobody answered. Call C: outgoing, one leg, answered.
    Call D: 101 calls 102 (internal)."""
    return [
        _cdr(
            "2024-02-01 09:00:00",
            "84951234567",
            "74950000000",
            "from-trunk",
            0,
            "NO ANSWER",
            "1706778000.10",
            "1706778000.10",
        ),
        _cdr(
            "2024-02-01 09:00:01",
            "84951234567",
            "101",
            "ext-group",
            0,
            "NO ANSWER",
            "1706778001.11",
            "1706778000.10",
        ),
        _cdr(
            "2024-02-01 09:00:00",
            "+7 499 765-43-21",
            "74950000000",
            "from-trunk",
            0,
            "NO ANSWER",
            "1706778000.20",
            "1706778000.20",
        ),
        _cdr(
            "2024-02-01 09:00:01",
            "84951234567",
            "102",
            "ext-group",
            95,
            "ANSWERED",
            "1706778001.12",
            "1706778000.10",
        ),
        _cdr(
            "2024-02-01 09:00:02",
            "+7 499 765-43-21",
            "101",
            "ext-group",
            0,
            "BUSY",
            "1706778002.21",
            "1706778000.20",
        ),
        _cdr(
            "2024-02-01 10:00:00",
            "101",
            "84951234567",
            "from-internal",
            40,
            "ANSWERED",
            "1706781600.30",
            "1706781600.30",
        ),
        _cdr(
            "2024-02-01 11:00:00",
            "101",
            "102",
            "from-internal",
            15,
            "ANSWERED",
            "1706785200.40",
            "1706785200.40",
        ),
    ]


def write_freepbx_csv(path: Path) -> Path:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(FREEPBX_HEADER)
        writer.writerows(freepbx_rows())
    return path


CLOUD_HEADER = ["Дата", "Время", "Тип", "Откуда", "Куда", "Длительность", "Статус", "ID звонка"]


def cloud_rows() -> list[list[str]]:
    """A Russian cloud PBX: an incoming answered call, an outgoing missed one, an incoming
    one with a broken date, one between extensions."""
    return [
        [
            "15.01.2024",
            "10:30:15",
            "Входящий",
            "+7 (495) 123-45-67",
            "101",
            "00:02:05",
            "Отвечен",
            "c-1",
        ],
        ["15.01.2024", "11:00:00", "Исходящий", "102", "8 499 765 43 21", "0", "Не отвечен", "c-2"],
        ["31.02.2024", "12:00:00", "Входящий", "+7 (495) 123-45-67", "101", "10", "Отвечен", "c-3"],
        ["15.01.2024", "13:00:00", "Исходящий", "101", "102", "20", "Отвечен", "c-4"],
    ]


def write_cloud_csv(
    path: Path, header: list[str] | None = None, titles: tuple[str, ...] = ()
) -> Path:
    """The export; `titles` are report lines above the table (then a blank line)."""
    with path.open("w", encoding="cp1251", newline="") as fh:
        writer = csv.writer(fh, delimiter=";")
        if titles:
            writer.writerows([[title] for title in titles] + [[]])
        writer.writerow(header or CLOUD_HEADER)
        writer.writerows(cloud_rows())
    return path


XLSX_HEADER = ["Date and time", "Caller", "Destination", "Duration", "Status", "Comment"]


def write_call_xlsx(path: Path) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(XLSX_HEADER)
    sheet.append(["2024-03-01 09:15:00", "+74951234567", "101", 75, "answered", "price list"])
    sheet.append(["2024-03-01 09:45:00", "101", "+74997654321", 0, "no answer", None])
    sheet.append([datetime(2024, 3, 1, 10, 5), "+74997654321", "102", "0:01:10", "Answered", None])
    book.save(path)
    return path


def write_master_legs_csv(path: Path) -> Path:
    """Master.csv with newcdrcolumns (21 columns): an incoming call rung on 101 (no answer)
    and taken on 102 after 42 s, two legs of one linkedid; an outgoing call of one leg."""
    legs = [
        (_master_row("84951234567", "101", "2024-04-02 09:00:00", 0, "NO ANSWER",
                     context="from-trunk", uniqueid="1712048400.1"), "1712048400.1"),
        (_master_row("84951234567", "102", "2024-04-02 09:00:15", 42, "ANSWERED",
                     context="from-trunk", uniqueid="1712048415.2"), "1712048400.1"),
        (_master_row("101", "+74997654321", "2024-04-02 10:00:00", 12, "ANSWERED",
                     uniqueid="1712052000.3"), "1712052000.3"),
    ]  # fmt: skip
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, quoting=csv.QUOTE_ALL)
        writer.writerows([[*row, "", linkedid, "1"] for row, linkedid in legs])
    return path
