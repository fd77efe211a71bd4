"""Translations of the window (PKG-2): the .ts sources are complete and keep every placeholder,
the .qm files are built from the current .ts, and the real loader (ui/app.py) puts the chosen
language in the menus, the plural forms and the import wizard, with mnemonics that do not
clash inside one menu or wizard page."""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QWidget,
    QWizard,
)
from pytestqt.qtbot import QtBot

from desktop_crm.db import Database
from desktop_crm.services.access import current_user
from desktop_crm.ui.app import install_translations, resources_dir
from desktop_crm.ui.clients.list_widget import ClientListWidget
from desktop_crm.ui.importing.wizard import MAPPING, PREVIEW, SETTINGS, ImportWizard
from desktop_crm.ui.main_window import MainWindow

# the .ts sources and their script; the .qm files the program loads
FOLDER = Path(__file__).resolve().parents[2] / "resources" / "translations"
COMPILED = resources_dir() / "translations"


def refresh_script() -> ModuleType:
    """update_translations.py, which lives with the translations (not a package module)."""
    spec = importlib.util.spec_from_file_location(
        "update_translations", FOLDER / "update_translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


TS_FILES = sorted(FOLDER.glob("desktop_crm_*.ts"))
PLURAL_FORMS = {"en": 2, "ru": 3, "pl": 3}  # one/other; one/few/many
# What must survive translation: {0} and {1:.1f}, %n/%Ln/%1, HTML tags, shortcuts.
PLACEHOLDER = re.compile(
    r"\{[^{}]*\}|%L?n|%\d|</?[a-zA-Z][^>]*>|\b(?:Ctrl|Shift|Alt)\+\w+|\bF\d{1,2}\b"
)
CYRILLIC = re.compile(r"[А-Яа-яЁё]")


def language_of(ts: Path) -> str:
    return ts.stem.rsplit("_", 1)[1]


def messages(ts: Path) -> Iterator[tuple[str, ET.Element]]:
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message


def translations(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    forms = translation.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [translation.text or ""]


def mnemonic(text: str) -> str | None:
    """The letter after a single & ("&&" is a literal ampersand)."""
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


def clashes(texts: list[str]) -> dict[str, list[str]]:
    by_letter: dict[str, list[str]] = {}
    for text in texts:
        letter = mnemonic(text)
        if letter:
            by_letter.setdefault(letter, []).append(text)
    return {k: v for k, v in by_letter.items() if len(v) > 1}


@contextmanager
def interface_language(language: str) -> Iterator[list[object]]:
    """The translators the application installs for `language`, removed afterwards (the other
    tests run in English)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = QLocale()
    installed = install_translations(app, language)
    try:
        yield list(installed)
    finally:
        for translator in installed:
            app.removeTranslator(translator)
        QLocale.setDefault(before)


def not_done(ts: Path) -> list[str]:
    """The messages of `ts` a translator still has to do (or that the code no longer has)."""
    found = []
    for context, message in messages(ts):
        translation = message.find("translation")
        assert translation is not None
        kind = translation.get("type")
        texts = translations(message)
        if kind in ("unfinished", "vanished", "obsolete") or not all(t.strip() for t in texts):
            found.append(f"{context}: {message.findtext('source')!r} ({kind or 'empty'})")
    return found


# -- the .ts sources --------------------------------------------------------------------------
def test_every_interface_language_is_there() -> None:
    assert {language_of(ts) for ts in TS_FILES} >= {"en", "ru", "pl"}
    for ts in TS_FILES:
        assert ET.parse(ts).getroot().get("language") == language_of(ts)


@pytest.mark.parametrize("ts", TS_FILES, ids=language_of)
def test_no_unfinished_or_obsolete_entry(ts: Path) -> None:
    unfinished = not_done(ts)
    assert not unfinished, "\n".join(unfinished)


@pytest.mark.parametrize("ts", TS_FILES, ids=language_of)
def test_translations_keep_placeholders_mnemonics_and_plural_forms(ts: Path) -> None:
    expected_forms = PLURAL_FORMS.get(language_of(ts))
    wrong = []
    for context, message in messages(ts):
        source = message.findtext("source") or ""
        texts = translations(message)
        numerus = message.get("numerus") == "yes"
        if numerus and expected_forms is not None and len(texts) != expected_forms:
            wrong.append(f"{context}: {source!r} has {len(texts)} plural forms")
        for text in texts:
            if Counter(PLACEHOLDER.findall(source)) != Counter(PLACEHOLDER.findall(text)):
                wrong.append(f"{context}: {source!r} -> {text!r}: placeholders differ")
            if (mnemonic(source) is None) != (mnemonic(text) is None):
                wrong.append(f"{context}: {source!r} -> {text!r}: mnemonic added or lost")
            if source.startswith(" ") != text.startswith(" "):
                wrong.append(f"{context}: {source!r} -> {text!r}: leading space")
    assert not wrong, "\n".join(wrong)


def test_the_russian_file_is_russian() -> None:
    ru = FOLDER / "desktop_crm_ru.ts"
    english_only = []
    for context, message in messages(ru):
        source = message.findtext("source") or ""
        for text in translations(message):
            # examples and formats may stay as they are: "+7 912 345-67-89", "{0} ({1})"
            words = re.sub(r"\{[^}]*\}|desktop-crm|name@example\.com", "", source)
            if text == source and re.search(r"[A-Za-z]{3}", words):
                english_only.append(f"{context}: {source!r}")
    assert not english_only, "\n".join(english_only)


def qt_tool(name: str) -> str | None:
    candidate = Path(sys.executable).parent / name
    return str(candidate) if candidate.exists() else shutil.which(name)


def catalogue(ts: Path) -> dict[tuple[str, str, str], bool]:
    """Every message as (context, source, disambiguation) -> whether it is a plural."""
    return {
        (context, message.findtext("source") or "", message.findtext("comment") or ""): (
            message.get("numerus") == "yes"
        )
        for context, message in messages(ts)
    }


@pytest.mark.parametrize("language", ["ru", "pl"])
def test_a_refresh_keeps_every_translation(language: str, tmp_path: Path) -> None:
    """What update_translations.py runs, on a copy: lupdate must find every string under the
    context and with the plural flag it has now. It takes `page.tr(...)` in a module function for
    context "page", and a named count in `QCoreApplication.translate(...)` for the encoding
    argument of old PyQt: either would turn a translated message into a new unfinished one."""
    tool = qt_tool("pyside6-lupdate")
    if tool is None:
        pytest.skip("pyside6-lupdate is not installed")
    ts = FOLDER / f"desktop_crm_{language}.ts"
    copy = tmp_path / ts.name
    shutil.copy(ts, copy)
    sources = refresh_script().source_files()
    args = [tool, "-silent", *sources, "-ts", str(copy), "-target-language", language]
    subprocess.run([*args, "-no-obsolete"], check=True, timeout=120)
    unfinished = not_done(copy)
    assert not unfinished, "\n".join(unfinished)
    assert catalogue(copy) == catalogue(ts)


# -- the built .qm files ----------------------------------------------------------------------
def lrelease() -> str | None:
    return qt_tool("pyside6-lrelease")


@pytest.mark.parametrize("ts", TS_FILES, ids=language_of)
def test_qm_is_built_from_the_current_ts(ts: Path, tmp_path: Path) -> None:
    tool = lrelease()
    if tool is None:
        pytest.skip("pyside6-lrelease is not installed")
    built = tmp_path / ts.with_suffix(".qm").name
    subprocess.run([tool, "-silent", str(ts), "-qm", str(built)], check=True, timeout=120)
    shipped = COMPILED / ts.with_suffix(".qm").name
    assert shipped.exists(), f"{shipped.name} is missing: run update_translations.py"
    assert shipped.read_bytes() == built.read_bytes(), (
        f"{shipped.name} is older than {ts.name}: run update_translations.py"
    )


# -- the loader -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("language", "counts"),
    [
        (
            "ru",
            {1: "1 клиент", 3: "3 клиента", 5: "5 клиентов", 11: "11 клиентов", 21: "21 клиент"},
        ),
        ("pl", {1: "1 klient", 3: "3 klientów", 5: "5 klientów", 22: "22 klientów"}),
        ("en", {1: "1 client", 3: "3 clients"}),
    ],
)
def test_plural_forms_through_the_loader(qapp: QApplication, language: str, counts) -> None:  # type: ignore[no-untyped-def]
    with interface_language(language) as installed:
        assert installed  # the English plural forms at least
        for n, text in counts.items():
            assert QCoreApplication.translate("ClientListWidget", "%Ln client(s)", None, n) == text


def test_a_language_without_translation_stays_english(qapp: QApplication) -> None:
    with interface_language("de"):
        assert QCoreApplication.translate("MainMenu", "&File") == "&File"
        assert QCoreApplication.translate("ClientListWidget", "%Ln client(s)", None, 2) == (
            "2 clients"
        )


def test_menu_titles_in_russian(qtbot: QtBot, sqlite_database: Database) -> None:
    sources = {
        message.findtext("source"): translations(message)[0]
        for context, message in messages(FOLDER / "desktop_crm_ru.ts")
        if context == "MainMenu"
    }
    with interface_language("ru"):
        window = MainWindow(sqlite_database, "admin")
        qtbot.addWidget(window)
        titles = [action.text() for action in window.menuBar().actions()]
        assert titles[:2] == ["&Файл", "&Клиенты"]
        assert all(CYRILLIC.search(title) for title in titles), titles
        assert set(titles) <= set(sources.values())
        assert window.tabs.tabText(0) == "Клиенты"
        marketing = window.menuBar().actions()[2].menu()
        assert isinstance(marketing, QMenu)
        assert "&Импорт клиентов из файла…" in [a.text() for a in marketing.actions()]
        window.close()


@pytest.mark.parametrize("language", ["en", "ru", "pl"])
def test_menu_mnemonics_do_not_clash(
    qtbot: QtBot, sqlite_database: Database, language: str
) -> None:
    with interface_language(language):
        window = MainWindow(sqlite_database, "admin")
        qtbot.addWidget(window)
        bar = window.menuBar().actions()
        found = {"menu bar": clashes([a.text() for a in bar])}
        for action in bar:
            menu = action.menu()
            assert isinstance(menu, QMenu)
            found[action.text()] = clashes([a.text() for a in menu.actions() if a.text()])
        window.close()
    assert not {k: v for k, v in found.items() if v}


@pytest.mark.parametrize("language", ["en", "ru", "pl"])
def test_wizard_page_mnemonics_do_not_clash(
    qtbot: QtBot, sqlite_database: Database, language: str
) -> None:
    found = {}
    with interface_language(language):
        wizard = ImportWizard(sqlite_database, "admin")
        qtbot.addWidget(wizard)
        for page_id in wizard.pageIds():
            page = wizard.page(page_id)
            texts = [b.text() for b in page.findChildren(QAbstractButton)]
            texts += [label.text() for label in page.findChildren(QLabel) if label.buddy()]
            if page_id in (SETTINGS, MAPPING, PREVIEW):  # pages with a Back button
                texts.append(page.buttonText(QWizard.WizardButton.BackButton))
            if page.isCommitPage():
                texts.append(page.buttonText(QWizard.WizardButton.CommitButton))
            elif page.isFinalPage():
                texts.append(page.buttonText(QWizard.WizardButton.FinishButton))
            else:
                texts.append(page.buttonText(QWizard.WizardButton.NextButton))
            found[page.objectName() or str(page_id)] = clashes(texts)
        wizard.close()
    assert not {k: v for k, v in found.items() if v}


@pytest.mark.parametrize("language", ["ru", "pl"])
def test_card_feed_and_history_in_the_interface_language(
    qtbot: QtBot, sqlite_database: Database, language: str
) -> None:
    """The feed's titles and the history's field names come from Qt-free services in English;
    the card words them in the user's language."""
    from card_fixtures import make_showcase, open_card

    from desktop_crm.services.access import current_user

    with sqlite_database.transaction() as session:
        admin = current_user(session, "admin")
    person_id, _company = make_showcase(sqlite_database, admin)
    with interface_language(language):
        card = open_card(qtbot, sqlite_database, "admin", person_id)
        feed = card.feed_tab.model
        titles = [feed.index(row, 0).data() for row in range(feed.rowCount())]
        card.history_tab.ensure_loaded()
        history = card.history_tab.model
        fields = [history.index(row, 2).data() for row in range(history.rowCount())]
    expected = {
        "ru": ("Входящий звонок", "Исходящее письмо", "Задача: ", "Сделка: ", "Файл: "),
        "pl": (
            "Połączenie przychodzące",
            "E-mail wychodzący",
            "Zadanie: ",
            "Transakcja: ",
            "Plik: ",
        ),
    }[language]
    for start in expected:
        assert any(t.startswith(start) for t in titles), (start, titles)
    english = ("Incoming", "Outgoing", "Task:", "Deal:", "File:", "Note", "Card created")
    assert not [t for t in titles if t.startswith(english)]
    assert fields and not {"Phones", "Emails", "Full name", "Created"} & set(fields), fields
    if language == "ru":  # but a custom field's label, which is the admin's own
        assert [f for f in fields if not CYRILLIC.search(f)] == ["Budget"]


def untranslated(root: QWidget) -> list[str]:
    """English words left on the buttons, box titles, field labels and placeholders of `root`."""
    texts = [b.text() for b in root.findChildren(QAbstractButton)]
    texts += [b.toolTip() for b in root.findChildren(QAbstractButton)]
    texts += [g.title() for g in root.findChildren(QGroupBox)]
    texts += [label.text() for label in root.findChildren(QLabel) if label.buddy()]
    texts += [e.placeholderText() for e in root.findChildren(QLineEdit)]
    texts += [e.placeholderText() for e in root.findChildren(QPlainTextEdit)]
    return [t for t in texts if re.search("[A-Za-z]{2}", t) and not CYRILLIC.search(t)]


def test_the_parts_built_by_module_functions_in_russian(
    qtbot: QtBot, sqlite_database: Database
) -> None:
    """The wizard pages and the client list are built partly by functions of other modules
    (importing/*_form.py, clients/list_parts.py), which name the class's context themselves."""
    with sqlite_database.transaction() as session:
        admin = current_user(session, "admin")
    with interface_language("ru"):
        wizard = ImportWizard(sqlite_database, "admin")
        qtbot.addWidget(wizard)
        found = {
            wizard.page(i).objectName(): untranslated(wizard.page(i)) for i in wizard.pageIds()
        }
        clients = ClientListWidget(sqlite_database, admin)
        qtbot.addWidget(clients)
        found["clientList"] = untranslated(clients)
        sizes = [clients.page_size_combo.itemText(i) for i in range(4)]
    assert not {k: v for k, v in found.items() if v}
    assert sizes == ["10 на странице", "20 на странице", "100 на странице", "Непрерывная прокрутка"]
