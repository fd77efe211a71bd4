"""Settings › Groups: the folder tree of clients. Add a group (under the chosen one, or at the
top), rename it, move it elsewhere in the tree, delete it when it holds nothing."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QInputDialog,
    QMessageBox,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from desktop_crm.db import Database
from desktop_crm.services.groups import (
    GroupNode,
    create_group,
    delete_empty_group,
    group_client_counts,
    group_tree,
    move_group,
    rename_group,
)
from desktop_crm.ui.settings_menu.page import SettingsPage

ID_ROLE = Qt.ItemDataRole.UserRole + 1
PATH_ROLE = Qt.ItemDataRole.UserRole + 2


class GroupsPage(SettingsPage):
    def __init__(
        self, database: Database, login: str, changed: Callable[[], None], parent: QWidget | None
    ) -> None:
        super().__init__(database, login, changed, parent)
        self.setObjectName("groupsPage")
        self.header(
            self.tr("Groups"),
            self.tr("A group may hold subgroups; a client belongs to one group at most."),
        )
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("groupTree")
        self.tree.setHeaderLabels([self.tr("Group"), self.tr("Clients")])
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setStretchLastSection(False)
        self.layout_.addWidget(self.tree, 1)
        self.button("addGroupButton", self.tr("Add group…"), lambda: self.add(inside=False))
        self.row_buttons = [
            self.button(
                "addSubgroupButton", self.tr("Add subgroup…"), lambda: self.add(inside=True)
            ),
            self.button("renameGroupButton", self.tr("Rename…"), self.rename),
            self.button("moveGroupButton", self.tr("Move to…"), self.move_group),
            self.button("deleteGroupButton", self.tr("Delete"), self.delete),
        ]
        self.finish_buttons()
        self.tree.itemSelectionChanged.connect(self._selection_changed)
        self.reload()

    def reload(self) -> None:
        current = self.current()
        nodes, counts = self.read(lambda s: (group_tree(s), group_client_counts(s)))
        self.paths: dict[int, str] = {}
        self.tree.clear()

        def add(parent: QTreeWidget | QTreeWidgetItem, node: GroupNode) -> None:
            item = QTreeWidgetItem(parent, [node.name, str(counts.get(node.id, 0))])
            item.setData(0, ID_ROLE, node.id)
            item.setData(0, PATH_ROLE, node.path)
            self.paths[node.id] = node.path
            for child in node.children:
                add(item, child)
            if current is not None and node.id == current[0]:
                self.tree.setCurrentItem(item)

        for node in nodes:
            add(self.tree, node)
        self.tree.expandAll()
        self.tree.resizeColumnToContents(1)
        self._selection_changed()

    def current(self) -> tuple[int, str] | None:
        items = self.tree.selectedItems()
        if not items:
            return None
        return int(items[0].data(0, ID_ROLE)), str(items[0].data(0, PATH_ROLE))

    def _selection_changed(self) -> None:
        for button in self.row_buttons:
            button.setEnabled(self.current() is not None)

    def add(self, *, inside: bool) -> None:
        current = self.current() if inside else None
        prompt = (
            self.tr("Name of the new group inside “{0}”:").format(current[1])
            if current
            else self.tr("Name of the new group:")
        )
        name, ok = QInputDialog.getText(self, self.tr("Add group"), prompt)
        if ok:
            parent_id = current[0] if current else None
            self.apply(lambda s, actor: create_group(s, actor, name, parent_id))

    def rename(self) -> None:
        current = self.current()
        if current is None:
            return
        old = current[1].rsplit("/", 1)[-1]
        name, ok = QInputDialog.getText(
            self, self.tr("Rename group"), self.tr("New name:"), text=old
        )
        if ok:
            self.apply(lambda s, actor: rename_group(s, actor, current[0], name))

    def move_group(self) -> None:
        current = self.current()
        if current is None:
            return
        top = self.tr("(top level)")
        own = current[1]
        targets = sorted(
            (p, i) for i, p in self.paths.items() if p != own and not p.startswith(own + "/")
        )
        choice, ok = QInputDialog.getItem(
            self,
            self.tr("Move group"),
            self.tr("Move “{0}” into:").format(own),
            [top, *(p for p, _ in targets)],
            0,
            False,
        )
        if ok:
            parent_id = dict(targets).get(choice)
            self.apply(lambda s, actor: move_group(s, actor, current[0], parent_id))

    def delete(self) -> None:
        current = self.current()
        if current is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Delete group"), self.tr("Delete the group “{0}”?").format(current[1])
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.apply(lambda s, actor: delete_empty_group(s, actor, current[0]))
