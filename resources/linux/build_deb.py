"""Build the Debian package of desktop-crm from the PyInstaller folder (PKG-1):

    pyinstaller --noconfirm build.spec
    python resources/linux/build_deb.py dist/desktop-crm --out dist

The program goes under /opt/desktop-crm, a launcher to /usr/bin/desktop-crm, the desktop entry
to /usr/share/applications, the AppStream metainfo to /usr/share/metainfo and the icon into the
hicolor theme; Debian's own triggers refresh the menu and the icon cache. `Depends` names the
system libraries the bundled Qt loads from the system (its xcb platform plugin's, OpenGL, fonts,
D-Bus): PyInstaller leaves those out of the folder, and without them the window does not start on
a bare Debian. Needs dpkg-deb (package dpkg) only.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
NAME = "desktop-crm"
METAINFO = "io.github.desktop_crm.desktopcrm.metainfo.xml"
MAINTAINER = "desktop_crm maintainers <desktop-crm@localhost>"
# The system libraries Qt's xcb and wayland platform plugins and QtGui load. PyInstaller bundles
# most of them when the build machine has them, but never OpenGL, EGL, libxcb, libdrm and
# wayland's (they must match the system's drivers and display server), so a bare system needs
# these; tests/packaging/test_deb.py checks every library the folder names and does not bundle is
# covered.
DEPENDS = (
    "libdbus-1-3",
    "libdrm2",
    "libegl1",
    "libfontconfig1",
    "libfreetype6",
    "libgl1",
    "libglib2.0-0",
    "libx11-6",
    "libx11-xcb1",
    "libxcb-cursor0",
    "libxcb-icccm4",
    "libxcb-image0",
    "libxcb-keysyms1",
    "libxcb-randr0",
    "libxcb-render-util0",
    "libxcb-render0",
    "libxcb-shape0",
    "libxcb-shm0",
    "libxcb-sync1",
    "libxcb-xfixes0",
    "libxcb-xinerama0",
    "libxcb-xkb1",
    "libxcb1",
    "libxkbcommon-x11-0",
    "libxkbcommon0",
)
# Qt's wayland platform plugin: on a Wayland desktop these are there; without them Qt falls back
# to xcb (XWayland).
RECOMMENDS = ("libwayland-client0", "libwayland-cursor0", "libwayland-egl1")
LAUNCHER = f"""#!/bin/sh
# desktop-crm's launcher: the program lives in /opt/{NAME} (a PyInstaller folder).
exec /opt/{NAME}/{NAME} "$@"
"""


def version() -> str:
    text = (ROOT / "desktop_crm" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'^__version__ = "([^"]+)"', text, re.M)
    assert found, "desktop_crm/__init__.py has no __version__"
    return found.group(1)


def architecture() -> str:
    return subprocess.run(
        ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
    ).stdout.strip()


def libc() -> str:
    """The C library the folder was built against, as the oldest one it runs on: PyInstaller's
    program and Python's modules need the build machine's glibc or newer."""
    found = re.fullmatch(r"glibc (\d+\.\d+)", os.confstr("CS_GNU_LIBC_VERSION") or "")
    assert found, "not a glibc system"
    return f"libc6 (>= {found.group(1)})"


def control(size_kb: int) -> str:
    return (
        f"Package: {NAME}\n"
        f"Version: {version()}\n"
        "Section: misc\n"
        "Priority: optional\n"
        f"Architecture: {architecture()}\n"
        f"Maintainer: {MAINTAINER}\n"
        f"Installed-Size: {size_kb}\n"
        f"Depends: {', '.join((libc(), *DEPENDS))}\n"
        f"Recommends: {', '.join(RECOMMENDS)}\n"
        "Description: desktop CRM client: client base, import, data-quality wizards\n"
        " A client base for sales managers and the admins who keep it clean: a client\n"
        " list quick at a million clients, client cards, import from spreadsheets and\n"
        " vCards, calls and emails linked to their clients, tasks and control checks.\n"
        " Works on a local SQLite file or a team's PostgreSQL server.\n"
    )


def put(source: Path, target: Path, mode: int = 0o644) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)
    target.chmod(mode)


def stage(app: Path, root: Path) -> None:
    """The package's files under `root`, as they land on the system."""
    shutil.copytree(app, root / "opt" / NAME, symlinks=True)
    launcher = root / "usr" / "bin" / NAME
    launcher.parent.mkdir(parents=True)
    launcher.write_text(LAUNCHER, encoding="utf-8")
    launcher.chmod(0o755)
    share = root / "usr" / "share"
    put(HERE / f"{NAME}.desktop", share / "applications" / f"{NAME}.desktop")
    put(HERE / METAINFO, share / "metainfo" / METAINFO)
    icons = ROOT / "resources" / "icons"
    for png in sorted((icons / "hicolor").glob(f"*/apps/{NAME}.png")):
        put(png, share / "icons" / png.relative_to(icons))
    put(icons / f"{NAME}.svg", share / "icons" / "hicolor" / "scalable" / "apps" / f"{NAME}.svg")
    copyright_file = share / "doc" / NAME / "copyright"
    copyright_file.parent.mkdir(parents=True)
    copyright_file.write_text(f"{NAME}: proprietary; all rights reserved.\n", encoding="utf-8")
    for path in root.rglob("*"):  # group and others read what root writes
        if path.is_dir() and not path.is_symlink():
            path.chmod(0o755)


def build(app: Path, out: Path, compression: str = "zstd") -> Path:
    """The .deb of the PyInstaller folder `app`, written into `out`. zstd takes seconds where
    xz takes minutes, for a third more size; dpkg reads it since Debian 12 and Ubuntu 21.10,
    which a folder built on Debian 12 (glibc 2.36) needs anyway. For older tools: "xz"."""
    if not (app / NAME).is_file():
        raise SystemExit(f"{app} is not a PyInstaller folder of {NAME} (no {NAME} inside)")
    out.mkdir(parents=True, exist_ok=True)
    deb = out / f"{NAME}_{version()}_{architecture()}.deb"
    with tempfile.TemporaryDirectory(prefix="deb-") as folder:
        root = Path(folder) / "root"
        stage(app, root)
        size = sum(p.lstat().st_size for p in root.rglob("*") if not p.is_dir())
        debian = root / "DEBIAN"
        debian.mkdir(mode=0o755)
        (debian / "control").write_text(control(size // 1024 + 1), encoding="utf-8")
        subprocess.run(
            ["dpkg-deb", "--root-owner-group", f"-Z{compression}", "--build", str(root), str(deb)],
            check=True,
            stdout=subprocess.DEVNULL,
        )
    return deb


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the .deb from the PyInstaller folder.")
    parser.add_argument("app", type=Path, help="the PyInstaller folder, e.g. dist/desktop-crm")
    parser.add_argument("--out", type=Path, default=Path("dist"), help="where the .deb goes")
    parser.add_argument("--compression", choices=("zstd", "xz", "gzip"), default="zstd")
    args = parser.parse_args(argv)
    print(build(args.app.resolve(), args.out.resolve(), args.compression))
    return 0


if __name__ == "__main__":
    sys.exit(main())
