"""The wizard and the history in the main window: Marketing -> Import clients from file and
Import history, enabled by the import permission, the list refreshed after an import."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from test_import_wizard_support import WAIT_MS, choose_file, through_to_results

from desktop_crm.db import Database
from desktop_crm.models import User
from desktop_crm.ui.importing.history import ImportHistoryDialog
from desktop_crm.ui.importing.wizard import ImportWizard
from desktop_crm.ui.main_window import MainWindow


def make_window(qtbot: QtBot, database: Database, login: str) -> MainWindow:
    window = MainWindow(database, login)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def opened(kind: type) -> list:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


def test_the_menu_opens_the_wizard_and_the_list_follows_the_import(
    qtbot: QtBot, database: Database, admin: User, tmp_path: Path
) -> None:
    window = make_window(qtbot, database, "admin")
    action = window.actions["import_file"]
    assert action.isEnabled()
    action.trigger()
    wizards = opened(ImportWizard)
    assert len(wizards) == 1
    wizard = wizards[0]
    assert wizard.windowModality() == Qt.WindowModality.WindowModal  # the import holds the base
    path = tmp_path / "two.csv"
    path.write_text("Name,Phone\nAnna,+7 916 000 00 01\nBoris,+7 916 000 00 02\n", "utf-8")
    choose_file(qtbot, wizard, path)
    through_to_results(qtbot, wizard)
    qtbot.waitUntil(lambda: "2 clients" in window.count_label.text(), timeout=WAIT_MS)

    window.client_list.search_edit.setText("nobody")  # the import filter replaces a search
    wizard.results_page.view.show_button.click()
    shown = window.client_list
    qtbot.waitUntil(lambda: shown.filters.import_button.isVisible(), timeout=WAIT_MS)
    assert shown.search_edit.text() == ""
    names = {shown.model.index(r, 0).data() for r in range(shown.model.rowCount())}
    assert names == {"Anna", "Boris"}
    shown.filters.import_button.click()  # back to every client
    assert not shown.filters.import_button.isVisible()
    assert shown.model.query.import_job_id is None

    window.actions["import_history"].trigger()
    histories = opened(ImportHistoryDialog)
    assert len(histories) == 1
    assert histories[0].model.rowCount() == 1
    histories[0].dialogs.confirm = lambda *_args: True
    histories[0].results.undo_button.click()
    qtbot.waitUntil(lambda: "0 clients" in window.count_label.text(), timeout=WAIT_MS)
    histories[0].close()


def test_the_entries_are_disabled_with_the_reason_for_a_manager(
    qtbot: QtBot, database: Database, admin: User, manager: User
) -> None:
    window = make_window(qtbot, database, "maria")
    for key in ("import_file", "import_history"):
        action = window.actions[key]
        assert not action.isEnabled()
        assert "may not import clients" in action.toolTip()
