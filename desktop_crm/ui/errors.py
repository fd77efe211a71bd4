"""The two kinds of errors (STYLE.md, practice 8).

A `CrmError` was caused by the user's input or environment: it is shown as its sentence, in
the user's language (`ui.error_words`).
Anything else is a bug: a crash dialog shows what happened with details a user can copy into a
report. `install_excepthook` routes uncaught exceptions of the running window to that dialog.
"""

from __future__ import annotations

import platform
import sys
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_crm import __version__
from desktop_crm.connection_loss import is_connection_lost, lost_connection_error
from desktop_crm.errors import CrmError
from desktop_crm.ui.error_words import error_message


def show_error(parent: QWidget | None, error: CrmError, title: str | None = None) -> None:
    """A user-caused error: its sentence in a warning box."""
    QMessageBox.warning(
        parent,
        title or QCoreApplication.translate("Errors", "Cannot do that"),
        error_message(error),
    )


def crash_details(exc: BaseException) -> str:
    """The text a user copies into a bug report."""
    lines = traceback.format_exception(type(exc), exc, exc.__traceback__)
    header = (
        f"desktop-crm {__version__}, Python {platform.python_version()}, "
        f"PySide6 {pyside_version}, {platform.platform()}"
    )
    return header + "\n\n" + "".join(lines)


class CrashDialog(QDialog):
    """Says that something went wrong inside the application and offers the details."""

    def __init__(self, exc: BaseException, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("Errors", "Unexpected error"))
        self.setObjectName("crashDialog")
        self.details = crash_details(exc)
        summary = QLabel(
            QCoreApplication.translate(
                "Errors",
                "Something went wrong inside desktop-crm. This is a bug, not something you did. "
                "Your saved data is safe; the action that failed was not completed.\n\n"
                "Please copy the details below and send them to your administrator.",
            )
        )
        summary.setWordWrap(True)
        text = QPlainTextEdit(self.details)
        text.setReadOnly(True)
        text.setObjectName("crashDetails")
        text.setMinimumSize(560, 220)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = QPushButton(QCoreApplication.translate("Errors", "Copy details"))
        copy.setObjectName("copyDetails")
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(text)
        layout.addWidget(buttons)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details)


def show_crash(parent: QWidget | None, exc: BaseException) -> None:
    print(crash_details(exc), file=sys.stderr)
    CrashDialog(exc, parent).exec()


def show_exception(parent: QWidget | None, exc: BaseException) -> None:
    """Show any exception the right way: a sentence for a `CrmError` or a database server
    that cannot be reached, a crash dialog else."""
    exc = lost_connection_error(exc) or exc
    if isinstance(exc, CrmError):
        show_error(parent, exc)
    else:
        show_crash(parent, exc)


ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], None]


def install_excepthook() -> ExceptHook:
    """Show uncaught exceptions of the event loop; returns the previous hook."""
    previous = sys.excepthook
    showing = False

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        nonlocal showing
        if issubclass(kind, KeyboardInterrupt):
            QApplication.quit()
            return
        if is_connection_lost(exc):
            return  # a read on a timer or a scroll: the offline banner says so and retries
        if showing or QApplication.instance() is None:
            previous(kind, exc, tb)
            return
        showing = True  # an error inside the dialog must not open dialogs forever
        try:
            exc.__traceback__ = tb
            show_exception(QApplication.activeWindow(), exc)
        finally:
            showing = False

    sys.excepthook = hook
    return previous


__all__ = [
    "CrashDialog",
    "crash_details",
    "install_excepthook",
    "show_crash",
    "show_error",
    "show_exception",
]
