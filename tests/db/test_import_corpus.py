"""Real exports from phones, mail programs and CRMs (shared/corpus/peers) import without a
mapping file, on each backend."""

from __future__ import annotations

from pathlib import Path

import pytest
from import_support import clients, count_clients, do_import, points

from desktop_crm.db import Database
from desktop_crm.models import User


@pytest.mark.parametrize(
    ("name", "created"),
    [
        ("google_contacts_legacy_export_mtrazzi.csv", 3),
        ("roundcube_outlook.csv", 1),
        ("thunderbird_csv_semicolon.csv", 2),
        ("ru_clients_cp1251_semicolon.csv", 3),
        ("vcf30_gmail_multi.vcf", 3),
        ("vcf21_outlook2007.vcf", 1),
    ],
)
def test_exports_import_without_mapping(
    name: str, created: int, database: Database, admin: User, peers: Path
) -> None:
    result = do_import(database, peers / name, region="US")
    assert result.created == created, result.failures
    assert count_clients(database) >= created


def test_impossible_numbers_are_reported_with_the_cell(
    database: Database, admin: User, peers: Path
) -> None:
    # "+1 555 3227 8544" has 11 digits after +1: no such number in the US plan
    # they no longer sink their rows: kept as typed, not normalized, and reported per value
    result = do_import(database, peers / "google_shared_contacts_outlook_style.csv", region="US")
    assert result.reasons == {} and result.warning_reasons == {"phone_not_normalized": 7}
    assert {(f.reason, f.column) for f in result.kept} == {("phone_not_normalized", 7)}
    assert count_clients(database) == 4  # three people and the company "Acme Inc."
    assert sum(n == "" for _, n, _ in points(database)) == 7


def test_russian_phonebook_splits_names_and_merges_duplicates(
    database: Database, admin: User, peers: Path
) -> None:
    result = do_import(database, peers / "ru_phonebook_raw_netology.csv")
    assert result.failed == 0, result.failures
    found = clients(database)
    usoltsev = found["Усольцев Олег Валентинович"]
    assert (usoltsev.last_name, usoltsev.first_name, usoltsev.middle_name) == (
        "Усольцев",
        "Олег",
        "Валентинович",
    )
    assert ("Усольцев Олег Валентинович", "+74959130478", True) in points(database)
    # two people behind one switchboard, differing by the extension only, stay two cards
    by_number = {n: name for name, n, _ in points(database)}
    assert by_number["+74959833699;ext=2926"].startswith("Лукина Ольга")
    assert by_number["+74959833699;ext=2929"].startswith("Лукина Оксана")
    assert result.updated == 0


def test_polish_cp1250_file(database: Database, admin: User, peers: Path) -> None:
    result = do_import(database, peers / "pl_clients_cp1250_dirty.csv", region="PL")
    names = set(clients(database))
    assert {"Paweł Nowak", "Tomasz Zieliński", "Aneta Król"} <= names
    assert result.reasons.get("no_fields") == 3


def test_dirty_xlsx_with_us_phones(database: Database, admin: User, peers: Path) -> None:
    result = do_import(database, peers / "xlsx_contacts_dirty_hnordholm.xlsx", region="US")
    assert result.created > 500
    kept = [n for _, n, _ in points(database) if not n.startswith("+1")]
    assert set(kept) <= {""} and len(kept) == result.warning_reasons.get("phone_not_normalized")
