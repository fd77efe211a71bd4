"""The sort keys of names (services/collation.py): byte order is the language's order."""

from __future__ import annotations

import pytest

from desktop_crm.services.collation import MAX_KEY_BYTES, SORT_LANGUAGES, sort_key

POLISH = [
    "Bałtyk",
    "Bartosz",
    "Cyryl",
    "Ćma",
    "Lucyna",
    "Łukasz",
    "Marek",
    "Zofia",
    "Źdźbło",
    "Żaneta",
]
# ё is a variant of е (a difference of accent only); Cyrillic before Latin (CLDR's ru tailoring)
RUSSIAN = ["Абрамов", "Ёж", "Ежов", "Елена", "Ёлкин", "Яков", "Adams", "Zimmer"]
# DUCET's order: accents and case count only between names otherwise equal
ENGLISH = ["abc", "Abc", "ábc", "Anna Maria", "Annabel", "Ćma", "Cyryl", "Żaneta", "Zofia", "Яков"]


@pytest.mark.parametrize(
    ("language", "ordered"), [("pl", POLISH), ("ru", RUSSIAN), ("en", ENGLISH)]
)
def test_keys_sort_names_in_the_languages_order(language: str, ordered: list[str]) -> None:
    assert sorted(reversed(ordered), key=lambda name: sort_key(name, language)) == ordered


def test_polish_letters_are_letters_of_their_own_only_in_polish() -> None:
    assert sort_key("Żaneta", "pl") > sort_key("Zofia", "pl")
    assert sort_key("Żaneta", "en") < sort_key("Zofia", "en")


def test_keys_are_bytes_of_bounded_length_and_spacing_does_not_count() -> None:
    for language in SORT_LANGUAGES:
        key = sort_key("Пётр " * 500, language)
        assert isinstance(key, bytes)
        assert len(key) <= MAX_KEY_BYTES
        assert sort_key("Anna  Maria ", language) == sort_key("Anna Maria", language)
        # the same name typed decomposed (z + combining dot) has the same key
        assert sort_key("Z\u0307aneta", language) == sort_key("Żaneta", language)


def test_an_unknown_language_sorts_as_english() -> None:
    assert sort_key("Żaneta", "xx") == sort_key("Żaneta", "en")
