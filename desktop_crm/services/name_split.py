"""The proposed split of a full name into last / first / middle name, and how sure it is (CTL-6).

A split is *sure* when the pattern leaves no choice: a patronymic in its place ("Иванов Иван
Иванович", "Иван Иванович Петров", "Нурланов Ерлан Маратулы", "Алиев Рашид Гасан оглы"), a
known first name beside a word that is not one ("Анна Петрова", "Jan Kowalski"), a surname
ending on one word only, initials beside one word ("Иванов И.И.", "J. Smith"), "Smith, John".
It is *doubtful* when a person should look: two words with no hint of which is the surname, a
single word, unusual counts, mixed scripts, digits or signs. A company's name ("ООО
«Ромашка»", "Acme Inc.", any name in quotes) is not a person's: nothing to split, and sure of
it.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from desktop_crm.services.first_names import is_first_name, is_surname_too

SURE, DOUBTFUL = "sure", "doubtful"

# Why a split is what it is (the `reason` of a `NameSplit`).
COMPANY = "company"
EMPTY = "empty"
PATRONYMIC = "patronymic"
COMMA = "comma"
INITIALS = "initials"
FIRST_NAME = "first name known"
SURNAME = "surname ending"
ONE_WORD = "one word"
COUNT = "unusual count"
MIXED = "mixed scripts"
NOT_LETTERS = "not only letters"
NO_HINT = "no surname hint"
AMBIGUOUS = "patronymic or surname"

# Legal forms that mark a name as a company's: "ООО Ромашка", "Acme Inc.", "Nowak Sp. z o.o."
LEGAL_FORM = re.compile(
    r"(?:^|\s)(?:ООО|ОАО|ЗАО|ПАО|АО|ИП|НКО|ГУП|МУП|ФГУП|ТОО|LLC|LLP|PLC|Inc\.?|Ltd\.?|GmbH|AG|"
    r"S\.A\.|Sp\.\s?z\s?o\.\s?o\.?|Sp\.\s?j\.|S\.C\.|Corp\.?|Co\.)(?:\s|$|,)|«",
    re.IGNORECASE,  # "ооо Ромашка", "Nowak sp. z o.o." are written so too
)
_QUOTES = re.compile(r"[\"«»„“”]")
_NOT_LETTERS = re.compile(r"[\d@#&/\\()\[\]{}+=_*%$|<>]")  # "Иванов 2", "Jan & Anna Nowak"
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[a-z\u00c0-\u024f]", re.IGNORECASE)
_INITIAL = re.compile(r"^(?:[^\W\d_]\.)+[^\W\d_]?$|^[^\W\d_]$")
_LETTER = re.compile(r"[^\W\d_]")

# Patronymics: East Slavic by ending (also transliterated), Turkic joined ("Маратулы").
_MALE_PATRONYMIC = re.compile(r"(?:ович|евич|ич|ovich|evich|ovič|evič)$", re.IGNORECASE)
_FEMALE_PATRONYMIC = re.compile(r"(?:овна|евна|ична|ovna|evna|ichna)$", re.IGNORECASE)
_TURKIC_JOINED = re.compile(
    r".{3,}(?:улы|ұлы|уулу|кызы|қызы|гызы|оглы|оглу|угли|кизи|uly|kyzy|qyzy|uulu|ogly|oglu|qizi)$",
    re.IGNORECASE,
)
# Turkic patronymics written as a second word: "Гасан оглы", "Асан уулу", "Марат кызы".
TURKIC_TAIL = frozenset(
    {
        "оглы",
        "огли",
        "оглу",
        "улы",
        "ұлы",
        "уулу",
        "кызы",
        "қызы",
        "гызы",
        "кизи",
        "угли",
        "uly",
        "kyzy",
        "uulu",
        "ogly",
        "oglu",
        "qizi",
    }
)
# The stem of a patronymic, to find the father's first name: "Ильич" -> "Иль" -> "Илья".
_PATRONYMIC_SUFFIX = re.compile(r"(?:инична|ична|овна|евна|ович|евич|ич)$", re.IGNORECASE)
_STEM_ENDINGS = ("", "й", "ь", "а", "я")
_IRREGULAR_STEMS = {"павл": "павел", "льв": "лев"}

# Surname endings: East Slavic, Caucasian, Polish, English; prefixes O', Mc, Mac, Fitz.
_SURNAME_CYRILLIC = re.compile(
    r"(?:ов|ев|ёв|ин|ын|ова|ева|ёва|ина|ына|ский|ская|цкий|цкая|ской|енко|ук|юк|ых|их|швили|дзе|"
    r"ян|янц)$",
    re.IGNORECASE,
)
_SURNAME_LATIN = re.compile(
    r"(?:ski|ska|cki|cka|dzki|dzka|wicz|czyk|czak|ak|son|sen|ová|ov|ova|ev|eva|enko|uk)$|"
    r"^(?:O['’]|Mc|Mac|Fitz)\w",
    re.IGNORECASE,
)
# Particles that belong to the surname: "Ludwig van Beethoven", "Anna de la Cruz".
_PARTICLES = frozenset(
    {
        "van",
        "von",
        "der",
        "den",
        "de",
        "del",
        "della",
        "di",
        "da",
        "dos",
        "du",
        "la",
        "le",
        "ten",
        "ter",
        "фон",
        "ван",
        "де",
    }
)


class NameSplit(NamedTuple):
    """A proposed split: the parts (None for an absent one), SURE or DOUBTFUL, and why."""

    last: str | None
    first: str | None
    middle: str | None
    confidence: str
    reason: str

    @property
    def sure(self) -> bool:
        return self.confidence == SURE

    @property
    def company(self) -> bool:
        return self.reason == COMPANY

    @property
    def parts(self) -> tuple[str | None, str | None, str | None]:
        return self.last, self.first, self.middle


def is_company_name(text: str) -> bool:
    """A legal form or a name in quotes: "ООО Ромашка", "Acme Inc.", "«Рога и копыта»"."""
    return LEGAL_FORM.search(text) is not None or _QUOTES.search(text) is not None


def propose_split(full_name: str) -> NameSplit:
    """The split of a person's full name; see the module's docstring for what is sure."""
    text = " ".join(full_name.split())
    if not text:
        return NameSplit(None, None, None, DOUBTFUL, EMPTY)
    if is_company_name(text):
        return NameSplit(None, None, None, SURE, COMPANY)
    split = _comma_split(text) if "," in text else None
    if split is None:
        words = text.replace(",", " ").split()
        has_initials = "." in text or any(len(word) == 1 for word in words)
        split = _split_words(_expand_initials(words) if has_initials else words, has_initials)
    if split.sure and _CYRILLIC.search(text) and _LATIN.search(text):
        return split._replace(confidence=DOUBTFUL, reason=MIXED)
    if split.sure and _NOT_LETTERS.search(text):
        return split._replace(confidence=DOUBTFUL, reason=NOT_LETTERS)
    return split


def _split(
    last: str | None, first: str | None, middle: str | None, sure: bool, reason: str
) -> NameSplit:
    return NameSplit(last, first, middle, SURE if sure else DOUBTFUL, reason)


def _comma_split(text: str) -> NameSplit | None:
    """ "Smith, John", "Иванов, Иван Иванович": the surname first, then the given names."""
    last, _, rest = text.partition(",")
    given = rest.split()
    if len(last.split()) != 1 or not 1 <= len(given) <= 2 or "," in rest:
        return None
    return _split(last.strip(), given[0], given[1] if len(given) > 1 else None, True, COMMA)


def _expand_initials(words: list[str]) -> list[str]:
    """ "И.И." -> "И.", "И."; other words as they are."""
    out: list[str] = []
    for word in words:
        if _INITIAL.match(word):
            out.extend(f"{letter}." for letter in _LETTER.findall(word))
        else:
            out.append(word)
    return out


def _is_initial(word: str) -> bool:
    return bool(_INITIAL.match(word))


def _merge_particles(words: list[str]) -> list[str]:
    """ "Ludwig van Beethoven" -> "Ludwig", "van Beethoven": a particle starts the surname."""
    out: list[str] = []
    pending: list[str] = []
    for i, word in enumerate(words):
        if i > 0 and i < len(words) - 1 and word in _PARTICLES:
            pending.append(word)
            continue
        out.append(" ".join([*pending, word]))
        pending = []
    return out


def _split_words(words: list[str], has_initials: bool) -> NameSplit:
    if has_initials and any(_is_initial(w) for w in words):
        return _with_initials(words)
    tail = [i for i, w in enumerate(words) if i >= 2 and w.casefold() in TURKIC_TAIL]
    if tail:
        return _turkic_two_words(words, tail[0])
    if not _PARTICLES.isdisjoint(words[1:-1]):
        words = _merge_particles(words)
    if len(words) == 1:
        word = words[0]
        if _surname_like(word) and not is_first_name(word):
            return _split(word, None, None, False, ONE_WORD)
        return _split(None, word, None, False, ONE_WORD)
    if len(words) == 2:
        return _two_words(*words)
    if len(words) == 3:
        return _three_words(*words)
    if _CYRILLIC.search(words[0]):
        return _split(words[0], words[1], " ".join(words[2:]), False, COUNT)
    return _split(words[-1], words[0], " ".join(words[1:-1]), False, COUNT)


def _with_initials(words: list[str]) -> NameSplit:
    """ "Иванов И.И.", "И. И. Иванов", "J. Smith", "John F. Kennedy"."""
    names = [w for w in words if not _is_initial(w)]
    initials = [w for w in words if _is_initial(w)]
    if len(names) == 1 and len(initials) <= 2:
        name = names[0]
        if is_first_name(name) and not _surname_like(name) and words[0] == name:
            return _split(" ".join(initials), name, None, False, INITIALS)  # "Anna K."
        middle = initials[1] if len(initials) > 1 else None
        return _split(name, initials[0], middle, True, INITIALS)
    if len(names) == 2 and len(initials) == 1:
        two = _two_words(*names)
        return two._replace(middle=initials[0])
    return _split(None, " ".join(words), None, False, COUNT)


def _turkic_two_words(words: list[str], tail: int) -> NameSplit:
    """A patronymic of two words ("Гасан оглы") and the names around it."""
    middle = " ".join(words[tail - 1 : tail + 1])
    before, after = words[: tail - 1], words[tail + 1 :]
    if not after and len(before) == 2:
        return _split(before[0], before[1], middle, True, PATRONYMIC)
    if not after and len(before) == 1:
        sure = not _surname_like(before[0]) or is_first_name(before[0])
        return _split(None, before[0], middle, sure, PATRONYMIC)
    if len(after) == 1 and len(before) == 1:
        return _split(after[0], before[0], middle, True, PATRONYMIC)
    rest = before + after
    return _split(" ".join(rest[:1]) or None, " ".join(rest[1:]) or None, middle, False, COUNT)


def patronymic_kind(word: str) -> str | None:
    """ "known": a patronymic of a known first name, or a female or Turkic one; "ending": it
    only ends like one ("Мицкевич" may be a surname); None: not a patronymic."""
    if _TURKIC_JOINED.match(word) or (len(word) > 5 and _FEMALE_PATRONYMIC.search(word)):
        return "known"
    if len(word) <= 4 or not _MALE_PATRONYMIC.search(word):
        return None
    stem = _PATRONYMIC_SUFFIX.sub("", word.casefold())
    stem = _IRREGULAR_STEMS.get(stem, stem)
    candidates = [stem + end for end in _STEM_ENDINGS]
    if stem.endswith("ь"):
        candidates.append(stem[:-1] + "ий")  # Юрьевич -> Юрий
    return "known" if any(is_first_name(c) for c in candidates) else "ending"


def _is_turkic_joined(word: str) -> bool:
    return bool(_TURKIC_JOINED.match(word))


def _surname_like(word: str) -> bool:
    """Ends like a surname, has a surname's prefix or particle, or is a double name whose
    halves are not first names ("Nowak-Kowalska")."""
    if " " in word:
        return True  # "van Beethoven"
    if "-" in word.strip("-") and not is_first_name(word):
        return True
    pattern = _SURNAME_CYRILLIC if _CYRILLIC.search(word) else _SURNAME_LATIN
    return bool(pattern.search(word))


def _two_words(w1: str, w2: str) -> NameSplit:
    """ "Анна Ильинична", "Анна Петрова", "Петрова Анна", "Jan Kowalski", "Иван Мицкевич"."""
    kind = patronymic_kind(w2)
    if kind is not None and patronymic_kind(w1) is None:
        if _is_turkic_joined(w2):  # "Ерлан Маратулы": in Kazakhstan often the surname
            return _split(None, w1, w2, False, AMBIGUOUS)
        if kind == "known":
            return _split(None, w1, w2, True, PATRONYMIC)
        if is_first_name(w1):
            return _split(w2, w1, None, False, AMBIGUOUS)
    last, first, sure, reason = _order_two(w1, w2)
    return _split(last, first, None, sure, reason)


def _order_two(w1: str, w2: str) -> tuple[str, str, bool, str]:
    """(last, first, sure, reason) of two words that are a first name and a surname."""
    f1, f2 = (is_first_name(w) and not is_surname_too(w) for w in (w1, w2))
    if f1 != f2:
        return (w2, w1, True, FIRST_NAME) if f1 else (w1, w2, True, FIRST_NAME)
    latin = not _CYRILLIC.search(w1 + w2)
    if latin and not f1 and not f2 and is_first_name(w1) and not is_first_name(w2):
        return w2, w1, True, FIRST_NAME  # "James Brown": the list and the Western order agree
    s1, s2 = _surname_like(w1), _surname_like(w2)
    if not f1 and s1 != s2:
        return (w1, w2, True, SURNAME) if s1 else (w2, w1, True, SURNAME)
    if latin:
        return w2, w1, False, NO_HINT
    return w1, w2, False, NO_HINT  # the Russian documents' order: surname first


def _three_words(w1: str, w2: str, w3: str) -> NameSplit:
    """ "Фамилия Имя Отчество", "Имя Отчество Фамилия", "John Paul Smith", "Smith John Paul"."""
    p2, p3 = patronymic_kind(w2), patronymic_kind(w3)
    if p3 and not p2:
        return _split(w1, w2, w3, True, PATRONYMIC)
    if p2 and not p3:
        return _split(w3, w1, w2, True, PATRONYMIC)
    if p2 and p3:  # "Богданович Иван Петрович" or "Иван Петрович Богданович"
        if p3 == "known" and is_first_name(w2) and not is_first_name(w1):
            return _split(w1, w2, w3, True, PATRONYMIC)
        if p2 == "known" and is_first_name(w1) and not is_first_name(w3):
            return _split(w3, w1, w2, True, PATRONYMIC)
        return _split(w1, w2, w3, False, AMBIGUOUS)
    f1, f2, f3 = (is_first_name(w) for w in (w1, w2, w3))
    latin = not _CYRILLIC.search(w1 + w2 + w3)
    if f1 and f2 and not f3:
        return _split(w3, w1, w2, latin, FIRST_NAME)
    if f2 and f3 and not f1:
        return _split(w1, w2, w3, latin, FIRST_NAME)
    if latin:
        return _split(w3, w1, w2, False, NO_HINT)
    return _split(w1, w2, w3, False, NO_HINT)
