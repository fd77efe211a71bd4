"""The bar across the top of the window while the database server does not answer: what is
happening, when the last try was, and a button to try at once."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

BANNER_STYLE = (
    "#offlineBanner { background: #fff4e0; border-bottom: 1px solid #e0b266; }"
    "#offlineBanner QLabel { color: #7a4a00; }"
)


class OfflineBanner(QFrame):
    """Hidden until `went_offline()`; `retryRequested()` when the user wants a try now."""

    retryRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("offlineBanner")
        self.setStyleSheet(BANNER_STYLE)
        self.message = QLabel(self.tr("The server is unreachable. Retrying…"), self)
        self.message.setObjectName("offlineMessage")
        font = self.message.font()
        font.setBold(True)
        self.message.setFont(font)
        self.last_try = QLabel(self)
        self.last_try.setObjectName("offlineLastTry")
        self.retry_button = QPushButton(self.tr("Retry now"), self)
        self.retry_button.setObjectName("offlineRetry")
        self.retry_button.clicked.connect(self.retryRequested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.addWidget(self.message)
        layout.addSpacing(12)
        layout.addWidget(self.last_try, 1)
        layout.addWidget(self.retry_button)
        self.hide()

    def went_offline(self) -> None:
        self.show()

    def tried(self, when: datetime | None) -> None:
        """The time of the last try, in the user's clock."""
        if when is not None:
            self.last_try.setText(self.tr("Last try at {0}").format(when.strftime("%H:%M:%S")))

    def back_online(self) -> None:
        self.hide()
        self.last_try.clear()


__all__ = ["OfflineBanner"]
