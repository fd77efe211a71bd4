"""PKG-1: `build.spec` builds a one-folder application that starts and opens its database."""

from __future__ import annotations

import os
import re
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop_crm import __version__
from desktop_crm.db import head_revision, make_engine

REPO = Path(__file__).resolve().parent.parent


def _folder_size(folder: Path) -> int:
    """Bytes of the files in `folder`; links to files already counted are not counted again."""
    return sum(f.lstat().st_size for f in folder.rglob("*") if f.is_file() and not f.is_symlink())


@pytest.mark.slow
def test_build_spec_makes_a_working_application(tmp_path: Path) -> None:
    pytest.importorskip("PyInstaller")
    dist, work = tmp_path / "dist", tmp_path / "build"
    started = time.monotonic()
    build = subprocess.run(
        [
            sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
            "--distpath", str(dist), "--workpath", str(work), str(REPO / "build.spec"),
        ],
        capture_output=True, text=True, cwd=tmp_path, timeout=1800,
    )  # fmt: skip
    seconds = time.monotonic() - started
    assert build.returncode == 0, build.stderr[-4000:]
    app = dist / "desktop-crm"
    exe = app / ("desktop-crm.exe" if os.name == "nt" else "desktop-crm")
    assert exe.is_file()
    if sys.platform in ("win32", "darwin"):  # the twin that opens no console window
        assert (app / exe.name.replace("crm", "crm-window")).is_file()
    # the migrations travel as files: Alembic reads them from disk
    data = next(app.rglob("migrations/versions"))
    shipped = sorted(p.name for p in data.glob("*.py"))
    source = sorted(p.name for p in (REPO / "desktop_crm/migrations/versions").glob("*.py"))
    assert shipped == source and (data.parent / "env.py").is_file()
    assert (data.parent / "script.py.mako").is_file()
    print(f"\nbuild: {seconds:.0f} s, folder: {_folder_size(app) / 1e6:.0f} MB")

    env = {
        **os.environ,
        "DESKTOP_CRM_HOME": str(tmp_path / "home"),
        "DESKTOP_CRM_USER": "admin",
        "QT_QPA_PLATFORM": "offscreen",
    }
    env.pop("DESKTOP_CRM_DB", None)

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(exe), *args], capture_output=True, text=True, env=env, cwd=tmp_path, timeout=300
        )

    version = run("--version")
    assert version.returncode == 0, version.stderr
    assert version.stdout.strip() == f"desktop-crm {__version__}"

    path = tmp_path / "NEW.sqlite3"
    url = f"sqlite:///{path}"
    head = head_revision(make_engine(url))
    upgrade = run("--db", url, "db", "upgrade")
    assert upgrade.returncode == 0, upgrade.stderr
    assert upgrade.stdout.strip() == f"Database {url}: upgraded from empty (revision {head})."
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [(head,)]
        roles = {r[0] for r in conn.execute("SELECT name FROM roles")}
    conn.close()
    assert roles == {"admin", "manager"}

    # the rest of the stack works frozen too: services, Core inserts, the error path
    demo = run("--db", url, "demo", "200")
    assert demo.returncode == 0, demo.stderr
    assert re.match(r"Added 200 demo clients", demo.stdout)
    listing = run("--db", url, "users", "list")
    assert listing.returncode == 0 and "a.smirnova" in listing.stdout
    bad = run("--db", str(tmp_path / "missing" / "x.sqlite3"), "db", "upgrade")
    assert bad.returncode == 2 and "Traceback" not in bad.stderr
    assert "does not exist" in bad.stderr

    # the window's start: Qt, its platform plugin and translations load from the folder
    if (REPO / "desktop_crm" / "ui" / "app.py").exists():
        (tmp_path / "notes.txt").write_text("not a database\n" * 100)
        window = run("--db", str(tmp_path / "notes.txt"))
        assert window.returncode == 2, window.stderr
        assert "Traceback" not in window.stderr
        assert "is not a desktop_crm database file" in window.stderr
