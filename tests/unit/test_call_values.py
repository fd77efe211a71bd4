"""What call-log cells mean: dates with a time, durations, direction and status words in
Russian, English and Polish, which side of a call is an extension, column names."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from desktop_crm.errors import InvalidValue
from desktop_crm.services.interactions.store import InteractionData, PartyData
from desktop_crm.values import parse_datetime
from desktop_crm.wizards.calls.common import (
    Failed,
    LogFile,
    clid_number,
    direction_of,
    local_to_utc,
    whole_seconds,
)
from desktop_crm.wizards.calls.fields import suggest_call_mapping
from desktop_crm.wizards.calls.mapped import mapped_call
from desktop_crm.wizards.calls.words import direction_word, missed_word
from desktop_crm.wizards.importing.mapping import Mapping


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("15.01.2024 10:30:15", datetime(2024, 1, 15, 10, 30, 15)),
        ("15.01.2024 9:05", datetime(2024, 1, 15, 9, 5)),
        ("2024-01-15 10:30:00", datetime(2024, 1, 15, 10, 30)),
        ("2024-01-15 10:30:00.250", datetime(2024, 1, 15, 10, 30)),
        ("15/01/2024, 10:30", datetime(2024, 1, 15, 10, 30)),
        ("15.01.2024", datetime(2024, 1, 15)),
        ("45306.4375", datetime(2024, 1, 15, 10, 30)),
        ("2024-01-15T10:30:00Z", datetime(2024, 1, 15, 10, 30, tzinfo=UTC)),
        (
            "2024-01-15T10:30:00+03:00",
            datetime(2024, 1, 15, 10, 30, tzinfo=timezone(timedelta(hours=3))),
        ),
    ],
)
def test_dates_with_a_time(text: str, expected: datetime) -> None:
    assert parse_datetime(text) == expected


@pytest.mark.parametrize(
    "text", ["31.02.2024 10:00", "2024-01-15 25:00:00", "15.01.2024 10:61", "вчера", "", "T"]
)
def test_broken_dates_say_so(text: str) -> None:
    with pytest.raises(InvalidValue, match="is not a date and time"):
        parse_datetime(text)


def test_durations() -> None:
    assert [whole_seconds(t) for t in ["125", "125.0", "2:05", "00:02:05", "1:00:00"]] == [
        125,
        125,
        125,
        125,
        3600,
    ]
    for bad in ["", "two", "-5", "1:2:3:4"]:
        with pytest.raises(ValueError):
            whole_seconds(bad)


@pytest.mark.parametrize(
    ("text", "missed"),
    [
        ("ANSWERED", False), ("NO ANSWER", True), ("BUSY", True), ("FAILED", True),
        ("Отвечен", False), ("Не отвечен", True), ("Пропущенный", True), ("Нет ответа", True),
        ("Занято", True), ("Соединение установлено", False), ("Odebrane", False),
        ("Nieodebrane", True), ("Zajęte", True), ("yes", False), ("0", True), ("?", None),
        ("", None),
    ],
)  # fmt: skip
def test_status_words(text: str, missed: bool | None) -> None:
    assert missed_word(text) is missed


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        ("Входящий", "in"), ("Исходящий", "out"), ("вх.", "in"), ("исх.", "out"),
        ("Incoming", "in"), ("outbound", "out"), ("Przychodzące", "in"),
        ("Wychodzące", "out"), ("Пропущенный", "in"), ("", None), ("звонок", None),
    ],
)  # fmt: skip
def test_direction_words(text: str, direction: str | None) -> None:
    assert direction_word(text) == direction


def test_which_side_is_the_company() -> None:
    assert direction_of("101", "84951234567") == "out"
    assert direction_of("+7 495 123-45-67", "101") == "in"
    assert direction_of("101", "102") is None  # between extensions
    assert direction_of("84951234567", "s", "from-trunk") == "in"
    assert direction_of("74950000000", "84951234567", "from-internal") == "out"
    assert clid_number('"Иван Петров" <+74951234567>') == "+74951234567"
    assert clid_number("101") == "101"


def test_column_names_in_three_languages() -> None:
    headers = ["Дата", "Время", "Входящий/Исходящий", "Номер клиента", "Длительность, сек",
               "Статус", "ID звонка", "Комментарий"]  # fmt: skip
    assert suggest_call_mapping(headers).columns == {
        0: "date", 1: "time", 2: "direction", 3: "number", 4: "duration", 5: "answered",
        6: "call_id", 7: "subject",
    }  # fmt: skip
    polish = ["Data i godzina", "Z numeru", "Na numer", "Czas trwania", "Status połączenia"]
    assert suggest_call_mapping(polish).columns == {
        0: "occurred_at",
        1: "from",
        2: "to",
        3: "duration",
        4: "answered",
    }


def test_a_lone_number_column_is_the_counterpart() -> None:
    mapping = Mapping({0: "occurred_at", 1: "direction", 2: "number", 3: "duration"})
    incoming = mapped_call(
        2, ["15.01.2024 10:00", "Входящий", "84951234567", "30"], mapping, LogFile("x")
    )
    outgoing = mapped_call(
        3, ["15.01.2024 11:00", "Исходящий", "84951234567", "0"], mapping, LogFile("x")
    )
    assert isinstance(incoming, InteractionData) and isinstance(outgoing, InteractionData)
    assert (incoming.direction, incoming.missed, incoming.parties) == (
        "in",
        False,
        (PartyData("from", "phone", "84951234567"),),
    )
    assert (outgoing.direction, outgoing.missed, outgoing.parties) == (
        "out",
        True,  # no status column: nobody talked
        (PartyData("to", "phone", "84951234567"),),
    )
    no_number = mapped_call(4, ["15.01.2024 12:00", "Входящий", "", "5"], mapping, LogFile("x"))
    assert no_number == Failed(4, "the row has no phone number")


def test_the_phone_systems_clock_to_utc() -> None:
    moscow = ZoneInfo("Europe/Moscow")
    assert local_to_utc(datetime(2024, 1, 15, 10, 30), moscow) == datetime(2024, 1, 15, 7, 30)
    aware = datetime(2024, 7, 1, 12, 0, tzinfo=ZoneInfo("Europe/Warsaw"))  # summer: UTC+2
    assert local_to_utc(aware, moscow) == datetime(2024, 7, 1, 10, 0)
