"""Cells of write-only xlsx sheets that must stay text, shared by the export and the import's
failed-rows file."""

from __future__ import annotations

from typing import Any

from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import TYPE_STRING, Cell


def text_cell(sheet: Any, text: str) -> Cell:
    """A string cell holding `text` as it is: openpyxl's value setter would store "=..." as a
    formula, so the value goes into the cell directly."""
    cell = WriteOnlyCell(sheet, value=None)
    cell._value = text  # type: ignore[attr-defined]  # a private slot the stubs do not declare
    cell.data_type = TYPE_STRING
    return cell
