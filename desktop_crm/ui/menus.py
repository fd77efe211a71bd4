"""The main window's menus: every feature of SPEC.md has an entry (issue 2, item 8).

An entry is enabled when something provides it (`MainWindow.provide(key, handler)`) and the
user's role allows it. Otherwise it stays visible but disabled, and its tooltip says why: not
available yet (and what it will do, in plain words: `COMING`), or the role's refusal in the
words of `services/access.py`.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from desktop_crm.errors import PermissionDenied
from desktop_crm.models import User
from desktop_crm.services.access import Permission, require
from desktop_crm.ui.error_words import error_message
from desktop_crm.ui.translation_marks import QT_TRANSLATE_NOOP

CONTEXT = "MainMenu"


@dataclass(frozen=True)
class Entry:
    key: str
    text: str
    coming: str = ""  # what the entry will do, in plain words (see COMING)
    permission: Permission | None = None
    shortcut: str | QKeySequence.StandardKey | None = None


def _e(
    key: str,
    text: str,
    permission: Permission | None = None,
    shortcut: str | QKeySequence.StandardKey | None = None,
) -> Entry:
    return Entry(key, text, COMING.get(key, ""), permission, shortcut)


# What the entries still being built will do, as their tooltips say it.
COMING: dict[str, str] = {
    "manage_tags": QT_TRANSLATE_NOOP("MainMenu", "one list of every tag, to rename or merge tags."),
    "manage_groups": QT_TRANSLATE_NOOP(
        "MainMenu", "the tree of client groups, to add and move groups."
    ),
    "register_call": QT_TRANSLATE_NOOP("MainMenu", "note a phone call on a client's card by hand."),
    "mail_import": QT_TRANSLATE_NOOP(
        "MainMenu", "show saved emails on the cards of the clients who wrote them."
    ),
    "mail_fetch": QT_TRANSLATE_NOOP(
        "MainMenu", "fetch your mail and show it on the clients' cards."
    ),
    "calls_import": QT_TRANSLATE_NOOP(
        "MainMenu", "show the calls of your phone system's log on the clients' cards."
    ),
    "link_now": QT_TRANSLATE_NOOP(
        "MainMenu", "find the client of each call and email by number and address."
    ),
    "link_schedule": QT_TRANSLATE_NOOP(
        "MainMenu", "link calls and emails to clients by itself, at times you choose."
    ),
    "my_tasks": QT_TRANSLATE_NOOP(
        "MainMenu", "the tasks given to you, with the clients to fix in each."
    ),
    "all_tasks": QT_TRANSLATE_NOOP("MainMenu", "every person's tasks, to follow them up."),
    "users": QT_TRANSLATE_NOOP("MainMenu", "add people and choose their roles and groups."),
    "custom_fields": QT_TRANSLATE_NOOP("MainMenu", "add fields of your own to the client card."),
    "database": QT_TRANSLATE_NOOP("MainMenu", "choose the database file or the team's server."),
    "preferences": QT_TRANSLATE_NOOP(
        "MainMenu", "the interface language and other choices of yours."
    ),
}

EDIT, DELETE, IMPORT, EXPORT, CONTROL, ADMIN = (
    Permission.EDIT_CLIENTS,
    Permission.DELETE_CLIENTS,
    Permission.IMPORT,
    Permission.EXPORT,
    Permission.CONTROL,
    Permission.ADMIN,
)

# (menu title, entries; None is a separator). A key may sit in two menus: one action.
MENUS: tuple[tuple[str, tuple[Entry | None, ...]], ...] = (
    (
        QT_TRANSLATE_NOOP("MainMenu", "&File"),
        (
            _e("new_client", QT_TRANSLATE_NOOP("MainMenu", "&New client…"), EDIT, "Ctrl+N"),
            None,
            _e("export_clients", QT_TRANSLATE_NOOP("MainMenu", "&Export clients…"), EXPORT),
            None,
            _e(
                "quit",
                QT_TRANSLATE_NOOP("MainMenu", "&Quit"),
                None,
                QKeySequence.StandardKey.Quit,
            ),
        ),
    ),
    (
        QT_TRANSLATE_NOOP("MainMenu", "&Clients"),
        (
            _e("find", QT_TRANSLATE_NOOP("MainMenu", "&Find…"), None, "Ctrl+F"),
            _e("open_card", QT_TRANSLATE_NOOP("MainMenu", "&Open card")),
            _e("refresh", QT_TRANSLATE_NOOP("MainMenu", "&Refresh")),
            None,
            _e("assign", QT_TRANSLATE_NOOP("MainMenu", "&Assign responsible…"), EDIT),
            _e("add_tag", QT_TRANSLATE_NOOP("MainMenu", "Add &tag…"), EDIT),
            _e("remove_tag", QT_TRANSLATE_NOOP("MainMenu", "Re&move tag…"), EDIT),
            _e("delete", QT_TRANSLATE_NOOP("MainMenu", "&Delete…"), DELETE),
            None,
            _e("columns", QT_TRANSLATE_NOOP("MainMenu", "&Columns…")),
            _e("manage_tags", QT_TRANSLATE_NOOP("MainMenu", "Manage tags…"), EDIT),
            _e("manage_groups", QT_TRANSLATE_NOOP("MainMenu", "Manage groups…"), EDIT),
        ),
    ),
    (
        QT_TRANSLATE_NOOP("MainMenu", "&Marketing"),
        (
            _e(
                "import_file",
                QT_TRANSLATE_NOOP("MainMenu", "&Import clients from file…"),
                IMPORT,
            ),
            _e(
                "import_history",
                QT_TRANSLATE_NOOP("MainMenu", "Import &history…"),
                IMPORT,
            ),
            _e("save_template", QT_TRANSLATE_NOOP("MainMenu", "Save import &template…")),
            None,
            _e("demo_data", QT_TRANSLATE_NOOP("MainMenu", "Load &demo data…"), IMPORT),
        ),
    ),
    (
        QT_TRANSLATE_NOOP("MainMenu", "C&ontrol"),
        (
            _e(
                "ctl_contact_info",
                QT_TRANSLATE_NOOP("MainMenu", "&Contact info completeness…"),
                CONTROL,
            ),
            _e(
                "ctl_properties",
                QT_TRANSLATE_NOOP("MainMenu", "&Properties completeness…"),
                CONTROL,
            ),
            _e("ctl_names", QT_TRANSLATE_NOOP("MainMenu", "&Full-name control…"), CONTROL),
            _e(
                "ctl_registration",
                QT_TRANSLATE_NOOP("MainMenu", "&Registration control…"),
                CONTROL,
            ),
            _e(
                "ctl_duplicates", QT_TRANSLATE_NOOP("MainMenu", "D&uplicates in the base…"), CONTROL
            ),
            None,
            _e(
                "ctl_discipline",
                QT_TRANSLATE_NOOP("MainMenu", "Execution &discipline report…"),
                CONTROL,
            ),
        ),
    ),
    (
        QT_TRANSLATE_NOOP("MainMenu", "&Interactions"),
        (
            _e("interactions_journal", QT_TRANSLATE_NOOP("MainMenu", "Calls and &emails…")),
            _e("register_call", QT_TRANSLATE_NOOP("MainMenu", "&Register a call…"), EDIT),
            _e(
                "mail_import",
                QT_TRANSLATE_NOOP("MainMenu", "Import &mail files (.eml, .msg, .mbox)…"),
                IMPORT,
            ),
            _e(
                "mail_import_folder",
                QT_TRANSLATE_NOOP("MainMenu", "Import a mail f&older…"),
                IMPORT,
            ),
            _e("mail_fetch", QT_TRANSLATE_NOOP("MainMenu", "&Fetch mail (IMAP)…"), IMPORT),
            _e("calls_import", QT_TRANSLATE_NOOP("MainMenu", "Import &call log…"), IMPORT),
            None,
            _e(
                "link_now",
                QT_TRANSLATE_NOOP("MainMenu", "&Link calls and emails to clients now"),
                EDIT,
            ),
            _e("link_schedule", QT_TRANSLATE_NOOP("MainMenu", "Linking &schedule…"), ADMIN),
        ),
    ),
    (
        QT_TRANSLATE_NOOP("MainMenu", "&Tasks"),
        (
            _e("my_tasks", QT_TRANSLATE_NOOP("MainMenu", "&My tasks")),
            _e("all_tasks", QT_TRANSLATE_NOOP("MainMenu", "&All tasks"), CONTROL),
        ),
    ),
    (
        QT_TRANSLATE_NOOP("MainMenu", "&Reports"),
        (
            _e(
                "ctl_discipline",
                QT_TRANSLATE_NOOP("MainMenu", "Execution &discipline report…"),
                CONTROL,
            ),
        ),
    ),
    (
        QT_TRANSLATE_NOOP("MainMenu", "&Settings"),
        (
            _e("users", QT_TRANSLATE_NOOP("MainMenu", "&Users and roles…"), ADMIN),
            _e("custom_fields", QT_TRANSLATE_NOOP("MainMenu", "&Custom fields…"), ADMIN),
            _e("database", QT_TRANSLATE_NOOP("MainMenu", "&Database…"), ADMIN),
            _e("preferences", QT_TRANSLATE_NOOP("MainMenu", "&Preferences…")),
        ),
    ),
    (
        QT_TRANSLATE_NOOP("MainMenu", "&Help"),
        (
            _e(
                "user_guide",
                QT_TRANSLATE_NOOP("MainMenu", "&User guide"),
                None,
                QKeySequence.StandardKey.HelpContents,
            ),
            None,
            _e("about", QT_TRANSLATE_NOOP("MainMenu", "&About desktop-crm")),
            _e("about_qt", QT_TRANSLATE_NOOP("MainMenu", "About &Qt")),
        ),
    ),
)


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def refusal(user: User, permission: Permission | None) -> str | None:
    """The role's refusal as a sentence, or None when the user may."""
    if permission is None:
        return None
    try:
        require(user, permission)
    except PermissionDenied as exc:
        return error_message(exc)
    return None


def build_menus(window: QMainWindow, own: dict[str, QAction]) -> dict[str, QAction]:
    """Menus on `window`'s menu bar; returns every action by key. Keys in `own` use those
    actions (a widget that manages their state, like the list's bulk actions); the others
    start disabled until `update_action` enables them."""
    actions: dict[str, QAction] = dict(own)
    for title, entries in MENUS:
        menu: QMenu = window.menuBar().addMenu(tr(title))
        menu.setObjectName("menu_" + title.replace("&", "").lower())
        menu.setToolTipsVisible(True)  # a disabled entry explains itself
        for entry in entries:
            if entry is None:
                menu.addSeparator()
                continue
            action = actions.get(entry.key)
            if action is None:
                action = QAction(tr(entry.text), window)
                action.setObjectName("action_" + entry.key)
                if entry.shortcut is not None:
                    action.setShortcut(QKeySequence(entry.shortcut))
                action.setData(entry)
                action.setEnabled(False)
                action.setToolTip(not_available(entry))
                actions[entry.key] = action
            menu.addAction(action)
    return actions


def not_available(entry: Entry) -> str:
    """What a disabled entry will do, in plain words (never a specification's ids)."""
    if entry.coming:
        return QCoreApplication.translate("MainMenu", "Not available yet: {0}").format(
            tr(entry.coming)
        )
    return QCoreApplication.translate(
        "MainMenu", "Not available yet: this part of desktop-crm is still being built."
    )


def update_action(action: QAction, user: User, provided: bool) -> None:
    """Enable `action` if it is provided and allowed; say why not in its tooltip."""
    entry: Entry = action.data()
    reason = refusal(user, entry.permission)
    if not provided:
        action.setEnabled(False)
        action.setToolTip(not_available(entry))
    elif reason is not None:
        action.setEnabled(False)
        action.setToolTip(reason)
    else:
        action.setEnabled(True)
        action.setToolTip(tr(entry.text).replace("&", "").rstrip("…"))
