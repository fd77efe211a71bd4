"""Settings › Queues: clients put in a queue are seen only by its members. Add, rename and
delete queues; tick the users who belong to the chosen one."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.db import Database
from desktop_crm.services.queues import (
    QueueInfo,
    add_queue,
    delete_queue,
    list_queues,
    rename_queue,
    set_member,
)
from desktop_crm.services.users import list_users
from desktop_crm.ui.settings_menu.page import SettingsPage

LOGIN_ROLE = Qt.ItemDataRole.UserRole + 1


class QueuesPage(SettingsPage):
    def __init__(
        self, database: Database, login: str, changed: Callable[[], None], parent: QWidget | None
    ) -> None:
        super().__init__(database, login, changed, parent)
        self.setObjectName("queuesPage")
        self.header(
            self.tr("Queues"),
            self.tr(
                "Clients put in a queue are seen only by its members. Choose a queue, then "
                "tick who belongs to it."
            ),
        )
        self.queues: list[QueueInfo] = []
        self.queue_list = QListWidget(self)
        self.queue_list.setObjectName("queueList")
        self.member_list = QListWidget(self)
        self.member_list.setObjectName("memberList")
        self.members_label = QLabel(self.tr("Members:"), self)
        lists = QHBoxLayout()
        left, right = QVBoxLayout(), QVBoxLayout()
        left.addWidget(QLabel(self.tr("Queues:"), self))
        left.addWidget(self.queue_list, 1)
        right.addWidget(self.members_label)
        right.addWidget(self.member_list, 1)
        lists.addLayout(left, 1)
        lists.addLayout(right, 1)
        self.layout_.addLayout(lists, 1)
        self.button("addQueueButton", self.tr("Add queue…"), self.add)
        self.rename_button = self.button("renameQueueButton", self.tr("Rename…"), self.rename)
        self.delete_button = self.button("deleteQueueButton", self.tr("Delete…"), self.delete)
        self.finish_buttons()
        self.queue_list.currentRowChanged.connect(self._show_members)
        self.member_list.itemChanged.connect(self._member_ticked)
        self.reload()

    def reload(self) -> None:
        current = self.current_queue()
        self.queues = self.read(list_queues)
        self.users = self.read(lambda s: [(u.login, u.full_name) for u in list_users(s)])
        self.queue_list.blockSignals(True)
        self.queue_list.clear()
        for queue in self.queues:
            text = self.tr("{0} (%n client(s))", "", queue.clients).format(queue.name)
            self.queue_list.addItem(text)
        names = [q.name for q in self.queues]
        keep = current is not None and current.name in names
        self.queue_list.setCurrentRow(names.index(current.name) if keep and current else 0)
        self.queue_list.blockSignals(False)
        self._show_members()

    def current_queue(self) -> QueueInfo | None:
        row = self.queue_list.currentRow()
        return self.queues[row] if 0 <= row < len(self.queues) else None

    def _show_members(self, *_args: object) -> None:
        queue = self.current_queue()
        self.rename_button.setEnabled(queue is not None)
        self.delete_button.setEnabled(queue is not None)
        self.member_list.setEnabled(queue is not None)
        self.member_list.blockSignals(True)
        self.member_list.clear()
        for login, name in self.users if queue is not None else []:
            item = QListWidgetItem(f"{name} ({login})")
            item.setData(LOGIN_ROLE, login)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            ticked = queue is not None and login in queue.members
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            self.member_list.addItem(item)
        self.member_list.blockSignals(False)

    def _member_ticked(self, item: QListWidgetItem) -> None:
        queue = self.current_queue()
        if queue is None:
            return
        login = str(item.data(LOGIN_ROLE))
        member = item.checkState() == Qt.CheckState.Checked
        self.apply(lambda s, actor: set_member(s, actor, queue.name, login, member))

    def add(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Add queue"), self.tr("Name of the queue:"))
        if ok:
            self.apply(lambda s, actor: add_queue(s, actor, name))
            self._select(name)

    def rename(self) -> None:
        queue = self.current_queue()
        if queue is None:
            return
        name, ok = QInputDialog.getText(
            self, self.tr("Rename queue"), self.tr("New name:"), text=queue.name
        )
        if ok:
            self.apply(lambda s, actor: rename_queue(s, actor, queue.name, name))
            self._select(name)

    def delete(self) -> None:
        queue = self.current_queue()
        if queue is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete queue"),
            self.tr(
                "Delete the queue “{0}”? Its %n client(s) stay and are seen by everybody.",
                "",
                queue.clients,
            ).format(queue.name),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.apply(lambda s, actor: delete_queue(s, actor, queue.name))

    def _select(self, name: str) -> None:
        wanted = " ".join(name.split()).casefold()
        for row, queue in enumerate(self.queues):
            if queue.name.casefold() == wanted:
                self.queue_list.setCurrentRow(row)
