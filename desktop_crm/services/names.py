"""People's names: the folded key used for sorting, search and duplicate search, and the split of
a full name into last / first / middle (patronymic) name (CLI-2, CTL-6)."""

from __future__ import annotations

import re

from desktop_crm.text import fold_key


def name_key(full_name: str) -> str:
    """Case-folded name with single spaces and ё read as е: "Пётр  ИВАНОВ" == "петр иванов";
    NFC, without zero-width and other format characters (`text.fold_key`), so that what looks
    the same has one key, stored or searched."""
    return fold_key(full_name).replace("ё", "е")


# Russian (and other East Slavic) patronymics: Иванович, Сергеевич, Ильич, Ивановна, Ильинична.
_PATRONYMIC = re.compile(r"(?:ович|евич|ьич|ич|овна|евна|ична|инична)$", re.IGNORECASE)
# Turkic patronymics are two words: "Гасан оглы", "Алиевна кызы".
_TURKIC_PATRONYMIC_TAIL = {"оглы", "огли", "кызы", "кизи", "улы", "уулу", "оглу"}
# Typical East Slavic surname endings: a hint for the order of two-word names.
_SURNAME = re.compile(
    r"(?:ов|ев|ёв|ин|ын|ова|ева|ёва|ина|ына|ский|ская|цкий|цкая|ской|енко|ук|юк|ых|их)$",
    re.IGNORECASE,
)
_CYRILLIC = re.compile(r"[а-яё]", re.IGNORECASE)


def _is_patronymic(word: str) -> bool:
    # "Ильич" is short, but "Фрич" or "Бич" (4 letters and less) are rarely patronymics
    return len(word) > 4 and bool(_PATRONYMIC.search(word))


def split_full_name(full_name: str) -> tuple[str | None, str | None, str | None]:
    """(last, first, middle) of a person's full name; None for a part that is absent.

    Russian order is "Фамилия Имя Отчество"; a patronymic is recognised by its ending, so
    "Иван Иванович Петров" is understood too. Latin-script names are read as "First [Middle]
    Last" ("Jan Kowalski", "John Paul Smith"). A single word is taken as the first name.
    """
    words = full_name.split()
    if not words:
        return None, None, None
    cyrillic = bool(_CYRILLIC.search(full_name))
    if len(words) >= 3 and words[-1].casefold() in _TURKIC_PATRONYMIC_TAIL:
        # "Алиев Рашид Гасан оглы": last, first, two-word patronymic
        head, middle = words[:-2], " ".join(words[-2:])
        if len(head) == 1:
            return None, head[0], middle
        return " ".join(head[:-1]), head[-1], middle
    if len(words) == 1:
        return None, words[0], None
    if len(words) == 2:
        first_word, second_word = words
        if _is_patronymic(second_word):
            return None, first_word, second_word
        first_is_surname = bool(_SURNAME.search(first_word))
        second_is_surname = bool(_SURNAME.search(second_word))
        if cyrillic and (first_is_surname or not second_is_surname):
            return first_word, second_word, None
        return second_word, first_word, None
    if len(words) == 3:
        w1, w2, w3 = words
        if _is_patronymic(w3):
            return w1, w2, w3
        if _is_patronymic(w2):
            return w3, w1, w2
        if cyrillic:
            return w1, w2, w3
        return w3, w1, w2
    if cyrillic:
        return words[0], words[1], " ".join(words[2:])
    return words[-1], words[0], " ".join(words[1:-1])


def join_full_name(last: str | None, first: str | None, middle: str | None) -> str:
    """The full name shown on a card, built from its parts in Russian order for Cyrillic names
    ("Иванов Иван Иванович") and in Western order otherwise ("Jan Kowalski")."""
    parts = [p.strip() for p in (last, first, middle) if p and p.strip()]
    if not parts:
        return ""
    if _CYRILLIC.search(" ".join(parts)):
        return " ".join(parts)
    western = [p.strip() for p in (first, middle, last) if p and p.strip()]
    return " ".join(western)
