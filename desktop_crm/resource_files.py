"""The files the running program reads besides its code: the icon, the user guide and the
compiled translations.

Their sources live in the repository's top-level `resources/` (PKG-4). A build copies the files
named by `RUNTIME_FILES` into the package, under `desktop_crm/resources/` at the same relative
path: setup.py does it for a wheel (`pip install .`), build.spec for the PyInstaller folder. An
editable install or a source checkout has no such copy and reads `resources/` next to the
package. The compiled translations (.qm) are made into `desktop_crm/resources/translations/`
directly by resources/translations/update_translations.py, so every install has them there.

No Qt here: setup.py and build.spec load this module by its path.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

# Copied by a build from resources/ into the package (globs relative to resources/).
RUNTIME_FILES = ("icons/hicolor/*/apps/desktop-crm.png", "guide/*.md")
GUIDE_LANGUAGES = ("en", "ru", "pl")


def packaged_dir() -> Path:
    """desktop_crm/resources of the installed (or frozen) package."""
    return Path(str(resources.files("desktop_crm") / "resources"))


def source_dir() -> Path:
    """The checkout's top-level resources/ (an editable install or a source tree)."""
    return Path(__file__).resolve().parent.parent / "resources"


def runtime_files(root: Path) -> list[tuple[Path, str]]:
    """(source file, path relative to desktop_crm/resources) of every file a build copies from
    `root`/resources."""
    found = []
    for pattern in RUNTIME_FILES:
        for path in sorted((root / "resources").glob(pattern)):
            found.append((path, path.relative_to(root / "resources").as_posix()))
    return found


def resource(relative: str) -> Path | None:
    """The file at `relative` (e.g. "guide/guide_en.md"): the build's copy in the package,
    else the checkout's resources/; None when neither has it."""
    for folder in (packaged_dir(), source_dir()):
        path = folder / relative
        if path.is_file():
            return path
    return None


def icon_files() -> list[Path]:
    """The application icon's PNG sizes, smallest first (none found: an empty list)."""
    for folder in (packaged_dir(), source_dir()):
        found = list((folder / "icons" / "hicolor").glob("*/apps/desktop-crm.png"))
        if found:
            return sorted(found, key=lambda p: int(p.parent.parent.name.split("x")[0]))
    return []


def translations_dir() -> Path:
    """Where the compiled translations (desktop_crm_<lang>.qm) are."""
    return packaged_dir() / "translations"


def guide_file(language: str) -> Path | None:
    """The user guide in `language` ("ru", "pl"...), English when there is none in it."""
    code = language if language in GUIDE_LANGUAGES else "en"
    return resource(f"guide/guide_{code}.md")
