"""What one demo value looks like: names in each country's order, company names, addresses,
phone numbers in the local ways people type them (with their E.164 form), e-mail addresses on
the reserved example domains. `DemoGenerator` (rows.py) builds whole rows from these."""

from __future__ import annotations

import random
from collections.abc import Sequence
from typing import TypeVar

from desktop_crm.demo import names as w
from desktop_crm.demo import world

T = TypeVar("T")
COUNTRIES = ("RU", "KZ", "PL", "GB")
COUNTRY_WEIGHTS = (45, 15, 20, 20)
STREETS = {
    "RU": world.RU_STREETS,
    "KZ": world.RU_STREETS + world.KZ_STREETS,
    "PL": world.PL_STREETS,
}
PERSONAL_DOMAINS = ("example.com", "example.org", "example.net", "mail.example.com")

# Local ways of writing one number. {c}: area/operator code, {a} {b} {d}: parts of the rest.
_RU_FORMATS = (
    "8 ({c}) {a}-{b}-{d}",
    "+7 ({c}) {a}-{b}-{d}",
    "+7 {c} {a}{b}{d}",
    "+7 {c} {a}-{b}-{d}",
    "8{c}{a}{b}{d}",
    "+7{c}{a}{b}{d}",
    "8-{c}-{a}-{b}-{d}",
    "8 {c} {a} {b} {d}",
    "7{c}{a}{b}{d}",
    "({c}) {a}-{b}-{d}",
    "8 ({c}) {a}{b}{d}",
)
_PL_FORMATS = ("+48 {c} {a} {b} {d}", "+48 ({c}) {a}-{b}-{d}", "+48{c}{a}{b}{d}")
_PL_MOBILE_FORMATS = ("+48 {c} {a} {b}", "+48 {c}-{a}-{b}", "+48{c}{a}{b}", "+48 {c}{a}{b}")
_GB_FORMATS = ("+44 {c} {a} {b}", "+44 (0){c} {a} {b}", "+44{c}{a}{b}", "+44 {c} {a}{b}")
_UPPER = "ABDEFGHJLNPQRSTUWXYZ"  # letters British postcodes use in the inward code


class _FastRandom(random.Random):
    """`choice`, `randrange` and `randint` from one `random()` call: several times faster than
    the exact versions, and their tiny bias does not matter for demo data."""

    def choice(self, seq: Sequence[T]) -> T:  # type: ignore[override]
        return seq[int(self.random() * len(seq))]

    def randrange(self, start: int, stop: int | None = None, step: int = 1) -> int:
        if stop is None:
            start, stop = 0, start
        return start + int(self.random() * (stop - start))

    def randint(self, a: int, b: int) -> int:
        return a + int(self.random() * (b - a + 1))


class DemoValues:
    """Values drawn from one seeded random source."""

    def __init__(self, seed: int | str) -> None:
        self.rng = _FastRandom(seed)
        self._surnames = {
            "RU": [(s, w.ru_female_surname(s)) for s in w.RU_SURNAMES],
            "KZ": [(s, w.ru_female_surname(s)) for s in w.KZ_SURNAMES],
            "PL": [(s, w.pl_female_surname(s)) for s in w.PL_SURNAMES],
            "GB": [(s, s) for s in w.GB_SURNAMES],
        }

    def person_name(self, country: str, female: bool) -> tuple[str, str, str | None, str]:
        """(last, first, middle, full name) in the country's usual order."""
        rng = self.rng
        last = rng.choice(self._surnames[country])[1 if female else 0]
        if country == "RU":
            first = rng.choice(w.RU_FEMALE if female else w.RU_MALE)
            middle = w.RU_FATHERS[rng.choice(w.RU_MALE)][1 if female else 0]
            return last, first, middle, f"{last} {first} {middle}"
        if country == "KZ":
            first = rng.choice(w.KZ_FEMALE if female else w.KZ_MALE)
            if rng.random() < 0.15:
                return last, first, None, f"{last} {first}"
            middle = w.kz_patronymic(rng.choice(w.KZ_FATHERS), female)
            return last, first, middle, f"{last} {first} {middle}"
        if country == "PL":
            first = rng.choice(w.PL_FEMALE if female else w.PL_MALE)
        else:
            first = rng.choice(w.GB_FEMALE if female else w.GB_MALE)
        return last, first, None, f"{first} {last}"

    def company_name(self, country: str) -> tuple[str, str]:
        """(name, slug for its web domain)."""
        rng = self.rng
        if country == "RU":
            core = rng.choice(world.RU_COMPANY_HEADS) + rng.choice(world.RU_COMPANY_TAILS)
            core += rng.choice(("", "", "", "", " Плюс", "-М", "-Центр", " Регион", "-2000"))
            return f"{rng.choice(world.RU_COMPANY_FORMS)} «{core}»", _slug(core)
        if country == "KZ":
            core = f"{rng.choice(world.KZ_COMPANY_HEADS)} {rng.choice(world.KZ_COMPANY_TAILS)}"
            core += rng.choice(("", "", "", " KZ", " Плюс", "-Азия"))
            return f"{rng.choice(world.KZ_COMPANY_FORMS)} «{core}»", _slug(core)
        if country == "PL":
            roll = rng.random()
            if roll < 0.25:
                surname = rng.choice(w.PL_SURNAMES)
                return f"PHU {surname}", _slug(f"phu {surname}")
            core = f"{rng.choice(world.PL_COMPANY_HEADS)} {rng.choice(world.PL_COMPANY_TAILS)}"
            return f"{core} {'S.A.' if roll > 0.9 else 'Sp. z o.o.'}", _slug(core)
        roll = rng.random()
        if roll < 0.25:
            a, b = rng.sample(w.GB_SURNAMES, 2)
            return f"{a} & {b} LLP", _slug(f"{a} {b}")
        core = f"{rng.choice(world.GB_COMPANY_HEADS)} {rng.choice(world.GB_COMPANY_TAILS)}"
        return f"{core} {'plc' if roll > 0.9 else 'Ltd'}", _slug(core)

    def address(
        self, country: str, city: tuple[str, str, str, int, str], *, office: bool = False
    ) -> str:
        rng = self.rng
        name, postal = city[0], city[1]
        house = rng.randint(1, 180)
        if country in ("RU", "KZ"):
            index = postal + _digits(rng, 6 - len(postal))
            unit = f"оф. {rng.randint(1, 600)}" if office else f"кв. {rng.randint(1, 300)}"
            return f"{index}, г. {name}, {rng.choice(STREETS[country])}, д. {house}, {unit}"
        if country == "PL":
            digits = postal + _digits(rng, 5 - len(postal))
            flat = "" if office else f"/{rng.randint(1, 120)}"
            return f"{rng.choice(world.PL_STREETS)} {house}{flat}, {digits[:2]}-{digits[2:]} {name}"
        inward = f"{rng.randint(1, 9)}{rng.choice(_UPPER)}{rng.choice(_UPPER)}"
        return f"{house} {rng.choice(world.GB_STREETS)}, {name} {postal} {inward}"

    def mobile(self, country: str) -> tuple[str, str]:
        """(value as typed, E.164) of a mobile number in `country`."""
        rng = self.rng
        if country in ("RU", "KZ"):
            code = rng.choice(world.RU_MOBILE if country == "RU" else world.KZ_MOBILE)
            return self._formatted(rng.choice(_RU_FORMATS), "7", code, 7)
        if country == "PL":
            code = rng.choice(world.PL_MOBILE)
            return self._formatted(rng.choice(_PL_MOBILE_FORMATS), "48", code, 6)
        code = rng.choice(world.GB_MOBILE) + str(rng.randrange(10, 100))
        return self._formatted(rng.choice(_GB_FORMATS), "44", code, 6)

    def landline(self, country: str, city: tuple[str, str, str, int, str]) -> tuple[str, str]:
        """(value as typed, E.164) of a fixed-line number in `city`."""
        formats = {"RU": _RU_FORMATS, "KZ": _RU_FORMATS, "PL": _PL_FORMATS, "GB": _GB_FORMATS}
        prefix = {"RU": "7", "KZ": "7", "PL": "48", "GB": "44"}[country]
        return self._formatted(self.rng.choice(formats[country]), prefix, city[2], city[3])

    def _formatted(
        self, template: str, country_code: str, code: str, length: int
    ) -> tuple[str, str]:
        rng = self.rng
        local = str(rng.randint(2, 8)) + _digits(rng, length - 1)
        if length == 8:
            a, b, d = local[:4], local[4:], ""
        elif length == 6 and country_code in ("48", "44"):
            a, b, d = local[:3], local[3:], ""
        elif length == 6:
            a, b, d = local[:2], local[2:4], local[4:]
        elif country_code == "44":
            a, b, d = local[:3], local[3:], ""
        else:
            a, b, d = local[:3], local[3:5], local[5:]
        value = template.format(c=code, a=a, b=b, d=d).strip()
        return value, f"+{country_code}{code}{local}"

    def email(self, first: str, last: str, domain: str | None = None) -> tuple[str, str]:
        """(value as written, lower-cased) of an address for this person."""
        rng = self.rng
        given, family = _latin(first), _latin(last)
        if domain is not None:  # work addresses follow the company's scheme
            pattern = rng.randrange(3)
        else:
            pattern = rng.randrange(3, 10)
            domain = rng.choice(PERSONAL_DOMAINS)
        year = rng.randrange(60, 100) if rng.random() < 0.5 else rng.randrange(0, 10)
        parts = (
            (given, ".", family),
            (given[0], ".", family),
            (family, ".", given[0]),
            (given, ".", family),
            (given[0], ".", family),
            (family, ".", given),
            (given, family, f"{year:02d}"),
            (family, str(rng.randrange(1, 999))),
            (given, "_", family),
            (given[0], family, f"{year:02d}"),
        )[pattern]
        local = "".join(parts)
        normalized = f"{local}@{domain}"
        if rng.random() < 0.15:
            return f"{local.capitalize()}@{domain.capitalize()}", normalized
        return normalized, normalized


def _digits(rng: random.Random, count: int) -> str:
    """`count` random decimal digits."""
    return f"{rng.randrange(10**count):0{count}d}"


_latin_cache: dict[str, str] = {}


def _latin(text: str) -> str:
    value = _latin_cache.get(text)
    if value is None:
        value = _latin_cache[text] = w.latin(text) or "client"
    return value


def _slug(text: str) -> str:
    return "-".join(filter(None, (w.latin(part) for part in text.replace("-", " ").split())))
