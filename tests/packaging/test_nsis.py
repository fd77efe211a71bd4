"""PKG-1: the Windows installer's script compiles with makensis (Debian's nsis) against the
Linux PyInstaller folder as a stand-in for the Windows one: its syntax, its three languages,
the MultiUser pages and its file list are checked here; .github/workflows/windows.yml builds the
real one on a Windows runner."""

from __future__ import annotations

import shutil
import subprocess
import time
from pathlib import Path

import pytest

from desktop_crm import __version__
from tests.packaging.frozen import REPO, FrozenApp

SCRIPT = REPO / "resources" / "windows" / "desktop-crm.nsi"


def makensis() -> str:
    found = shutil.which("makensis")
    if found is None:  # .ci/run installs nsis
        pytest.skip("makensis is not installed")
    return found


def compile_script(tmp_path: Path, source: Path, exe: str, *extra: str) -> tuple[Path, str]:
    out = tmp_path / f"desktop-crm-{__version__}-setup.exe"
    done = subprocess.run(
        [
            makensis(), "-V2", "-WX", *extra, f"-DVERSION={__version__}",
            f"-DSOURCE_DIR={source}", f"-DEXE_NAME={exe}", f"-DOUT_FILE={out}", str(SCRIPT),
        ],
        capture_output=True, text=True, timeout=1800,
    )  # fmt: skip
    return out, done.stdout + done.stderr if done.returncode else ""


@pytest.mark.slow
def test_makensis_compiles_the_installer_of_the_built_folder(
    frozen_app: FrozenApp, tmp_path: Path
) -> None:
    started = time.monotonic()
    # zlib instead of the script's solid lzma: the same checks in a fraction of the time
    out, failure = compile_script(
        tmp_path, frozen_app.folder, frozen_app.exe.name, "-DCOMPRESSOR=zlib"
    )
    assert not failure, failure
    assert out.read_bytes()[:2] == b"MZ"  # a Windows program
    size = out.stat().st_size
    print(f"\nmakensis: {time.monotonic() - started:.0f} s, {size / 1e6:.0f} MB (zlib)")
    assert size > 0.2 * sum(p.stat().st_size for p in frozen_app.folder.rglob("*") if p.is_file())


def test_the_script_refuses_to_build_without_a_version(tmp_path: Path) -> None:
    (tmp_path / "desktop-crm").write_text("stand-in")
    done = subprocess.run(
        [makensis(), "-V1", f"-DSOURCE_DIR={tmp_path}", str(SCRIPT)],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert done.returncode != 0 and "Give the version" in done.stdout + done.stderr


def test_the_script_compiles_in_its_three_languages(tmp_path: Path) -> None:
    """A small stand-in folder: the script itself, quickly (syntax, pages, strings)."""
    folder = tmp_path / "app"
    (folder / "_internal").mkdir(parents=True)
    (folder / "desktop-crm-window.exe").write_bytes(b"MZ stand-in")
    (folder / "_internal" / "base_library.zip").write_bytes(b"stand-in")
    out, failure = compile_script(tmp_path, folder, "desktop-crm-window.exe")
    assert not failure, failure
    text = SCRIPT.read_text(encoding="utf-8")
    for language in ("English", "Russian", "Polish"):
        assert f'MUI_LANGUAGE "{language}"' in text
    assert out.is_file()
