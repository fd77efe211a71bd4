"""Screenshots of My tasks and of a task with some rows done, at 1366x768. They go to a
temporary folder; to refresh docs/tasks-my.png and docs/task-window.png:

    DESKTOP_CRM_SCREENSHOTS_DIR=docs python -m pytest tests/ui/test_tasks_screenshots.py
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QEventLoop
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desktop_crm.db import Database
from desktop_crm.models import ContactPerson, User
from desktop_crm.services.tasks import ManualTask, add_manual_task
from desktop_crm.ui.main_window import MainWindow
from desktop_crm.ui.tasks import feature_of
from tests.db.tasks_support import contact_task

TODAY = date.today()
NAMES = [
    "Абрамова Елена Викторовна",
    "Белов Сергей Петрович",
    "Васильева Ольга Игоревна",
    "Григорьев Антон Юрьевич",
    "Дмитриева Наталья Сергеевна",
    "Ермаков Павел Андреевич",
    "Жукова Марина Олеговна",
    "Зайцев Игорь Николаевич",
    "Kowalska Anna",
    "ТОО «Алтын Дала»",
    "Нурланов Ерлан Серикович",
    "Орлова Светлана Михайловна",
]


@pytest.fixture
def shots(tmp_path: Path) -> Path:
    folder = os.environ.get("DESKTOP_CRM_SCREENSHOTS_DIR")
    path = Path(folder) if folder else tmp_path
    path.mkdir(parents=True, exist_ok=True)
    return path


def shoot(widget: QWidget, path: Path) -> QImage:
    app = QApplication.instance()
    assert app is not None
    for _ in range(5):
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
    image = widget.grab().toImage()
    assert image.save(str(path)), path
    return image


def colours(image: QImage) -> int:
    return len(
        {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    )


def _tasks(database: Database, manager: User, admin: User, add_client: Callable[..., int]) -> int:
    """A manager's tasks: a contact-info check with some clients fixed, an overdue one, a
    manual one. Returns the contact-info task."""
    clients = [
        add_client(name, phones=["+7 701 555-01-0" + str(n)] if n % 3 == 0 else [])
        for n, name in enumerate(NAMES)
    ]
    with database.transaction() as session:
        person = ContactPerson(client_id=clients[9], full_name="Сапарова Айгерим")
        session.add(person)
        session.flush()
        person_id = person.id
    items: list[dict[str, object]] = [{"client_id": c, "missing": "phone"} for c in clients]
    items.insert(10, {"client_id": clients[9], "contact_person_id": person_id, "missing": "email"})
    task = contact_task(database, manager, items, due=TODAY + timedelta(days=4))
    contact_task(
        database,
        manager,
        [{"client_id": c, "missing": "field:address"} for c in clients[:4]],
        title="Properties: address",
        kind="properties",
        due=TODAY - timedelta(days=3),
    )
    with database.transaction() as session:
        data = ManualTask("Call back about the price list", None, clients[1], "maria", TODAY)
        add_manual_task(session, session.merge(admin), data)
    return task


def test_my_tasks_and_task_window_screenshots(
    qtbot: QtBot,
    database: Database,
    admin: User,
    manager: User,
    add_client: Callable[..., int],
    shots: Path,
) -> None:
    task = _tasks(database, manager, admin, add_client)
    window = MainWindow(database, "maria")
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    feature = feature_of(window)
    page = feature.open_list(everyone=False)
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    qtbot.waitUntil(lambda: feature.count_label.text() == "3 open tasks")
    assert colours(shoot(window, shots / "tasks-my.png")) > 10

    tab = feature.open_task(task)
    assert tab is not None
    qtbot.waitUntil(lambda: tab.operation is not None and not tab.operation.running)
    qtbot.waitUntil(lambda: not tab.model.reading and tab.model.rowCount() == len(NAMES) + 1)
    assert "(done 30%)" in window.tabs.tabText(window.tabs.indexOf(tab))
    assert colours(shoot(window, shots / "task-window.png")) > 10
