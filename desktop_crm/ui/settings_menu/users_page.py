"""Settings › Users and roles: add a user, change a role, disable or enable an account.

On SQLite (one computer) a user is known by the operating-system login name they start the
application with; in team mode (PostgreSQL) by their database login."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLineEdit,
    QTableWidgetItem,
    QWidget,
)
from sqlalchemy.orm import Session

from desktop_crm.db import Database
from desktop_crm.errors import Code, ValidationError
from desktop_crm.models import User
from desktop_crm.services.team.logins import add_login_user, change_user
from desktop_crm.services.team.setup import is_team_base
from desktop_crm.services.users import list_roles, list_users
from desktop_crm.ui.settings_menu.page import SettingsPage
from desktop_crm.ui.words import role_label

LOGIN_ROLE = Qt.ItemDataRole.UserRole + 1


class UserDialog(QDialog):
    """The new user's login, full name and role."""

    def __init__(
        self, roles: list[str], hint: str, parent: QWidget | None = None, *, team: bool = False
    ) -> None:
        super().__init__(parent)
        self.setObjectName("newUserDialog")
        self.setWindowTitle(self.tr("Add a user"))
        self.login_edit = QLineEdit(self)
        self.login_edit.setObjectName("loginEdit")
        self.login_edit.setToolTip(hint)
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("nameEdit")
        self.role_combo = QComboBox(self)
        self.role_combo.setObjectName("roleCombo")
        for role in roles:
            self.role_combo.addItem(role_label(role), role)
        self.role_combo.setCurrentIndex(max(0, self.role_combo.findData("manager")))
        form = QFormLayout(self)
        form.addRow(self.tr("Login:"), self.login_edit)
        form.addRow(self.tr("Full name:"), self.name_edit)
        form.addRow(self.tr("Role:"), self.role_combo)
        self.password_edits = [QLineEdit(self), QLineEdit(self)]
        if team:  # a team base: the user's login role gets this password
            for edit, name in zip(
                self.password_edits, ("passwordEdit", "passwordAgainEdit"), strict=True
            ):
                edit.setObjectName(name)
                edit.setEchoMode(QLineEdit.EchoMode.Password)
            form.addRow(self.tr("Password:"), self.password_edits[0])
            form.addRow(self.tr("Password again:"), self.password_edits[1])
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.setMinimumWidth(420)


class UsersPage(SettingsPage):
    def __init__(
        self, database: Database, login: str, changed: Callable[[], None], parent: QWidget | None
    ) -> None:
        super().__init__(database, login, changed, parent)
        self.setObjectName("usersPage")
        if database.dialect == "sqlite":
            self.login_hint = self.tr(
                "On this computer's base a person is known by the login name they use to sign "
                "in to the operating system."
            )
        else:
            self.login_hint = self.tr("In a shared base a person is known by their database login.")
        self.team = self.read(is_team_base)
        self.header(self.tr("Users and roles"), self.login_hint)
        self.table = self.add_table(
            "usersTable", [self.tr("Login"), self.tr("Name"), self.tr("Role"), self.tr("State")], 1
        )
        self.button("addUserButton", self.tr("Add user…"), self.add)
        self.role_button = self.button("roleButton", self.tr("Change role…"), self.change_role)
        self.toggle_button = self.button("toggleUserButton", self.tr("Disable"), self.toggle)
        self.finish_buttons()
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.reload()

    def reload(self) -> None:
        rows = self.read(
            lambda s: [(u.login, u.full_name, u.role.name, u.is_active) for u in list_users(s)]
        )
        self.roles = self.read(list_roles)
        selected = self.selected_login()
        self.table.setRowCount(len(rows))
        for row, (login, name, role, active) in enumerate(rows):
            state = self.tr("Active") if active else self.tr("Disabled")
            for column, text in enumerate((login, name, role_label(role), state)):
                item = QTableWidgetItem(text)
                item.setData(LOGIN_ROLE, login)
                item.setData(Qt.ItemDataRole.UserRole, active)
                self.table.setItem(row, column, item)
            if login == selected:
                self.table.selectRow(row)
        self._selection_changed()

    def selected_login(self) -> str | None:
        items = self.table.selectedItems()
        return str(items[0].data(LOGIN_ROLE)) if items else None

    def _selection_changed(self) -> None:
        items = self.table.selectedItems()
        self.role_button.setEnabled(bool(items))
        self.toggle_button.setEnabled(bool(items))
        active = bool(items[0].data(Qt.ItemDataRole.UserRole)) if items else True
        self.toggle_button.setText(self.tr("Disable") if active else self.tr("Enable"))

    def add(self) -> None:
        dialog = UserDialog(self.roles, self.login_hint, self, team=self.team)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        login, name = dialog.login_edit.text(), dialog.name_edit.text()
        role = str(dialog.role_combo.currentData())
        password, again = (edit.text() for edit in dialog.password_edits)

        def add(session: Session, actor: User) -> User:
            if password != again:
                raise ValidationError(Code.PASSWORDS_DIFFER, field="password")
            return add_login_user(session, actor, login, name, role, password)

        self.apply(add)

    def change_role(self) -> None:
        login = self.selected_login()
        if login is None:
            return
        labels = [role_label(r) for r in self.roles]
        label, ok = QInputDialog.getItem(
            self, self.tr("Change role"), self.tr("Role of {0}:").format(login), labels, 0, False
        )
        if ok:
            role = self.roles[labels.index(label)]
            self.apply(lambda s, actor: change_user(s, actor, login, role=role))

    def toggle(self) -> None:
        items = self.table.selectedItems()
        if not items:
            return
        login, active = (
            str(items[0].data(LOGIN_ROLE)),
            bool(items[0].data(Qt.ItemDataRole.UserRole)),
        )
        self.apply(lambda s, actor: change_user(s, actor, login, active=not active))
