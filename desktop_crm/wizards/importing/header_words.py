"""The words around a field's name in a column header, in Russian, English and Polish: the
qualifiers a comparison drops ("Home Phone"), and the words that mark a column describing
another one ("Phone 1 - Type"), which never maps to a field. The names themselves are in
`synonyms`."""

from __future__ import annotations

# Words that qualify a field without changing it ("Home Phone", "E-mail 2 Address",
# "Phone 1 - Value", "Primary Email"): dropped before comparing, when something else remains.
QUALIFIERS = frozenset(
    {
        "home",
        "work",
        "business",
        "other",
        "personal",
        "private",
        "office",
        "primary",
        "main",
        "secondary",
        "value",
        "formatted",
        "the",
        "of",
        "contact",
        "домашний",
        "рабочий",
        "основной",
        "дополнительный",
        "личный",
        "другой",
        "domowy",
        "służbowy",
        "sluzbowy",
        "prywatny",
        "główny",
        "glowny",
        "inny",
    }
)

# A column whose name holds one of these describes another column ("Phone 1 - Type",
# "Given Name Yomi") and never maps to a field.
NEVER_MAP = frozenset(
    {
        "type",
        "yomi",
        "phonetic",
        "label",
        "тип",
        "вид",
        "typ",
        "fax",
        "факс",
        "faks",
        "pager",
        "state",
        "region",
        "county",
        "country",
        "city",
        "zip",
        "postal",
        "код",
        "город",
        "страна",
        "miasto",
        "kraj",
        "województwo",
    }
)
