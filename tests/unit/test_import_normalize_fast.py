"""The row normalizer's shortcuts (one handler per column, single-value cells, cells and values
remembered per import) give the same rows as the general path, value for value."""

from __future__ import annotations

import random
from datetime import date

import pytest

from desktop_crm.fields import field_catalog
from desktop_crm.wizards.importing.mapping import Mapping
from desktop_crm.wizards.importing.names import NAMES_REMEMBERED
from desktop_crm.wizards.importing.outcomes import RowFailure
from desktop_crm.wizards.importing.phone_rules import PhonePolicy
from desktop_crm.wizards.importing.row_data import RowData
from desktop_crm.wizards.importing.rows import MEMO_LIMIT, RowNormalizer, _text

TAGS = ["VIP", "vip", "Опт;Москва", "Опт; опт ;Розница", " ; ", "A ::: B", "x" * 129, "", "Ёлка"]
EMAILS = [
    "Ivan@Example.RU",
    " <anna@example.ru> ",
    "a@example.ru; b@example.ru",
    "a@example.ru,A@EXAMPLE.RU",
    "mailto:c@example.ru",
    "not an email",
    "two words@example.ru",
    "x@y",
    "d@example.ru:::e@example.ru",
]
PHONES = ["8 912 345 67 89", "+7 912 345-67-89; 8 (913) 111-22-33", "нет", "+48 602 345 678"]
DATES = ["01.02.1990", "1990-02-01", "--02-01", "31.02.1990", "33122", date(1990, 2, 1), "завтра"]
NAMES = ["Иванов Иван Иванович", "  Иванов   Иван ", "ООО Ромашка", "Jan Kowalski", "Анна"]


def normalizer() -> RowNormalizer:
    mapping = Mapping(
        columns={
            0: "full_name",
            1: "phones",
            2: "emails",
            3: "tags",
            4: "birth_date",
            5: "tags",
            6: "emails",
            7: "address",
        }
    )
    return RowNormalizer(mapping, field_catalog(), PhonePolicy("RU"))


def outcome(result: RowData | RowFailure) -> tuple:
    if isinstance(result, RowFailure):
        return ("failed", result.reason, result.detail, result.column)
    return (
        "ok",
        result.kind,
        dict(result.values),
        list(result.phones),
        list(result.emails),
        list(result.tags),
        list(result.warnings),
    )


@pytest.mark.parametrize("handler", ["_put_emails", "_put_tags"])
def test_single_value_handlers_match_the_general_split(handler: str) -> None:
    n = normalizer()
    key = "emails" if handler == "_put_emails" else "tags"
    values = EMAILS if key == "emails" else TAGS
    rng = random.Random(handler)
    for _ in range(400):
        earlier, cell = rng.choice(values), rng.choice(values)
        results = []
        for fast in (True, False):
            row = RowData(2, [])
            try:
                if earlier.strip():  # another column of the same field came first
                    n._put_multi(row, 5, key, earlier.strip())
                if fast:
                    getattr(n, handler)(row, 3, cell)
                else:
                    n._put_multi(row, 3, key, _text(cell))
                results.append(("ok", list(row.emails), list(row.tags)))
            except Exception as exc:  # RowError: the same reason and detail both ways
                results.append(("error", type(exc).__name__, str(exc), getattr(exc, "column", 0)))
        assert results[0] == results[1], (earlier, cell)


def test_remembered_values_give_the_same_rows_as_fresh_work() -> None:
    """Each row through one long-lived normalizer (memos warm) equals the same row through a
    new normalizer (nothing remembered)."""
    rng = random.Random(3)
    shared = normalizer()
    for number in range(2, 1500):
        cells = [
            rng.choice(NAMES),
            rng.choice(PHONES),
            rng.choice(EMAILS),
            rng.choice(TAGS),
            rng.choice(DATES),
            rng.choice(TAGS),
            rng.choice(["", "e@example.ru"]),
            rng.choice(["", "Москва"]),
        ]
        assert outcome(shared.normalize(number, cells)) == outcome(
            normalizer().normalize(number, cells)
        ), cells


def test_memos_stay_bounded() -> None:
    n = normalizer()
    for i in range(max(MEMO_LIMIT, NAMES_REMEMBERED) + 50):
        n.normalize(
            2, [f"Имя{i} Фамилия", "", "", f"тег{i}", f"{1 + i % 28:02d}.01.{1900 + i % 300}"]
        )
    assert len(n._tag_cells) <= MEMO_LIMIT
    assert n.names.collapsed.cache_info().currsize <= NAMES_REMEMBERED
    assert len(n._dates) <= MEMO_LIMIT


def test_every_number_of_a_phone_cell_is_kept() -> None:
    """A cell with two numbers used to keep the first and drop the second without a word."""
    row = normalizer().normalize(2, ["Иванов Иван", "+7 916 123-45-67, 8 (495) 111-22-33"])
    assert isinstance(row, RowData)
    assert [e164 for _, e164 in row.phones] == ["+79161234567", "+74951112233"]
    # a second number that is no number is kept as typed and warned about, never dropped
    row = normalizer().normalize(3, ["Петров", "+7 916 123-45-67, 123456789012345"])
    assert isinstance(row, RowData)
    assert row.phones == [("+7 916 123-45-67", "+79161234567"), ("123456789012345", "")]
    assert "123456789012345" in row.warnings[0] and row.kept_column == 1
