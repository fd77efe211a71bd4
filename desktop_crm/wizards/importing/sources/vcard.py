"""vCard files (.vcf 2.1, 3.0 and 4.0, several cards per file) as a table of card fields.

A parser of our own rather than a library: real exports break the standard in ways libraries
refuse (quoted-printable soft breaks onto lines starting with "#", CHARSET per property with
Shift_JIS or Latin-2 bytes, base64 photos without the closing blank line, "TYPE#WORK" params,
CR CR LF line ends, nested BEGIN:VCARD). We keep what a CRM card needs and skip the rest.
"""

from __future__ import annotations

import codecs
import quopri
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from desktop_crm.errors import Code, ImportFileError
from desktop_crm.fields import label
from desktop_crm.wizards.importing.sources.base import (
    Source,
    SourceInfo,
    SourceOptions,
    SourceRow,
    check_row,
)
from desktop_crm.wizards.importing.sources.encoding import detect_encoding, guess_single_byte

HEADERS = [
    label(key)
    for key in (
        "full_name",
        "last_name",
        "first_name",
        "middle_name",
        "phones",
        "emails",
        "company",
        "position",
        "address",
        "birth_date",
        "website",
        "note",
        "tags",
    )
]
_NAME = re.compile(r"^(?:[A-Za-z0-9-]+\.)?([A-Za-z][A-Za-z0-9-]*)$")


@dataclass
class Property:
    name: str
    params: dict[str, list[str]]
    value: str  # decoded text


@dataclass
class Card:
    props: list[Property] = field(default_factory=list)
    problem: str | None = None  # why the card cannot be imported as it is

    def all(self, name: str) -> list[Property]:
        found = [p for p in self.props if p.name == name]
        return sorted(found, key=lambda p: not _preferred(p))

    def first(self, name: str) -> str:
        for prop in self.all(name):
            if prop.value.strip():
                return prop.value.strip()
        return ""


def _preferred(prop: Property) -> bool:
    types = {t.lower() for t in prop.params.get("type", [])}
    return "pref" in types or "pref" in prop.params


def _split_params(text: str) -> dict[str, list[str]]:
    params: dict[str, list[str]] = {}
    for part in re.findall(r'(?:[^;"]|"[^"]*")+', text):
        name, sep, value = part.partition("=")
        name = name.strip().lower()
        if not name:
            continue
        if not sep:  # vCard 2.1 bare parameter: "HOME", "PREF", "QUOTED-PRINTABLE"
            if name in ("quoted-printable", "base64", "b"):
                params.setdefault("encoding", []).append(name)
            else:
                params.setdefault("type", []).append(name)
            continue
        values = [v.strip().strip('"') for v in value.split(",")]
        params.setdefault(name, []).extend(values)
    return params


# A line that starts a property a card needs: never the continuation of a broken value.
_PROPERTY_START = re.compile(
    r"^(?:[A-Za-z0-9-]+\.)?(?:BEGIN|END|VERSION|N|FN|TEL|EMAIL|ADR|ORG|TITLE|NOTE|BDAY|URL"
    r"|CATEGORIES)[;:]",
    re.IGNORECASE,
)
BROKEN = "\x00broken\x00"  # marks a logical line whose quoted-printable value breaks off


def _logical_lines(text: str) -> Iterator[str]:
    """Unfold: a line starting with a space or tab continues the previous one; a
    quoted-printable value ending in "=" continues on the next line whatever it starts with,
    unless that line starts a property a card needs (TEL:, END:...): then the value is broken
    and its line comes marked with `BROKEN` (the card fails; the next property is kept)."""
    current: str | None = None
    for line in re.split(r"\r\r\n|\r\n|\n|\r", text):
        if current is not None and line[:1] in (" ", "\t"):
            current += line[1:]
            continue
        if current is not None and current.endswith("=") and _is_qp(current):
            if not _PROPERTY_START.match(line):
                current = current[:-1] + line
                continue
            current = BROKEN + current[:-1]
        if current is not None:
            yield current
        current = line
    if current is not None:
        yield current


def _is_qp(line: str) -> bool:
    head = line.split(":", 1)[0].lower()
    return "quoted-printable" in head


def _unescape(value: str) -> str:
    return re.sub(r"\\([nN,;:\\])", lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


def _decode_value(raw: str, params: dict[str, list[str]], default: str) -> str:
    """The value's text: `raw` holds the file's bytes one char per byte (latin-1)."""
    charset = (params.get("charset") or [default])[0]
    try:
        codecs.lookup(charset)
    except LookupError:
        charset = default
    encodings = {e.lower() for e in params.get("encoding", [])}
    data = raw.encode("latin-1", errors="replace")
    if "quoted-printable" in encodings:
        data = quopri.decodestring(data)
    elif encodings & {"b", "base64"}:
        return ""  # photos and sounds: nothing a card field takes
    try:
        return data.decode(charset)
    except UnicodeDecodeError:
        if "charset" in params:
            return data.decode(charset, errors="replace")
    # 8-bit bytes with no CHARSET (The Bat! writes Latin-2 that way): guess like a text file
    return data.decode(guess_single_byte(data), errors="replace")


def _split_property(line: str) -> tuple[str, str, str] | None:
    """(NAME, params text, value) of "group.NAME;PARAM=...:value"; quotes may hide a colon."""
    quoted = False
    for index, char in enumerate(line):
        if char == '"':
            quoted = not quoted
        elif char == ":" and not quoted:
            head, value = line[:index], line[index + 1 :]
            name, _, params = head.partition(";")
            match = _NAME.match(name.strip())
            if not match:
                return None
            return match.group(1).upper(), params, value
    return None


def parse_cards(data: bytes) -> list[Card]:
    """Every card in the file, nested ones included."""
    encoding = detect_encoding(data[: 1 << 20], complete=len(data) <= 1 << 20)
    if encoding.replace("_", "-").startswith(("utf-16", "utf-32")):
        data = data.decode(encoding, errors="replace").encode("utf-8")
        encoding = "utf-8"
    if encoding == "utf-8-sig":
        data, encoding = data[3:], "utf-8"
    text = data.decode("latin-1")
    cards: list[Card] = []
    stack: list[Card] = []
    for line in _logical_lines(text):
        broken = line.startswith(BROKEN)
        parsed = _split_property(line.removeprefix(BROKEN).strip("\ufeff"))
        if parsed is None:
            continue  # base64 leftovers, comments, blank lines
        name, param_text, raw = parsed
        if name == "BEGIN" and raw.strip().upper() == "VCARD":
            stack.append(Card())
            continue
        if name == "END" and raw.strip().upper() == "VCARD":
            if stack:
                cards.append(stack.pop())
            continue
        if not stack:
            continue
        params = _split_params(param_text)
        if broken and stack[-1].problem is None:
            stack[-1].problem = (
                f"the {name} property's quoted-printable value breaks off (a '=' at the end "
                "of the line and no continuation)"
            )
        stack[-1].props.append(Property(name, params, _decode_value(raw, params, encoding)))
    cards.extend(reversed(stack))  # a last card without END:VCARD still counts
    return cards


def _components(value: str) -> list[str]:
    return [_unescape(p).strip() for p in re.split(r"(?<!\\);", value)]


def card_row(card: Card) -> list[str | None]:
    """One table row (in `HEADERS` order) for a card."""
    parts = _components(card.first("N")) + [""] * 5
    last, first, middle = parts[0], parts[1], parts[2]
    phones = []
    for prop in card.all("TEL"):
        value = _unescape(prop.value).strip()
        if value.lower().startswith("tel:"):
            value = value[4:].split(";")[0]
        if value and value not in phones:
            phones.append(value)
    emails = []
    for prop in card.all("EMAIL"):
        value = _unescape(prop.value).strip()
        if value.lower().startswith("mailto:"):
            value = value[7:]
        if value and value not in emails:
            emails.append(value)
    address = ""
    for prop in card.all("ADR"):
        address = ", ".join(p for p in _components(prop.value) if p)
        if address:
            break
    org = _components(card.first("ORG"))[0] if card.first("ORG") else ""
    tags: list[str] = []
    for prop in card.all("CATEGORIES"):
        tags += [_unescape(t).strip() for t in re.split(r"(?<!\\),", prop.value) if t.strip()]
    cells = [
        _unescape(card.first("FN")),
        last,
        first,
        middle,
        ";".join(phones),
        ";".join(emails),
        org,
        _unescape(card.first("TITLE")),
        address,
        card.first("BDAY"),
        _unescape(card.first("URL")),
        _unescape(card.first("NOTE")),
        ";".join(tags),
    ]
    return [c.strip() or None if c else None for c in cells]


class VCardSource(Source):
    def __init__(self, data: bytes, name: str, options: SourceOptions) -> None:
        try:
            cards = parse_cards(data)
        except ImportFileError:
            raise
        except Exception as exc:
            raise ImportFileError(Code.VCARD_UNREADABLE, source=name, detail=str(exc)) from exc
        if not cards:
            raise ImportFileError(Code.VCARD_EMPTY, source=name)
        self._rows = [card_row(c) for c in cards]
        self._problems = [c.problem for c in cards]
        self.headers = list(HEADERS)
        self.info = SourceInfo(
            kind="vcard", name=name, encoding=None, has_header=True, estimated_rows=len(self._rows)
        )

    def rows(self) -> Iterator[SourceRow]:
        for index, (cells, problem) in enumerate(
            zip(self._rows, self._problems, strict=True), start=1
        ):
            check_row(index, cells)  # type: ignore[arg-type]
            yield SourceRow(index, cells, problem)  # type: ignore[arg-type]
