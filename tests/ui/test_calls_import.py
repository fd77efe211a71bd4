"""Interactions > Import call log… end to end: a file chosen in the dialog goes in on a worker
and a box says what came in; a table of unknown columns asks for a mapping file; a manager,
who may not import, finds the entry disabled with the reason."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QLineEdit, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from desktop_crm.db import Database
from desktop_crm.models import User
from desktop_crm.models.interactions import Interaction
from desktop_crm.ui.main_window import MainWindow
from desktop_crm.wizards.calls.presets import save_call_preset
from desktop_crm.wizards.importing.mapping import Mapping
from tests.call_logs import write_cloud_csv, write_master_csv
from tests.ui.conftest import Answer, answer_modals, choose, click
from tests.ui.test_main_window import open_window


def open_file(path: Path) -> Answer:
    def answer(widget: QWidget) -> None:
        assert isinstance(widget, QFileDialog), widget
        name = widget.findChild(QLineEdit, "fileNameEdit")
        assert name is not None
        name.setText(str(path))
        widget.accept()

    return answer


def stored(database: Database) -> int:
    with database.session() as session:
        return int(session.scalar(select(func.count()).select_from(Interaction)) or 0)


def run_import(qtbot: QtBot, window: MainWindow, *answers: Answer) -> list[str]:
    with answer_modals(*answers) as log:
        window.actions["calls_import"].trigger()
        qtbot.waitUntil(lambda: len(log.texts) == len(answers), timeout=15_000)
    return log.texts


def test_a_call_log_goes_in_and_the_box_says_what_came(
    qtbot: QtBot, database: Database, admin: User, tmp_path: Path
) -> None:
    window = open_window(qtbot, database)
    log = write_master_csv(tmp_path / "Master.csv", with_uniqueid=True)
    texts = run_import(qtbot, window, open_file(log), click(QMessageBox.StandardButton.Ok))
    assert texts[1] == (
        "Calls read: 4. Imported: 3, already there: 0, between extensions: 1, failed: 0. "
        "Linked to cards: 0."
    )
    assert stored(database) == 3
    assert window.statusBar().currentMessage().startswith("Calls read: 4. Imported: 3")


def test_unknown_columns_ask_for_a_mapping_file(
    qtbot: QtBot, database: Database, admin: User, tmp_path: Path
) -> None:
    window = open_window(qtbot, database)
    headers = ["Колонка 1", "Колонка 2", "Вид", "A", "B", "Сколько", "Итог", "Ключ"]
    log = write_cloud_csv(tmp_path / "odd.csv", headers)
    mapping = tmp_path / "mapping.json"
    columns = dict(zip(headers, ["date", "time", "direction", "from", "to", "duration",
                                 "answered", "call_id"], strict=True))  # fmt: skip
    mapping.write_text(json.dumps({"columns": columns}, ensure_ascii=False), encoding="utf-8")
    texts = run_import(
        qtbot,
        window,
        open_file(log),
        click(QMessageBox.StandardButton.Yes),
        open_file(mapping),
        click(QMessageBox.StandardButton.Ok),
    )
    assert texts[1] == (
        "odd.csv is not a call log this program recognizes by its columns. Choose a mapping "
        "file that says which is which?"
    )
    assert "Imported: 2" in texts[3] and "Row 4: '31.02.2024' is not a date and time" in texts[3]
    assert stored(database) == 2


def test_a_manager_may_not_import_call_logs(
    qtbot: QtBot, database: Database, manager: User
) -> None:
    window = open_window(qtbot, database, manager.login)
    action = window.actions["calls_import"]
    assert not action.isEnabled()
    assert "import" in action.toolTip().lower()


def test_unknown_columns_offer_the_saved_call_log_matchings(
    qtbot: QtBot, database: Database, admin: User, tmp_path: Path
) -> None:
    headers = ["Колонка 1", "Колонка 2", "Вид", "A", "B", "Сколько", "Итог", "Ключ"]
    fields = ["date", "time", "direction", "from", "to", "duration", "answered", "call_id"]
    with database.transaction() as session:
        mapping = Mapping(dict(enumerate(fields)))
        save_call_preset(session, "Cloud PBX", mapping, headers, session.merge(admin))
    window = open_window(qtbot, database)
    log = write_cloud_csv(tmp_path / "odd.csv", headers)
    texts = run_import(
        qtbot, window, open_file(log), choose("Cloud PBX"), click(QMessageBox.StandardButton.Ok)
    )
    assert texts[1] == (
        "odd.csv is not a call log this program recognizes by its columns. Read its columns as:"
    )
    assert texts[2].startswith("Calls read: 4. Imported: 2,")
    assert stored(database) == 2
