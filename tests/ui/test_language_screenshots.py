"""The main window in Russian and in Polish with a few demo clients (issue 14 item 5): every
menu, column, label and status text in the language, numbers in its locale. The shots go to a
temporary folder; to refresh docs/window_ru.png and docs/window_pl.png:

    DESKTOP_CRM_SCREENSHOTS_DIR=docs python -m pytest tests/ui/test_language_screenshots.py
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtWidgets import QHeaderView, QLabel, QMenu
from pytestqt.qtbot import QtBot

from desktop_crm.db import Database
from desktop_crm.demo.fill import fill_demo
from desktop_crm.models import User
from desktop_crm.ui.locale_format import format_number
from desktop_crm.ui.main_window import MainWindow
from tests.ui.test_screenshots import SIZE, colours, save, shots, sqlite_admin  # noqa: F401
from tests.ui.test_translations import interface_language, untranslated

ENGLISH_WORDS = re.compile(r"\b(the|of|and|clients?|tasks?|page|search|all|open)\b", re.I)


def window_texts(window: MainWindow) -> list[str]:
    """What the first screen says: menus and their entries, column titles, the status bar."""
    texts = [a.text() for a in window.menuBar().actions()]
    for menu in window.menuBar().findChildren(QMenu):
        texts += [a.text() for a in menu.actions() if not a.isSeparator()]
    header: QHeaderView = window.client_list.table.horizontalHeader()
    model = window.client_list.table.model()
    texts += [str(model.headerData(c, header.orientation())) for c in range(model.columnCount())]
    texts += [label.text() for label in window.statusBar().findChildren(QLabel)]
    texts.remove(window.database_label.text())  # a file's path, in no language
    return [t.replace("&", "") for t in texts if t]


@pytest.mark.parametrize("language", ["ru", "pl"])
def test_the_window_in_the_language(
    qtbot: QtBot,
    sqlite_database: Database,
    sqlite_admin: User,  # noqa: F811
    shots: Path,  # noqa: F811
    language: str,
) -> None:
    fill_demo(sqlite_database, 1234)
    with interface_language(language):
        window = MainWindow(sqlite_database, "admin")
        qtbot.addWidget(window)
        window.resize(*SIZE)
        window.load_features()  # the open-task count on the status bar too
        window.show()
        qtbot.waitExposed(window)
        image = save(window, shots / f"window_{language}.png")
        texts = window_texts(window)
        left = untranslated(window) if language == "ru" else []  # it looks for Cyrillic
        count, number = window.count_label.text(), format_number(1234)
    assert colours(image) > 10
    english = [t for t in texts if ENGLISH_WORDS.search(t)]
    assert not english and not left, (english, left)
    assert count.startswith(f"{number} "), count  # "1 234" in Russian, "1234" in Polish
    assert number == {"ru": "1\u00a0234", "pl": "1234"}[language]
