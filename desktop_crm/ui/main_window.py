"""The main window: menus for everything in SPEC.md, the client list, client cards in tabs, and
a status bar with the database, the user and the number of clients (issue 2 item 8, issue 4).

Extension points for the parts built elsewhere:
- `open_client_card(client_id)` opens (or brings forward) a card in a tab; `open_new_client()`.
- `provide(key, handler)` enables a menu entry (keys in `menus.MENUS`, e.g. "import_file",
  "import_history") and calls `handler()` when it is chosen. Each feature folder of `ui/` has an
  `install(window)` that does so; `features.FEATURES` lists them, and the window installs each
  on first use or after its first paint (`load_features()` installs them all at once).
- `client_list` (the list widget; `refresh()` after an import), `database`, `user`, `login`,
  `show_status(text)`, `run_query`/`run_task` from `ui/workers.py` with the window as parent.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QByteArray, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QPaintEvent
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMessageBox,
    QTabWidget,
    QWidget,
)

from desktop_crm.db import Database
from desktop_crm.models import User
from desktop_crm.services.access import current_user
from desktop_crm.services.base_settings import region_or_default
from desktop_crm.ui.clients.list_widget import ClientListWidget
from desktop_crm.ui.connection import install as install_connection
from desktop_crm.ui.database_name import describe_database
from desktop_crm.ui.features import FeatureLoader
from desktop_crm.ui.live import install as install_live
from desktop_crm.ui.menus import build_menus, update_action
from desktop_crm.ui.settings import app_settings
from desktop_crm.ui.shell import Shell
from desktop_crm.ui.words import role_label
from desktop_crm.ui.workers import Operation


def tab_text(title: str) -> str:
    """A client name as a tab title: "&" is a mnemonic marker in Qt, so it is doubled."""
    return title.replace("&", "&&")


class MainWindow(Shell):
    """The shell: menus, the client list and cards in tabs, the status bar."""

    def __init__(self, database: Database, login: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.database = database
        self.login = login
        with database.transaction() as session:  # a fresh base makes its first user here
            self.user: User = current_user(session, login)
            _ = self.user.role.permissions
            self.region = region_or_default(session)  # the base's phone country
        self.operation: Operation[Any] | None = None  # the last background job started here
        self._handlers: dict[str, Callable[[], object]] = {}
        self._cards: dict[int, QWidget] = {}
        self.setWindowTitle(self.tr("desktop-crm — {0}").format(describe_database(database)))
        self.client_list = ClientListWidget(database, self.user, region=self.region, parent=self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("mainTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.setTabsClosable(True)
        self.tabs.setMovable(True)
        self.tabs.addTab(self.client_list, self.tr("Clients"))
        self.tabs.tabBar().setTabButton(0, self.tabs.tabBar().ButtonPosition.RightSide, None)
        self.tabs.tabCloseRequested.connect(self._close_tab)
        self.setCentralWidget(self.tabs)

        lst: Any = self.client_list  # list_parts.py sets its actions, out of mypy's sight
        own = {
            "open_card": lst.open_action,
            "assign": lst.assign_action,
            "add_tag": lst.add_tag_action,
            "remove_tag": lst.remove_tag_action,
            "delete": lst.delete_action,
            "refresh": lst.refresh_action,
        }
        # the menu entries by key; shadows QWidget.actions(), which nothing here calls
        self.actions: dict[str, QAction] = build_menus(self, own)  # type: ignore[assignment]
        self._own_keys = set(own)
        self._build_status_bar()
        self._connect()
        self.features = FeatureLoader(self, self.provide, lambda key: self._handlers[key]())
        self._painted = False
        install_connection(self)  # a lost server must show from the first query on
        install_live(self)  # other desktops' changes, from the start
        self._mirror_empty_state()
        self._restore_geometry()
        self.update_client_count(fresh=False)

    # -- extension points -----------------------------------------------------------------
    def provide(self, key: str, handler: Callable[[], object]) -> None:
        """Enable the menu entry `key` (if the user's role allows it) and run `handler` on it."""
        action = self.actions[key]
        if key not in self._handlers:
            action.triggered.connect(lambda _checked=False, k=key: self._handlers[k]())
        self._handlers[key] = handler
        update_action(action, self.user, provided=True)
        if key in ("import_file", "demo_data"):
            self._mirror_empty_state()

    def is_provided(self, key: str) -> bool:
        return key in self._handlers or key in self._own_keys

    def open_client_card(self, client_id: int) -> QWidget:
        """Open the card of `client_id` in a tab, or bring its open tab forward."""
        card = self._cards.get(client_id)
        if card is None:
            from desktop_crm.ui.card.client_card import ClientCardWidget

            card = ClientCardWidget(self.database, self.login, client_id, self)
            card.titleChanged.connect(lambda title, c=card: self._retitle(c, title))
            card.closed.connect(self._card_closed)
            card.saved.connect(self._card_saved)
            card.deleted.connect(self._card_deleted)
            card.openClientRequested.connect(self.open_client_card)
            self._cards[client_id] = card
            self.tabs.addTab(card, tab_text(card.title() or f"#{client_id}"))
        self.tabs.setCurrentWidget(card)
        return card

    def open_new_client(self) -> None:
        from desktop_crm.ui.clients.new_client_dialog import NewClientDialog

        dialog = NewClientDialog(self.database, self.login, self)
        dialog.created.connect(self._client_created)
        dialog.openClientRequested.connect(self.open_client_card)
        dialog.open()

    @property
    def cards(self) -> dict[int, QWidget]:
        return dict(self._cards)

    def show_status(self, text: str, timeout_ms: int = 8000) -> None:
        self.statusBar().showMessage(text, timeout_ms)

    # -- building -------------------------------------------------------------------------
    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.database_label = QLabel(describe_database(self.database))
        self.database_label.setObjectName("databaseLabel")
        self.database_label.setToolTip(self.tr("The database in use"))
        role = role_label(self.user.role.name)
        self.user_label = QLabel(self.tr("{0} ({1})").format(self.user.full_name, role))
        self.user_label.setObjectName("userLabel")
        self.user_label.setToolTip(self.tr("Signed in as {0}").format(self.user.login))
        self.count_label = QLabel()
        self.count_label.setObjectName("clientCountLabel")
        for label in (self.database_label, self.user_label, self.count_label):
            label.setContentsMargins(10, 0, 10, 0)
            bar.addPermanentWidget(label)

    def _connect(self) -> None:
        lst = self.client_list
        lst.openClientRequested.connect(self.open_client_card)
        lst.newClientRequested.connect(self.open_new_client)
        lst.importRequested.connect(lambda: self._trigger("import_file"))
        lst.demoRequested.connect(lambda: self._trigger("demo_data"))
        lst.clientsChanged.connect(self.update_client_count)
        lst.clientsChanged.connect(self._forget_deleted_cards)
        self.provide("new_client", self.open_new_client)
        self.provide("find", lst.focus_search)
        self.provide("columns", lst.show_columns_menu)
        self.provide("quit", self.close)
        self.provide("about_qt", QApplication.aboutQt)

    def load_features(self) -> None:
        self.features.load_all()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:  # the rest of the features load once the window is on screen
            self._painted = True
            QTimer.singleShot(0, self.features, self.features.load_later)

    def _mirror_empty_state(self) -> None:
        """The empty base's buttons say what their menu entries say (not built, not allowed)."""
        lst: Any = self.client_list  # list_parts.py sets its buttons, out of mypy's sight
        for button, key in ((lst.import_button, "import_file"), (lst.demo_button, "demo_data")):
            action = self.actions[key]
            button.setEnabled(action.isEnabled())
            button.setToolTip("" if action.isEnabled() else action.toolTip())

    def _trigger(self, key: str) -> None:
        action = self.actions[key]
        if action.isEnabled():
            action.trigger()
        else:
            QMessageBox.information(self, action.text().replace("&", ""), action.toolTip())

    # -- window state ---------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        settings = app_settings()
        geometry = settings.value("main_window/geometry")
        if isinstance(geometry, QByteArray) and self.restoreGeometry(geometry):
            state = settings.value("main_window/state")
            if isinstance(state, QByteArray):
                self.restoreState(state)
            return
        screen = QGuiApplication.primaryScreen()
        available = screen.availableGeometry() if screen else None
        width, height = 1280, 720
        if available is not None:
            width = min(width, available.width() - 40)
            height = min(height, available.height() - 40)
        self.resize(width, height)

    def save_geometry(self) -> None:
        settings = app_settings()
        settings.setValue("main_window/geometry", self.saveGeometry())
        settings.setValue("main_window/state", self.saveState())
        settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        for card in list(self._cards.values()):
            self.tabs.setCurrentWidget(card)
            if not card.close():  # unsaved changes and the user chose to stay
                event.ignore()
                return
        self.client_list.columns.save()
        self.save_geometry()
        event.accept()

    # -- cards ----------------------------------------------------------------------------
    def _retitle(self, card: QWidget, title: str) -> None:
        index = self.tabs.indexOf(card)
        if index >= 0:
            self.tabs.setTabText(index, tab_text(title))

    def _close_tab(self, index: int) -> None:
        widget = self.tabs.widget(index)
        if widget is not self.client_list and widget is not None:
            widget.close()  # a card asks about unsaved changes and emits `closed`

    def _card_closed(self, client_id: int) -> None:
        card = self._cards.pop(client_id, None)
        if card is not None:
            index = self.tabs.indexOf(card)
            if index >= 0:
                self.tabs.removeTab(index)
            card.deleteLater()

    def _card_saved(self, client_id: int) -> None:
        self.client_list.model.forget_rows([client_id])
        self.client_list.reload_choices()

    def _card_deleted(self, client_id: int) -> None:
        self.client_list.refresh()
        self.update_client_count()

    def _client_created(self, client_id: int) -> None:
        self.client_list.refresh()
        self.update_client_count()
        self.open_client_card(client_id)

    def _forget_deleted_cards(self) -> None:
        """Close the tabs of cards whose client a bulk delete removed."""
        if not self._cards:
            return
        from desktop_crm.services.card_lookup import existing_clients  # after a bulk delete

        with self.database.session() as session:
            alive = existing_clients(session, self._cards)
        for client_id in [i for i in self._cards if i not in alive]:
            self._card_closed(client_id)

    # -- commands -------------------------------------------------------------------------
    def update_client_count(self, *, fresh: bool = True) -> None:
        """The status bar's client count; `fresh=False` takes the list's count of the whole
        base when it has one (the window opening: the list counted a moment ago)."""
        model = self.client_list.model
        total = None if fresh else model.base_size
        if total is None and not fresh and not model.counted:
            # a large base, its list counted in the background: the bar waits for that count
            model.resultChanged.connect(self._list_counted)
            return
        if total is None:
            # the card services come with the first count the list did not make
            from desktop_crm.services.card_lookup import count_clients

            with self.database.session() as session:
                total = count_clients(session, current_user(session, self.login))
        self.count_label.setText(self.tr("%Ln client(s) in the base", "", total))

    def _list_counted(self) -> None:
        model = self.client_list.model
        if model.counted:  # the whole base's count, or a search typed first: counted here
            model.resultChanged.disconnect(self._list_counted)
            self.update_client_count(fresh=model.base_size is None)


__all__ = ["MainWindow"]
