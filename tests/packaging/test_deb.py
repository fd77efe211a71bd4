"""PKG-1: the .deb made from the PyInstaller folder validates, installs with dpkg, runs (the
command line, a schema upgrade, the window offscreen), declares the system libraries it loads,
and is removed leaving the user's data alone. Installs on this machine: CI runs it as root."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import time
from pathlib import Path

import pytest

from desktop_crm import __version__
from tests.packaging.frozen import REPO, FrozenApp, folder_size, load_script

pytestmark = pytest.mark.slow
QT_XCB_LIBRARIES = {  # what Qt's xcb platform plugin needs on a bare Debian
    "libxcb-cursor0", "libxkbcommon-x11-0", "libegl1", "libgl1", "libfontconfig1",
    "libdbus-1-3", "libxcb-icccm4", "libxcb-keysyms1", "libxcb-image0", "libxcb-render-util0",
    "libxcb-shape0", "libxcb-randr0", "libxcb-xinerama0", "libxcb-xkb1",
}  # fmt: skip


def tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:  # .ci/run installs it
        pytest.skip(f"{name} is not installed")
    return found


def run(*args: str, **kwargs: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(list(args), capture_output=True, text=True, timeout=600, **kwargs)  # type: ignore[call-overload]


def as_root() -> list[str]:
    """The prefix that runs dpkg as root: none when root, else sudo without a password."""
    if os.geteuid() == 0:
        return []
    if shutil.which("sudo") and run("sudo", "-n", "true").returncode == 0:
        return ["sudo", "-n"]
    pytest.skip("installing a .deb needs root (CI runs as root)")


@pytest.fixture(scope="module")
def deb(frozen_app: FrozenApp, tmp_path_factory: pytest.TempPathFactory) -> Path:
    tool("dpkg-deb")
    build_deb = load_script("resources/linux/build_deb.py")
    started = time.monotonic()
    package = build_deb.build(frozen_app.folder, tmp_path_factory.mktemp("deb"))
    seconds = time.monotonic() - started
    print(f"\n.deb: built in {seconds:.1f} s, {package.stat().st_size / 1e6:.0f} MB")
    return package


def field(package: Path, name: str) -> str:
    return run("dpkg-deb", "-f", str(package), name).stdout.strip()


def test_the_package_declares_and_holds_what_a_desktop_needs(deb: Path, tmp_path: Path) -> None:
    assert field(deb, "Package") == "desktop-crm" and field(deb, "Version") == __version__
    depends = {d.split()[0] for d in field(deb, "Depends").split(", ")}
    assert depends >= QT_XCB_LIBRARIES and "libc6" in depends
    root = tmp_path / "root"
    assert run("dpkg-deb", "-x", str(deb), str(root)).returncode == 0
    assert os.access(root / "opt/desktop-crm/desktop-crm", os.X_OK)
    assert os.access(root / "usr/bin/desktop-crm", os.X_OK)
    icons = root / "usr/share/icons/hicolor"
    sizes = {p.parts[-3] for p in icons.glob("*/apps/desktop-crm.*")}
    assert sizes == {f"{n}x{n}" for n in (16, 24, 32, 48, 64, 128, 256)} | {"scalable"}
    entry = root / "usr/share/applications/desktop-crm.desktop"
    valid = run(tool("desktop-file-validate"), str(entry))
    assert valid.returncode == 0 and not valid.stdout.strip(), valid.stdout
    (metainfo,) = (root / "usr/share/metainfo").glob("*.metainfo.xml")
    checked = run(tool("appstreamcli"), "validate", "--no-net", str(metainfo))
    assert checked.returncode == 0, checked.stdout + checked.stderr


def needed(path: Path) -> list[str]:
    """The libraries an ELF file names as its direct dependencies (empty: not an ELF file)."""
    with path.open("rb") as file:
        if file.read(4) != b"\x7fELF":
            return []
    dynamic = run("readelf", "-d", str(path)).stdout
    return re.findall(r"Shared library: \[([^\]]+)\]", dynamic)


def optional(path: Path) -> bool:
    """Parts of Qt it loads only when their desktop's libraries are there: the platform themes
    (the GTK one on GNOME) and the wayland plugins (else Qt uses xcb)."""
    return "platformthemes" in path.parts or bool(re.search(r"wayland|Qt6Wl", str(path), re.I))


def system_libraries(folder: Path) -> set[str]:
    """The system libraries (paths) that the folder's programs and libraries name directly and
    the folder does not bundle. An optional part's library may be missing on this system."""
    bundled = {p.name for p in folder.rglob("*")}
    found = set()
    for path in folder.rglob("*"):
        if path.is_symlink() or not path.is_file():
            continue
        outside = [n for n in needed(path) if n not in bundled and not n.startswith("ld-linux")]
        if not outside:
            continue
        resolved = dict(re.findall(r"^\s*(\S+) => (/\S+)", run("ldd", str(path)).stdout, re.M))
        for name in outside:
            if name in resolved:
                found.add(resolved[name])
            else:
                assert optional(path), f"{path.name} needs {name}, which is not on this system"
    return found


def owner(library: str) -> str:
    """The installed package that holds `library` (either side of the /usr merge)."""
    real = os.path.realpath(library)
    for candidate in (library, real, re.sub(r"^/usr", "", real), "/usr" + real):
        done = run("dpkg", "-S", candidate)
        if done.returncode == 0:
            return done.stdout.split(":")[0].strip()
    raise AssertionError(f"no package holds {library}")


def closure(packages: set[str]) -> set[str]:
    """`packages` and every installed package they depend on, directly or not."""
    seen, todo = set(), list(packages)
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        shown = run("dpkg-query", "-W", "-f=${Depends}, ${Pre-Depends}", name).stdout
        todo += [d.split()[0].split(":")[0] for d in re.split(r"[,|]", shown) if d.strip()]
    return seen


def installed_env(home: Path) -> dict[str, str]:
    env = {
        k: v for k, v in os.environ.items() if not k.startswith(("DESKTOP_CRM_", "XDG_", "PYTHON"))
    }
    return {**env, "HOME": str(home), "DESKTOP_CRM_USER": "admin", "QT_QPA_PLATFORM": "offscreen"}


def test_dpkg_installs_runs_and_removes_it(deb: Path, tmp_path: Path) -> None:
    root = as_root()
    if run("dpkg", "-s", "desktop-crm").returncode == 0:
        pytest.skip("desktop-crm is installed on this machine: the test would replace it")
    home = tmp_path / "home"
    home.mkdir()
    env = installed_env(home)
    started = time.monotonic()
    try:  # removed even when the install fails half-way (dpkg leaves it unconfigured)
        install = run(*root, "dpkg", "-i", str(deb))
        assert install.returncode == 0, install.stderr
        installed_in = time.monotonic() - started
        print(
            f"\ndpkg -i: {installed_in:.1f} s, {folder_size(Path('/opt/desktop-crm')) / 1e6:.0f} MB"
        )
        check_installed_program(env, tmp_path, home)
        linked = {owner(library) for library in system_libraries(Path("/opt/desktop-crm"))}
        declared = {
            d.split()[0] for key in ("Depends", "Recommends") for d in field(deb, key).split(", ")
        }
        assert linked <= closure(declared), sorted(linked - closure(declared))
    finally:
        removed = run(*root, "dpkg", "-r", "desktop-crm")
    assert removed.returncode == 0, removed.stderr
    assert not Path("/opt/desktop-crm").exists() and not Path("/usr/bin/desktop-crm").exists()
    # the user's data stays: the default base in the home folder, a base elsewhere
    assert (home / ".local/share/desktop-crm").is_dir()
    assert list((home / ".local/share/desktop-crm").glob("*.sqlite3"))
    assert (tmp_path / "base.sqlite3").is_file()


def check_installed_program(env: dict[str, str], tmp_path: Path, home: Path) -> None:
    assert shutil.which("desktop-crm", path="/usr/bin") == "/usr/bin/desktop-crm"
    version = run("desktop-crm", "--version", env=env, cwd=tmp_path)
    assert version.returncode == 0, version.stderr
    assert version.stdout.strip() == f"desktop-crm {__version__}"
    base = tmp_path / "base.sqlite3"
    upgrade = run("desktop-crm", "--db", str(base), "db", "upgrade", env=env, cwd=tmp_path)
    assert upgrade.returncode == 0, upgrade.stderr
    assert "upgraded from empty" in upgrade.stdout
    # the window on the default base, offscreen, for a few seconds: it starts and stays up
    window = subprocess.Popen(
        ["desktop-crm"], env=env, cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True,
    )  # fmt: skip
    try:
        time.sleep(5)
        assert window.poll() is None, window.communicate()[1]
    finally:
        window.terminate()
        _, errors = window.communicate(timeout=30)
    assert "Traceback" not in errors, errors
    assert list((home / ".local/share/desktop-crm").glob("*.sqlite3")), "no base was opened"


def test_the_script_refuses_a_folder_that_is_not_the_build(tmp_path: Path) -> None:
    done = run("python3", str(REPO / "resources/linux/build_deb.py"), str(tmp_path))
    assert done.returncode != 0 and "is not a PyInstaller folder" in done.stderr
