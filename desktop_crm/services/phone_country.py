"""The phone country of a number typed without a country code: is it a number of the base's
country (`base_settings.phone_region`), or only of another one?

A number that is no valid number of the base's country but a valid one elsewhere ("8 912
345-67-89" on a Polish base) is flagged rather than silently stored under the wrong code: the
card, the new-client dialog and the import warn about it and name the country it fits.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import phonenumbers

# Tried first, in this order, when looking for the country a number fits: the countries this
# application's users call most; then every other one, alphabetically.
LIKELY = ("RU", "PL", "UA", "BY", "KZ", "DE", "GB", "US", "CZ", "LT", "LV", "EE", "FR", "IT")


@dataclass(frozen=True)
class ForeignNumber:
    """A number that fits `region` (not the base's country), as `e164` there."""

    region: str
    e164: str


def _valid_in(text: str, region: str) -> str | None:
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def _candidates() -> tuple[str, ...]:
    rest = sorted(phonenumbers.SUPPORTED_REGIONS - set(LIKELY))
    return (*LIKELY, *rest)


@lru_cache(maxsize=4096)
def foreign_number(raw: str, region: str) -> ForeignNumber | None:
    """The other country `raw` is a valid number of, when it is none of `region`'s; None when
    it is a valid number of `region`, carries its own country code (+...), or fits nowhere."""
    text = raw.strip()
    if not text or text.startswith(("+", "00")) or _valid_in(text, region) is not None:
        return None
    for other in _candidates():
        if other != region and (e164 := _valid_in(text, other)) is not None:
            return ForeignNumber(other, e164)
    return None


def calling_code(region: str) -> int:
    """The country calling code of `region` (48 for PL)."""
    return phonenumbers.country_code_for_region(region)


def example_number(region: str) -> str:
    """A mobile number of `region` the way people there write it ("512 345 678" for PL)."""
    number = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
    if number is None:
        return ""
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
