"""Settings › Tags: every tag with the number of clients carrying it. Rename a tag, merge it
into another ("vip" and "V.I.P." become one), delete it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QInputDialog,
    QMessageBox,
    QTableWidgetItem,
    QWidget,
)

from desktop_crm.db import Database
from desktop_crm.services.tags import delete_tag, merge_tags, rename_tag, tag_usage
from desktop_crm.ui.settings_menu.page import SettingsPage


class TagsPage(SettingsPage):
    def __init__(
        self, database: Database, login: str, changed: Callable[[], None], parent: QWidget | None
    ) -> None:
        super().__init__(database, login, changed, parent)
        self.setObjectName("tagsPage")
        self.header(
            self.tr("Tags"),
            self.tr("Tags are added to clients on their cards and in the list (Add tag…)."),
        )
        self.tags: list[tuple[str, int]] = []
        self.table = self.add_table("tagsTable", [self.tr("Tag"), self.tr("Clients")], 0)
        self.row_buttons = [
            self.button("renameTagButton", self.tr("Rename…"), self.rename),
            self.button("mergeTagButton", self.tr("Merge into…"), self.merge),
            self.button("deleteTagButton", self.tr("Delete…"), self.delete),
        ]
        self.finish_buttons()
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.reload()

    def reload(self) -> None:
        current = self.current()
        self.tags = self.read(lambda s: [(t.name, n) for t, n in tag_usage(s)])
        self.table.setRowCount(len(self.tags))
        for row, (name, count) in enumerate(self.tags):
            self.table.setItem(row, 0, QTableWidgetItem(name))
            self.table.setItem(row, 1, QTableWidgetItem(str(count)))
            if current and name == current[0]:
                self.table.selectRow(row)
        self._selection_changed()

    def current(self) -> tuple[str, int] | None:
        selected = self.table.selectionModel().selectedRows() if self.tags else []
        return self.tags[selected[0].row()] if selected else None

    def _selection_changed(self) -> None:
        for button in self.row_buttons:
            button.setEnabled(self.current() is not None)
        self.row_buttons[1].setEnabled(self.current() is not None and len(self.tags) > 1)

    def rename(self) -> None:
        tag = self.current()
        if tag is None:
            return
        name, ok = QInputDialog.getText(
            self, self.tr("Rename tag"), self.tr("New name:"), text=tag[0]
        )
        if ok:
            self.apply(lambda s, actor: rename_tag(s, actor, tag[0], name))

    def merge(self) -> None:
        tag = self.current()
        if tag is None:
            return
        others = [name for name, _ in self.tags if name != tag[0]]
        into, ok = QInputDialog.getItem(
            self,
            self.tr("Merge tags"),
            self.tr("Put “{0}” on its clients as:").format(tag[0]),
            others,
            0,
            False,
        )
        if ok and into:
            self.apply(lambda s, actor: merge_tags(s, actor, tag[0], into))

    def delete(self) -> None:
        tag = self.current()
        if tag is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete tag"),
            self.tr("Delete the tag “{0}”? It comes off %n client(s).", "", tag[1]).format(tag[0]),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.apply(lambda s, actor: delete_tag(s, actor, tag[0]))
