"""File -> Export clients end to end (the file is written and read back, the status bar says
how many) and its choice between the whole base and the list's search (issue 15 item 1)."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QLineEdit, QRadioButton, QWidget
from pytestqt.qtbot import QtBot

from desktop_crm.db import Database
from desktop_crm.models import User
from desktop_crm.ui.main_window import MainWindow
from tests.ui.conftest import Answer, answer_modals
from tests.ui.test_main_window import open_window


def save_as(path: Path) -> Answer:
    def answer(widget: QWidget) -> None:
        assert isinstance(widget, QFileDialog), widget
        name = widget.findChild(QLineEdit, "fileNameEdit")  # where a user types the name
        assert name is not None
        name.setText(str(path))
        widget.accept()

    return answer


def pick(button_name: str) -> Answer:
    """Choose a radio button of the export dialog and press its OK button."""

    def answer(widget: QWidget) -> None:
        assert isinstance(widget, QDialog) and widget.objectName() == "exportScopeDialog"
        button = widget.findChild(QRadioButton, button_name)
        assert button is not None
        button.click()
        widget.accept()

    return answer


def exported_names(path: Path) -> list[str]:
    sheet = load_workbook(path, read_only=True).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][0] == "Full name"
    return sorted(str(row[0]) for row in rows[1:])


def run_export(qtbot: QtBot, window: MainWindow, *answers: Answer) -> list[str]:
    with answer_modals(*answers) as log:
        window.actions["export_clients"].trigger()
    operation = window.operation
    assert operation is not None
    qtbot.waitUntil(lambda: operation.outcome is not None, timeout=10_000)
    assert operation.outcome == "succeeded", operation.error
    return log.texts


def test_export_writes_the_whole_base_and_says_how_many(
    qtbot: QtBot, database: Database, admin: User, sample_clients: dict[str, int], tmp_path: Path
) -> None:
    window = open_window(qtbot, database)
    path = tmp_path / "all.xlsx"
    titles = run_export(qtbot, window, save_as(path))
    assert titles == ["Export 5 clients"]  # no search: nothing to choose, the count is said
    assert len(exported_names(path)) == 5
    assert window.statusBar().currentMessage() == f"Exported 5 clients to {path}"


@pytest.mark.parametrize(("choice", "expected"), [("exportFound", 2), ("exportAll", 5)])
def test_export_with_a_search_asks_which_clients(
    qtbot: QtBot,
    database: Database,
    admin: User,
    sample_clients: dict[str, int],
    tmp_path: Path,
    choice: str,
    expected: int,
) -> None:
    window = open_window(qtbot, database)
    lst = window.client_list
    lst.search_edit.insert("Иванов")
    qtbot.waitUntil(lambda: lst.model.query.text == "Иванов" and lst.model.total == 2)
    window.open_client_card(sample_clients["kowalski"])  # started from a card
    path = tmp_path / "clients"  # no ending: the chosen filter's (.xlsx)
    titles = run_export(qtbot, window, pick(choice), save_as(path))
    assert titles[0] == "Export clients"
    assert titles[1] == f"Export {expected} clients"
    names = exported_names(path.with_suffix(".xlsx"))
    assert len(names) == expected
    if expected == 2:
        assert all(name.startswith("Иванов") for name in names)
    message = window.statusBar().currentMessage()
    assert message.startswith(f"Exported {expected} clients to ")


def test_export_scope_dialog_names_both_counts(
    qtbot: QtBot, database: Database, admin: User, sample_clients: dict[str, int]
) -> None:
    window = open_window(qtbot, database)
    lst = window.client_list
    qtbot.keyClicks(lst.search_edit, "smith")
    qtbot.waitUntil(lambda: lst.model.total == 1)
    seen: list[tuple[str, str, bool]] = []

    def look(widget: QWidget) -> None:
        all_button = widget.findChild(QRadioButton, "exportAll")
        found = widget.findChild(QRadioButton, "exportFound")
        assert all_button is not None and found is not None
        seen.append((all_button.text(), found.text(), found.isChecked()))
        qtbot.keyClick(widget, Qt.Key.Key_Escape)

    with answer_modals(look):
        window.actions["export_clients"].trigger()
    assert seen == [
        ("&All 5 clients", "&The 1 client found by the current search and filters", True)
    ]
