"""The wheel's build step (everything else is in pyproject.toml): the files the running program
reads from the top-level resources/ (the icon, the user guide) are copied into the package, so
an installed desktop_crm finds them next to its code. The list is RUNTIME_FILES of
desktop_crm/resource_files.py, loaded by its path (the package itself is not imported)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent


def _runtime_files() -> list[tuple[Path, str]]:
    spec = importlib.util.spec_from_file_location(
        "resource_files", ROOT / "desktop_crm" / "resource_files.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return list(module.runtime_files(ROOT))


class BuildWithResources(build_py):
    def run(self) -> None:
        super().run()
        if self.editable_mode:  # an editable install reads resources/ in the checkout
            return
        for source, relative in _runtime_files():
            target = Path(self.build_lib) / "desktop_crm" / "resources" / relative
            self.mkpath(str(target.parent))
            self.copy_file(str(source), str(target))


setup(cmdclass={"build_py": BuildWithResources})
