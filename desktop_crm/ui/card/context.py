"""What every part of a client card shares: the database, the acting user, the client, and the
questions the card asks the user (confirmations, file dialogs, the system file viewer).

The questions are plain callables on a `Prompts` object. The defaults show Qt dialogs; a test
replaces them with answers (`card.prompts.confirm = lambda title, text: True`), so the real
widgets run against a real database with no dialog left waiting.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QAbstractButton, QFileDialog, QInputDialog, QMessageBox, QWidget
from sqlalchemy.orm import Session

from desktop_crm.db import Database
from desktop_crm.errors import CrmError
from desktop_crm.models import User
from desktop_crm.services.access import current_user
from desktop_crm.services.base_settings import region_or_default
from desktop_crm.ui.error_words import error_message

T = TypeVar("T")


class Prompts:
    """The card's questions to the user. Each attribute is a callable that may be replaced:

    - `ask(title, text, choices) -> key`: choices are (key, button label), the first is the
      default; the key of the pressed button ("cancel" when the window is closed).
    - `confirm(title, text) -> bool`
    - `error(title, text)`: tell the user what went wrong, in a sentence.
    - `ask_text(title, label, text) -> str | None`: None when cancelled.
    - `choose_files(title) -> list[str]`, `choose_save_path(title, suggested) -> str | None`
    - `open_file(path) -> bool`: open a file with the system viewer.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        self.parent = parent
        self.ask: Callable[[str, str, Sequence[tuple[str, str]]], str] = self._ask
        self.confirm: Callable[[str, str], bool] = self._confirm
        self.error: Callable[[str, str], None] = self._error
        self.ask_text: Callable[[str, str, str], str | None] = self._ask_text
        self.choose_files: Callable[[str], list[str]] = self._choose_files
        self.choose_save_path: Callable[[str, str], str | None] = self._choose_save_path
        self.open_file: Callable[[Path], bool] = open_with_system_viewer

    def _ask(self, title: str, text: str, choices: Sequence[tuple[str, str]]) -> str:
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=self.parent)
        buttons: dict[QAbstractButton, str] = {}
        for index, (key, label) in enumerate(choices):
            role = (
                QMessageBox.ButtonRole.RejectRole
                if key == "cancel"
                else QMessageBox.ButtonRole.AcceptRole
                if index == 0
                else QMessageBox.ButtonRole.DestructiveRole
            )
            button = box.addButton(label, role)
            buttons[button] = key
            if index == 0:
                box.setDefaultButton(button)
        box.exec()
        return buttons.get(box.clickedButton(), "cancel")

    def _confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(
            self.parent,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _error(self, title: str, text: str) -> None:
        QMessageBox.warning(self.parent, title, text)

    def _ask_text(self, title: str, label: str, text: str) -> str | None:
        value, ok = QInputDialog.getText(self.parent, title, label, text=text)
        return value if ok else None

    def _choose_files(self, title: str) -> list[str]:
        files, _ = QFileDialog.getOpenFileNames(self.parent, title)
        return list(files)

    def _choose_save_path(self, title: str, suggested: str) -> str | None:
        path, _ = QFileDialog.getSaveFileName(self.parent, title, suggested)
        return path or None


def open_with_system_viewer(path: Path) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


@dataclass
class CardContext:
    """The database, the acting user's login, the client and the prompts of one open card."""

    database: Database
    user_login: str
    client_id: int
    prompts: Prompts
    region: str = "RU"

    @classmethod
    def create(
        cls, database: Database, user_login: str, client_id: int, parent: QWidget | None
    ) -> CardContext:
        with database.session() as session:
            region = region_or_default(session)  # the base's phone country
        return cls(database, user_login, client_id, Prompts(parent), region)

    def read(self, work: Callable[[Session], T]) -> T:
        """Run `work` in a short read-only session."""
        with self.database.session() as session:
            return work(session)

    def read_as(self, work: Callable[[Session, User], T]) -> T:
        """Run `work` in a short read-only session, as the acting user (whom it checks)."""
        with self.database.session() as session:
            return work(session, current_user(session, self.user_login))

    def write(self, work: Callable[[Session, User], T]) -> T:
        """Run `work` as one unit of work of the acting user; committed when it returns."""
        with self.database.transaction() as session:
            return work(session, current_user(session, self.user_login))

    def attempt(self, title: str, work: Callable[[Session, User], T]) -> tuple[bool, T | None]:
        """`write`, telling the user in a sentence when it is refused (a `CrmError`)."""
        try:
            return True, self.write(work)
        except CrmError as exc:
            self.prompts.error(title, error_message(exc))
            return False, None
