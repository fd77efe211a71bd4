"""The Settings window: a list of pages on the left, the chosen page on the right. An admin
sees every page; anybody else only their Preferences (the services refuse the rest anyway)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.db import Database
from desktop_crm.services.access import Permission, current_user, has_permission
from desktop_crm.ui.settings_menu.fields_page import FieldsPage
from desktop_crm.ui.settings_menu.groups_page import GroupsPage
from desktop_crm.ui.settings_menu.page import SettingsPage
from desktop_crm.ui.settings_menu.preferences_page import PreferencesPage
from desktop_crm.ui.settings_menu.queues_page import QueuesPage
from desktop_crm.ui.settings_menu.tags_page import TagsPage
from desktop_crm.ui.settings_menu.users_page import UsersPage

ADMIN_PAGES = ("users", "queues", "custom_fields", "tags", "groups")


class SettingsDialog(QDialog):
    """Pages by key: users, queues, custom_fields, tags, groups, preferences."""

    def __init__(
        self,
        database: Database,
        login: str,
        *,
        changed: Callable[[], None],
        page_size: int,
        on_page_size: Callable[[int], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        with database.session() as session:
            admin = has_permission(current_user(session, login), Permission.ADMIN)
        self.pages: dict[str, SettingsPage] = {}
        self.sidebar = QListWidget(self)
        self.sidebar.setObjectName("settingsSidebar")
        self.sidebar.setSpacing(3)
        self.stack = QStackedWidget(self)
        if admin:
            titles = {
                "users": self.tr("Users and roles"),
                "queues": self.tr("Queues"),
                "custom_fields": self.tr("Custom fields"),
                "tags": self.tr("Tags"),
                "groups": self.tr("Groups"),
            }
            kinds = (UsersPage, QueuesPage, FieldsPage, TagsPage, GroupsPage)
            for (key, title), kind in zip(titles.items(), kinds, strict=True):
                self._add(key, title, kind(database, login, changed, self))
        preferences = PreferencesPage(
            database, login, changed, self, page_size=page_size, on_page_size=on_page_size
        )
        self._add("preferences", self.tr("Preferences"), preferences)
        self.sidebar.setFixedWidth(self.sidebar.sizeHintForColumn(0) + 24)
        self.sidebar.currentRowChanged.connect(self.stack.setCurrentIndex)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.sidebar)
        row.addWidget(self.stack, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row, 1)
        layout.addWidget(buttons)
        self.resize(1000, 640)

    def _add(self, key: str, title: str, page: SettingsPage) -> None:
        self.pages[key] = page
        self.sidebar.addItem(title)
        self.stack.addWidget(page)

    def show_page(self, key: str) -> SettingsPage:
        """Bring the page `key` forward (Preferences when this user may not see it)."""
        key = key if key in self.pages else "preferences"
        self.sidebar.setCurrentRow(list(self.pages).index(key))
        page = self.pages[key]
        page.reload()
        return page
