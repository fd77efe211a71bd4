"""Help › About states the version, where the data lives, the database in use and the licence;
Help › User guide shows the guide shipped with the application, in the window's language.

docs/about.png is refreshed with:
    DESKTOP_CRM_SCREENSHOTS_DIR=docs python -m pytest tests/ui/test_help.py
"""

from __future__ import annotations

import os
import tomllib
from pathlib import Path

from PySide6.QtCore import QEventLoop, QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop_crm import __version__
from desktop_crm.config import Settings, data_dir
from desktop_crm.db import Database
from desktop_crm.models import User
from desktop_crm.services.access import current_user
from desktop_crm.ui.app import install_translations
from desktop_crm.ui.help import AboutDialog, GuideDialog
from desktop_crm.ui.help.about_dialog import LICENCE
from desktop_crm.ui.main_window import MainWindow

REPO = Path(__file__).resolve().parents[2]


def open_window(qtbot: QtBot, database: Database) -> MainWindow:
    window = MainWindow(database, "admin")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def facts(dialog: AboutDialog) -> dict[str, str]:
    return {key: label.text() for key, label in dialog.facts.items()}


def test_about_states_version_data_settings_database_and_licence(
    qtbot: QtBot, database: Database, admin: User
) -> None:
    window = open_window(qtbot, database)
    window.actions["about"].trigger()
    dialog = window.findChild(AboutDialog, "aboutDialog")
    assert dialog is not None and dialog.isVisible()
    shown = facts(dialog)
    assert shown["version"] == __version__
    # the test's home (DESKTOP_CRM_HOME): the folders the program really uses
    assert shown["data_folder"] == str(data_dir())
    assert shown["settings_file"] == str(Settings.path())
    assert Path(shown["settings_file"]).name == "settings.json"
    url = database.engine.url
    if url.get_backend_name() == "sqlite":
        assert shown["database"] == f"SQLite: {url.database}"
    else:
        assert shown["database"] == f"PostgreSQL: {url.host}:{url.port}/{url.database}"
        assert "password" not in shown["database"]
    assert shown["licence"].startswith("Proprietary")
    assert "Qt for Python" in shown["platform"]
    dialog.close()


def test_the_licence_shown_is_the_one_the_package_declares() -> None:
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["license"]["text"] == LICENCE


def test_about_in_russian_and_its_screenshot(
    qtbot: QtBot, qapp: QApplication, sqlite_database: Database, tmp_path: Path
) -> None:
    folder = Path(os.environ.get("DESKTOP_CRM_SCREENSHOTS_DIR") or tmp_path)
    dialog = AboutDialog(sqlite_database)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    for _ in range(5):
        qapp.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
    assert dialog.grab().save(str(folder / "about.png"))
    translators = install_translations(qapp, "ru")
    try:
        russian = AboutDialog(sqlite_database)
        qtbot.addWidget(russian)
        assert russian.windowTitle() == "О программе desktop-crm"
        assert russian.open_folder.text() == "Открыть папку данных"
        assert facts(russian)["version"] == __version__
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


def test_the_guide_speaks_the_language_and_falls_back_to_english(qtbot: QtBot) -> None:
    texts = {}
    for language in ("en", "ru", "pl"):
        guide = GuideDialog(language)
        qtbot.addWidget(guide)
        assert guide.path is not None
        texts[language] = guide.browser.toPlainText()
    assert texts["en"].startswith("desktop-crm user guide")
    assert "Ctrl+N" in texts["en"]  # the user part of the README: the keys of the list
    assert texts["ru"].startswith("Руководство пользователя desktop-crm")
    assert texts["pl"].startswith("Podręcznik użytkownika desktop-crm")
    assert "Ctrl+N" in texts["pl"] and "Klienci › Kolumny…" in texts["pl"]
    # a language without a guide of its own reads the English one
    german = GuideDialog("de")
    qtbot.addWidget(german)
    assert german.browser.toPlainText() == texts["en"]


def test_the_guide_opens_from_the_help_menu_once(qtbot: QtBot, sqlite_database: Database) -> None:
    with sqlite_database.transaction() as session:
        current_user(session, "admin")  # the first user of a fresh base: an admin
    window = open_window(qtbot, sqlite_database)
    action = window.actions["user_guide"]
    assert action.isEnabled()
    action.trigger()
    action.trigger()  # brought forward, not opened twice
    guides = window.findChildren(GuideDialog)
    assert len(guides) == 1 and guides[0].isVisible()
    assert "Enter" in guides[0].browser.toPlainText()
