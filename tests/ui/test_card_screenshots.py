"""Screenshots of a full client card and each of its tabs at 1366x768, and of the New client
dialog warning about a duplicate. They go to a temporary folder; to refresh docs/card-*.png:

    DESKTOP_CRM_SCREENSHOTS_DIR=docs python -m pytest tests/ui/test_card_screenshots.py
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from card_fixtures import make_showcase, open_card, type_text, wait_for
from PySide6.QtCore import QEventLoop
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desktop_crm.db import Database
from desktop_crm.models import User
from desktop_crm.ui.card.record_text import feed_title
from desktop_crm.ui.clients.new_client_dialog import NewClientDialog


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
    """Distinct colours on a grid: a blank shot has one or two."""
    return len(
        {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    )


def test_card_and_tab_screenshots(
    qtbot: QtBot, sqlite_database: Database, shots: Path, tmp_path: Path
) -> None:
    from desktop_crm.services.access import current_user

    with sqlite_database.transaction() as session:
        admin: User = current_user(session, "admin")
    person_id, company_id = make_showcase(sqlite_database, admin)
    card = open_card(qtbot, sqlite_database, "admin", person_id)
    titles = [feed_title(e) for e in card.feed_tab.entries()]
    assert {"Note", "Card created"} <= set(titles)
    assert any(t.startswith("Incoming call") for t in titles)
    assert any(t.startswith("Outgoing email") for t in titles)
    assert any(t.startswith("Task:") for t in titles)

    images = {"card-feed": shoot(card, shots / "card-feed.png")}
    for name, tab in (
        ("card-files", card.files_tab),
        ("card-deals", card.deals_tab),
        ("card-history", card.history_tab),
    ):
        card.tabs.setCurrentWidget(tab)
        images[name] = shoot(card, shots / f"{name}.png")
    assert len(card.files_tab.file_names()) == 3
    assert len(card.deals_tab.topics()) == 2

    card.tabs.setCurrentWidget(card.feed_tab)
    row = card.fields.phones.add_row()
    type_text(qtbot, row.edit, "12-34")
    images["card-invalid"] = shoot(card, shots / "card-invalid.png")
    assert not card.save_button.isEnabled()

    company = open_card(qtbot, sqlite_database, "admin", company_id)
    company.tabs.setCurrentWidget(company.people_tab)
    assert len(company.people_tab.people()) == 3
    images["card-company"] = shoot(company, shots / "card-company.png")

    dialog = NewClientDialog(sqlite_database, "admin")
    qtbot.addWidget(dialog)
    dialog.resize(560, 380)
    dialog.show()
    type_text(qtbot, dialog.full_name, "Фронкин Игорь")
    qtbot.keyClicks(dialog.phone, "8 777 785 99 54")
    wait_for(qtbot, lambda: dialog.duplicates)
    images["card-new-client"] = shoot(dialog, shots / "card-new-client.png")

    for name, image in images.items():
        assert colours(image) > 20, name
        assert (shots / f"{name}.png").stat().st_size > 10_000
