"""Task lists and tasks as tabs of the main window, next to the cards: one tab per list or
task, brought forward when asked for again, removed when its close button is pressed."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import TypeVar, cast

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QTabWidget, QWidget

W = TypeVar("W", bound="TabPage")


class TabPage(QWidget):
    """A page that leaves its tab when closed. Signals: `closed()`, `titleChanged(str)`."""

    closed = Signal()
    titleChanged = Signal(str)

    def closeEvent(self, event: QCloseEvent) -> None:
        event.accept()
        self.closed.emit()


def tab_text(title: str) -> str:
    return title.replace("&", "&&")  # "&" marks a mnemonic in a tab title


class TabKeeper:
    """The open pages of one tab widget, by key."""

    def __init__(self, tabs: QTabWidget) -> None:
        self.tabs = tabs
        self.pages: dict[Hashable, TabPage] = {}

    def open(self, key: Hashable, make: Callable[[], W], title: str) -> W:
        """The page of `key`, made by `make` and added if it is not open, brought forward."""
        page = self.pages.get(key)
        if page is None:
            made = make()
            self.pages[key] = made
            self.tabs.addTab(made, tab_text(title))
            made.titleChanged.connect(lambda text, p=made: self._retitle(p, text))
            made.closed.connect(lambda k=key: self._remove(k))
            self.tabs.setCurrentWidget(made)
            return made
        self.tabs.setCurrentWidget(page)
        return cast(W, page)  # the page `make` made for this key earlier

    def _retitle(self, page: TabPage, title: str) -> None:
        index = self.tabs.indexOf(page)
        if index >= 0:
            self.tabs.setTabText(index, tab_text(title))

    def _remove(self, key: Hashable) -> None:
        page = self.pages.pop(key, None)
        if page is not None:
            index = self.tabs.indexOf(page)
            if index >= 0:
                self.tabs.removeTab(index)
            page.deleteLater()
