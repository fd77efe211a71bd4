"""The sample import file (IMP-2): the import's own columns, two example clients, and (in xlsx)
a sheet that explains the formats. Importing it unchanged creates the two example clients."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import cast

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from desktop_crm.errors import Code, ValidationError
from desktop_crm.fields import label
from desktop_crm.services.export import EXPORT_KEYS, write_table

SAMPLE_ROWS = [
    {
        "full_name": "Фронкин Игорь Михайлович",
        "kind": "person",
        "stage": "lead",
        "last_name": "Фронкин",
        "first_name": "Игорь",
        "middle_name": "Михайлович",
        "phones": "+77777859954; 8 (916) 123-45-67",
        "emails": "ert@yandex.ru; fronkin@mail.ru",
        "tags": "VIP; Стоматология",
        "birth_date": date(1990, 9, 6),
        "company": "Стомат +",
        "position": "Директор",
        "address": "Бунина 43Б",
        "website": "stomat.com",
        "group": "Клиенты/Москва",
    },
    {
        "full_name": "Jan Kowalski",
        "kind": "person",
        "stage": "client",
        "last_name": "Kowalski",
        "first_name": "Jan",
        "phones": "+48 601 234 567",
        "emails": "jan.kowalski@example.com",
        "tags": "Polska",
        "birth_date": date(1985, 1, 20),
        "address": "ul. Długa 5, Gdańsk",
    },
]

# What to write in a field's column; the instructions sheet names the column by its header.
NOTES = {
    "full_name": "Last, first and middle name in one cell; or fill the three name columns.",
    "kind": "person or company (empty: a person).",
    "stage": "lead or client (empty: as chosen in the import).",
    "phones": "Several numbers separated by ';'. The first one is the primary one.",
    "emails": "Several addresses separated by ';'. The first one is the primary one.",
    "tags": "Several tags separated by ';'.",
    "birth_date": "DD.MM.YYYY, e.g. 06.09.1990 (or an Excel date cell).",
    "company": "The company's name: found in the base, or created.",
    "group": "Folder of the client; 'Clients/Moscow' is a folder inside a folder.",
    "manager": "The user's full name; when there is no such user the default one is used.",
}


def write_template(path: Path) -> Path:
    """Save the sample import file as .xlsx (with an instructions sheet) or .csv."""
    path = Path(path)
    rows = [[row.get(key) for key in EXPORT_KEYS] for row in SAMPLE_ROWS]
    headers = [label(key) for key in EXPORT_KEYS]
    if path.suffix.lower() != ".xlsx":
        write_table(path, headers, iter(rows))
        return path
    book = Workbook()
    sheet = cast(Worksheet, book.active)  # a new workbook's one sheet
    sheet.title = "Clients"
    sheet.append(headers)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        sheet.append(row)
    for index, header in enumerate(headers, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = max(14, len(header) + 4)
    for cell in sheet["J"][1:]:
        cell.number_format = "DD.MM.YYYY"
    notes = book.create_sheet("How to fill")
    for line in [("Column", "What to write"), *((label(k), n) for k, n in NOTES.items())]:
        notes.append(line)
    notes["A1"].font = notes["B1"].font = Font(bold=True)
    notes.column_dimensions["A"].width = 20
    notes.column_dimensions["B"].width = 90
    try:
        book.save(path)
    except OSError as exc:
        raise ValidationError(
            Code.FILE_UNWRITABLE, path=str(path), reason=exc.strerror, errno=exc.errno
        ) from exc
    return path
