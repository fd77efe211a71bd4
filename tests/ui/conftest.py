"""Fixtures for the window's tests: real widgets on a real database, offscreen.

`answer_modals` answers the modal dialogs the code under test opens (a confirmation, an input
dialog, an error box): a timer finds the active modal widget while its `exec()` runs and hands
it to a function of the test, which presses a button or fills a field.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QInputDialog,
    QMessageBox,
    QWidget,
)

from desktop_crm.db import Database
from desktop_crm.models import User
from desktop_crm.services.users import add_user
from desktop_crm.ui.app import install_translations
from desktop_crm.ui.main_thread_gc import collect_on_main_thread

Answer = Callable[[QWidget], None]


@dataclass
class ModalLog:
    """The dialogs that were answered, with their texts."""

    widgets: list[QWidget] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n".join(self.texts)


def dialog_text(widget: QWidget) -> str:
    if isinstance(widget, QMessageBox):
        return widget.text()
    if isinstance(widget, QInputDialog):
        return widget.labelText()
    return widget.windowTitle()


@contextmanager
def answer_modals(*answers: Answer, timeout_ms: int = 10_000) -> Iterator[ModalLog]:
    """Answer the next modal dialogs in turn with `answers` (each gets the dialog)."""
    log = ModalLog()
    pending = list(answers)
    timer = QTimer()
    timer.setInterval(20)

    def poll() -> None:
        widget = QApplication.activeModalWidget()
        if widget is None or widget in log.widgets or not pending:
            return
        log.widgets.append(widget)
        log.texts.append(dialog_text(widget))
        pending.pop(0)(widget)

    timer.timeout.connect(poll)
    timer.start()
    QTimer.singleShot(timeout_ms, timer.stop)
    try:
        yield log
    finally:
        timer.stop()
    assert not pending, f"{len(pending)} dialog(s) expected but never shown; saw {log.texts}"


def click(name_or_role: str | QMessageBox.StandardButton) -> Answer:
    """Press a message box button by object name or standard button."""

    def answer(widget: QWidget) -> None:
        assert isinstance(widget, QMessageBox), widget
        if isinstance(name_or_role, str):
            button = widget.findChild(QAbstractButton, name_or_role)
        else:
            button = widget.button(name_or_role)
        assert button is not None, f"no button {name_or_role!r} in {widget.text()!r}"
        button.click()

    return answer


def close() -> Answer:
    def answer(widget: QWidget) -> None:
        assert isinstance(widget, QDialog), widget
        widget.reject()

    return answer


def choose(value: str | int) -> Answer:
    """Fill an input dialog (an item, a text or a number) and press OK."""

    def answer(widget: QWidget) -> None:
        assert isinstance(widget, QInputDialog), widget
        if isinstance(value, int):
            widget.setIntValue(value)
        else:
            widget.setTextValue(value)
        widget.accept()

    return answer


@pytest.fixture(scope="session", autouse=True)
def _english(qapp: QApplication) -> Iterator[None]:
    """The English plural forms ("1 client", "2 clients"), as the application loads them."""
    translators = install_translations(qapp, "en")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


@pytest.fixture(autouse=True)
def _collect_on_main_thread(qapp: QApplication) -> Iterator[None]:
    """Garbage collection on the main thread, as the application has it; the automatic
    collector is back for the tests without a window."""
    collect_on_main_thread(qapp)
    yield
    gc.enable()


@pytest.fixture
def manager(database: Database, admin: User) -> User:
    """A second user with the manager role (no import, no delete)."""
    with database.transaction() as session:
        return add_user(session, session.merge(admin), "maria", "Maria Manager", "manager")


@pytest.fixture
def sample_clients(add_client: Callable[..., int]) -> dict[str, int]:
    """A few clients with every kind of searchable value."""
    company = add_client("ООО Ромашка", ["+7 495 123-45-67"], kind="company")
    return {
        "company": company,
        "ivanov": add_client(
            "Иванов Пётр Сергеевич",
            ["8 (912) 345-67-89"],
            ["p.ivanov@mail.ru"],
            company_id=company,
            tags=["VIP"],
        ),
        "ivanova": add_client("Иванова Анна", ["+7 916 000-11-22"], ["anna@example.com"]),
        "kowalski": add_client(
            "Kowalski Jan", ["+48 601 234 567"], ["jan@wp.pl"], stage="lead", tags=["Opt"]
        ),
        "smith": add_client("John Smith", [], ["john@smith.co.uk"], stage="lead"),
    }
