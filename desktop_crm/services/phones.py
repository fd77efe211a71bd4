"""Phone numbers: any common local format in, E.164 stored, international format shown (CLI-3).

phonenumbers is the slow part of an import (~50k parses/s), so results are cached by the raw
string and region: real files repeat numbers and formats a lot.
"""

from __future__ import annotations

import re
from functools import lru_cache

import phonenumbers

from desktop_crm.errors import Code, ValidationError

_NOT_DIALABLE = re.compile(r"[^\d+]")


def digits(text: str) -> str:
    """Only the digits of `text`: what a search by a phone fragment compares."""
    return "".join(ch for ch in text if ch.isdigit())


@lru_cache(maxsize=262_144)
def _parse(raw: str, region: str) -> str | None:
    cleaned = raw.strip()
    if not cleaned:
        return None
    try:
        number = phonenumbers.parse(cleaned, region.upper() or None)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_possible_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


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
    """How a stored number is shown: international format, e.g. +7 912 345-67-89."""
    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
