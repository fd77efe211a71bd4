"""Text of a message in the charset it declares, and a guess when it declares none or a wrong
one: UTF-8 when the bytes are valid UTF-8, else the Cyrillic code page whose reading gives
lower-case letters (most letters of a text are; KOI8-R and cp1251 swap the cases) when the text
is mostly Cyrillic, else charset-normalizer. (The import's own detector lives in wizards/,
above this layer.)"""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

_LOWER_CP1251 = range(0xE0, 0x100)  # а..я in cp1251 (А..Я in KOI8-R)
_CYRILLIC_PAIR = ("cp1251", "koi8-r")
_TITLE = re.compile(r"\b[А-ЯЁ][а-яё]+\b")
_INVERTED = re.compile(r"\b[а-яё][А-ЯЁ]+\b")
# what Russian and Polish mail programs write when they write no charset
OFFICE_CODE_PAGES = ("cp1251", "koi8_r", "cp1250", "iso8859_2", "cp1252", "iso8859_5", "cp866")
_ALIASES = {"x-cp1251": "cp1251", "win-1251": "cp1251", "koi8r": "koi8-r", "unknown-8bit": ""}


def known_charset(name: str | None) -> str | None:
    """The codec for a declared charset, or None when Python does not know it."""
    if not name:
        return None
    cleaned = name.strip().strip("\"'").lower()
    cleaned = _ALIASES.get(cleaned, cleaned)
    try:
        return codecs.lookup(cleaned).name if cleaned else None
    except LookupError:
        return None


def _cyrillic(sample: bytes) -> str | None:
    """cp1251 or KOI8-R for mostly Cyrillic `sample` (not Polish or German: their letters are
    mostly ASCII), by which reading makes most letters lower-case; None when unsure."""
    high = [b for b in sample if b >= 0xC0]
    latin = sum(1 for b in sample if 0x41 <= b <= 0x7A)
    if len(high) < 2 or len(high) < latin:
        return None
    cp1251 = sum(1 for b in high if b in _LOWER_CP1251)
    koi8 = len(high) - cp1251
    if max(cp1251, koi8) < 0.6 * len(high):
        return None
    return "cp1251" if cp1251 > koi8 else "koi8-r"


def _cases_inverted(text: str) -> bool:
    """Whether `text` reads as KOI8-R taken for cp1251 or back: words like "дНАПШИ" (a
    small letter, then capitals) outnumber words like "Добрый". All-capital text says
    nothing either way, and is left as declared."""
    inverted = len(_INVERTED.findall(text))
    return inverted >= 2 and inverted > 2 * len(_TITLE.findall(text))


def _guess(data: bytes) -> str:
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    sample = data[:65536]
    cyrillic = _cyrillic(sample)
    if cyrillic is not None:
        return cyrillic
    best = from_bytes(sample, cp_isolation=list(OFFICE_CODE_PAGES)).best()
    return best.encoding if best is not None else "cp1252"


def decode_text(data: bytes, declared: str | None = None) -> str:
    """`data` as text: in `declared` when it reads without errors, else in a guessed charset
    (bytes that still do not fit are replaced, never dropped silently)."""
    codec = known_charset(declared)
    if codec in _CYRILLIC_PAIR and not data.isascii():
        text = data.decode(codec)
        if not _cases_inverted(text[:65536]):
            return text
        # mail programs mixed these two up for years: the other one reads as words
        codec = _CYRILLIC_PAIR[1 - _CYRILLIC_PAIR.index(codec)]
    if codec is not None:
        try:
            return data.decode(codec)
        except UnicodeDecodeError:
            pass
    if data.isascii():
        return data.decode("ascii")
    return data.decode(_guess(data), errors="replace")


def has_raw_bytes(text: str) -> bool:
    """Whether `text` carries undecoded bytes (the parser's surrogate escapes)."""
    return any("\udc80" <= ch <= "\udcff" for ch in text)


def repair_header(text: str) -> str:
    """A header that held raw 8-bit bytes (no RFC 2047 encoding) comes out of the parser with
    surrogate escapes: those bytes decoded by a guess instead."""
    if not has_raw_bytes(text):
        return text
    return decode_text(text.encode("utf-8", "surrogateescape"))
