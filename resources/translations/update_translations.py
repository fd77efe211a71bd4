"""Refresh the translations (PKG-2): `python resources/translations/update_translations.py`.

1. `pyside6-lupdate` collects every `tr()`, `QCoreApplication.translate()` and
   `QT_TRANSLATE_NOOP` string of desktop_crm/ui and desktop_crm/error_codes into
   `desktop_crm_<lang>.ts`, keeping the translations already there (edit the .ts files with
   Qt Linguist or a text editor).
2. English needs only the plural forms: "%Ln client(s)" becomes "%Ln client" / "%Ln clients".
   Russian and Polish need a translator: new strings arrive marked unfinished (three plural
   forms each: one / few / many), and tests/ui/test_translations.py fails until they are done.
3. `pyside6-lrelease` builds the `.qm` files the application loads at start, into the package
   (desktop_crm/resources/translations/), where every install finds them.
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
PACKAGE = HERE.parent.parent / "desktop_crm"
COMPILED = PACKAGE / "resources" / "translations"
# Where translatable strings are: the window, and the error sentences it translates (marked
# with a Qt-free QT_TRANSLATE_NOOP where the codes are registered).
SOURCES = (PACKAGE / "ui", PACKAGE / "error_codes")
LANGUAGES = ("en", "ru", "pl")
BIN = Path(sys.executable).parent


def tool(name: str) -> str:
    candidate = BIN / name
    return str(candidate) if candidate.exists() else name


def english_forms(source: str) -> tuple[str, str]:
    """Singular and plural of a source with "(s)" markers."""
    singular = re.sub(r"\((?:e?s)\)", "", source)
    plural = re.sub(r"\((e?s)\)", r"\1", source)
    return singular, plural


def fill_english(ts: Path) -> None:
    tree = ET.parse(ts)
    for message in tree.iter("message"):
        if message.get("numerus") != "yes":
            continue
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            continue
        forms = translation.findall("numerusform")
        if all(f.text for f in forms) and translation.get("type") != "unfinished":
            continue
        for form, text in zip(forms, english_forms(source), strict=False):
            form.text = text
        translation.attrib.pop("type", None)
    tree.write(ts, encoding="utf-8", xml_declaration=True)


def source_files() -> list[str]:
    """Every module lupdate reads, in a stable order."""
    return sorted(str(p) for folder in SOURCES for p in folder.rglob("*.py"))


def main() -> int:
    sources = source_files()
    for language in LANGUAGES:
        ts = HERE / f"desktop_crm_{language}.ts"
        args = [tool("pyside6-lupdate"), *sources, "-ts", str(ts), "-target-language", language]
        args.append("-no-obsolete")  # strings no longer in the code leave the file
        if language == "en":
            args.append("-pluralonly")
        subprocess.run(args, check=True)
        if language == "en":
            fill_english(ts)
        qm = COMPILED / f"desktop_crm_{language}.qm"
        subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
