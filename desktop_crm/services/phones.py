"""Phone numbers: any common local format in, E.164 stored, international format shown (CLI-3).

An extension is part of the number a person reaches: "+7 495 983-36-99 доб. 2926" is stored as
`+74959833699;ext=2926` (E.164 and the RFC 3966 extension parameter), so two people behind one
switchboard stay two phones; a search by the main number finds both (it matches the start).

phonenumbers is the slow part of an import (~50k parses/s), so results are cached by the raw
string and region: real files repeat numbers and formats a lot.
"""

from __future__ import annotations

import re
from functools import lru_cache

import phonenumbers

from desktop_crm.errors import Code, ValidationError

_NOT_DIALABLE = re.compile(r"[^\d+]")
EXT = ";ext="  # how a stored number carries its extension (RFC 3966)
# "доб. 2926", "(доб. 0792)", "ext. 12", "x12", "wew. 5", ";ext=12": an extension at the end
_EXTENSION = re.compile(
    r"[\s,;]*\(?\s*(?:доб(?:авочный)?|вн|ext(?:ension)?|wew|x|#)[.=:]?\s*(\d{1,6})\s*\)?\s*$",
    re.IGNORECASE,
)
_extension_word = "ext."


def set_extension_word(word: str) -> None:
    """The word shown before an extension in the interface language ("доб.", "wew.", "ext.");
    the window sets it once from its translation."""
    global _extension_word
    _extension_word = word
    format_phone.cache_clear()


def split_extension(raw: str) -> tuple[str, str | None]:
    """(the number without its extension, the extension's digits or None)."""
    match = _EXTENSION.search(raw)
    if match is None:
        return raw, None
    return raw[: match.start()], match.group(1)


def with_extension(e164: str, extension: str | None) -> str:
    return e164 + EXT + extension if extension else e164


def digits(text: str) -> str:
    """Only the digits of `text`: what a search by a phone fragment compares."""
    return "".join(ch for ch in text if ch.isdigit())


@lru_cache(maxsize=262_144)
def _parse(raw: str, region: str) -> str | None:
    cleaned, extension = split_extension(raw.strip())
    if not cleaned.strip():
        return None
    try:
        number = phonenumbers.parse(cleaned, region.upper() or None)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_possible_number(number):
        return None
    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    return with_extension(e164, extension)


def try_normalize_phone(raw: str, region: str = "RU") -> str | None:
    """E.164 for `raw`, or None when it is not a possible phone number."""
    return _parse(raw, region)


def normalize_phone(raw: str, region: str = "RU") -> str:
    """E.164 for `raw`; `ValidationError` naming the value when it is not a phone number."""
    normalized = _parse(raw, region)
    if normalized is None:
        raise ValidationError(Code.PHONE_INVALID, field="phones", value=raw)
    return normalized


@lru_cache(maxsize=65_536)
def format_phone(e164: str) -> str:
    """How a stored number is shown: international format, e.g. +7 912 345-67-89, and its
    extension after the interface's word: +7 495 983-36-99 доб. 2926."""
    main, _, extension = e164.partition(EXT)
    try:
        number = phonenumbers.parse(main, None)
    except phonenumbers.NumberParseException:
        return e164
    shown = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    return f"{shown} {_extension_word} {extension}" if extension else shown
