"""The PyInstaller build the packaging tests share (built once a run by conftest.py)."""

from __future__ import annotations

import importlib.util
import os
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

REPO = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class FrozenApp:
    folder: Path  # dist/desktop-crm
    exe: Path
    build_seconds: float | None  # None: built before this run

    @classmethod
    def at(cls, folder: Path, build_seconds: float | None = None) -> FrozenApp:
        exe = folder / ("desktop-crm.exe" if os.name == "nt" else "desktop-crm")
        return cls(folder, exe, build_seconds)

    def package_resources(self) -> Path:
        """desktop_crm/resources inside the folder (where resource_files.py looks)."""
        return next(self.folder.rglob("desktop_crm/resources"))


def folder_size(folder: Path) -> int:
    """Bytes of the files in `folder`; links to files already counted are not counted again."""
    return sum(f.lstat().st_size for f in folder.rglob("*") if f.is_file() and not f.is_symlink())


def load_script(relative: str) -> ModuleType:
    """A build script of resources/ (not a package module), loaded by its path."""
    path = REPO / relative
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
