"""Screenshots of every page of the import wizard and of the import history, at the size the
wizard takes on a 1366x768 screen. Written only when DESKTOP_CRM_SCREENSHOTS names a folder:

    DESKTOP_CRM_SCREENSHOTS=docs pytest tests/ui/test_import_wizard_screens.py
"""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

import pytest
from files import write_xlsx
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from test_import_wizard_support import WAIT_MS, choose_file, forward, make_wizard, to_preview

from desktop_crm.db import Database
from desktop_crm.services.access import current_user
from desktop_crm.ui.importing.history import ImportHistoryDialog
from desktop_crm.ui.importing.wizard import MAPPING, RESULTS, RUN, SETTINGS

TARGET = os.environ.get("DESKTOP_CRM_SCREENSHOTS")
pytestmark = pytest.mark.skipif(not TARGET, reason="set DESKTOP_CRM_SCREENSHOTS to a folder")
SIZE = (1020, 700)  # what the wizard takes on a 1366x768 screen


def shoot(qtbot: QtBot, widget: QWidget, name: str) -> None:
    qtbot.wait(150)  # let layouts and repaints settle
    assert TARGET
    folder = Path(TARGET)
    folder.mkdir(parents=True, exist_ok=True)
    assert widget.grab().save(str(folder / f"import-{name}.png"))


def leads_file(path: Path, rows: int) -> Path:
    head = ["ФИО", "Телефон", "E-mail", "Дата рождения", "Менеджер", "Источник лида", "Тэги"]
    body = [
        [
            "Иванов Иван Иванович",
            89161234567,
            "ivan@mail.ru",
            datetime(1985, 3, 12),
            "",
            "сайт",
            "VIP",
        ],
        [
            "Петрова Анна Сергеевна",
            "+7 (495) 123-45-67",
            "anna@mail.ru",
            "06.09.1990",
            "",
            "выставка",
            "",
        ],
        ["ООО «Ромашка»", "8 800 555 35 35", "info@romashka.ru", None, "", "звонок", "опт"],
        ["Сидоров Пётр", "12-34", "petr@mail.ru", None, "", "сайт", ""],
        ["Кузнецова Мария", "9161112233", "maria@mail", None, "", "сайт", ""],
        ["Kowalski Jan", "+48 601 234 567", "jan@wp.pl", "1979-11-02", "", "polecenie", "PL"],
    ]
    for i in range(rows - len(body)):
        body.append(
            [
                f"Клиент {i}",
                f"+7 926 {i // 10000:03d} {i % 10000:04d}",
                f"c{i}@example.ru",
                None,
                "",
                "",
                "",
            ]
        )
    return write_xlsx(path, [head, *body], sheet="Лиды")


def test_screenshots_of_every_page(qtbot: QtBot, sqlite_database: Database, tmp_path: Path) -> None:
    # pictures of the screens: one backend is enough
    database = sqlite_database
    with database.transaction() as session:
        current_user(session, "admin")  # the first user of the base: an admin
    wizard = make_wizard(qtbot, database)
    wizard.resize(*SIZE)
    choose_file(qtbot, wizard, leads_file(tmp_path / "leads-2024.xlsx", 30_000))
    shoot(qtbot, wizard, "1-source")

    forward(qtbot, wizard, SETTINGS)
    page = wizard.settings_page
    qtbot.keyClicks(page.description_edit, "Leads from the spring fair and the web form")
    qtbot.keyClicks(page.rules_edit, "[11]/-8+7 [10]/+7")
    qtbot.keyClicks(page.valid_edit, "[11]")
    page.group_combo.setEditText("Leads/2024")
    page.target_combo.setCurrentIndex(page.target_combo.findData("lead"))
    shoot(qtbot, wizard, "2-settings")

    forward(qtbot, wizard, MAPPING)
    mapping = wizard.mapping_page
    mapping.choose(0, None)
    shoot(qtbot, wizard, "3-matching-required")
    mapping.choose(0, "full_name")
    shoot(qtbot, wizard, "3-matching")

    to_preview(qtbot, wizard)
    wizard.preview_page.view.setCurrentIndex(wizard.preview_page.model.index(0, 3))
    shoot(qtbot, wizard, "4-preview")

    forward(qtbot, wizard, RUN)
    run = wizard.run_page
    qtbot.waitUntil(lambda: "left" in run.progress_label.text(), timeout=WAIT_MS * 4)
    shoot(qtbot, wizard, "5-run")
    qtbot.mouseClick(run.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not run.running, timeout=WAIT_MS * 4)
    shoot(qtbot, wizard, "5-run-cancelled")
    qtbot.mouseClick(run.again_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.currentId() == RESULTS, timeout=WAIT_MS * 8)
    shoot(qtbot, wizard, "6-results")

    history = ImportHistoryDialog(database, "admin")
    qtbot.addWidget(history)
    history.resize(*SIZE)
    history.show()
    qtbot.waitExposed(history)
    shoot(qtbot, history, "history")
