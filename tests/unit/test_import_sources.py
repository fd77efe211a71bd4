"""Every source kind and encoding the import reads, from real files made in tmp_path and the
shared corpus of real exports."""

from __future__ import annotations

import zipfile
from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook

from desktop_crm.errors import ImportFileError, ImportSettingsError
from desktop_crm.wizards.importing import SourceOptions, open_source
from desktop_crm.wizards.importing.sources.encoding import detect_encoding

RU = "ФИО;Телефон\nИванов Иван Иванович;+7 916 123-45-67\nЁлкина Алёна;8 903 000 00 00\n"
PL = "Imię i nazwisko,E-mail\nPaweł Zieliński,pawel@example.pl\nŁucja Król,lucja@example.pl\n"


def rows_of(path: Path | None = None, **kwargs) -> tuple[list[str], list[list]]:
    with open_source(path, **kwargs) as source:
        return source.headers, [r.cells for r in source.rows()]


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        (RU, "utf-8"),
        (RU, "utf-8-sig"),
        (RU, "utf-16"),
        (RU, "utf-16-le"),
        (RU, "cp1251"),
        (RU, "koi8-r"),
        (PL, "cp1250"),
        (PL, "utf-8"),
        (PL, "iso-8859-2"),
    ],
)
def test_encodings_are_detected(tmp_path: Path, text: str, encoding: str) -> None:
    path = tmp_path / "f.csv"
    path.write_bytes(text.encode(encoding))
    headers, rows = rows_of(path)
    expected = [
        line.split(text[3] if text.startswith("ФИО") else ",") for line in text.splitlines()
    ]
    assert [headers, *rows] == expected


def test_short_cp1250_is_not_taken_for_cp1251() -> None:
    assert detect_encoding("Paweł Nowak,pawel@x.pl\n".encode("cp1250"), complete=True) == "cp1250"
    assert detect_encoding("Артур;24\n".encode("cp1251"), complete=True) == "cp1251"
    assert detect_encoding("Артур;24\n".encode("koi8-r"), complete=True) == "koi8-r"


def test_encoding_override(tmp_path: Path) -> None:
    path = tmp_path / "f.csv"
    path.write_bytes(RU.encode("cp1251"))
    _, rows = rows_of(path, options=SourceOptions(encoding="cp1251"))
    assert rows[0][0] == "Иванов Иван Иванович"
    with pytest.raises(ImportSettingsError):
        open_source(path, options=SourceOptions(encoding="nonsense"))


@pytest.mark.parametrize(("sep", "name"), [(",", ","), (";", ";"), ("\t", "tab"), (" ", "space")])
def test_delimiters_are_detected(tmp_path: Path, sep: str, name: str) -> None:
    path = tmp_path / "f.txt"
    path.write_text(
        sep.join(["Name", "Phone", "Email"])
        + "\n"
        + sep.join(["Ivan", "+79161234567", "i@x.ru"])
        + "\n",
        encoding="utf-8",
    )
    with open_source(path) as source:
        assert source.info.delimiter == name
        assert [r.cells for r in source.rows()] == [["Ivan", "+79161234567", "i@x.ru"]]


def test_quoted_fields_with_newlines_and_separators(tmp_path: Path) -> None:
    path = tmp_path / "q.csv"
    path.write_text('Name,Note\n"Doe, John","line one\nline ""two"""\nNext,x\n', encoding="utf-8")
    _, rows = rows_of(path)
    assert rows == [["Doe, John", 'line one\nline "two"'], ["Next", "x"]]


def test_no_header_maps_by_position_and_pasted_text() -> None:
    headers, rows = rows_of(
        text="Ivan\t+79161234567\nAnna\t+79031112233\n", options=SourceOptions(has_header=False)
    )
    assert headers == ["Column 1", "Column 2"] and len(rows) == 2
    with open_source(text="a;b\n1;2\n") as source:
        assert source.info.name == "pasted text" and source.headers == ["a", "b"]


def test_csv_rows_are_streamed(tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    path.write_text("Name,Phone\n" + "x,1\n" * 50_000, encoding="utf-8")
    with open_source(path) as source:
        rows = source.rows()
        assert next(rows).number == 2
        assert source.info.estimated_rows == 50_000
        assert sum(1 for _ in rows) == 49_999


def test_xlsx_numbers_dates_and_sheets(tmp_path: Path) -> None:
    book = Workbook()
    book.active.title = "Empty"
    sheet = book.create_sheet("Clients")
    sheet.append(["Name", "Phone", "Born", "Score"])
    sheet.append(["Ivan", 79161234567, date(1990, 9, 6), 1.5])
    sheet.append(["Anna", 7.9031112233e10, None, 2])
    path = tmp_path / "c.xlsx"
    book.save(path)
    with open_source(path) as source:
        assert source.info.sheet == "Clients" and source.info.sheets == ("Empty", "Clients")
        rows = [r.cells for r in source.rows()]
    assert rows[0] == ["Ivan", "79161234567", date(1990, 9, 6), "1.5"]
    assert rows[1][:2] == ["Anna", "79031112233"]
    with pytest.raises(ImportSettingsError, match="no sheet"):
        open_source(path, options=SourceOptions(sheet="Nope"))


def test_xlsx_report_with_title_lines_above_its_header(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["Список клиентов на 01.11.2024"])
    sheet.append(["Отдел продаж, Москва"])
    sheet.append([])
    sheet.append(["ФИО", "Телефон", "Email"])
    sheet.append(["Иванов Иван", 79161234567, "ivan@example.ru"])
    sheet.append(["Петров Пётр", "8 916 765-43-21", None])
    path = tmp_path / "report.xlsx"
    book.save(path)
    with open_source(path) as source:
        assert source.headers == ["ФИО", "Телефон", "Email"]
        assert source.info.header_row == 4 and source.info.estimated_rows == 2
        rows = list(source.rows())
    assert [r.number for r in rows] == [5, 6]  # the sheet's own row numbers, for the report
    assert rows[0].cells == ["Иванов Иван", "79161234567", "ivan@example.ru"]
    # a header that names no card field stays the first row: the columns are matched by hand
    book = Workbook()
    book.active.append(["Колонка А", "Колонка Б"])
    book.active.append(["Иванов Иван", "Телефон"])
    book.save(path)
    with open_source(path) as source:
        assert source.headers == ["Колонка А", "Колонка Б"] and source.info.header_row == 1


def test_csv_report_with_title_lines_above_its_header(tmp_path: Path) -> None:
    path = tmp_path / "report.csv"
    path.write_text(
        "Список клиентов на 01.11.2024\n\nФИО;Телефон;Email\n"
        "Иванов Иван;+7 916 123-45-67;ivan@example.ru\nПетров Пётр;8 916 765-43-21;\n",
        encoding="cp1251",
    )
    with open_source(path) as source:
        assert source.headers == ["ФИО", "Телефон", "Email"]
        assert source.info.header_row == 3 and source.info.delimiter == ";"
        rows = list(source.rows())
    assert [r.number for r in rows] == [4, 5]
    assert rows[1].cells == ["Петров Пётр", "8 916 765-43-21", ""]


def test_excel_separator_declaration_line(tmp_path: Path) -> None:
    """Excel's `sep=,` first line names the separator and is no row of the table, even over a
    header that names no card field."""
    path = tmp_path / "declared.csv"
    path.write_text("sep=,\r\nКолонка А,Колонка Б\r\nИван; Пётр,x\r\n", encoding="utf-8-sig")
    with open_source(path) as source:
        assert source.info.delimiter == ","
        assert source.headers == ["Колонка А", "Колонка Б"] and source.info.header_row == 2
        assert [(r.number, r.cells) for r in source.rows()] == [(3, ["Иван; Пётр", "x"])]
    with open_source(path, options=SourceOptions(has_header=False)) as source:
        assert next(r.cells for r in source.rows()) == ["Колонка А", "Колонка Б"]


def test_xlsx_hidden_sheets_are_read_last(tmp_path: Path) -> None:
    book = Workbook()
    book.active.title = "lists"
    book.active.sheet_state = "hidden"
    book.active.append(["Code", "Label"])
    book.active.append(["lead", "Lead"])
    book.create_sheet("Clients").append(["Name", "Phone"])
    book["Clients"].append(["Ivan", "+79161234567"])
    path = tmp_path / "hidden.xlsx"
    book.save(path)
    with open_source(path) as source:
        assert source.info.sheet == "Clients"
        assert [r.cells for r in source.rows()] == [["Ivan", "+79161234567"]]
    with open_source(path, options=SourceOptions(sheet="lists")) as source:  # asked for by name
        assert source.headers == ["Code", "Label"]


def _ods(path: Path, rows: list[list[str]]) -> Path:
    cells = "".join(
        "<table:table-row>"
        + "".join(
            f'<table:table-cell office:value-type="string"><text:p>{v}</text:p></table:table-cell>'
            for v in row
        )
        + "</table:table-row>"
        for row in rows
    )
    content = (
        '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        f'<office:body><office:spreadsheet><table:table table:name="S">{cells}</table:table>'
        "</office:spreadsheet></office:body></office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
        'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">'
        '<manifest:file-entry manifest:full-path="/" '
        'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("content.xml", content)
        z.writestr("META-INF/manifest.xml", manifest)
    return path


def test_ods(tmp_path: Path) -> None:
    path = _ods(tmp_path / "c.ods", [["Имя", "Телефон"], ["Анна", "+79161234567"]])
    with open_source(path) as source:
        assert source.info.kind == "ods"
        assert [r.cells for r in source.rows()] == [["Анна", "+79161234567"]]


def test_vcard_generated(tmp_path: Path) -> None:
    path = tmp_path / "c.vcf"
    path.write_bytes(
        b"BEGIN:VCARD\r\nVERSION:2.1\r\n"
        b"N;CHARSET=WINDOWS-1251;ENCODING=QUOTED-PRINTABLE:=C8=E2=E0=ED=EE=E2;=C8=E2=E0=ED\r\n"
        b"TEL;CELL;PREF:+7 916 123-45-67\r\nTEL;HOME:8 903 000 00 00\r\n"
        b"EMAIL;INTERNET:ivan@example.ru\r\nEND:VCARD\r\n"
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anna\r\n Smith\r\nEMAIL;TYPE=work:a@x.com\r\n"
        b"BDAY:1990-09-06\r\nCATEGORIES:vip,friends\r\nEND:VCARD\r\n"
    )
    with open_source(path) as source:
        rows = [dict(zip(source.headers, r.cells, strict=True)) for r in source.rows()]
    assert rows[0]["Last name"] == "Иванов" and rows[0]["First name"] == "Иван"
    assert rows[0]["Phones"] == "+7 916 123-45-67;8 903 000 00 00"
    assert rows[1]["Full name"] == "AnnaSmith" and rows[1]["Tags"] == "vip;friends"
    assert rows[1]["Birth date"] == "1990-09-06"


def test_corpus_vcards_all_read(peers: Path) -> None:
    total = 0
    for path in sorted(peers.glob("*.vcf")):
        with open_source(path) as source:
            total += len(list(source.rows()))
    assert total >= 60
    _, rows = rows_of(peers / "roundcube_thebat_v21_polish_qp_latin2.vcf")
    assert rows[0][0] == "Piotr Iksiński"
    _, rows = rows_of(peers / "vcf30_multi_rfc_examples_broken_params.vcf")
    assert len(rows) == 5
    _, rows = rows_of(peers / "roundcube_utf16_sample.vcf")
    assert rows[0][0] == "Ǽgean ĽdaMonté"


def test_corpus_csv_files(peers: Path) -> None:
    headers, rows = rows_of(peers / "ru_clients_cp1251_semicolon.csv")
    assert headers == ["имя", "возраст", "номер телефона"] and rows[0][0] == "Артур"
    _, rows = rows_of(peers / "pl_clients_cp1250_dirty.csv")
    assert "Tomasz Zieliński" in [r[0] for r in rows] and "Paweł Nowak" in [r[0] for r in rows]
    for name in ("csvkit_utf16le_bom.csv", "csvkit_utf16be_bom.csv", "csvkit_utf8_bom.csv"):
        headers, rows = rows_of(peers / name)
        assert rows[-1][-1] == "ʤ"
    _, rows = rows_of(peers / "csvkit_mac_newlines_cr_only.csv")
    assert len(rows) == 2
    _, rows = rows_of(peers / "csvspectrum_quotes_and_newlines.csv")
    assert rows[0][1] == 'ha \n"ha" \nha'
    with pytest.raises(ImportFileError, match="NUL"):
        open_source(peers / "csvkit_null_byte.csv")
    headers, rows = rows_of(peers / "xlsx_contacts_dirty_hnordholm.xlsx")
    assert "Email" in headers and len(rows) > 900
