"""A bad `--db` gives one sentence on stderr and exit status 2, never a traceback: for
`db upgrade`, `users list` and for starting the window; and it leaves what it found alone."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop_crm.cli import main
from desktop_crm.db import open_database

REPO = Path(__file__).resolve().parents[2]

# Each case makes a bad database in a folder and returns (URL, words the message must hold,
# a check that nothing was changed).
Case = Callable[[Path], tuple[str, str, Callable[[], None]]]


def _nothing() -> None:
    return None


def pg_refused(_tmp: Path) -> tuple[str, str, Callable[[], None]]:
    return "postgresql+psycopg://crm@127.0.0.1:1/crm", "Cannot connect to the database", _nothing


def pg_unknown_host(_tmp: Path) -> tuple[str, str, Callable[[], None]]:
    url = "postgresql+psycopg://crm@no-such-host.invalid:5432/crm"
    return url, "Cannot connect to the database", _nothing


def missing_folder(tmp: Path) -> tuple[str, str, Callable[[], None]]:
    folder = tmp / "missing"

    def unchanged() -> None:
        assert not folder.exists()

    return f"sqlite:///{folder / 'crm.sqlite3'}", "does not exist", unchanged


def folder_is_a_file(tmp: Path) -> tuple[str, str, Callable[[], None]]:
    (tmp / "notes.txt").write_text("not a folder")
    return f"sqlite:///{tmp / 'notes.txt' / 'crm.sqlite3'}", "is a file, not a folder", _nothing


def path_is_a_folder(tmp: Path) -> tuple[str, str, Callable[[], None]]:
    (tmp / "folder").mkdir()
    return f"sqlite:///{tmp / 'folder'}", "cannot be opened", _nothing


def unwritable_place(_tmp: Path) -> tuple[str, str, Callable[[], None]]:
    # /proc takes no new files, not even from root
    return "sqlite:////proc/desktop-crm-test.sqlite3", "cannot be opened", _nothing


def read_only_folder(tmp: Path) -> tuple[str, str, Callable[[], None]]:
    if os.name != "posix" or os.geteuid() == 0:
        pytest.skip("root writes into read-only folders")
    folder = tmp / "locked"
    folder.mkdir()
    folder.chmod(0o555)

    def unchanged() -> None:
        assert list(folder.iterdir()) == []
        folder.chmod(0o755)

    return f"sqlite:///{folder / 'crm.sqlite3'}", "cannot be opened", unchanged


def read_only_database(tmp: Path) -> tuple[str, str, Callable[[], None]]:
    path = tmp / "empty.sqlite3"
    path.write_bytes(b"")  # an empty file is an empty SQLite database
    url = f"sqlite:///file:{path}?mode=ro&uri=true"

    def unchanged() -> None:
        assert path.read_bytes() == b""

    return url, "is read-only", unchanged


def text_file(tmp: Path) -> tuple[str, str, Callable[[], None]]:
    path = tmp / "clients.csv"
    path.write_text("name;phone\nИванов;+79123456789\n" * 200, encoding="utf-8")
    before = path.read_bytes()

    def unchanged() -> None:
        assert path.read_bytes() == before

    return f"sqlite:///{path}", "is not a desktop_crm database file", unchanged


def random_bytes(tmp: Path) -> tuple[str, str, Callable[[], None]]:
    path = tmp / "noise.sqlite3"
    path.write_bytes(os.urandom(8192))
    before = path.read_bytes()

    def unchanged() -> None:
        assert path.read_bytes() == before

    return f"sqlite:///{path}", "is not a desktop_crm database file", unchanged


def foreign_tables(tmp: Path) -> tuple[str, str, Callable[[], None]]:
    path = tmp / "accounting.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
        conn.execute("INSERT INTO invoices (total) VALUES (12.5)")
    conn.close()

    def unchanged() -> None:
        with sqlite3.connect(path) as check:
            names = [r[0] for r in check.execute("SELECT name FROM sqlite_master")]
            assert names == ["invoices"]
            assert check.execute("SELECT total FROM invoices").fetchall() == [(12.5,)]
        check.close()

    return f"sqlite:///{path}", "holds tables that are not a desktop_crm database", unchanged


def invalid_url(_tmp: Path) -> tuple[str, str, Callable[[], None]]:
    return "not a url://x", "is not a valid URL", _nothing


def unsupported_dialect(_tmp: Path) -> tuple[str, str, Callable[[], None]]:
    return "mysql://crm@localhost/crm", "not supported", _nothing


def unknown_scheme(_tmp: Path) -> tuple[str, str, Callable[[], None]]:
    return "foo://bar/crm", "not supported", _nothing


CASES: list[Case] = [
    pg_refused,
    pg_unknown_host,
    missing_folder,
    folder_is_a_file,
    path_is_a_folder,
    unwritable_place,
    read_only_folder,
    read_only_database,
    text_file,
    random_bytes,
    foreign_tables,
    invalid_url,
    unsupported_dialect,
    unknown_scheme,
]
COMMANDS = [["db", "upgrade"], ["users", "list"]]


def assert_one_sentence(err: str, expected: str) -> None:
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("desktop-crm: ") and lines[0].endswith("."), err
    assert expected in lines[0], err


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
@pytest.mark.parametrize("case", CASES, ids=lambda c: c.__name__)
def test_bad_db_is_one_sentence_and_status_2(
    case: Case, command: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url, expected, unchanged = case(tmp_path)
    assert main(["--db", url, *command]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert_one_sentence(err, expected)
    unchanged()


@pytest.mark.parametrize("case", [pg_refused, text_file, missing_folder, foreign_tables])
def test_bad_db_from_a_real_process(case: Case, tmp_path: Path) -> None:
    """The installed entry point behaves the same: status 2, one line, no traceback."""
    url, expected, unchanged = case(tmp_path)
    result = _run(["--db", url, "users", "list"], tmp_path)
    assert result.returncode == 2, result.stderr
    assert result.stdout == ""
    assert_one_sentence(result.stderr, expected)
    unchanged()


@pytest.mark.parametrize(
    "case",
    [
        pg_refused,
        missing_folder,
        unwritable_place,
        read_only_database,
        text_file,
        random_bytes,
        foreign_tables,
        invalid_url,
        unsupported_dialect,
    ],
)
def test_bad_db_when_starting_the_window(case: Case, tmp_path: Path) -> None:
    if not (REPO / "desktop_crm" / "ui" / "app.py").exists():
        pytest.skip("the window entry point desktop_crm/ui/app.py does not exist yet")
    url, expected, unchanged = case(tmp_path)
    result = _run(["--db", url], tmp_path)
    assert result.returncode == 2, result.stderr
    assert_one_sentence(result.stderr, expected)
    unchanged()


def _run(args: list[str], tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "DESKTOP_CRM_HOME": str(tmp_path / "home"),
        "DESKTOP_CRM_USER": "admin",
        "QT_QPA_PLATFORM": "offscreen",
    }
    env.pop("DESKTOP_CRM_DB", None)
    return subprocess.run(
        [sys.executable, "-m", "desktop_crm", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        cwd=tmp_path,
    )


@pytest.mark.slow
def test_a_file_another_program_keeps_locked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Another program holds the write lock for longer than we wait (15 s): a sentence, and
    the other program's work is untouched."""
    path = tmp_path / "crm.sqlite3"
    open_database(f"sqlite:///{path}").dispose()
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sqlite3, sys, time\n"
            f"c = sqlite3.connect({str(path)!r}, isolation_level=None)\n"
            "c.execute('BEGIN IMMEDIATE')\n"
            "c.execute(\"INSERT INTO tags (name, name_key) VALUES ('x', 'x')\")\n"
            "print('locked', flush=True)\n"
            "time.sleep(120)\n",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        started = time.monotonic()
        assert main(["--db", f"sqlite:///{path}", "users", "list"]) == 2
        assert time.monotonic() - started >= 10  # it did wait for the lock first
    finally:
        holder.kill()
        holder.wait()
    _, err = capsys.readouterr()
    assert_one_sentence(err, "is locked by another program")
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT count(*) FROM users").fetchone() == (0,)
    conn.close()
