"""Interactions > Import mail files… and Import a mail folder… end to end: an Outlook .msg
chosen in the file dialog goes in on a worker and a box says what came in; a folder with a
damaged .msg stores the rest and the box names the damaged one."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop_crm.db import Database
from desktop_crm.models import User
from desktop_crm.models.interactions import Interaction
from desktop_crm.ui.main_window import MainWindow
from tests.ui.conftest import Answer, answer_modals, click
from tests.ui.test_calls_import import open_file
from tests.ui.test_main_window import open_window

SAMPLES = Path(__file__).resolve().parent.parent / "mail_samples"


def subjects(database: Database) -> list[str | None]:
    with database.session() as session:
        return list(session.scalars(select(Interaction.subject).order_by(Interaction.id)))


def run_import(qtbot: QtBot, window: MainWindow, key: str, *answers: Answer) -> list[str]:
    with answer_modals(*answers) as log:
        window.actions[key].trigger()
        qtbot.waitUntil(lambda: len(log.texts) == len(answers), timeout=15_000)
    return log.texts


def test_an_outlook_message_goes_in_from_the_file_dialog(
    qtbot: QtBot, database: Database, admin: User
) -> None:
    window = open_window(qtbot, database)
    chosen = SAMPLES / "invoice_cyrillic.msg"
    texts = run_import(
        qtbot, window, "mail_import", open_file(chosen), click(QMessageBox.StandardButton.Ok)
    )
    assert texts[1] == (
        "Messages read: 1. Imported: 1, already there: 0, damaged or without a date: 0. "
        "Linked to cards: 0."
    )
    assert subjects(database) == ["Счёт №42 на поставку"]
    assert window.statusBar().currentMessage().startswith("Messages read: 1. Imported: 1")


def test_a_folder_with_a_damaged_message_names_it(
    qtbot: QtBot, database: Database, admin: User, tmp_path: Path
) -> None:
    window = open_window(qtbot, database)
    folder = tmp_path / "outlook"
    folder.mkdir()
    shutil.copy(SAMPLES / "tutanota_reply.msg", folder)
    damaged = folder / "damaged.msg"
    damaged.write_bytes((SAMPLES / "invoice_cyrillic.msg").read_bytes()[:4000])
    texts = run_import(
        qtbot,
        window,
        "mail_import_folder",
        open_file(folder),
        click(QMessageBox.StandardButton.Ok),
    )
    assert texts[1].splitlines() == [
        "Messages read: 2. Imported: 1, already there: 0, damaged or without a date: 1. "
        "Linked to cards: 0.",
        f"The Outlook message {damaged} is damaged and cannot be read: it was skipped.",
    ]
    assert subjects(database) == ["Re: test internal"]
