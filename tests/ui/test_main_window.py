"""The main window: menus for every feature, permissions mirrored, status bar, window state,
cards in tabs, demo data on an empty base (issue 2 item 8, issue 4)."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from desktop_crm.db import Database
from desktop_crm.models import Client, User
from desktop_crm.ui.clients.table_model import ClientTableModel
from desktop_crm.ui.main_window import MainWindow
from tests.ui.conftest import answer_modals, choose

MENU_TITLES = [
    "File",
    "Clients",
    "Marketing",
    "Control",
    "Interactions",
    "Tasks",
    "Reports",
    "Settings",
    "Help",
]


def open_window(qtbot: QtBot, database: Database, login: str = "admin") -> MainWindow:
    window = MainWindow(database, login)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def menu_entries(window: MainWindow) -> dict[str, list[str]]:
    menus = {}
    for action in window.menuBar().actions():
        menu = action.menu()
        assert isinstance(menu, QMenu)
        title = action.text().replace("&", "")
        menus[title] = [a.text().replace("&", "") for a in menu.actions() if not a.isSeparator()]
    return menus


def test_menus_cover_the_spec(qtbot: QtBot, database: Database, admin: User) -> None:
    window = open_window(qtbot, database)
    menus = menu_entries(window)
    assert list(menus) == MENU_TITLES
    assert "Import clients from file…" in menus["Marketing"]
    assert "Import history…" in menus["Marketing"]
    assert "Contact info completeness…" in menus["Control"]
    assert "Full-name control…" in menus["Control"]
    assert "Link calls and emails to clients now" in menus["Interactions"]
    assert "My tasks" in menus["Tasks"]
    assert "Custom fields…" in menus["Settings"]
    assert "About desktop-crm" in menus["Help"]


def test_unbuilt_entries_are_disabled_and_say_why(
    qtbot: QtBot, database: Database, admin: User
) -> None:
    window = open_window(qtbot, database)
    for key in ("database",):
        action = window.actions[key]
        assert not action.isEnabled(), key
        assert action.toolTip().startswith("Not available yet"), key
    built = ("new_client", "find", "export_clients", "demo_data", "calls_import", "about", "quit")
    for key in built:
        assert window.actions[key].isEnabled(), key


def test_a_feature_plugs_in_with_provide(qtbot: QtBot, database: Database, admin: User) -> None:
    window = open_window(qtbot, database)
    calls: list[str] = []
    window.provide("import_history", lambda: calls.append("history"))
    action = window.actions["import_history"]
    assert action.isEnabled()
    action.trigger()
    assert calls == ["history"]


def test_role_refusals_are_shown_on_the_entries(
    qtbot: QtBot, database: Database, manager: User
) -> None:
    window = open_window(qtbot, database, "maria")
    window.provide("import_file", lambda: None)  # even when built, a manager may not import
    for key, words in (
        ("import_file", "may not import clients"),
        ("demo_data", "may not import clients"),
        ("ctl_discipline", "may not run control wizards"),
    ):
        action = window.actions[key]
        assert not action.isEnabled(), key
        assert words in action.toolTip(), key
    assert window.actions["new_client"].isEnabled()


def test_status_bar_shows_database_user_and_count(
    qtbot: QtBot, database: Database, admin: User, sample_clients: dict[str, int]
) -> None:
    window = open_window(qtbot, database)
    if database.dialect == "sqlite":
        assert window.database_label.text() == f"SQLite: {database.engine.url.database}"
    else:
        url = database.engine.url
        assert window.database_label.text().startswith(f"PostgreSQL: {url.host}")
        assert "@" not in window.database_label.text()
    assert window.user_label.text() == "admin (Administrator)"
    assert window.count_label.text() == "5 clients in the base"


def test_a_large_base_is_counted_after_the_window_opens(
    qtbot: QtBot,
    database: Database,
    admin: User,
    sample_clients: dict[str, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A base larger than the list reads at once: SQLite counts it as it opens (cheap there);
    PostgreSQL shows the first page at once, and the list and the status bar get the count
    from the list's background count."""
    monkeypatch.setitem(ClientTableModel.__init__.__kwdefaults__, "materialize_limit", 2)
    window = MainWindow(database, "admin")
    qtbot.addWidget(window)
    model = window.client_list.model
    assert model.rowCount() == 5
    if database.dialect == "sqlite":
        assert model.counted and window.count_label.text() == "5 clients in the base"
    else:
        assert not model.counted and window.count_label.text() == ""
    window.show()
    qtbot.waitUntil(lambda: window.count_label.text() == "5 clients in the base")
    assert model.counted and model.base_size == 5


def test_window_geometry_is_kept(qtbot: QtBot, database: Database, admin: User) -> None:
    window = open_window(qtbot, database)
    window.resize(700, 530)  # within the offscreen screen (800x600)
    qtbot.waitUntil(lambda: window.size() == QSize(700, 530))
    window.close()
    again = open_window(qtbot, database)
    assert again.size() == QSize(700, 530)


def test_demo_data_on_an_empty_base(qtbot: QtBot, database: Database, admin: User) -> None:
    window = open_window(qtbot, database)
    lst = window.client_list
    assert lst.stack.currentWidget() is lst.empty_base
    with answer_modals(choose(40)) as log:
        qtbot.mouseClick(lst.demo_button, Qt.MouseButton.LeftButton)
    assert "How many demo clients" in log.text
    operation = window.operation
    assert operation is not None
    qtbot.waitUntil(lambda: operation.outcome == "succeeded", timeout=30_000)
    with database.session() as session:
        total = session.scalar(select(func.count()).select_from(Client))
    assert total and total >= 40
    assert lst.stack.currentWidget() is lst.table
    assert lst.model.rowCount() == total
    assert f"{total} clients in the base" == window.count_label.text()
    assert "demo client" in window.statusBar().currentMessage()


def test_export_from_the_menu_says_how_many_clients_it_wrote(
    qtbot: QtBot, database: Database, admin: User, sample_clients: dict[str, int], tmp_path: Path
) -> None:
    window = open_window(qtbot, database)
    target = tmp_path / "clients.xlsx"

    def save_as(widget: QWidget) -> None:
        assert isinstance(widget, QFileDialog), widget
        widget.selectFile(str(target))
        widget.accept()

    with answer_modals(save_as):
        window.actions["export_clients"].trigger()
    operation = window.operation
    assert operation is not None
    qtbot.waitUntil(lambda: operation.outcome is not None, timeout=30_000)
    assert operation.outcome == "succeeded"
    assert target.is_file()
    count = len(sample_clients)
    assert window.statusBar().currentMessage() == f"Exported {count} clients to {target}"


def test_cards_open_in_tabs(
    qtbot: QtBot, database: Database, admin: User, sample_clients: dict[str, int]
) -> None:
    window = open_window(qtbot, database)
    lst = window.client_list
    lst.select_rows([3])  # Иванова Анна
    lst.table.setFocus()
    qtbot.keyClick(lst.table, Qt.Key.Key_Return)
    card = window.cards.get(sample_clients["ivanova"])
    assert card is not None
    assert window.tabs.currentWidget() is card
    assert "Иванова Анна" in window.tabs.tabText(window.tabs.currentIndex())
    assert window.open_client_card(sample_clients["ivanova"]) is card  # no second tab
    assert window.tabs.count() == 2
    window.tabs.tabCloseRequested.emit(window.tabs.indexOf(card))
    qtbot.waitUntil(lambda: window.tabs.count() == 1)


def test_an_ampersand_in_a_name_stays_in_the_tab_title(
    qtbot: QtBot, database: Database, admin: User, add_client: Callable[..., int]
) -> None:
    window = open_window(qtbot, database)
    card = window.open_client_card(add_client("Evans & Fisher LLP"))
    index = window.tabs.indexOf(card)
    # Qt reads a single "&" as a mnemonic marker and would underline the next letter
    assert window.tabs.tabText(index).startswith("Evans && Fisher LLP")


def test_shortcuts_find_and_new_client(
    qtbot: QtBot, database: Database, admin: User, sample_clients: dict[str, int]
) -> None:
    window = open_window(qtbot, database)
    lst = window.client_list
    lst.table.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lst.search_edit.hasFocus)
    from desktop_crm.ui.clients.new_client_dialog import NewClientDialog

    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialogs: list[NewClientDialog] = []

    def dialog_open() -> bool:
        dialogs[:] = window.findChildren(NewClientDialog)
        return bool(dialogs) and dialogs[0].isVisible()

    qtbot.waitUntil(dialog_open)
    dialogs[0].reject()


def test_deleted_clients_close_their_cards(
    qtbot: QtBot,
    database: Database,
    admin: User,
    sample_clients: dict[str, int],
    add_client: Callable[..., int],
) -> None:
    from tests.ui.conftest import click

    window = open_window(qtbot, database)
    window.open_client_card(sample_clients["smith"])
    assert window.tabs.count() == 2
    lst = window.client_list
    window.tabs.setCurrentIndex(0)
    lst.select_rows([0])  # John Smith
    with answer_modals(click("confirmDeleteButton")):
        operation = lst.delete_selected()
    assert operation is not None
    qtbot.waitUntil(lambda: operation.outcome == "succeeded", timeout=5000)
    qtbot.waitUntil(lambda: window.tabs.count() == 1)
    assert window.count_label.text() == "4 clients in the base"


def test_the_empty_base_buttons_follow_their_menu_entries(
    qtbot: QtBot, database: Database, admin: User
) -> None:
    window = open_window(qtbot, database)
    lst = window.client_list
    if not window.is_provided("import_file"):
        assert not lst.import_button.isEnabled()
        assert lst.import_button.toolTip().startswith("Not available yet")
    opened: list[bool] = []
    window.provide("import_file", lambda: opened.append(True))
    assert lst.import_button.isEnabled()
    qtbot.mouseClick(lst.import_button, Qt.MouseButton.LeftButton)
    assert opened == [True]


def test_no_internal_ids_in_tooltips(qtbot: QtBot, database: Database, manager: User) -> None:
    """Tooltips and status tips speak plain words: never a specification's id like "CTL-1"."""
    for login in ("admin", "maria"):
        window = open_window(qtbot, database, login)
        actions = window.findChildren(QAction)
        assert len(actions) > 30
        for action in actions:
            for tip in (action.toolTip(), action.statusTip()):
                assert not re.search(r"[A-Z]{3}-\d+", tip), (action.text(), tip)
        tip = window.actions["database"].toolTip()
        assert tip.startswith("Not available yet: choose the database file"), tip
