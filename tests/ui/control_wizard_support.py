"""Helpers of the control wizard's window tests: a small base, the wizard opened from the
menu, moving on once a page is ready, and the tasks in the base."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from desktop_crm.db import Database
from desktop_crm.models import Task, TaskItem
from desktop_crm.ui.control.wizard import ControlWizard
from desktop_crm.ui.main_window import MainWindow
from tests.db.control_support import add_person, add_user

DOCS = Path(__file__).resolve().parents[2] / "docs"
WAIT_MS = 10_000


def small_base(database: Database, add_client: Callable[..., int]) -> dict[str, int]:
    """Two managers; five clients without a phone (one is Anna's, with a person without
    one), one client with everything."""
    ids = {"anna": add_user(database, "anna", groups=["Продажи"]),
           "boris": add_user(database, "boris", groups=["Продажи"])}  # fmt: skip
    ids["owned"] = add_client("Орлова Вера", emails=["v@example.com"], responsible_id=ids["anna"])
    add_person(database, ids["owned"], "Сидоров Олег")
    for n, name in enumerate(("Kowalski Jan", "Петров Пётр", "Smith John")):
        ids[f"c{n}"] = add_client(name, emails=[f"c{n}@example.com"], address="Тверская, 1")
    ids["full"] = add_client("Полный Клиент", ["+7 912 345-67-89"], ["f@example.com"])
    return ids


def open_wizard(qtbot: QtBot, database: Database, key: str = "ctl_contact_info"):
    window = MainWindow(database, "admin")
    qtbot.addWidget(window)
    window.show()
    window.actions[key].trigger()
    wizard = window.findChild(ControlWizard)
    assert isinstance(wizard, ControlWizard)
    return window, wizard


def next_enabled(wizard: QWizard) -> bool:
    """Next, or on the distribution page its "Create tasks" (a commit page's button)."""
    buttons = (QWizard.WizardButton.NextButton, QWizard.WizardButton.CommitButton)
    return any(wizard.button(b).isVisible() and wizard.button(b).isEnabled() for b in buttons)


def go_next(qtbot: QtBot, wizard: QWizard) -> None:
    qtbot.waitUntil(lambda: next_enabled(wizard), timeout=WAIT_MS)
    wizard.next()


def tasks_in_base(database: Database) -> list[tuple[str, int, str]]:
    """(executor login, items, title) of each task, by login."""
    from desktop_crm.models import User

    with database.session() as session:
        query = (
            select(User.login, func.count(TaskItem.id), Task.title)
            .join(Task, Task.executor_id == User.id)
            .join(TaskItem, TaskItem.task_id == Task.id)
            .group_by(User.login, Task.title)
            .order_by(User.login)
        )
        return [tuple(row) for row in session.execute(query)]  # type: ignore[misc]


def shoot(wizard: QWizard, name: str) -> None:
    DOCS.mkdir(exist_ok=True)
    wizard.grab().save(str(DOCS / name))
