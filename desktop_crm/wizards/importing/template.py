"""The sample import file (IMP-2): the import's own columns, two example clients, and (in xlsx)
a sheet that explains the formats. Importing it unchanged creates the two example clients."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from desktop_crm.errors import Code, ValidationError
from desktop_crm.services.export import EXPORT_FIELDS, write_table

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

NOTES = [
    ("Column", "What to write"),
    ("Full name", "Last, first and middle name in one cell; or fill the three name columns."),
    ("Person or company", "person or company (empty: a person)."),
    ("Stage", "lead or client (empty: as chosen in the import)."),
    ("Phones", "Several numbers separated by ';'. The first one is the primary one."),
    ("Emails", "Several addresses separated by ';'. The first one is the primary one."),
    ("Tags", "Several tags separated by ';'."),
    ("Birth date", "DD.MM.YYYY, e.g. 06.09.1990 (or an Excel date cell)."),
    ("Company", "The company's name: found in the base, or created."),
    ("Group", "Folder of the client; 'Clients/Moscow' is a folder inside a folder."),
    ("Main manager", "The user's full name; when there is no such user the default one is used."),
]


def write_template(path: Path) -> Path:
    """Save the sample import file as .xlsx (with an instructions sheet) or .csv."""
    path = Path(path)
    rows = [[row.get(key) for key, _ in EXPORT_FIELDS] for row in SAMPLE_ROWS]
    headers = [header for _, header in EXPORT_FIELDS]
    if path.suffix.lower() != ".xlsx":
        write_table(path, headers, iter(rows))
        return path
    book = Workbook()
    sheet = book.active
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
    for line in NOTES:
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
