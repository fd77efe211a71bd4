"""The search box's keys (issue 15): Down moves to the first result, Enter opens it, so a
keyboard user types a name, presses Enter and is on the card."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit


class SearchKeys(QObject):
    """Watches `edit`: Down calls `first(False)`, Return or Enter calls `first(True)`."""

    def __init__(self, edit: QLineEdit, first: Callable[[bool], object]) -> None:
        super().__init__(edit)
        self.first = first
        edit.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        key = event.key()
        if key == Qt.Key.Key_Down:
            self.first(False)
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.first(True)
            return True
        return False
