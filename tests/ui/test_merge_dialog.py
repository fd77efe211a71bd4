"""The merge dialog and the duplicates window (CTL-8): the cards side by side, a radio picks the
card that stays, a click picks a value, Merge merges on a worker; the Control menu finds the
groups and merges one; the client list merges two selected rows; a manager cannot."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QRadioButton
from pytestqt.qtbot import QtBot

from desktop_crm.db import Database
from desktop_crm.models import Client, User
from desktop_crm.services.users import add_user
from desktop_crm.ui.clients.list_widget import ClientListWidget
from desktop_crm.ui.main_window import MainWindow
from desktop_crm.ui.merge import DuplicatesWindow, MergeDialog, open_merge_dialog

DOCS = Path(__file__).resolve().parents[2] / "docs"


def _row(dialog: MergeDialog, key: str) -> int:
    assert dialog.comparison is not None
    keys = [field.key for field in dialog.comparison.fields]
    return keys.index(key) + 1  # row 0 holds the radio buttons


def _click_cell(qtbot: QtBot, dialog: MergeDialog, row: int, column: int) -> None:
    table = dialog.table
    table.scrollToItem(table.item(row, column))
    rect = table.visualItemRect(table.item(row, column))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_dialog_picks_the_survivor_and_a_value_and_merges(
    qtbot: QtBot, database: Database, admin: User, add_client: Callable[..., int]
) -> None:
    first = add_client(
        "Иванов Иван", phones=["+7 912 345-67-89"], emails=["ivan@example.com"], address="Москва"
    )
    second = add_client(
        "Иванов Иван Петрович",
        phones=["+7 912 345-67-89", "+7 495 000-00-01"],
        position="Директор",
        birth_date="12.04.1980",
    )
    dialog = open_merge_dialog(None, database, "admin", [second, first])  # deletes on close
    qtbot.waitUntil(lambda: dialog.comparison is not None, timeout=10_000)
    assert dialog.survivor == first  # the oldest card stays unless told otherwise
    assert dialog.table.columnCount() == 2
    name_row = _row(dialog, "full_name")
    assert dialog.table.item(name_row, 0).text() == "Иванов Иван"
    assert dialog.table.item(name_row, 0).background().color().name() == "#c8e6c9"

    keep_second = dialog.table.cellWidget(0, 1)
    assert isinstance(keep_second, QRadioButton)
    keep_second.click()
    assert dialog.survivor == second
    assert dialog.winner("full_name") == second
    assert dialog.winner("address") == first  # the survivor has none: the other's
    _click_cell(qtbot, dialog, name_row, 0)
    assert dialog.winner("full_name") == first
    assert dialog.table.item(name_row, 0).font().bold()
    assert not dialog.table.item(name_row, 1).font().bold()
    assert f"#{first} will be merged into #{second}" in dialog.summary.text()
    phones = dialog.table.item(_row(dialog, "phones"), 1).text()
    assert "+7 495" in phones
    DOCS.mkdir(exist_ok=True)
    dialog.resize(900, 640)
    dialog.grab().save(str(DOCS / "merge-dialog.png"))

    messages: list[str] = []
    dialog.merged.connect(messages.append)
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    operation = dialog.operation
    assert operation is not None
    qtbot.waitUntil(lambda: operation.outcome is not None, timeout=10_000)
    assert operation.outcome == "succeeded"
    assert messages and f"#{first} merged into #{second}" in messages[0]
    with database.session() as session:
        assert session.get(Client, first) is None
        card = session.get(Client, second)
        assert card is not None
        assert (card.full_name, card.address, card.position) == (
            "Иванов Иван",
            "Москва",
            "Директор",
        )


def test_duplicates_window_finds_and_merges_a_group(
    qtbot: QtBot, database: Database, admin: User, add_client: Callable[..., int]
) -> None:
    a = add_client("Анна Смирнова", emails=["anna@example.com"])
    b = add_client("Смирнова Анна", emails=["ANNA@example.com"])
    add_client("Борис")
    window = MainWindow(database, "admin")
    qtbot.addWidget(window)
    window.show()
    assert window.actions["ctl_duplicates"].isEnabled()
    window.actions["ctl_duplicates"].trigger()
    found = window.findChild(DuplicatesWindow)
    assert isinstance(found, DuplicatesWindow)
    operation = found.search()
    assert operation is not None
    qtbot.waitUntil(lambda: found.found is not None, timeout=10_000)
    assert found.table.rowCount() == 1
    assert f"#{a} Анна Смирнова" in found.table.item(0, 0).text()
    assert "email: anna@example.com" in found.table.item(0, 1).text()
    assert found.status.text() == "1 group of duplicates found."
    found.resize(760, 300)
    found.grab().save(str(DOCS / "duplicates-window.png"))
    qtbot.mouseClick(found.table.cellWidget(0, 2), Qt.MouseButton.LeftButton)
    dialog = found.dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.comparison is not None, timeout=10_000)
    merging = dialog.run_merge()
    assert merging is not None
    qtbot.waitUntil(lambda: merging.outcome is not None, timeout=10_000)
    assert not found.table.cellWidget(0, 2).isEnabled()
    with database.session() as session:
        assert session.get(Client, b) is None and session.get(Client, a) is not None

    merges = found.show_merges()
    qtbot.waitUntil(lambda: merges.entries is not None, timeout=10_000)
    assert merges.table.rowCount() == 1 and not merges.undo_button.isEnabled()
    assert f"#{b} Смирнова Анна" in merges.table.item(0, 3).text()
    merges.table.selectRow(0)
    assert merges.undo_button.isEnabled()
    undoing = merges.undo_selected()
    assert undoing is not None
    qtbot.waitUntil(lambda: undoing.outcome is not None, timeout=10_000)
    assert undoing.outcome == "succeeded"
    qtbot.waitUntil(lambda: "(undone)" in merges.table.item(0, 3).text(), timeout=10_000)
    with database.session() as session:
        assert session.get(Client, b) is not None


def test_client_list_merges_two_selected_rows(
    qtbot: QtBot, database: Database, admin: User, add_client: Callable[..., int]
) -> None:
    add_client("Один")
    add_client("Два")
    widget = ClientListWidget(database, admin)
    qtbot.addWidget(widget)
    widget.show()
    widget.select_rows([0])
    assert not widget.merge_action.isEnabled()
    widget.select_rows([0, 1])
    assert widget.merge_action.isEnabled()
    dialog = widget.bulk.merge()
    assert isinstance(dialog, MergeDialog)
    qtbot.waitUntil(lambda: dialog.comparison is not None, timeout=10_000)
    merging = dialog.run_merge()
    assert merging is not None
    qtbot.waitUntil(lambda: merging.outcome is not None, timeout=10_000)
    qtbot.waitUntil(lambda: widget.model.rowCount() == 1, timeout=10_000)


def test_a_manager_cannot_merge(qtbot: QtBot, database: Database, admin: User) -> None:
    with database.transaction() as session:
        add_user(session, session.merge(admin), "maria", "Maria Manager", "manager")
    window = MainWindow(database, "maria")
    qtbot.addWidget(window)
    action = window.actions["ctl_duplicates"]
    assert not action.isEnabled()
    assert "may not run control wizards" in action.toolTip()
    lst = window.client_list
    assert not lst.merge_action.isEnabled()
    assert "may not delete clients" in lst.merge_action.toolTip()
