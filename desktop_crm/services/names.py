"""People's names: the folded key used for sorting, search and duplicate search."""

from __future__ import annotations


def name_key(full_name: str) -> str:
    """Case-folded name with single spaces and ё read as е: "Пётр  ИВАНОВ" == "петр иванов"."""
    return " ".join(full_name.casefold().replace("ё", "е").split())
