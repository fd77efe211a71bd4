"""Phone validation and transformation rules (IMP-7, IMP-8), then E.164.

Rules work on the digits of a number, as call-centre people write them:
- validation `[11]` lets only 11-digit numbers pass (`[10,11]` and `[10-12]` list several);
- transformation `[11]/-7+8` replaces a leading 7 by 8 in 11-digit numbers, `[10]/+7` puts 7 in
  front of 10-digit numbers, `[11]/-8` drops a leading 8. Several rules apply in the order given,
  each to the result of the one before. Transformations run before validation, so `[10]/+7`
  with `[11]` accepts a 10-digit local number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop_crm.errors import Code, ImportSettingsError
from desktop_crm.services.phones import split_extension, try_normalize_phone, with_extension

_RULE = re.compile(r"^\[(\d{1,2})\]/(?:-(\d+))?(?:\+(\d+))?$")
_VALID = re.compile(r"^\[(\d{1,2}(?:\s*[-,]\s*\d{1,2})*)\]$")
_PAUSE = re.compile(r"[pPwW;,].*$")  # dial pauses of phone-book entries: "555-1234p12"
# What may stand between two numbers in one cell: "+7 916 ..., 8 495 ...", "... / ...", a line
# break, or a word. The separator is kept (the capturing group) to glue back what is no number.
_BETWEEN_NUMBERS = re.compile(r"(\s*[,/\n]\s*|\s+(?:или|or|lub)\s+)", re.IGNORECASE)
_MAYBE_SEVERAL = re.compile(r"[,/\n]|\s(?:или|or|lub)\s", re.IGNORECASE)
MIN_NUMBER_DIGITS = 7  # fewer: an extension, a pause or an area code ("030/1234567"), not a number


@dataclass(frozen=True)
class PhoneRule:
    text: str
    length: int
    remove: str
    add: str

    def apply(self, digits: str) -> str:
        if len(digits) != self.length:
            return digits
        if self.remove:
            if not digits.startswith(self.remove):
                return digits
            return self.add + digits[len(self.remove) :]
        return self.add + digits


def _split(texts: list[str] | tuple[str, ...]) -> list[str]:
    out: list[str] = []
    for text in texts:
        out += [t.strip() for t in re.split(r"[\s;]+|,(?=\s*\[)", text) if t.strip()]
    return out


def parse_rules(texts: list[str] | tuple[str, ...]) -> list[PhoneRule]:
    """Transformation rules from their written form; `ImportSettingsError` for a malformed one."""
    rules = []
    for text in _split(texts):
        match = _RULE.match(text)
        if not match or not (match.group(2) or match.group(3)):
            raise ImportSettingsError(Code.PHONE_RULE_INVALID, rule=text)
        rules.append(
            PhoneRule(text, int(match.group(1)), match.group(2) or "", match.group(3) or "")
        )
    return rules


def parse_validation(texts: list[str] | tuple[str, ...]) -> frozenset[int]:
    """Allowed digit counts from `[11]`, `[10,11]` or `[10-12]`; empty = any count."""
    lengths: set[int] = set()
    for text in _split(texts):
        match = _VALID.match(text.replace(" ", ""))
        if not match:
            raise ImportSettingsError(Code.PHONE_VALID_INVALID, rule=text)
        for part in match.group(1).split(","):
            low, _, high = part.partition("-")
            lo, hi = int(low), int(high or low)
            if lo > hi or hi > 20:
                raise ImportSettingsError(Code.PHONE_VALID_RANGE, rule=text)
            lengths.update(range(lo, hi + 1))
    return frozenset(lengths)


# A number written with digits and the usual separators only: no extension, no dial pause.
_SEPARATORS = str.maketrans("", "", "+-(). ")
_PLAIN_CHARACTERS = str.maketrans("", "", "0123456789+-(). ")


def strip_extension(raw: str) -> str:
    """The number without its extension (`split_extension`) and dial pauses."""
    text = split_extension(raw)[0]
    return _PAUSE.sub("", text) if any(c in text for c in "pPwW;,") else text


def extension_of(raw: str) -> str | None:
    return split_extension(raw)[1]


def split_numbers(text: str) -> list[str]:
    """The numbers of a cell that may hold several: "+7 916 123-45-67, 8 495 111-22-33" is two,
    "+7 916 123-45-67, доб. 123" and "030/1234567" one each (a piece with fewer than
    `MIN_NUMBER_DIGITS` digits stays with its neighbour)."""
    if not _MAYBE_SEVERAL.search(text):
        return [text]
    pieces = _BETWEEN_NUMBERS.split(text)  # number, separator, number, ...
    numbers = [pieces[0]]
    for separator, piece in zip(pieces[1::2], pieces[2::2], strict=True):
        short = _digit_count(piece) < MIN_NUMBER_DIGITS
        if short or _digit_count(numbers[-1]) < MIN_NUMBER_DIGITS:
            numbers[-1] += separator + piece
        else:
            numbers.append(piece)
    return [n.strip() for n in numbers]


def _digit_count(text: str) -> int:
    return sum(ch.isdigit() for ch in text)


def _ru_national(ten: str) -> bool:
    return ten[0] in "349" or (ten[0] == "8" and ten[1:3] != "10")


def _fast_e164(digits: str, plus: bool, region: str) -> str | None:
    """E.164 without phonenumbers for the shapes that fill Russian files; None = ask it."""
    n = len(digits)
    if plus:
        if n == 11 and digits[0] == "7":
            return "+" + digits
        return None
    if region == "RU":
        # 8 10 ... is the international prefix ("810 48 ..."): phonenumbers reads it apart
        if n == 11 and digits[0] in "78" and _ru_national(digits[1:]):
            return "+7" + digits[1:]
        if n == 10 and _ru_national(digits):
            return "+7" + digits
    return None


@dataclass(frozen=True)
class PhoneOutcome:
    e164: str | None
    value: str  # what is kept as the typed value: the cell text, or the rule's result
    error: str | None  # why the number was refused


class PhonePolicy:
    """Everything an import does to one phone cell value: rules, validation, E.164."""

    def __init__(
        self,
        region: str = "RU",
        rules: list[str] | tuple[str, ...] = (),
        validation: list[str] | tuple[str, ...] = (),
    ) -> None:
        self.region = (region or "RU").upper()
        self.rules = parse_rules(rules)
        self.lengths = parse_validation(validation)
        self._cache: dict[str, PhoneOutcome] = {}

    def normalize(self, raw: str) -> PhoneOutcome:
        hit = self._cache.get(raw)
        if hit is None:
            hit = self._normalize(raw)
            if len(self._cache) < 50_000:  # real files repeat numbers; memory stays flat
                self._cache[raw] = hit
        return hit

    def _normalize(self, raw: str) -> PhoneOutcome:
        text = raw.strip()
        extension = None
        if not text.translate(_PLAIN_CHARACTERS):
            number = text  # the common case: nothing to strip, ASCII digits only
            digits = text.translate(_SEPARATORS)
        else:
            number, extension = strip_extension(text), extension_of(text)
            digits = "".join(ch for ch in number if ch.isdigit())
        plus = number.lstrip("( ").startswith("+")
        if number.startswith("00") and not plus:
            digits, plus = digits[2:], True  # 0048...: international prefix of Europe
            number = "+" + digits
        if not digits:
            return PhoneOutcome(None, text, f"{raw!r} holds no digits")
        changed = digits
        for rule in self.rules:
            changed = rule.apply(changed)
        if self.lengths and len(changed) not in self.lengths:
            allowed = "/".join(str(n) for n in sorted(self.lengths))
            return PhoneOutcome(
                None,
                text,
                f"{raw!r} has {len(changed)} digits; the validation rule wants {allowed}",
            )
        if changed != digits:
            e164 = _fast_e164(changed, False, self.region) or try_normalize_phone(
                changed, self.region
            )
            value = changed
        else:
            e164 = _fast_e164(digits, plus, self.region) or try_normalize_phone(number, self.region)
            value = text
        if e164 is None:
            return PhoneOutcome(None, text, f"{raw!r} is not a phone number")
        return PhoneOutcome(with_extension(e164.partition(";")[0], extension), value, None)
