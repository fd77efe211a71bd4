"""Which encoding a text file is in (IMP-1): BOMs and valid UTF-8 first (cheap and certain),
then UTF-16 without a BOM, then a choice among the single-byte code pages a Russian or Polish
office produces (cp1251, KOI8-R, cp1250, ISO-8859-2, cp1252).

General detectors guess badly on a short file of a few names, so the single-byte choice scores
each decoding by how much it looks like words: one script per word, sane letter case (KOI8-R
read as cp1251 flips the case of every letter), and letters of the language the code page is
for (cp1250 gives "ł", cp1252 gives "³" for the same byte). charset-normalizer is the last
resort for anything else.
"""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

from desktop_crm.errors import Code, ImportFileError, ImportSettingsError

SINGLE_BYTE = ("cp1251", "koi8-r", "cp1250", "iso-8859-2", "cp1252")
_LANGUAGE_LETTERS = {
    "cp1250": set("ąćęłńóśźżĄĆĘŁŃÓŚŹŻáčďéěíňřšťúůýžÁČĎÉĚÍŇŘŠŤÚŮÝŽőűŐŰäöüÄÖÜß"),
    "iso-8859-2": set("ąćęłńóśźżĄĆĘŁŃÓŚŹŻáčďéěíňřšťúůýžÁČĎÉĚÍŇŘŠŤÚŮÝŽőűŐŰäöüÄÖÜß"),
    "cp1252": set("àâäæçéèêëîïôöœùûüÿñáíóúÀÂÄÆÇÉÈÊËÎÏÔÖŒÙÛÜŸÑÁÍÓÚßøåØÅãõÃÕ"),
}
_FREQUENT_CYRILLIC = set("оеаинтслрвкмдпуя")
_USUAL_SYMBOLS = set("«»–—№€„“”‘’…°\u00a0·©®™")
_WORD = re.compile(r"[^\W\d_]+")
_CYR = re.compile(r"[\u0400-\u04ff]")
_LAT = re.compile(r"[a-zA-Z\u00c0-\u024f]")


def _bom(sample: bytes) -> str | None:
    if sample.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if sample.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)) and len(sample) % 4 == 0:
        return "utf-32"
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    return None


def _utf16_without_bom(sample: bytes) -> str | None:
    head = sample[:4096]
    if len(head) < 4:
        return None
    even, odd = head[0::2], head[1::2]
    even_zero = even.count(0) / len(even)
    odd_zero = odd.count(0) / max(1, len(odd))
    if even_zero > 0.3 and odd_zero < 0.05:
        return "utf-16-be"
    if odd_zero > 0.3 and even_zero < 0.05:
        return "utf-16-le"
    return None


def _is_utf8(sample: bytes, complete: bool) -> bool:
    try:
        codecs.getincrementaldecoder("utf-8")().decode(sample, final=complete)
    except UnicodeDecodeError:
        return False
    return True


def _score(text: str, codepage: str) -> float:
    """How word-like `text` reads; only words and symbols outside ASCII count."""
    score = 0.0
    letters = _LANGUAGE_LETTERS.get(codepage)
    for word in _WORD.findall(text):
        if word.isascii():
            continue
        cyr, lat = bool(_CYR.search(word)), bool(_LAT.search(word))
        if cyr and lat:
            score -= 3 + len(word)
            continue
        cased = word.islower() or word.isupper() or (word[0].isupper() and word[1:].islower())
        if len(word) > 1:
            score += 1 if cased else -2 - len(word) / 2
        if cyr:
            score += sum(0.3 for ch in word.casefold() if ch in _FREQUENT_CYRILLIC)
        else:
            foreign = [ch for ch in word if not ch.isascii()]
            if len(foreign) > max(1, len(word) // 2):
                score -= len(foreign)  # Latin words are mostly ASCII letters
            if letters is not None:
                score += sum(1 if ch in letters else -1 for ch in foreign)
            else:
                score -= len(foreign)  # a Cyrillic code page giving Latin letters
    for ch in text:
        if not ch.isascii() and not ch.isalpha() and not ch.isspace() and ch not in _USUAL_SYMBOLS:
            score -= 2  # box drawing, stray symbols: a wrong decoding
    return score


_HIGH_LINE = re.compile(rb"[^\n]*[\x80-\xff][^\n]*")


def _telling_part(sample: bytes, limit: int = 400) -> bytes:
    """The lines that hold non-ASCII bytes (only they tell code pages apart), at most `limit`."""
    lines = []
    for match in _HIGH_LINE.finditer(sample):
        lines.append(match.group(0)[:2000])
        if len(lines) >= limit:
            break
    return b"\n".join(lines)


def _scores(sample: bytes) -> dict[str, tuple[float, int]]:
    """(score, bytes the code page has no character for) of each single-byte code page; a
    byte without a character costs as much as a badly cased word."""
    scores = {}
    for name in SINGLE_BYTE:
        text = sample.decode(name, errors="replace")
        invalid = text.count("\ufffd") - sample.decode("latin-1").count("\ufffd")
        scores[name] = (_score(text.replace("\ufffd", " "), name) - 4 * invalid, invalid)
    return scores


def _refuse_unsure(scores: dict[str, tuple[float, int]], best: str) -> None:
    """A file whose best reading still has bytes without a character is not guessed (another
    code page that has them all reads as nonsense): the user is asked to name it."""
    if scores[best][1]:
        raise ImportFileError(Code.ENCODING_UNSURE, encoding=best)


def guess_single_byte(sample: bytes, *, sure: bool = False) -> str:
    """The single-byte code page of `sample`. With `sure`, `ImportFileError` when the guess is
    not certain (the best reading leaves bytes without a character)."""
    sample = _telling_part(sample) or sample[:65536]
    scores = _scores(sample)
    best_name = max(scores, key=lambda name: scores[name][0])
    best_score = scores[best_name][0]
    if best_score >= -2 or (sure and scores[best_name][1]):
        if sure:
            _refuse_unsure(scores, best_name)
        return best_name
    guess = from_bytes(sample).best()
    if guess is not None:
        return guess.encoding
    if scores[best_name][1] == 0:
        return best_name
    raise ImportFileError(Code.ENCODING_UNKNOWN)


def detect_encoding(sample: bytes, *, complete: bool) -> str:
    """The encoding of a text whose beginning is `sample` (`complete`: the sample is all of it).

    Raises `ImportFileError` for binary data (NUL bytes outside UTF-16/32).
    """
    bom = _bom(sample)
    if bom:
        return bom
    utf16 = _utf16_without_bom(sample)
    if utf16:
        return utf16
    if b"\x00" in sample:
        raise ImportFileError(Code.NUL_BYTES)
    if _is_utf8(sample, complete):
        return "utf-8"
    return guess_single_byte(sample, sure=True)


def check_encoding_name(name: str) -> str:
    """The codec name for a user-given encoding, or `ImportSettingsError`."""
    try:
        return codecs.lookup(name).name
    except LookupError as exc:
        raise ImportSettingsError(Code.ENCODING_INVALID, encoding=name) from exc
