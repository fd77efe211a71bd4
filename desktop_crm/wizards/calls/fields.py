"""The fields of a call a column can feed, and the names call-log exports give them in
Russian, English and Polish. Names are compared folded as the client import folds them
(`normalize_header`: case, ё, punctuation, digits), so "Длительность, сек" meets "длительность
сек" and "Входящий/Исходящий" meets "входящий исходящий"."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from desktop_crm.wizards.importing.mapping import Mapping, normalize_header

OCCURRED_AT, DATE, TIME = "occurred_at", "date", "time"
FROM_NUMBER, TO_NUMBER, NUMBER = "from", "to", "number"
DIRECTION, DURATION, ANSWERED_FIELD, CALL_ID, SUBJECT = (
    "direction",
    "duration",
    "answered",
    "call_id",
    "subject",
)

SYNONYMS: dict[str, tuple[str, ...]] = {
    OCCURRED_AT: (
        "occurred at", "date time", "datetime", "date and time", "call date", "calldate",
        "start", "start time", "started", "call start", "call time", "начало", "начало звонка",
        "дата и время", "дата время", "дата звонка", "дата и время звонка", "время начала звонка",
        "data i godzina", "data i czas", "data połączenia", "data polaczenia", "początek",
        "poczatek", "rozpoczęcie",
    ),
    DATE: ("date", "day", "дата", "день", "data", "dzień"),
    TIME: ("time", "время", "время звонка", "время начала", "godzina", "godzina połączenia"),
    FROM_NUMBER: (
        "from", "caller", "source", "src", "calling number", "caller number", "caller id",
        "откуда", "кто звонил", "звонящий", "номер звонящего", "с номера", "абонент а",
        "od", "dzwoniący", "dzwoniacy", "numer dzwoniącego", "z numeru",
    ),
    TO_NUMBER: (
        "to", "destination", "dst", "called number", "callee", "dialed number", "куда",
        "кому", "на номер", "номер назначения", "вызываемый номер", "абонент б", "do",
        "numer docelowy", "na numer", "odbiorca", "numer wybrany",
    ),
    NUMBER: (
        "phone", "phone number", "number", "client number", "customer number", "client phone",
        "external number", "телефон", "номер", "номер телефона", "номер клиента",
        "телефон клиента", "абонент", "номер абонента", "внешний номер", "telefon", "numer",
        "numer telefonu", "numer klienta", "numer zewnętrzny",
    ),
    DIRECTION: (
        "direction", "type", "call type", "in out", "incoming outgoing", "направление",
        "тип", "тип звонка", "тип вызова", "входящий исходящий", "вх исх", "входящий",
        "kierunek", "typ", "typ połączenia", "typ polaczenia",
    ),
    DURATION: (
        "duration", "billsec", "talk time", "length", "seconds", "duration sec",
        "длительность", "длительность сек", "продолжительность", "время разговора",
        "длительность разговора", "czas trwania", "czas rozmowy", "długość", "dlugosc",
    ),
    ANSWERED_FIELD: (
        "status", "disposition", "answered", "result", "call status", "статус", "результат",
        "статус звонка", "отвечен", "принят", "status połączenia", "odebrane", "wynik",
    ),
    CALL_ID: (
        "call id", "callid", "id", "uniqueid", "unique id", "linkedid", "id звонка",
        "идентификатор", "идентификатор звонка", "id połączenia", "identyfikator",
    ),
    SUBJECT: (
        "subject", "comment", "note", "notes", "тема", "комментарий", "примечание", "temat",
        "komentarz", "notatka",
    ),
}  # fmt: skip

CALL_FIELDS = tuple(SYNONYMS)


@cache
def _index() -> dict[str, str]:
    index: dict[str, str] = {}
    for key, names in SYNONYMS.items():
        for name in (key, *names):
            index.setdefault(normalize_header(name), key)
    return index


def suggest_call_mapping(headers: Sequence[str]) -> Mapping:
    """Each call field to the first column named like it."""
    index = _index()
    columns: dict[int, str] = {}
    for position, header in enumerate(headers):
        key = index.get(normalize_header(header))
        if key is not None and key not in columns.values():
            columns[position] = key
    return Mapping(columns)


def missing_fields(mapping: Mapping) -> list[str]:
    """What a mapping lacks to place a call: when it happened, and a number."""
    fields = mapping.fields()
    missing = []
    if OCCURRED_AT not in fields and DATE not in fields:
        missing.append("date and time")
    if not fields & {FROM_NUMBER, TO_NUMBER, NUMBER}:
        missing.append("phone number")
    return missing
