"""The features of the main window, loaded when first needed so the window paints fast.

Each feature folder of `ui/` plugs itself in through `install(window)`, which imports its heavy
parts (the import engine, openpyxl, the IMAP client...). At start-up the window only enables the
feature's menu entries with a stand-in handler; the feature itself is imported and installed
when one of its entries is first chosen, or one feature per turn of the event loop after the
window's first paint, whichever comes first. `FEATURES` names the entries each one provides (a
test keeps the list and the installs alike).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import QObject, QTimer


@dataclass(frozen=True)
class Feature:
    module: str  # a module whose `install(window)` plugs the feature in
    keys: tuple[str, ...]  # the menu entries (`menus.MENUS`) its install provides


FEATURES: tuple[Feature, ...] = (
    Feature("desktop_crm.ui.file_menu", ("export_clients", "save_template", "demo_data")),
    Feature("desktop_crm.ui.importing.wizard", ("import_file", "import_history")),
    Feature(
        "desktop_crm.ui.settings_menu",
        ("users", "custom_fields", "manage_tags", "manage_groups", "preferences"),
    ),
    Feature("desktop_crm.ui.reports", ("ctl_discipline",)),
    Feature("desktop_crm.ui.tasks", ("my_tasks", "all_tasks")),
    Feature("desktop_crm.ui.merge", ("ctl_duplicates",)),
    Feature(
        "desktop_crm.ui.control",
        ("ctl_contact_info", "ctl_properties", "ctl_registration", "ctl_names"),
    ),
    Feature(
        "desktop_crm.ui.interactions",
        ("interactions_journal", "register_call", "link_now", "link_schedule"),
    ),
    Feature("desktop_crm.ui.calls_import", ("calls_import",)),
    Feature("desktop_crm.ui.mail_fetch", ("mail_fetch",)),
    Feature("desktop_crm.ui.mail_import", ("mail_import", "mail_import_folder")),
    Feature("desktop_crm.ui.help", ("user_guide", "about")),
)

Provide = Callable[[str, Callable[[], object]], None]


class FeatureLoader(QObject):
    """Installs the features of one window: on first use, or in the background after the
    first paint. `provide(key, handler)` is the window's; `run(key)` runs an entry's handler.
    A child of the window: its timers die with it."""

    def __init__(self, window: QObject, provide: Provide, run: Callable[[str], object]) -> None:
        super().__init__(window)
        self._window = window
        self._provide = provide
        self._run = run
        self._waiting = list(FEATURES)
        for feature in FEATURES:
            for key in feature.keys:
                provide(key, partial(self._first_use, feature, key))

    def load(self, feature: Feature) -> None:
        """Import and install `feature` unless it is already installed."""
        if feature in self._waiting:
            self._waiting.remove(feature)
            importlib.import_module(feature.module).install(self._window)

    def load_all(self) -> None:
        for feature in list(self._waiting):
            self.load(feature)

    def load_later(self) -> None:
        """Install the rest one feature per turn of the event loop, so the window answers
        between them."""
        if self._waiting:
            self.load(self._waiting[0])
            QTimer.singleShot(0, self, self.load_later)

    def _first_use(self, feature: Feature, key: str) -> object:
        self.load(feature)  # its install replaced this stand-in with the real handler
        return self._run(key)
