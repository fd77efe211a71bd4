"""The apostrophe that keeps a CSV cell from being run as a spreadsheet formula, and how an
import recognises it as the export's own and takes it off again.

A cell whose text (after any apostrophes it starts with) begins with `=`, `+`, `-`, `@`, a tab
or a carriage return is written with one more apostrophe in front (the OWASP advice), except a
list of phone numbers in E.164 ("+79161234567; +48601234567"), which no spreadsheet runs. The
import of a delimited file takes off exactly one leading apostrophe when what follows it (after
any further apostrophes) begins with one of those characters: so every value comes back exactly
as it was, including one that really starts with an apostrophe ("'=x" is written "''=x"). A
hand-made CSV gets the same reading: "'-5" imports as "-5", as a spreadsheet shows it.
"""

from __future__ import annotations

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def is_phone_list(text: str) -> bool:
    return text.startswith("+") and text[1:].replace("; +", "").replace(" ", "").isdigit()


def guard(text: str) -> str:
    """`text` as a CSV export writes it."""
    if text.lstrip("'").startswith(FORMULA_START) and not is_phone_list(text):
        return "'" + text
    return text


def unguard(text: str) -> str:
    """A CSV cell as the import reads it: the export's apostrophe taken off."""
    if text[:1] == "'" and text.lstrip("'").startswith(FORMULA_START):
        return text[1:]
    return text
