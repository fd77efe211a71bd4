"""Bulk actions on the selected clients of the list (CLI-9, CLI-4, CLI-11, CTL-8): assign the
responsible manager, add or remove a tag, delete, merge. Each asks what it needs, checks the
role (the service checks it again) and runs the service on the background helper.

`BulkActions` is a helper object of the client list (its own class, so that `self.tr` finds
its plural forms: PySide looks a base class's strings up in the subclass's context and misses
them). It knows nothing of the list: it asks `selected_ids()` which clients to act on and
emits `finished(message)` when an action changed the base; the list reacts.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QInputDialog, QMessageBox, QWidget
from sqlalchemy.orm import Session

from desktop_crm.db import Database
from desktop_crm.errors import PermissionDenied
from desktop_crm.models import User
from desktop_crm.services import tags as tag_service
from desktop_crm.services.access import Permission, current_user, require
from desktop_crm.services.search import filter_choices
from desktop_crm.ui.error_words import error_message
from desktop_crm.ui.workers import Operation, ProgressDialog, run_operation


def permission_reason(user: User, permission: Permission) -> str | None:
    """Why `user` may not do it (the service's own sentence), or None when they may."""
    try:
        require(user, permission)
    except PermissionDenied as exc:
        return error_message(exc)
    return None


class NoChoiceDialog(QInputDialog):
    """A list to choose from that starts on no item, its OK disabled until one is chosen."""

    def __init__(self, parent: QWidget, placeholder: str) -> None:
        super().__init__(parent)
        self.placeholder = placeholder

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)  # the combo box and the buttons exist from here on
        combo, buttons = self.findChild(QComboBox), self.findChild(QDialogButtonBox)
        if combo is None or buttons is None:
            return
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        combo.setPlaceholderText(self.placeholder)
        combo.setCurrentIndex(-1)
        ok.setEnabled(False)
        combo.currentIndexChanged.connect(lambda index: ok.setEnabled(index >= 0))


class BulkActions(QObject):
    """The list's bulk actions. `operation` is the last one started (callers may wait on it);
    `finished(message)` says what a completed action did."""

    finished = Signal(str)

    def __init__(
        self,
        parent: QWidget,
        database: Database,
        user: User,
        selected_ids: Callable[[], list[int]],
    ) -> None:
        super().__init__(parent)
        self.widget = parent
        self.database = database
        self.user = user
        self.selected_ids = selected_ids
        self.operation: Operation[Any] | None = None

    def _allowed(self, permission: Permission, title: str) -> bool:
        reason = permission_reason(self.user, permission)
        if reason is not None:
            QMessageBox.warning(self.widget, title, reason)
            return False
        return True

    def _run(
        self, op: Callable[[Session, User], int], done: Callable[[int], str], label: str
    ) -> Operation[int]:
        login = self.user.login

        def work(session: Session, _progress: Any, _cancelled: Any) -> int:
            return op(session, current_user(session, login))

        def succeeded(count: int) -> None:
            self.finished.emit(done(count))

        self.operation = run_operation(
            self.widget,
            self.database,
            work,
            on_success=succeeded,
            dialog=ProgressDialog(label=label, cancellable=False),
        )
        return self.operation

    def assign(self) -> Operation[int] | None:
        ids = self.selected_ids()
        title = self.tr("Assign responsible manager")
        if not ids or not self._allowed(Permission.EDIT_CLIENTS, title):
            return None
        with self.database.session() as session:
            users = filter_choices(session).users
        labels = [self.tr("Nobody")] + [name for _id, name in users]
        question = self.tr("Responsible manager for %Ln selected client(s):", "", len(ids))
        choice = self._pick(title, question, labels)
        if choice is None:
            return None
        user_id = None if labels.index(choice) == 0 else users[labels.index(choice) - 1][0]
        from desktop_crm.services import clients as client_service  # the list starts without it

        return self._run(
            lambda s, actor: client_service.assign_responsible(s, actor, ids, user_id),
            lambda count: self.tr("%Ln client(s) assigned to {0}", "", count).format(choice),
            self.tr("Assigning…"),
        )

    def _pick(self, title: str, label: str, items: list[str]) -> str | None:
        """One of `items`, starting on none of them: OK waits for a choice, so a hasty Enter
        takes nobody's clients away (issue 15)."""
        dialog = NoChoiceDialog(self.widget, self.tr("Choose…"))
        dialog.setWindowTitle(title)
        dialog.setLabelText(label)
        dialog.setComboBoxItems(items)
        dialog.setComboBoxEditable(False)
        accepted = dialog.exec() == QInputDialog.DialogCode.Accepted
        choice = dialog.textValue()
        dialog.deleteLater()
        return choice if accepted and choice in items else None

    def _ask_tag(self, title: str, label: str, editable: bool) -> str | None:
        with self.database.session() as session:
            names = [name for _id, name in filter_choices(session).tags]
        if not editable and not names:
            QMessageBox.information(self.widget, title, self.tr("There are no tags yet."))
            return None
        name, ok = QInputDialog.getItem(self.widget, title, label, names, 0, editable)
        return name.strip() if ok and name.strip() else None

    def add_tag(self) -> Operation[int] | None:
        ids = self.selected_ids()
        title = self.tr("Add tag")
        if not ids or not self._allowed(Permission.EDIT_CLIENTS, title):
            return None
        label = self.tr("Tag to add to %Ln selected client(s):", "", len(ids))
        name = self._ask_tag(title, label, True)
        if name is None:
            return None
        return self._run(
            lambda s, actor: tag_service.add_tag(s, actor, ids, name),
            lambda count: self.tr("Tag “{0}” added to %Ln client(s)", "", count).format(name),
            self.tr("Adding the tag…"),
        )

    def remove_tag(self) -> Operation[int] | None:
        ids = self.selected_ids()
        title = self.tr("Remove tag")
        if not ids or not self._allowed(Permission.EDIT_CLIENTS, title):
            return None
        label = self.tr("Tag to remove from %Ln selected client(s):", "", len(ids))
        name = self._ask_tag(title, label, False)
        if name is None:
            return None
        return self._run(
            lambda s, actor: tag_service.remove_tag(s, actor, ids, name),
            lambda count: self.tr("Tag “{0}” removed from %Ln client(s)", "", count).format(name),
            self.tr("Removing the tag…"),
        )

    def delete(self) -> Operation[int] | None:
        """Delete the selected clients after a confirmation that says how many and that it
        cannot be undone (CLI-11)."""
        ids = self.selected_ids()
        title = self.tr("Delete clients")
        if not ids or not self._allowed(Permission.DELETE_CLIENTS, title):
            return None
        question = self.tr(
            "Delete %Ln client(s) for good, with their contacts, notes, files, deals and "
            "history?\n\nThis cannot be undone.",
            "",
            len(ids),
        )
        box = QMessageBox(QMessageBox.Icon.Warning, title, question, parent=self.widget)
        box.setObjectName("confirmDelete")
        delete = box.addButton(
            self.tr("Delete %Ln client(s)", "", len(ids)), QMessageBox.ButtonRole.DestructiveRole
        )
        delete.setObjectName("confirmDeleteButton")
        keep = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(keep)
        box.exec()
        if box.clickedButton() is not delete:
            return None
        from desktop_crm.services import clients as client_service

        return self._run(
            lambda s, actor: client_service.delete_clients(s, actor, ids),
            lambda count: self.tr("%Ln client(s) deleted", "", count),
            self.tr("Deleting…"),
        )

    def merge(self) -> QWidget | None:
        """The merge dialog for the selected clients (two or more): it reads them, lets the
        user pick the card that stays and the values it keeps, and merges (CTL-8)."""
        ids = self.selected_ids()
        title = self.tr("Merge clients")
        if len(ids) < 2 or not self._allowed(Permission.DELETE_CLIENTS, title):
            return None
        if not self._allowed(Permission.EDIT_CLIENTS, title):
            return None
        from desktop_crm.ui.merge.dialog import open_merge_dialog  # a window of its own feature

        dialog = open_merge_dialog(self.widget, self.database, self.user.login, ids)
        dialog.merged.connect(self.finished)
        return dialog
