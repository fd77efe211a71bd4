"""Text on its way in: the one rule for what a card, a note, an import row, the search box and
the command line may store (issue 10, item 5), the same on SQLite and PostgreSQL.

- Line breaks and tabs (\\t \\n \\r, and the vertical tab, form feed, the ASCII separators and
  NEL that some exports use as line breaks, U+2028/U+2029) are whitespace: folded to one space
  in one-line fields (`clean_line`), kept as "\\n" in notes (`clean_multiline`).
- Any other control character (NUL, ESC, DEL, C1 controls) and lone surrogates cannot be stored
  as text (PostgreSQL refuses NUL outright; SQLite keeps it silently): such text is refused with
  `InvalidValue` (`Code.TEXT_CONTROL_CHAR`) naming the character, never stripped behind the
  user's back. The search box is the exception: nothing is stored, so `search_text` drops them.
- Bidirectional embedding, override and isolate characters (U+202A..U+202E, U+2066..U+2069) are
  stripped from one-line fields and file names: they make "exe.txt" read as "txt.exe".
- Text with nothing visible in it (only spaces, zero-width and other format characters) is empty.
- `fold_key` is what search and duplicate keys compare: NFC, no format characters (zero-width
  spaces, joiners, soft hyphens, BOM), case folded, single spaces.

`str.isprintable()` is False for every character these rules touch and runs in C, so text that
needs nothing (nearly all of it) costs one call.
"""

from __future__ import annotations

import re
import unicodedata

from desktop_crm.errors import Code, InvalidValue

# Control characters that are line breaks or tabs in real files.
_BREAKS = "\t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\u2028\u2029"
_BREAK = re.compile(f" *[{_BREAKS}][{_BREAKS} ]*")
_LINE_ENDS = re.compile(r"\r\n|[\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\u2028\u2029]")
_BIDI = re.compile("[\u202a-\u202e\u2066-\u2069]")
# Cc (but the breaks above) and surrogates (Cs): what cannot be stored as text.
_FORBIDDEN = re.compile(
    "[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f\ud800-\udfff]",
)
_INVISIBLE_CATEGORIES = frozenset({"Cc", "Cf", "Zs", "Zl", "Zp", "Mn", "Me"})


def forbidden_char(text: str) -> str | None:
    """The first character of `text` that cannot be stored, or None."""
    if text.isprintable():
        return None
    match = _FORBIDDEN.search(text)
    return match.group(0) if match else None


def _refuse(text: str, char: str, field: str | None) -> InvalidValue:
    shown = text.replace(char, "?")
    return InvalidValue(
        Code.TEXT_CONTROL_CHAR,
        field=field,
        value=shown if len(shown) <= 60 else shown[:57] + "...",
        char=f"U+{ord(char):04X}",
    )


def visible(text: str) -> bool:
    """True when `text` shows something: a letter, digit, mark or symbol, not only spaces and
    zero-width or other invisible characters."""
    if text.isprintable():
        return bool(text.strip())
    return any(unicodedata.category(ch) not in _INVISIBLE_CATEGORIES for ch in text)


def clean_line(text: str, field: str | None = None) -> str:
    """One-line text as stored: breaks and tabs folded to single spaces, bidirectional controls
    removed, stripped; "" when nothing visible is left. `InvalidValue` for a control character."""
    if text.isprintable():
        return text.strip()
    if (char := forbidden_char(text)) is not None:
        raise _refuse(text, char, field)
    text = _BIDI.sub("", _BREAK.sub(" ", text)).strip()
    return text if visible(text) else ""


def clean_multiline(text: str, field: str | None = None) -> str:
    """Text of several lines (a note) as stored: line ends made "\\n", tabs kept, stripped; ""
    when nothing visible is left. `InvalidValue` for a control character."""
    if text.isprintable():
        return text.strip()
    if (char := forbidden_char(text)) is not None:
        raise _refuse(text, char, field)
    text = _LINE_ENDS.sub("\n", text).strip()
    return text if visible(text) else ""


def clean_file_name(name: str) -> str:
    """A file name as shown and stored: no bidirectional controls, no control characters, no
    line breaks (a name is one line)."""
    if name.isprintable():
        return name.strip()
    name = _BIDI.sub("", _BREAK.sub(" ", name))
    return _FORBIDDEN.sub("", name).strip()


def storable(text: str) -> str:
    """`text` with each character that cannot be stored shown as U+FFFD: how a refused cell
    is kept in the failed-rows record and file (the detail names the character)."""
    return text if text.isprintable() else _FORBIDDEN.sub("\ufffd", text)


def search_text(text: str) -> str:
    """What the search box's text looks for: control characters dropped (nothing is stored, so
    nothing is refused), breaks as spaces."""
    if text.isprintable():
        return text
    return _FORBIDDEN.sub("", _BIDI.sub("", _BREAK.sub(" ", text)))


def _nfc(text: str) -> str:
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


def fold_key(text: str) -> str:
    """The key search and duplicate search compare: NFC, format characters (zero-width space,
    joiners, soft hyphen, BOM, bidi controls) and control characters dropped, case folded,
    single spaces. "Ива\\u200bнов" and "Иванов" (or a decomposed "й") have one key."""
    if not text.isprintable():
        text = "".join(
            " " if ch in _BREAKS else ch
            for ch in text
            if ch in _BREAKS or unicodedata.category(ch) not in ("Cc", "Cf", "Cs")
        )
    return " ".join(_nfc(_nfc(text).casefold()).split())
