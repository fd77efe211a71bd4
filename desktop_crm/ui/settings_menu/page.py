"""What every Settings page shares: the database and the user, a row of buttons under a list,
and one way to run a service call (in a transaction, as the acting user) and show its error."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from desktop_crm.db import Database
from desktop_crm.models import User
from desktop_crm.services.access import current_user
from desktop_crm.ui.errors import show_exception
from desktop_crm.ui.widgets.style import emphasised, muted

T = TypeVar("T")


class SettingsPage(QWidget):
    """A page of the Settings window. `reload()` reads what it shows again; `changed()` tells
    the window that clients' choices (tags, groups, users) may have changed."""

    def __init__(
        self, database: Database, login: str, changed: Callable[[], None], parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.login = login
        self._changed = changed
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(12, 8, 12, 8)
        self.buttons = QHBoxLayout()

    def header(self, title: str, hint: str) -> None:
        self.layout_.addWidget(emphasised(QLabel(title, self), point_delta=2))
        label = muted(QLabel(hint, self))
        label.setWordWrap(True)
        self.layout_.addWidget(label)

    def add_table(self, name: str, headers: list[str], stretch: int) -> QTableWidget:
        """The page's read-only list, one row chosen at a time; column `stretch` takes the
        width left over, the others fit their contents."""
        table = QTableWidget(0, len(headers), self)
        table.setObjectName(name)
        table.setHorizontalHeaderLabels(headers)
        table.verticalHeader().hide()
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        self.layout_.addWidget(table, 1)
        return table

    def button(self, name: str, text: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(lambda _checked=False: slot())
        self.buttons.addWidget(button)
        return button

    def finish_buttons(self) -> None:
        self.buttons.addStretch(1)
        self.layout_.addLayout(self.buttons)

    def read(self, op: Callable[[Session], T]) -> T:
        with self.database.session() as session:
            return op(session)

    def apply(self, op: Callable[[Session, User], T]) -> T | None:
        """Run `op(session, acting user)` in one transaction; a refusal is shown, not raised.
        Returns None when it failed; the page reads itself again either way."""
        try:
            with self.database.transaction() as session:
                result = op(session, current_user(session, self.login))
        except Exception as exc:  # a CrmError gets its sentence, a bug the crash dialog
            show_exception(self, exc)
            self.reload()
            return None
        self.reload()
        self._changed()
        return result

    def reload(self) -> None:
        raise NotImplementedError
