"""PKG-4: the three ways the program is installed find its icon, its translations and its user
guide, made from the one copy of each under resources/ (or desktop_crm/resources for the
compiled translations): `pip install .`, `pip install -e .` (here) and the PyInstaller folder
(test_pyinstaller.py).

Each install goes into a new virtual environment from a copy of the repository; the package is
installed without its dependencies, which the new environment reads from this one's
site-packages (a .pth line), so the test needs no download but the build's setuptools.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from tests.packaging.frozen import REPO

# Run by the new environment's Python: what the window does at start, and what it then finds.
PROBE = """
import json
from PySide6.QtCore import QCoreApplication
import desktop_crm
from desktop_crm.resource_files import guide_file, icon_files, translations_dir
from desktop_crm.ui.app import application, install_translations

app = application()
install_translations(app, "ru")
print(json.dumps({
    "package": desktop_crm.__file__,
    "icons": [str(p) for p in icon_files()],
    "window_icon": not app.windowIcon().isNull(),
    "translations": str(translations_dir()),
    "help_menu": QCoreApplication.translate("MainMenu", "&Help"),
    "guide_ru": str(guide_file("ru")),
}))
"""


def checkout_copy(target: Path) -> Path:
    """The repository's files (tracked and new, not ignored) copied to `target`."""
    listed = subprocess.run(
        ["git", "ls-files", "-co", "--exclude-standard", "-z"],
        cwd=REPO, capture_output=True, text=True, check=True,
    ).stdout.split("\0")  # fmt: skip
    for name in filter(None, listed):
        source = REPO / name
        if source.is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)
    return target


def install(tmp_path: Path, *pip_args: str) -> dict[str, object]:
    """A new environment with the copy installed by `pip install <pip_args>`; the probe's
    findings."""
    source = checkout_copy(tmp_path / "src")
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=300)
    python = venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    pip = [str(python), "-m", "pip", "install", "-q", "--no-deps", *pip_args]
    done = subprocess.run(pip, cwd=source, capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stderr[-3000:]
    purelib = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True, text=True, check=True,
    ).stdout.strip()  # fmt: skip
    (Path(purelib) / "dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "DESKTOP_CRM_HOME": str(tmp_path)}
    env.pop("PYTHONPATH", None)  # the installed package, not this checkout
    probe = subprocess.run(
        [str(python), "-c", PROBE], capture_output=True, text=True, env=env, cwd=tmp_path,
        timeout=300,
    )  # fmt: skip
    assert probe.returncode == 0, probe.stderr[-3000:]
    found: dict[str, object] = json.loads(probe.stdout.strip().splitlines()[-1])
    found["source"] = str(source)
    found["site"] = purelib
    return found


def check_found(found: dict[str, object], root: Path) -> None:
    """Everything the probe found is under `root` and works."""
    icons = [Path(p) for p in found["icons"]]  # type: ignore[attr-defined]
    assert len(icons) == 7 and all(p.is_file() and p.is_relative_to(root) for p in icons)
    assert found["window_icon"] is True
    assert Path(str(found["translations"]), "desktop_crm_ru.qm").is_file()
    assert found["help_menu"] == "&Справка"  # the Russian .qm was loaded
    guide = Path(str(found["guide_ru"]))
    assert guide.name == "guide_ru.md" and guide.is_relative_to(root)


@pytest.mark.slow
def test_pip_install_dot_finds_icon_translations_and_guide(tmp_path: Path) -> None:
    found = install(tmp_path, ".")
    site = Path(str(found["site"]))
    assert Path(str(found["package"])).is_relative_to(site)  # the wheel's copy
    check_found(found, site / "desktop_crm" / "resources")


@pytest.mark.slow
def test_pip_install_editable_finds_icon_translations_and_guide(tmp_path: Path) -> None:
    found = install(tmp_path, "-e", ".")
    source = Path(str(found["source"]))
    assert Path(str(found["package"])).is_relative_to(source / "desktop_crm")
    check_found(found, source / "resources")  # the checkout's resources/, no copy
    assert Path(str(found["translations"])).is_relative_to(source / "desktop_crm")
