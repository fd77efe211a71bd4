"""People's names: the folded key used for sorting, search and duplicate search, and the split of
a full name into last / first / middle (patronymic) name (CLI-2, CTL-6)."""

from __future__ import annotations

import re

from desktop_crm.services.name_split import propose_split
from desktop_crm.text import fold_key

_CYRILLIC = re.compile(r"[а-яё]", re.IGNORECASE)


def name_key(full_name: str) -> str:
    """Case-folded name with single spaces and ё read as е: "Пётр  ИВАНОВ" == "петр иванов";
    NFC, without zero-width and other format characters (`text.fold_key`), so that what looks
    the same has one key, stored or searched."""
    return fold_key(full_name).replace("ё", "е")


def split_full_name(full_name: str) -> tuple[str | None, str | None, str | None]:
    """(last, first, middle) of a person's full name; None for a part that is absent.

    The proposal of `name_split.propose_split`, sure or not: Russian order "Фамилия Имя
    Отчество" and "Имя Отчество Фамилия" by the patronymic, Turkic patronymics ("Гасан оглы",
    "Маратулы"), Latin-script names as "First [Middle] Last" ("Jan Kowalski", "John Paul
    Smith") or "Last, First", initials, two words ordered by a known first name or a surname's
    ending. A company's name gives no parts; a single word is taken as the first name unless it
    ends like a surname.
    """
    return propose_split(full_name).parts


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
