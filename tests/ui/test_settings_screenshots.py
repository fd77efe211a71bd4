"""Screenshots of each Settings page (1000x640) with a few users, queues, fields, tags and
groups, in English and in Russian. They go to a temporary folder; to refresh docs/settings-*.png:

    DESKTOP_CRM_SCREENSHOTS_DIR=docs python -m pytest tests/ui/test_settings_screenshots.py
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop_crm.db import Database
from desktop_crm.models import User
from desktop_crm.services import custom_fields, groups, queues, users
from desktop_crm.ui.app import install_translations
from desktop_crm.ui.settings_menu import SettingsDialog

PAGES = ("users", "queues", "custom_fields", "tags", "groups", "preferences")


@pytest.fixture
def shots(tmp_path: Path) -> Path:
    folder = os.environ.get("DESKTOP_CRM_SCREENSHOTS_DIR")
    path = Path(folder) if folder else tmp_path
    path.mkdir(parents=True, exist_ok=True)
    return path


def fill_base(database: Database, admin: User, add_client: Callable[..., int]) -> None:
    with database.transaction() as s:
        actor = s.merge(admin)
        for login, name, role in (
            ("ivanova", "Иванова Анна Сергеевна", "manager"),
            ("kowalski", "Jan Kowalski", "manager"),
            ("petrov", "Петров Пётр", "admin"),
        ):
            users.add_user(s, actor, login, name, role)
        users.set_active(s, actor, "kowalski", False)
        for name, members in (("Опт", ("ivanova", "petrov")), ("Poland", ("kowalski",))):
            queues.add_queue(s, actor, name)
            for login in members:
                queues.set_member(s, actor, name, login, True)
        custom_fields.add_field(s, actor, "", "Источник лида", "choice", ["Сайт", "Звонок"])
        custom_fields.add_field(s, actor, "", "Дата визита", "date")
        custom_fields.add_field(s, actor, "", "Contract signed", "bool")
        for path in ("Партнёры/Москва", "Партнёры/Казань", "Архив", "Klienci/Warszawa"):
            groups.group_by_path(s, path)
    add_client("Anna", tags=["VIP", "Опт"])
    add_client("Boris", tags=["VIP", "конференция 2024"])


def shoot_all(qtbot: QtBot, database: Database, shots: Path, suffix: str) -> None:
    dialog = SettingsDialog(
        database, "admin", changed=lambda: None, page_size=20, on_page_size=lambda _size: None
    )
    qtbot.addWidget(dialog)
    dialog.resize(1000, 640)
    dialog.show()
    qtbot.waitExposed(dialog)
    app = QApplication.instance()
    assert app is not None
    for key in PAGES:
        dialog.show_page(key)
        for _ in range(5):
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        name = key.replace("_", "-")
        path = shots / f"settings-{name}{suffix}.png"
        assert dialog.grab().save(str(path)), path


def test_settings_screenshots(
    qtbot: QtBot, database: Database, admin: User, add_client: Callable[..., int], shots: Path
) -> None:
    fill_base(database, admin, add_client)
    shoot_all(qtbot, database, shots, "")
    assert (shots / "settings-users.png").stat().st_size > 10_000


def test_settings_screenshots_in_russian(
    qtbot: QtBot,
    qapp: QApplication,
    database: Database,
    admin: User,
    add_client: Callable[..., int],
    tmp_path: Path,
) -> None:
    """The Russian strings are longer: they must fit too (DESKTOP_CRM_SCREENSHOTS_RU=folder
    keeps the shots to look at)."""
    fill_base(database, admin, add_client)
    folder = Path(os.environ.get("DESKTOP_CRM_SCREENSHOTS_RU") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    translators = install_translations(qapp, "ru")
    try:
        shoot_all(qtbot, database, folder, "-ru")
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
