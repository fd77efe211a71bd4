"""The import's phone shortcuts (numbers of digits and separators only skip the extension
parser; common Russian shapes skip phonenumbers) give exactly what phonenumbers gives, on the
libphonenumber example numbers of the corpus and on messy ways people write them."""

from __future__ import annotations

import csv
import random
from pathlib import Path

import phonenumbers
import pytest

from desktop_crm.services.phones import split_extension
from desktop_crm.wizards.importing.phone_rules import PhonePolicy, strip_extension

REGIONS = ("RU", "KZ", "BY", "UA", "PL", "DE", "US")


def reference(raw: str, region: str) -> str | None:
    """What the policy must return, computed the long way: extension and dial pauses cut off,
    a 00 prefix read as +, then phonenumbers on every number (no shortcut at all); the
    extension kept after it in RFC 3966 form."""
    extension = split_extension(raw.strip())[1]
    text = strip_extension(raw.strip())
    digits = "".join(ch for ch in text if ch.isdigit())
    plus = text.lstrip("( ").startswith("+")
    if text.startswith("00") and not plus:
        text = "+" + digits[2:]
    if not digits:
        return None
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_possible_number(number):
        return None
    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    return e164 + f";ext={extension}" if extension else e164


def corpus_numbers(peers: Path) -> list[tuple[str, str, str | None]]:
    """(region, national number, E.164 when the file gives it) from the libphonenumber files."""
    out: list[tuple[str, str, str | None]] = []
    for path in sorted(peers.glob("libphonenumber_examples_*.csv")):
        with path.open(encoding="utf-8", newline="") as fh:
            rows = list(csv.reader(fh, delimiter=";"))
        header = [h.strip().lower() for h in rows[0]]
        for row in rows[1:]:
            cells = [c.strip().strip('"') for c in row]
            if len(cells) < len(header) or not cells[0]:
                continue
            record = dict(zip(header, cells, strict=False))
            number = record.get("number") or record.get("national_number") or ""
            out.append((record["region"], number, record.get("e164")))
    return out


def messy(rng: random.Random, e164: str, national: str) -> list[str]:
    """Ways a person writes the same number: separators, brackets, trunk prefix, 00, spaces."""
    cc = e164[1 : len(e164) - len(national)] if e164.endswith(national) else ""
    head, tail = national[:3], national[3:]
    forms = [
        national,
        f"+{cc}{national}" if cc else national,
        f"+{cc} ({head}) {tail[:3]}-{tail[3:5]}-{tail[5:]}" if cc else national,
        f"{head}-{tail}",
        f"({head}) {tail}",
        f"{head}.{tail[:3]}.{tail[3:]}",
        f"00{cc} {national}" if cc else national,
        f"8 {head} {tail}",
        f"8({head}){tail}",
        f"  {national}  ",
        f"+{cc}\u00a0{national}" if cc else national,  # a no-break space: not a plain number
        f"{national} доб. 12",
        f"{national} ext. 7",
        f"{national}p123",
        f"+{cc}{national}#5" if cc else national,
    ]
    rng.shuffle(forms)
    return forms


def test_corpus_examples_in_their_region(peers: Path) -> None:
    numbers = corpus_numbers(peers)
    assert len(numbers) > 150
    checked = 0
    for region, national, e164 in numbers:
        got = PhonePolicy(region).normalize(national).e164
        assert got == reference(national, region), (region, national)
        if e164:
            assert got == e164, (region, national)
            checked += 1
    assert checked > 30


def test_corpus_examples_written_messily_in_every_region(peers: Path) -> None:
    rng = random.Random(11)
    policies = {region: PhonePolicy(region) for region in REGIONS}
    compared = 0
    for region, national, e164 in corpus_numbers(peers):
        full = e164 or reference(national, region)
        if full is None:
            continue
        for raw in messy(rng, full, national):
            for default in (region, *rng.sample(REGIONS, 2)):
                if default not in policies:
                    policies[default] = PhonePolicy(default)
                assert policies[default].normalize(raw).e164 == reference(raw, default), (
                    default,
                    raw,
                )
                compared += 1
    assert compared > 3000


@pytest.mark.parametrize("region", ["RU", "KZ", "PL"])
def test_random_russian_shapes_agree(region: str) -> None:
    """The shapes of a Russian call-centre file, random digits: the shortcut for 7/8/+7 and
    ten-digit numbers must never differ from phonenumbers."""
    rng = random.Random(region)
    policy = PhonePolicy(region)
    for _ in range(6_000):
        ten = "".join(rng.choice("0123456789") for _ in range(10))
        raw = rng.choice(
            [
                ten,
                "7" + ten,
                "8" + ten,
                "+7" + ten,
                f"+7 ({ten[:3]}) {ten[3:6]}-{ten[6:8]}-{ten[8:]}",
                f"8 {ten[:3]} {ten[3:]}",
                f"8({ten[:3]}){ten[3:6]}-{ten[6:]}",
                "810" + ten,
                ten[:9],
                "7" + ten + "1",
            ]
        )
        assert policy.normalize(raw).e164 == reference(raw, region), raw


def test_unusual_characters_take_the_long_way() -> None:
    """Digits of other scripts, letters and odd separators are never taken for a plain number."""
    policy = PhonePolicy("RU")
    for raw in (
        "８ ９１２ ３４５ ６７ ８９",  # full-width digits
        "٨٩١٢٣٤٥٦٧٨٩",  # Arabic-Indic digits
        "+7 912 345 67 89 x12",
        "+7/912/345/67/89",
        "+7 912 345 67 89; 8 913 111 22 33",
        "тел. 8 912 345 67 89",
        "8 912 345 67 89,,,12",
        "",
        "   ",
        "-",
        "()",
    ):
        assert policy.normalize(raw).e164 == reference(raw, "RU"), raw
