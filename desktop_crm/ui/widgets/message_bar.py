"""A one-sentence bar above a form: an error that stays until the next one, or a notice
("Saved.") that goes away by itself."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QWidget

from desktop_crm.ui.widgets.style import MESSAGE_STYLES

NOTICE_MS = 4000  # how long a notice stays


class MessageBar(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.hide()
        self._notice_timer = QTimer(self)
        self._notice_timer.setSingleShot(True)
        self._notice_timer.timeout.connect(self._hide_notice)

    def show_text(self, text: str, *, info: bool = False) -> None:
        """An error (stays), or with `info` a notice (goes after `NOTICE_MS`)."""
        tone = "info" if info else "error"
        self.setProperty("tone", tone)
        self.setStyleSheet(MESSAGE_STYLES[tone])
        self.setText(text)
        self.show()
        if info:
            self._notice_timer.start(NOTICE_MS)
        else:
            self._notice_timer.stop()

    def shown_text(self) -> str:
        """The sentence shown now; empty when the bar is hidden."""
        return self.text() if self.isVisible() else ""

    def _hide_notice(self) -> None:
        if self.property("tone") == "info":
            self.hide()
