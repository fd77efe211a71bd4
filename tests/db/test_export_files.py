"""Exports are written whole or not at all (a temporary file renamed when complete), and a CSV
export makes an exact round trip through the import although it guards cells against formulas."""

from __future__ import annotations

import os
import resource
import signal
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from files import write_xlsx
from import_support import do_import

from desktop_crm.cli import main
from desktop_crm.db import Database
from desktop_crm.models import User
from desktop_crm.services.access import current_user
from desktop_crm.services.export import iter_export_rows

Capture = pytest.CaptureFixture[str]


def url_of(database: Database) -> str:
    return database.engine.url.render_as_string(hide_password=False)


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path | None]:
    """A 1 MB tmpfs when this process may mount one (root), else None."""
    folder = tmp_path / "disk"
    folder.mkdir()
    mounted = (
        os.name == "posix"
        and os.geteuid() == 0
        and subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(folder)], capture_output=True
        ).returncode
        == 0
    )
    try:
        yield folder if mounted else None
    finally:
        if mounted:
            subprocess.run(["umount", "-l", str(folder)], check=False)


def _file_size_limit() -> None:  # in the child: files may not grow past 64 KB
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (64_000, 64_000))


def test_a_failed_export_keeps_the_previous_file(
    database: Database, admin: User, tmp_path: Path, small_disk: Path | None, capsys: Capture
) -> None:
    rows = [["ФИО", "Телефон", "Адрес"]]
    rows += [[f"Клиент {i:04d}", f"+7916{i:07d}", "ул. Длинная " * 8] for i in range(1500)]
    assert do_import(database, write_xlsx(tmp_path / "many.xlsx", rows)).created == 1500
    # a missing folder: one sentence, nothing made
    assert main(["--db", url_of(database), "export", str(tmp_path / "no" / "x.csv")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert err.startswith(f"desktop-crm: The export could not be saved to {tmp_path}/no/x.csv:")
    assert not (tmp_path / "no").exists()
    # a full disk: the previous export of that name survives, no partial file is left
    folder = small_disk or tmp_path / "limited"
    folder.mkdir(exist_ok=True)
    target = folder / "clients.csv"
    target.write_text("the previous export\n", encoding="utf-8")
    if small_disk is not None:
        stat = os.statvfs(folder)
        (folder / "filler").write_bytes(b"\0" * (stat.f_bavail * stat.f_frsize - 20_000))
    done = subprocess.run(
        [sys.executable, "-m", "desktop_crm", "--db", url_of(database), "export", str(target)],
        capture_output=True,
        text=True,
        preexec_fn=None if small_disk is not None else _file_size_limit,
        env={**os.environ, "DESKTOP_CRM_USER": "admin"},
        timeout=120,
    )
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr and done.stderr.count("\n") == 1
    assert done.stderr.startswith(f"desktop-crm: The export could not be saved to {target}:")
    assert done.stderr.endswith("A file that was there before is unchanged.\n")
    assert target.read_text(encoding="utf-8") == "the previous export\n"
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        ["clients.csv", *(["filler"] if small_disk is not None else [])]
    )


# full name, address, position, website, tags: values a spreadsheet would run, and values that
# really start with an apostrophe
FORMULA_LIKE = [
    ("=Ромашка", "-5 этаж", "@home", "+bonus", ["=vip", "+new"]),
    ("'-Alpha", "'plain quote", "'", "''=two", ["-"]),
    ("Обычный", "\tTabbed", "+7 not a phone", "@", []),
    ("=SUM(A1:A2)", "'=quoted", None, None, ["'@x"]),
]


def test_a_csv_export_gives_back_the_exact_values(
    database: Database, admin: User, add_client: Callable[..., int], tmp_path: Path
) -> None:
    for name, address, position, website, tags in FORMULA_LIKE:
        add_client(
            name,
            address=address,
            position=position,
            website=website,
            tags=tags,
            responsible_id=admin.id,
        )
    add_client("Phone Only", phones=["+79161234567", "+48601234567"], responsible_id=admin.id)
    first = tmp_path / "first.csv"
    assert main(["--db", url_of(database), "--user", "admin", "export", str(first)]) == 0
    text = first.read_text(encoding="utf-8-sig")
    assert "'=Ромашка" in text and "'-5 этаж" in text and "''-Alpha" in text  # guarded
    assert ",+79161234567; +48601234567," in text  # phone numbers are not
    other = f"sqlite:///{tmp_path / 'other.sqlite3'}"
    assert main(["--db", other, "--user", "admin", "import", str(first)]) == 0
    second = tmp_path / "second.csv"
    assert main(["--db", other, "--user", "admin", "export", str(second)]) == 0
    assert second.read_bytes() == first.read_bytes()
    from desktop_crm.db import open_database

    copy = open_database(other)
    try:
        with database.session() as a, copy.session() as b:
            current_user(b, "admin")
            boss = current_user(a, "admin")
            assert list(iter_export_rows(b, boss)) == list(iter_export_rows(a, boss))
            names = sorted(r[0] for r in iter_export_rows(b, boss))
    finally:
        copy.dispose()
    assert names == sorted(["=Ромашка", "'-Alpha", "Обычный", "=SUM(A1:A2)", "Phone Only"])
