"""Helpers of the import wizard and history tests (no tests here): a wizard on screen
(offscreen), moving through its pages with its own buttons, files made in tmp_path, and plain
queries of the base afterwards."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from desktop_crm.db import Database
from desktop_crm.models import Client, ContactPoint, ImportJob
from desktop_crm.ui.importing.wizard import MAPPING, PREVIEW, RESULTS, RUN, SETTINGS, ImportWizard

WAIT_MS = 30_000


def make_wizard(qtbot: QtBot, database: Database, login: str = "admin") -> ImportWizard:
    wizard = ImportWizard(database, login)
    qtbot.addWidget(wizard)
    wizard.resize(1000, 700)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def choose_file(qtbot: QtBot, wizard: ImportWizard, path: Path) -> None:
    """Browse… answered with `path`, then wait until the file is read."""
    page = wizard.source_page
    wizard.dialogs.open_path = lambda *_args: str(path)
    qtbot.mouseClick(page.browse_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.loading, timeout=WAIT_MS)


def forward_button(wizard: ImportWizard) -> Any:
    """The visible Next or Commit ("Import") button."""
    for which in (QWizard.WizardButton.NextButton, QWizard.WizardButton.CommitButton):
        button = wizard.button(which)
        if button.isVisible():
            return button
    raise AssertionError("neither Next nor Import is shown")


def forward(qtbot: QtBot, wizard: ImportWizard, expected: int | None = None) -> None:
    """Press Next (or Import) like a user; it must be enabled."""
    before = wizard.currentId()
    button = forward_button(wizard)
    assert button.isEnabled(), f"Next is disabled on page {before}"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    if expected is not None:
        qtbot.waitUntil(lambda: wizard.currentId() == expected, timeout=WAIT_MS)


def wait_checked(qtbot: QtBot, wizard: ImportWizard) -> None:
    qtbot.waitUntil(wizard.preview_page.isComplete, timeout=WAIT_MS * 4)


def to_preview(qtbot: QtBot, wizard: ImportWizard) -> None:
    """From the current page on to the checked preview, accepting what is suggested."""
    for page in (SETTINGS, MAPPING, PREVIEW):
        if wizard.currentId() < page:
            forward(qtbot, wizard, page)
    wait_checked(qtbot, wizard)


def through_to_results(qtbot: QtBot, wizard: ImportWizard) -> None:
    """From the source page (file read) to the results, accepting what is suggested."""
    to_preview(qtbot, wizard)
    forward(qtbot, wizard, RUN)
    qtbot.waitUntil(lambda: wizard.currentId() == RESULTS, timeout=WAIT_MS * 4)


def click_option(qtbot: QtBot, button: Any) -> None:
    """Click a radio button or check box on its indicator (a layout may make it wider than its
    text, and a click beyond the text does nothing)."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))


def count(database: Database, model: Any = Client) -> int:
    with database.session() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def phones_of(database: Database) -> dict[str, list[str]]:
    """{full name: [E.164 phones, primary first]}."""
    out: dict[str, list[str]] = {}
    with database.session() as session:
        for name, number in session.execute(
            select(Client.full_name, ContactPoint.normalized)
            .join(ContactPoint, ContactPoint.client_id == Client.id)
            .where(ContactPoint.kind == "phone")
            .order_by(Client.id, ContactPoint.is_primary.desc(), ContactPoint.position)
        ):
            out.setdefault(name, []).append(number)
    return out


def jobs(database: Database) -> list[tuple[str, str, int, int]]:
    """(name, status, created, failed) of every import job."""
    with database.session() as session:
        return [
            (j.name, j.status, j.created, j.failed)
            for j in session.scalars(select(ImportJob).order_by(ImportJob.id))
        ]
