"""PKG-4: resources/ holds one source for each file (the icon's PNG sizes and .ico are built from
its SVG and must match it), the desktop entry and the AppStream metainfo validate, and the files
a build copies into the package exist."""

from __future__ import annotations

import importlib.util
import re
import shutil
import struct
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtGui import QGuiApplication, QImage

from desktop_crm import __version__
from desktop_crm.resource_files import RUNTIME_FILES, runtime_files

REPO = Path(__file__).resolve().parents[2]
RESOURCES = REPO / "resources"
LINUX = RESOURCES / "linux"


def icon_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_icons", RESOURCES / "build_icons.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def max_difference(a: QImage, b: QImage) -> int:
    a = a.convertToFormat(QImage.Format.Format_RGBA8888)
    b = b.convertToFormat(QImage.Format.Format_RGBA8888)
    assert a.size() == b.size()
    return max(abs(x - y) for x, y in zip(a.constBits(), b.constBits(), strict=True))


def test_the_committed_pngs_and_ico_are_made_from_the_svg(qapp: QGuiApplication) -> None:
    """Rendered again from the SVG, each size matches the committed PNG (a little antialiasing
    difference allowed between Qt versions); the .ico holds every size: run
    resources/build_icons.py after editing the SVG."""
    script = icon_script()
    for size in script.SIZES:
        committed = QImage(str(script.png_path(RESOURCES / "icons", size)))
        assert committed.width() == size, size
        assert max_difference(committed, script.render(size)) <= 8, f"{size}px is stale"
    ico = (RESOURCES / "icons" / "desktop-crm.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", ico)
    assert (reserved, kind, count) == (0, 1, len(script.SIZES))
    sides = [ico[6 + 16 * i] or 256 for i in range(count)]
    assert sides == list(script.SIZES)


def test_every_file_a_build_copies_exists() -> None:
    copied = runtime_files(REPO)
    for pattern in RUNTIME_FILES:
        assert any(Path(relative).match(pattern) for _, relative in copied), pattern
    assert {relative for _, relative in copied} >= {
        "guide/guide_en.md",
        "guide/guide_pl.md",
        "guide/guide_ru.md",
    }


def tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:  # .ci/run installs it
        pytest.skip(f"{name} is not installed")
    return found


def test_the_desktop_entry_validates() -> None:
    entry = LINUX / "desktop-crm.desktop"
    done = subprocess.run(
        [tool("desktop-file-validate"), str(entry)], capture_output=True, text=True
    )
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr
    text = entry.read_text(encoding="utf-8")
    assert "\nExec=desktop-crm\n" in text and "\nIcon=desktop-crm\n" in text


def test_the_metainfo_validates_and_names_this_version() -> None:
    (metainfo,) = LINUX.glob("*.metainfo.xml")
    done = subprocess.run(
        [tool("appstreamcli"), "validate", "--no-net", "--pedantic", str(metainfo)],
        capture_output=True, text=True,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    root = ET.parse(metainfo).getroot()
    assert metainfo.name == f"{root.findtext('id')}.metainfo.xml"
    newest = root.find("releases/release")
    assert newest is not None and newest.get("version") == __version__
    launchable = root.findtext("launchable")
    assert launchable is not None and (LINUX / launchable).is_file()


def test_the_installer_scripts_take_the_version_from_the_package() -> None:
    """No second copy of the version to keep in step: the .deb reads desktop_crm/__init__.py,
    the NSIS script is given it."""
    nsi = (RESOURCES / "windows" / "desktop-crm.nsi").read_text(encoding="utf-8")
    assert not re.search(r'!define VERSION "', nsi)
    assert __version__ not in (LINUX / "build_deb.py").read_text(encoding="utf-8")
