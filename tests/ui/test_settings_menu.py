"""Settings (issue 15 item 5): every page adds, edits and deletes through its real widgets, and
what it did is in the database, read back through the services."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QInputDialog,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTreeWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desktop_crm.config import Settings
from desktop_crm.db import Database
from desktop_crm.models import Client, User
from desktop_crm.services import base_settings, custom_fields, groups, queues, tags, users
from desktop_crm.services.search import ClientQuery, ClientSearch
from desktop_crm.ui.main_window import MainWindow
from desktop_crm.ui.settings_menu import SettingsDialog
from tests.ui.conftest import answer_modals, choose, click

YES = click(QMessageBox.StandardButton.Yes)


def open_settings(
    qtbot: QtBot, database: Database, key: str, login: str = "admin"
) -> SettingsDialog:
    window = MainWindow(database, login)
    qtbot.addWidget(window)
    window.show()
    window.actions[key].trigger()
    dialog = window.findChild(SettingsDialog)
    assert isinstance(dialog, SettingsDialog)
    qtbot.waitExposed(dialog)
    return dialog


def press(page: QWidget, name: str) -> None:
    button = page.findChild(QPushButton, name)
    assert button is not None and button.isEnabled(), name
    button.click()


def fill(**values: str) -> Callable[[QWidget], None]:
    """Fill a form dialog's line edits, combos (by shown text) and text boxes, then OK."""

    def answer(widget: QWidget) -> None:
        assert isinstance(widget, QDialog), widget
        for name, value in values.items():
            child = widget.findChild(QWidget, name)
            if isinstance(child, QLineEdit):
                child.setText(value)
            elif isinstance(child, QComboBox):
                assert child.findText(value) >= 0, (name, value)
                child.setCurrentIndex(child.findText(value))
            elif isinstance(child, QPlainTextEdit):
                child.setPlainText(value)
            else:
                raise AssertionError(name)
        widget.accept()

    return answer


def select_row(table: QTableWidget, text: str) -> None:
    [row] = [r for r in range(table.rowCount()) if table.item(r, 0).text() == text]
    table.selectRow(row)


def test_admin_entries_open_their_pages(qtbot: QtBot, database: Database, admin: User) -> None:
    dialog = open_settings(qtbot, database, "manage_tags")
    assert dialog.stack.currentWidget() is dialog.pages["tags"]
    assert [dialog.sidebar.item(i).text() for i in range(dialog.sidebar.count())] == [
        "Users and roles", "Queues", "Custom fields", "Tags", "Groups", "Preferences",
    ]  # fmt: skip
    dialog.sidebar.setCurrentRow(1)
    assert dialog.stack.currentWidget() is dialog.pages["queues"]


def test_a_manager_sees_preferences_only(qtbot: QtBot, database: Database, manager: User) -> None:
    window = MainWindow(database, "maria")
    qtbot.addWidget(window)
    assert not window.actions["users"].isEnabled()
    assert window.actions["preferences"].isEnabled()
    window.actions["preferences"].trigger()
    dialog = window.findChild(SettingsDialog)
    assert dialog is not None and list(dialog.pages) == ["preferences"]
    assert dialog.findChild(QComboBox, "regionCombo") is None  # the base's settings: admins
    with answer_modals(click(QMessageBox.StandardButton.Ok)) as log:
        window.actions["manage_tags"].trigger()  # enabled for editors; the service says no
    assert "may not administer" in log.text


def test_users_page_adds_changes_role_and_disables(
    qtbot: QtBot, database: Database, admin: User
) -> None:
    page = open_settings(qtbot, database, "users").pages["users"]
    table = page.findChild(QTableWidget, "usersTable")
    with answer_modals(fill(loginEdit="ivanova", nameEdit="Иванова Анна", roleCombo="Manager")):
        press(page, "addUserButton")
    select_row(table, "ivanova")
    with answer_modals(choose("Administrator")):
        press(page, "roleButton")
    press(page, "toggleUserButton")
    with database.session() as session:
        user = users.user_by_login(session, "ivanova")
        assert (user.full_name, user.role.name, user.is_active) == ("Иванова Анна", "admin", False)
    select_row(table, "admin")
    with answer_modals(click(QMessageBox.StandardButton.Ok)) as log:
        press(page, "toggleUserButton")  # the last active admin
    assert "last active administrator" in log.text
    assert table.item(table.currentRow(), 3).text() == "Active"


def test_queues_page_adds_fills_renames_and_deletes(
    qtbot: QtBot, database: Database, manager: User
) -> None:
    page = open_settings(qtbot, database, "users").pages["queues"]
    with answer_modals(choose("Opt")):
        press(page, "addQueueButton")
    members = page.findChild(QListWidget, "memberList")
    [maria] = members.findItems("Maria Manager (maria)", Qt.MatchFlag.MatchExactly)
    maria.setCheckState(Qt.CheckState.Checked)
    with answer_modals(choose("Wholesale")):
        press(page, "renameQueueButton")
    with database.session() as session:
        [queue] = queues.list_queues(session)
    assert (queue.name, queue.members) == ("Wholesale", ("maria",))
    with answer_modals(YES) as log:
        press(page, "deleteQueueButton")
    assert "Wholesale" in log.text
    with database.session() as session:
        assert queues.list_queues(session) == []


def test_fields_page_adds_renames_orders_and_deletes(
    qtbot: QtBot, database: Database, admin: User, add_client: Callable[..., int]
) -> None:
    page = open_settings(qtbot, database, "custom_fields").pages["custom_fields"]
    with answer_modals(fill(labelEdit="Source")):
        press(page, "addFieldButton")
    channel = fill(labelEdit="Channel", typeCombo="choice from a list", choicesEdit="Web\nPhone")
    with answer_modals(channel):
        press(page, "addFieldButton")
    with answer_modals(choose("Lead channel")):
        press(page, "renameFieldButton")  # the new field stays selected
    with answer_modals(choose("Web\nPhone\nFair")):
        press(page, "choicesButton")
    press(page, "fieldUpButton")
    add_client("Anna", custom={"channel": "Fair"})
    with answer_modals(YES) as log:
        press(page, "deleteFieldButton")
    assert "values of 1 client go with it" in log.text
    with database.session() as session:
        assert [(f.key, f.label) for f in custom_fields.list_fields(session)] == [
            ("source", "Source")
        ]


def test_fields_page_moves_a_field(qtbot: QtBot, database: Database, admin: User) -> None:
    page = open_settings(qtbot, database, "custom_fields").pages["custom_fields"]
    for label in ("A", "B"):
        with answer_modals(fill(labelEdit=label)):
            press(page, "addFieldButton")
    press(page, "fieldUpButton")
    table = page.findChild(QTableWidget, "fieldsTable")
    assert [table.item(r, 0).text() for r in range(2)] == ["B", "A"]
    with database.session() as session:
        assert [f.label for f in custom_fields.list_fields(session)] == ["B", "A"]


def test_tags_page_renames_merges_and_deletes(
    qtbot: QtBot, database: Database, admin: User, add_client: Callable[..., int]
) -> None:
    add_client("Anna", tags=["vip", "opt"])
    add_client("Boris", tags=["V.I.P."])
    page = open_settings(qtbot, database, "manage_tags").pages["tags"]
    table = page.findChild(QTableWidget, "tagsTable")
    select_row(table, "V.I.P.")
    with answer_modals(choose("vip")):
        press(page, "mergeTagButton")
    select_row(table, "vip")
    with answer_modals(choose("VIP")):
        press(page, "renameTagButton")
    select_row(table, "opt")
    with answer_modals(YES) as log:
        press(page, "deleteTagButton")
    assert "It comes off 1 client." in log.text
    with database.session() as session:
        assert [(t.name, n) for t, n in tags.tag_usage(session)] == [("VIP", 2)]


def select_group(tree: QTreeWidget, name: str) -> None:
    [item] = tree.findItems(name, Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive)
    tree.setCurrentItem(item)


def test_groups_page_adds_renames_moves_and_deletes(
    qtbot: QtBot, database: Database, admin: User, add_client: Callable[..., int]
) -> None:
    page = open_settings(qtbot, database, "manage_groups").pages["groups"]
    tree = page.findChild(QTreeWidget, "groupTree")
    for name in ("Partners", "Archive"):
        with answer_modals(choose(name)):
            press(page, "addGroupButton")
    select_group(tree, "Partners")
    with answer_modals(choose("Moskva")):
        press(page, "addSubgroupButton")
    select_group(tree, "Moskva")
    with answer_modals(choose("Moscow")):
        press(page, "renameGroupButton")
    select_group(tree, "Moscow")
    with answer_modals(choose("Archive")):
        press(page, "moveGroupButton")
    with database.session() as session:
        paths = groups.group_paths(session)
    assert sorted(paths.values()) == ["Archive", "Archive/Moscow", "Partners"]
    add_client("Anna", group_id=next(i for i, p in paths.items() if p == "Archive/Moscow"))
    page.reload()
    select_group(tree, "Archive")
    with answer_modals(YES, click(QMessageBox.StandardButton.Ok)) as log:
        press(page, "deleteGroupButton")
    assert "is not empty (clients: 0, subgroups: 1)" in log.text
    select_group(tree, "Partners")
    with answer_modals(YES):
        press(page, "deleteGroupButton")
    with database.session() as session:
        assert sorted(groups.group_paths(session).values()) == ["Archive", "Archive/Moscow"]


def test_preferences_are_saved_and_used(
    qtbot: QtBot, database: Database, admin: User, add_client: Callable[..., int]
) -> None:
    client_id = add_client("Anna")
    dialog = open_settings(qtbot, database, "preferences")
    page = dialog.pages["preferences"]
    for name, text in (
        ("languageCombo", "Polski"),
        ("pageSizeCombo", "20 per page"),
        ("cardTabCombo", "History"),
        ("regionCombo", "Poland (PL)"),
    ):
        combo = page.findChild(QComboBox, name)
        index = combo.findText(text)
        assert index >= 0, (name, text)
        combo.setCurrentIndex(index)
    page.findChild(QSpinBox, "attachmentLimitSpin").setValue(7)
    press(page, "savePreferencesButton")
    assert page.findChild(QWidget, "savedLabel").text() == "Saved."
    assert Settings.load().language == "pl"
    with database.session() as session:
        assert base_settings.phone_region(session) == "PL"
        assert base_settings.attachment_limit_mb(session) == 7
    window = dialog.parentWidget()
    assert isinstance(window, MainWindow)
    assert window.client_list.model.page_size == 20
    card = window.open_client_card(client_id)
    assert card.tabs.tabText(card.tabs.currentIndex()) == "History"


def test_input_dialog_cancel_changes_nothing(qtbot: QtBot, database: Database, admin: User) -> None:
    page = open_settings(qtbot, database, "manage_groups").pages["groups"]

    def cancel(widget: QWidget) -> None:
        assert isinstance(widget, QInputDialog)
        widget.reject()

    with answer_modals(cancel):
        press(page, "addGroupButton")
    with database.session() as session:
        assert groups.group_paths(session) == {}


def test_sort_language_resorts_the_list(
    qtbot: QtBot, database: Database, admin: User, add_client: Callable[..., int]
) -> None:
    """An admin picks the alphabet names sort in: every key is made anew on a worker and the
    client list follows (Polish: Ł after L, Ż after Z)."""
    for name in ("Żaneta", "Zofia", "Łukasz", "Lucyna"):
        add_client(name)
    dialog = open_settings(qtbot, database, "preferences")
    page = dialog.pages["preferences"]
    combo = page.findChild(QComboBox, "sortLanguageCombo")
    combo.setCurrentIndex(combo.findText("Polish"))
    press(page, "savePreferencesButton")
    qtbot.waitUntil(
        lambda: page.findChild(QWidget, "savedLabel").text() == "Saved.", timeout=10_000
    )
    with database.session() as session:
        assert base_settings.sort_language(session) == "pl"
        ids = ClientSearch(ClientQuery(sort="name")).prepare(session).window(session, 0, 10)
        names = [session.get(Client, i).full_name for i in ids]
    assert names == ["Lucyna", "Łukasz", "Zofia", "Żaneta"]
