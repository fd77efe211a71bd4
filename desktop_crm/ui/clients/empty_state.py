"""A page that explains why a list is empty and offers the next step (CLI list, issue 4 item 5)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

TEXT_WIDTH = 520


class EmptyState(QWidget):
    """A title, a sentence and buttons, centred."""

    def __init__(self, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(title)
        self.title.setObjectName("emptyTitle")
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setWordWrap(True)
        self.text = QLabel()
        self.text.setObjectName("emptyText")
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text.setWordWrap(True)
        self.text.setFixedWidth(TEXT_WIDTH)
        self.set_text(text)
        self._buttons = QHBoxLayout()
        self._buttons.addStretch(1)
        column = QVBoxLayout()
        column.addStretch(2)
        column.addWidget(self.title)
        column.addSpacing(8)
        column.addWidget(self.text, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addSpacing(16)
        column.addLayout(self._buttons)
        column.addStretch(3)
        layout = QHBoxLayout(self)
        layout.addLayout(column, 1)

    def set_text(self, text: str) -> None:
        """The sentence under the title; the label grows to as many lines as it needs (nested
        layouts do not ask a wrapped label for its height)."""
        self.text.setText(text)
        self.text.setMinimumHeight(max(0, self.text.heightForWidth(TEXT_WIDTH)))

    def add_button(self, text: str, name: str, *, default: bool = False) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setMinimumHeight(36)
        button.setMinimumWidth(160)
        if default:
            button.setDefault(True)
        self._buttons.insertWidget(self._buttons.count(), button)
        return button

    def finish(self) -> None:
        """Close the row of buttons (call after the last `add_button`)."""
        self._buttons.addStretch(1)
