"""The rows stage: one input row -> the values a card gets (IMP-9), or the reason the row
cannot be imported.

Phones, emails and tags may hold several values separated by `;` (the first is primary);
Google exports separate them by ` ::: `. The name columns settle each other (`names`). A row
with no name takes its company's name (the row is the company), else its email, else its phone.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from collections.abc import Mapping as MappingABC
from datetime import date, datetime
from typing import Any

from desktop_crm.errors import InvalidValue
from desktop_crm.fields import CHOICE, DATE, DEAL_PREFIX, MONEY, FieldSpec, custom_field_key
from desktop_crm.services.emails import try_normalize_email
from desktop_crm.services.phones import format_phone
from desktop_crm.text import clean_line, clean_multiline, storable
from desktop_crm.values import (
    YearlessDate,
    parse_birth_date,
    parse_custom,
    parse_date,
    parse_money,
)
from desktop_crm.wizards.importing.field_values import CHOICE_WORDS
from desktop_crm.wizards.importing.mapping import Mapping
from desktop_crm.wizards.importing.names import NameRules
from desktop_crm.wizards.importing.outcomes import (
    DATE_NO_YEAR,
    EMPTY_ROW,
    MISSING_REQUIRED,
    NO_FIELDS,
    NO_PHONES,
    PHONE_KEPT,
    WRONG_FORMAT,
    RowFailure,
    warning,
)
from desktop_crm.wizards.importing.phone_rules import PhonePolicy, split_numbers
from desktop_crm.wizards.importing.row_data import RowData, RowError
from desktop_crm.wizards.importing.sources.base import Cell

_MULTI_SPLIT = {
    "phones": re.compile(r"\s*(?:;|:::)\s*"),
    "emails": re.compile(r"[\s;,]+|:::"),
    "tags": re.compile(r"\s*(?:;|:::)\s*"),
}
MULTILINE_KEYS = frozenset({"note", "deal.description"})  # breaks kept; other cells are one line
# what may separate several addresses in one cell (see _MULTI_SPLIT)
_EMAIL_SEPARATOR = re.compile(r"[\s;,]|:::")


def _text(cell: Cell) -> str:
    if cell is None:
        return ""
    if isinstance(cell, str):
        return cell.strip()
    if isinstance(cell, datetime | date):
        return cell.isoformat()
    return str(cell).strip()


MEMO_LIMIT = 20_000  # entries per memo of repeated cell values; memory stays flat


def _remember(memo: dict[Any, Any], key: Any, value: Any) -> None:
    if len(memo) >= MEMO_LIMIT:
        memo.clear()
    memo[key] = value


_DATE_OK, _DATE_YEARLESS, _DATE_BAD = 0, 1, 2


def _date_outcome(cell: Cell) -> tuple[int, Any]:
    try:
        return _DATE_OK, parse_birth_date(cell)  # the one date column of `clients`
    except YearlessDate as exc:
        return _DATE_YEARLESS, str(exc).rstrip(".")
    except ValueError as exc:
        return _DATE_BAD, str(exc)


class RowNormalizer:
    """Applies a mapping and the phone policy to rows; built once per import.

    Each mapped column gets its handler once, up front; values that repeat in real files (dates,
    names) are parsed once per import and remembered (bounded)."""

    def __init__(
        self,
        mapping: Mapping,
        catalog: MappingABC[str, FieldSpec],
        phones: PhonePolicy,
        *,
        require_phone: bool = False,
    ) -> None:
        self.catalog = catalog
        self.phones = phones
        self.require_phone = require_phone
        # a phone that is not a number fails its row only when phones are checked on purpose
        self.strict_phones = require_phone or bool(phones.lengths)
        self._keys = dict(mapping.columns)
        self.items = sorted(mapping.columns.items())
        self.mapped = {k for _, k in self.items}
        self.names = NameRules(bool(self.mapped & {"last_name", "first_name", "middle_name"}))
        self._dates: dict[Any, tuple[int, Any]] = {}
        self._tag_cells: dict[str, list[tuple[str, str]]] = {}
        self._plan = [(column, self._handler(key)) for column, key in self.items]

    def _handler(self, key: str) -> Callable[[RowData, int, Cell], None]:
        """The function that puts a cell of field `key` into a row."""
        spec = self.catalog[key]
        if key == "phones":
            return self._put_phones
        if key == "emails":
            return self._put_emails
        if key == "tags":
            return self._put_tags
        if spec.multi:
            return lambda row, column, cell: self._put_multi(row, column, key, _text(cell))
        plain = not (spec.is_custom or spec.is_deal) and key not in (
            "company",
            "group",
            "manager",
            "note",
        )
        if plain and spec.kind == DATE:
            return self._date_handler(key, spec.label)
        if plain and spec.kind not in (CHOICE, MONEY):
            return self._text_handler(key, spec.label, spec.max_length)
        return lambda row, column, cell: self._put(row, column, key, cell)

    def _text_handler(
        self, key: str, label: str, limit: int | None
    ) -> Callable[[RowData, int, Cell], None]:
        def put(row: RowData, column: int, cell: Cell) -> None:
            value = cell.strip() if type(cell) is str else _text(cell)
            if limit and len(value) > limit:
                raise RowError(
                    WRONG_FORMAT,
                    f"{label}: {len(value)} characters, at most {limit} fit",
                    column,
                    key,
                )
            row.values[key] = value

        return put

    def _date_handler(self, key: str, label: str) -> Callable[[RowData, int, Cell], None]:
        memo = self._dates

        def put(row: RowData, column: int, cell: Cell) -> None:
            if type(cell) is str:
                outcome = memo.get(cell)
                if outcome is None:
                    outcome = _date_outcome(cell)
                    _remember(memo, cell, outcome)
            else:
                outcome = _date_outcome(cell)
            kind, value = outcome
            if kind == _DATE_OK:
                row.values[key] = value
            elif kind == _DATE_YEARLESS:
                row.warnings.append(warning(DATE_NO_YEAR, f"{label}: {value}; left empty"))
            else:
                raise RowError(WRONG_FORMAT, f"{label}: {value}", column, key)

        return put

    def normalize(self, number: int, cells: list[Cell]) -> RowData | RowFailure:
        try:
            return self._normalize(number, cells)
        except RowError as err:
            raw = [storable(c) if type(c) is str else c for c in cells]
            return RowFailure(number, err.reason, err.detail, raw, err.column, err.key)

    def _normalize(self, number: int, cells: list[Cell]) -> RowData:
        row = RowData(number, cells)
        filled = False
        width = len(cells)
        for column, put in self._plan:
            if column >= width:
                continue
            cell = cells[column]
            if type(cell) is str and not cell.isprintable():
                cell = self._clean_cell(column, cell)
            if cell is None or (isinstance(cell, str) and not cell.strip()):
                continue
            filled = True
            put(row, column, cell)
        if not filled:
            if any(_text(c) for c in cells):
                raise RowError(NO_FIELDS, "no value in any matched column")
            raise RowError(EMPTY_ROW, "the row is empty")
        self._names(row)
        if row.kept_column is not None:  # a normalized number is the primary one
            row.phones.sort(key=lambda phone: not phone[1])
        if self.require_phone and not row.phones:
            raise RowError(NO_PHONES, "the row has no phone number", key="phones")
        return row

    def _clean_cell(self, column: int, cell: str) -> str:
        """A cell by the one rule of stored text (`desktop_crm.text`): breaks folded but in
        notes, bidi controls dropped; a control character fails the row, naming the field."""
        key = self._keys[column]
        try:
            return (clean_multiline if key in MULTILINE_KEYS else clean_line)(cell, key)
        except InvalidValue as exc:
            raise RowError(WRONG_FORMAT, f"{self.catalog[key].label}: {exc}", column, key) from None

    def _put_phones(self, row: RowData, column: int, cell: Cell) -> None:
        text = cell.strip() if type(cell) is str else _text(cell)
        if not text:
            return
        if ";" in text or ":::" in text:
            self._put_multi(row, column, "phones", text)
            return
        numbers = split_numbers(text)
        if len(numbers) > 1:  # "+7 916 123-45-67, 8 495 111-22-33": both, not the first only
            self._put_multi(row, column, "phones", ";".join(numbers))
            return
        self._add_phone(row, column, text)  # one number in the cell, the usual case

    def _add_phone(self, row: RowData, column: int, text: str) -> None:
        """A number of the cell, once per row. One that is not a number fails the row under
        `--require-phone` or a validation rule, or when it holds no digit at all; otherwise it
        is kept as typed, not normalized (E.164 empty), and the row warns (`PHONE_KEPT`): one
        bad value does not sink a contact."""
        outcome = self.phones.normalize(text)
        if outcome.e164 is None:
            if self.strict_phones or not any(ch.isdigit() for ch in text):  # "нет", "xyz"
                raise RowError(WRONG_FORMAT, f"Phones: {outcome.error}", column, "phones")
            if all(v != outcome.value[:255] for v, _ in row.phones):
                row.phones.append((outcome.value[:255], ""))
                row.warnings.append(warning(PHONE_KEPT, f"Phones: {outcome.error}; kept as typed"))
                row.kept_column = column if row.kept_column is None else row.kept_column
            return
        if all(e164 != outcome.e164 for _, e164 in row.phones):
            row.phones.append((outcome.value[:255], outcome.e164))

    def _put(self, row: RowData, column: int, key: str, cell: Cell) -> None:
        spec = self.catalog[key]
        if spec.multi:
            self._put_multi(row, column, key, _text(cell))
            return
        if spec.kind == DATE:
            try:
                value: Any = parse_date(cell)
            except YearlessDate as exc:
                text = f"{spec.label}: {str(exc).rstrip('.')}; left empty"
                row.warnings.append(warning(DATE_NO_YEAR, text))
                return
            except ValueError as exc:
                raise RowError(WRONG_FORMAT, f"{spec.label}: {exc}", column, key) from None
        elif spec.kind == CHOICE and not spec.is_custom:
            value = CHOICE_WORDS[key].get(_text(cell).casefold().strip(" ."))
            if value is None:
                raise RowError(
                    WRONG_FORMAT,
                    f"{spec.label}: {_text(cell)!r} is not one of {', '.join(spec.choices)}",
                    column,
                    key,
                )
            if key == "kind":
                row.kind = value
                row.kind_given = True
        elif spec.kind == MONEY:
            try:
                value = parse_money(_text(cell))
            except ValueError as exc:
                raise RowError(WRONG_FORMAT, f"{spec.label}: {exc}", column, key) from None
        else:
            value = _text(cell)
            if spec.max_length and len(value) > spec.max_length:
                raise RowError(
                    WRONG_FORMAT,
                    f"{spec.label}: {len(value)} characters, at most {spec.max_length} fit",
                    column,
                    key,
                )
        if (custom := custom_field_key(key)) is not None:
            try:
                row.custom[custom] = parse_custom(spec.kind, value, spec.choices)
            except ValueError as exc:
                raise RowError(WRONG_FORMAT, f"{spec.label}: {exc}", column, key) from None
        elif spec.is_deal:
            if row.deal is None:
                row.deal = {}
            row.deal[key.removeprefix(DEAL_PREFIX)] = value
        elif key == "company":
            row.company = value
        elif key == "group":
            row.group = value
        elif key == "manager":
            row.manager = value
        elif key == "note":
            row.note = value
        else:
            row.values[key] = value

    def _put_emails(self, row: RowData, column: int, cell: Cell) -> None:
        text = cell.strip() if type(cell) is str else _text(cell)
        if _EMAIL_SEPARATOR.search(text):
            self._put_multi(row, column, "emails", text)
            return
        if not text:
            return
        email = try_normalize_email(text)  # one address in the cell, the usual case
        if email is None or len(email) > 255:
            raise RowError(
                WRONG_FORMAT, f"Emails: {text!r} is not an email address", column, "emails"
            )
        for _, known in row.emails:
            if known == email:
                return
        row.emails.append((text.strip("<> "), email))

    def _put_tags(self, row: RowData, column: int, cell: Cell) -> None:
        """Tags repeat across rows: a cell's split is worked out once per import."""
        text = cell.strip() if type(cell) is str else _text(cell)
        parts = self._tag_cells.get(text)
        if parts is None:
            parts = []
            folded_seen: set[str] = set()
            for part in _MULTI_SPLIT["tags"].split(text):
                part = part.strip()
                folded = part.casefold()
                if part and folded not in folded_seen:
                    if len(part) > 128:
                        raise RowError(
                            WRONG_FORMAT, f"Tags: {part[:40]!r}... is too long", column, "tags"
                        )
                    folded_seen.add(folded)
                    parts.append((part, folded))
            _remember(self._tag_cells, text, parts)
        if not row.tags:
            row.tags.extend(part for part, _ in parts)
            return
        seen = {t.casefold() for t in row.tags}
        for part, folded in parts:
            if folded not in seen:
                seen.add(folded)
                row.tags.append(part)

    def _put_multi(self, row: RowData, column: int, key: str, text: str) -> None:
        parts = [p.strip() for p in _MULTI_SPLIT[key].split(text)]
        if key == "phones":
            for part in parts:
                if part:
                    self._add_phone(row, column, part)
        elif key == "emails":
            seen = {e for _, e in row.emails}
            for part in parts:
                if not part:
                    continue
                email = try_normalize_email(part)
                if email is None or len(email) > 255:
                    raise RowError(
                        WRONG_FORMAT, f"Emails: {part!r} is not an email address", column, key
                    )
                if email not in seen:
                    seen.add(email)
                    row.emails.append((part.strip("<> "), email))
        else:
            seen = {t.casefold() for t in row.tags}
            for part in parts:
                if part and part.casefold() not in seen:
                    if len(part) > 128:
                        raise RowError(
                            WRONG_FORMAT, f"Tags: {part[:40]!r}... is too long", column, key
                        )
                    seen.add(part.casefold())
                    row.tags.append(part)

    def _names(self, row: RowData) -> None:
        kind = self.names.settle(row.values, row.kind, row.kind_given)
        if kind is not None:
            row.kind = kind
            return
        # No name: a new card still needs one. It is used only when the row creates a client;
        # an update never replaces a name with it.
        if row.company:
            row.kind = "company"
            row.fallback_name = row.company
            row.company = None
        elif row.emails:
            row.fallback_name = row.emails[0][1]
        elif row.phones:
            row.fallback_name = format_phone(row.phones[0][1])
        else:
            raise RowError(MISSING_REQUIRED, "the row has no name, phone or email")
