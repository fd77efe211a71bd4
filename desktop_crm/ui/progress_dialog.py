"""The progress dialog an operation of `ui/workers.py` may ask for (Anki's practice: only work
that lasts gets one, so quick work never flashes a window)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget

DIALOG_DELAY_MS = 500


@dataclass(frozen=True)
class ProgressDialog:
    """Asks for a progress dialog, shown if the work lasts longer than `delay_ms`. Empty
    texts read "Working" and "Please wait…"; `cancellable` gives it a Cancel button."""

    title: str = ""
    label: str = ""
    cancellable: bool = True
    delay_ms: int = DIALOG_DELAY_MS


class Watched(Protocol):
    """What the dialog needs of the work it shows: an `Operation` of ui/workers.py, which
    imports this module, so it is named here by what it does."""

    @property
    def running(self) -> bool: ...

    def parent_widget(self) -> QWidget | None: ...

    def parent_gone(self) -> bool: ...

    def cancel(self) -> None: ...


class DelayedProgressDialog(QObject):
    """The progress dialog an operation asked for: shown once the work lasted its delay,
    closed when the work ends. The operation owns it (`parent`) and feeds it `show_progress`."""

    def __init__(self, operation: Watched, spec: ProgressDialog, parent: QObject) -> None:
        super().__init__(parent)
        self._operation = operation
        self._spec = spec
        self._last = (0, -1)
        self.widget: QProgressDialog | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._show)
        self._timer.start(spec.delay_ms)

    def _show(self) -> None:
        operation, spec = self._operation, self._spec
        if not operation.running or operation.parent_gone():
            return
        dialog = QProgressDialog(
            spec.label or QCoreApplication.translate("Workers", "Please wait…"),
            QCoreApplication.translate("Workers", "Cancel"),
            0,
            0,
            operation.parent_widget(),
        )
        dialog.setObjectName("operationProgress")
        dialog.setWindowTitle(spec.title or QCoreApplication.translate("Workers", "Working"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        if not spec.cancellable:
            dialog.setCancelButton(None)
        dialog.canceled.connect(operation.cancel)
        self.widget = dialog
        self.show_progress(*self._last)
        dialog.show()

    def show_progress(self, done: int, total: int) -> None:
        self._last = (done, total)
        dialog = self.widget
        if dialog is None or not shiboken6.isValid(dialog):
            return
        if total < 0:
            dialog.setRange(0, 0)  # busy indicator
        else:
            dialog.setRange(0, max(total, 1))
            dialog.setValue(min(done, max(total, 1)))

    def cancelling(self) -> None:
        if self.widget is not None and shiboken6.isValid(self.widget):
            self.widget.setLabelText(QCoreApplication.translate("Workers", "Cancelling…"))

    def close(self) -> None:
        self._timer.stop()
        if self.widget is not None:
            if shiboken6.isValid(self.widget):
                self.widget.close()
                self.widget.deleteLater()
            self.widget = None
