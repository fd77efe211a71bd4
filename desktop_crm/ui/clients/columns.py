"""Which columns the client list shows, in what order and how wide, kept per user (CLI-10).

The user drags headers to reorder, drags their edges to resize and picks columns in a menu (the
header's context menu or the Columns button). `ColumnLayout` keeps that in QSettings under the
user's login, by column key, so a custom field added later does not shift anybody's columns.
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHeaderView, QMenu, QWidget

from desktop_crm.services.client_rows import ListColumn
from desktop_crm.ui.settings import app_settings, user_key
from desktop_crm.ui.words import column_label

ALWAYS_SHOWN = "name"  # a row without a name would be a row of nothing


class ColumnLayout(QObject):
    """Applies and remembers the header's layout. Signals: `changed()` after any change."""

    changed = Signal()

    def __init__(self, header: QHeaderView, login: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.header = header
        self.key = user_key(login, "client_list/layout")
        self.settings = app_settings()  # one store: making one reads the file from disk
        self._data: dict[str, Any] | None = None
        self.columns: list[ListColumn] = []
        self._applying = False
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(300)
        self._save_timer.timeout.connect(self.save)
        header.sectionMoved.connect(self._touched)
        header.sectionResized.connect(self._touched)

    # -- state ----------------------------------------------------------------------------
    def stored(self) -> dict[str, Any]:
        if self._data is None:
            raw = self.settings.value(self.key, "")
            try:
                data = json.loads(raw) if isinstance(raw, str) and raw else {}
            except ValueError:
                data = {}
            self._data = data if isinstance(data, dict) else {}
        return dict(self._data)

    def store(self, **values: Any) -> None:
        """Keep other list preferences (sort, page size) next to the columns."""
        data = self.stored()
        if all(data.get(k) == v for k, v in values.items()):
            return
        data.update(values)
        self._data = data
        self.settings.setValue(self.key, json.dumps(data))

    def visible_keys(self) -> list[str]:
        """Shown columns in the order the user sees them."""
        keys = [c.key for c in self.columns]
        ordered = sorted(range(len(keys)), key=self.header.visualIndex)
        return [keys[i] for i in ordered if not self.header.isSectionHidden(i)]

    def apply(self, columns: list[ListColumn]) -> None:
        """Lay the header out for `columns` (the model's, in logical order)."""
        self.columns = list(columns)
        data = self.stored()
        keys = [c.key for c in columns]
        order = [k for k in data.get("order", []) if k in keys]
        hidden = set(data.get("hidden", []))
        if not order:  # first start: the defaults
            order = [c.key for c in columns if c.shown_by_default]
            hidden = {c.key for c in columns if not c.shown_by_default}
        else:  # columns that are new since: at the end, hidden
            hidden |= {k for k in keys if k not in order and k not in hidden}
        order += [k for k in keys if k not in order]
        widths = data.get("widths", {})
        self._applying = True
        try:
            for visual, key in enumerate(order):
                logical = keys.index(key)
                current = self.header.visualIndex(logical)
                if current != visual:
                    self.header.moveSection(current, visual)
            for logical, column in enumerate(columns):
                self.header.setSectionHidden(
                    logical, column.key in hidden and column.key != ALWAYS_SHOWN
                )
                width = widths.get(column.key, column.width)
                self.header.resizeSection(logical, max(40, int(width)))
        finally:
            self._applying = False

    def set_visible(self, key: str, visible: bool) -> None:
        if key == ALWAYS_SHOWN and not visible:
            return
        keys = [c.key for c in self.columns]
        self.header.setSectionHidden(keys.index(key), not visible)
        self.save()

    def _touched(self, *_args: object) -> None:
        if not self._applying:
            self._save_timer.start()

    def save(self) -> None:
        self._save_timer.stop()
        if not self.columns:
            return
        keys = [c.key for c in self.columns]
        ordered = sorted(range(len(keys)), key=self.header.visualIndex)
        self.store(
            order=[keys[i] for i in ordered],
            hidden=[keys[i] for i in range(len(keys)) if self.header.isSectionHidden(i)],
            widths={
                keys[i]: self.header.sectionSize(i)
                for i in range(len(keys))
                if not self.header.isSectionHidden(i)
            }
            | {
                k: w
                for k, w in self.stored().get("widths", {}).items()
                if k in keys and self.header.isSectionHidden(keys.index(k))
            },
        )
        self.settings.sync()
        self.changed.emit()

    # -- the chooser ----------------------------------------------------------------------
    def menu(self, parent: QWidget) -> QMenu:
        """A menu with a check box per column."""
        menu = QMenu(QCoreApplication.translate("ClientListWidget", "Columns"), parent)
        menu.setObjectName("columnChooser")
        keys = [c.key for c in self.columns]
        for column in sorted(
            self.columns, key=lambda c: self.header.visualIndex(keys.index(c.key))
        ):
            action = QAction(column_label(column), menu)
            action.setCheckable(True)
            action.setChecked(not self.header.isSectionHidden(keys.index(column.key)))
            action.setEnabled(column.key != ALWAYS_SHOWN)
            action.setData(column.key)
            action.toggled.connect(lambda on, key=column.key: self.set_visible(key, on))
            menu.addAction(action)
        return menu
