"""PKG-1: `build.spec` builds a one-folder application that starts and opens its database, with
its icon, user guide and translations where the program looks for them (PKG-4)."""

from __future__ import annotations

import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_crm import __version__
from desktop_crm.db import head_revision, make_engine
from desktop_crm.resource_files import runtime_files
from tests.packaging.frozen import REPO, FrozenApp, folder_size


@pytest.mark.slow
def test_build_spec_makes_a_working_application(frozen_app: FrozenApp, tmp_path: Path) -> None:
    app, exe = frozen_app.folder, frozen_app.exe
    assert exe.is_file()
    if sys.platform in ("win32", "darwin"):  # the twin that opens no console window
        assert (app / exe.name.replace("crm", "crm-window")).is_file()
    # the migrations travel as files: Alembic reads them from disk
    data = next(app.rglob("migrations/versions"))
    shipped = sorted(p.name for p in data.glob("*.py"))
    source = sorted(p.name for p in (REPO / "desktop_crm/migrations/versions").glob("*.py"))
    assert shipped == source and (data.parent / "env.py").is_file()
    assert (data.parent / "script.py.mako").is_file()
    built = f"build: {frozen_app.build_seconds:.0f} s, " if frozen_app.build_seconds else ""
    print(f"\n{built}folder: {folder_size(app) / 1e6:.0f} MB")

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


@pytest.mark.slow
def test_the_folder_holds_icon_guide_and_translations(frozen_app: FrozenApp) -> None:
    """What the program reads besides its code, where desktop_crm/resource_files.py looks in a
    frozen program: the build's copies of resources/ and the compiled translations."""
    shipped = frozen_app.package_resources()
    for source, relative in runtime_files(REPO):
        assert (shipped / relative).read_bytes() == source.read_bytes(), relative
    assert len(list(shipped.glob("icons/hicolor/*/apps/desktop-crm.png"))) == 7
    assert {p.name for p in shipped.glob("guide/*.md")} == {
        "guide_en.md",
        "guide_pl.md",
        "guide_ru.md",
    }
    compiled = REPO / "desktop_crm" / "resources" / "translations"
    for language in ("en", "ru", "pl"):
        name = f"desktop_crm_{language}.qm"
        assert (shipped / "translations" / name).read_bytes() == (compiled / name).read_bytes()
    # the sources stay out of the program: translators' files and build scripts
    assert not list(frozen_app.folder.rglob("*.ts")) and not list(shipped.rglob("*.py"))
