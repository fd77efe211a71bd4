"""A one-sentence bar for a form: an error that stays until the next one (or a click), or a
notice ("Saved.") that goes away by itself.

In a layout it pushes what is below it down as it comes and goes. `float_over(target)` lays it
over the bottom of `target` instead, outside any layout, so nothing under the mouse moves when a
card says "Saved." (issue 15)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QTimer
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QLabel, QWidget

from desktop_crm.ui.widgets.style import MESSAGE_STYLES

NOTICE_MS = 4000  # how long a notice stays
FLOAT_MARGIN = 12
FLOAT_MAX_WIDTH = 720
FLOAT_BORDER = "border: 1px solid rgba(0, 0, 0, 60);"


class MessageBar(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.hide()
        self._target: QWidget | None = None
        self._notice_timer = QTimer(self)
        self._notice_timer.setSingleShot(True)
        self._notice_timer.timeout.connect(self._hide_notice)

    def float_over(self, target: QWidget) -> None:
        """Float over the bottom of `target` (a descendant of this bar's parent), not in a
        layout: coming and going moves no other widget."""
        self._target = target
        target.installEventFilter(self)
        self._place()

    def show_text(self, text: str, *, info: bool = False) -> None:
        """An error (stays), or with `info` a notice (goes after `NOTICE_MS`)."""
        tone = "info" if info else "error"
        self.setProperty("tone", tone)
        self.setStyleSheet(MESSAGE_STYLES[tone] + (FLOAT_BORDER if self._target else ""))
        self.setText(text)
        self.setToolTip(self.tr("Click to close") if self._target else "")
        self._place()
        self.show()
        self.raise_()
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

    # -- floating ---------------------------------------------------------------------------
    def _place(self) -> None:
        target, parent = self._target, self.parentWidget()
        if target is None or parent is None:
            return
        area = QRect(target.mapTo(parent, QPoint(0, 0)), target.size())
        width = max(120, min(FLOAT_MAX_WIDTH, area.width() - 2 * FLOAT_MARGIN))
        height = max(self.heightForWidth(width), self.sizeHint().height())
        x = area.left() + (area.width() - width) // 2
        y = area.bottom() - height - FLOAT_MARGIN
        self.setGeometry(x, y, width, height)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._target and event.type() in (QEvent.Type.Resize, QEvent.Type.Move):
            self._place()
        return False

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self._target is not None:  # floating over something: a click puts it away
            self.hide()
        super().mousePressEvent(event)
