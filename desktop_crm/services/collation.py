"""Sort keys for names in the base's language: bytes whose plain byte order (SQLite compares a
BLOB with memcmp, PostgreSQL a bytea bytewise, Python bytes alike) is the language's
alphabetical order, so the client list sorts by an indexed column (`clients.sort_key`) and
stays instant at a million clients.

The library is `pyuca`, the Unicode Collation Algorithm with its default table (DUCET) in pure
Python (MIT): it installs everywhere the application does (the Windows installer included),
needs no system library, and gives every desktop of a shared base the same keys, since its table
is part of the package, and named here (DUCET 9.0.0): a release of pyuca with another default
table changes no stored key. ICU (PyICU) was weighed and left: PyPI has no wheels of it, so it
needs libicu and a compiler on every machine and none for Windows; the third-party
`pyicu-wheels` bundles 50 MB, is marked beta, and its keys change with each ICU version.

The DUCET order is the root order of CLDR, right for English. The two other languages of the
application are tailored here as CLDR tailors them, in a small table:
- Polish: ą, ć, ę, ł, ń, ó, ś, ź, ż are letters of their own, each right after its base letter
  (ź then ż after z), where DUCET has them as accented forms (a second-level difference);
- Russian: Cyrillic sorts before Latin (CLDR's "[reorder Cyrl]"); ё stays a variant of е.

A key is three levels of weights (letters, then accents, then case), fixed width per level, with
a zero separator between levels: primaries take 3 bytes (multiplied by 4 to leave room for the
tailored letters right after their base letter), accents 2, case 1. Keys are cut at
`MAX_KEY_BYTES` (a PostgreSQL index entry must stay small); names alike that far tie, and the
list breaks ties by id. A change to the table or the tailoring changes stored keys: it needs a
migration that runs `sort_keys.rebuild_sort_keys`.
"""

from __future__ import annotations

import unicodedata
from functools import cache

from pyuca.collator import Collator_9_0_0 as UcaTable

ENGLISH, POLISH, RUSSIAN = "en", "pl", "ru"
SORT_LANGUAGES = (ENGLISH, POLISH, RUSSIAN)
MAX_KEY_BYTES = 400
# A name longer than this adds nothing to a key that is cut at MAX_KEY_BYTES.
_MAX_CHARS = MAX_KEY_BYTES // 3

# Tailored letters: (base letter, the letters right after it in order).
_POLISH_LETTERS = ("aą", "cć", "eę", "lł", "nń", "oó", "sś", "zźż")
_WORDS_KEPT = 200_000  # words whose levels a collation keeps (a few dozen MB at most)
_COMMON_SECONDARY = 0x20
_LOWER, _UPPER = 0x02, 0x08


@cache
def _uca() -> UcaTable:
    return UcaTable()  # parses its table once: about 0.1 s


def _root_elements(text: str) -> list[list[int]]:
    elements: list[list[int]] = _uca().collation_elements(unicodedata.normalize("NFD", text))
    return elements


def _primary(letter: str) -> int:
    return _root_elements(letter)[0][0]


class Collation:
    """The sort keys of one language."""

    def __init__(self, language: str) -> None:
        self.language = language
        self._tailored: dict[str, tuple[int, int, int]] = {}
        if language == POLISH:
            for letters in _POLISH_LETTERS:
                base = letters[0]
                for rank, letter in enumerate(letters[1:], start=1):
                    weight = _primary(base) * 4 + rank
                    self._tailored[letter] = (weight, _COMMON_SECONDARY, _LOWER)
                    self._tailored[letter.upper()] = (weight, _COMMON_SECONDARY, _UPPER)
        # Russian: the Cyrillic block of primaries moves to where Latin starts; Latin, Greek
        # and Coptic (between them in DUCET) move up by its length. Nothing else moves.
        self._reorder = language == RUSSIAN
        self._latin, self._cyrillic = _primary("a"), _primary("а")
        self._cyrillic_end = _primary("ⰰ")  # Glagolitic follows Cyrillic in DUCET
        self._words: dict[str, tuple[bytes, bytes, bytes]] = {}

    def _weight(self, primary: int) -> int:
        if self._reorder and self._latin <= primary < self._cyrillic_end:
            if primary >= self._cyrillic:
                primary += self._latin - self._cyrillic
            else:
                primary += self._cyrillic_end - self._cyrillic
        return primary * 4

    def elements(self, text: str) -> list[tuple[int, int, int]]:
        """The collation elements of `text`, tailored and with the final primary weights."""
        found: list[tuple[int, int, int]] = []
        start = 0

        def root(part: str) -> None:
            for p, s, t in _root_elements(part):
                found.append((self._weight(p) if p else 0, s, t))

        for i, char in enumerate(text):
            tailored = self._tailored.get(char)
            if tailored is not None:
                if start < i:
                    root(text[start:i])
                found.append(tailored)
                start = i + 1
        if start < len(text):
            root(text[start:])
        return found

    def key(self, text: str) -> bytes:
        """The sort key of `text` (at most `MAX_KEY_BYTES`), built from the levels of its
        words, each word's read once (names repeat their words: ten times faster)."""
        words = unicodedata.normalize("NFC", text)[:_MAX_CHARS].split(" ")
        levels = [self._word_levels(word) for word in words]
        space = self._word_levels(" ")
        out = bytearray()
        for level, separator in ((0, bytes(3)), (1, bytes(2)), (2, b"")):
            out += space[level].join(word[level] for word in levels) + separator
        return bytes(out[:MAX_KEY_BYTES])

    def _word_levels(self, word: str) -> tuple[bytes, bytes, bytes]:
        levels = self._words.get(word)
        if levels is None:
            elements = self.elements(word)
            levels = (
                b"".join(p.to_bytes(3, "big") for p, _s, _t in elements if p),
                b"".join(s.to_bytes(2, "big") for _p, s, _t in elements if s),
                bytes(t for _p, _s, t in elements if t),
            )
            if len(self._words) >= _WORDS_KEPT:
                self._words.clear()
            self._words[word] = levels
        return levels


@cache
def collation(language: str) -> Collation:
    """The collation of one of `SORT_LANGUAGES` (any other reads as English: DUCET's order)."""
    return Collation(language if language in SORT_LANGUAGES else ENGLISH)


def sort_key(full_name: str, language: str) -> bytes:
    """The key a client's list sorts by: its name's order in `language`, case and spacing as
    written (ties of case: lower case first)."""
    return collation(language).key(" ".join(full_name.split()))
