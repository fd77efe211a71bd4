"""The parts of the client list (`ClientListWidget`), built section by section; the list
connects its own slots. Strings are translated in the list's context, spelled out in each call:
lupdate would take the name of a variable (`widget.tr`) for the context and lose their
translations."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QToolButton,
    QWidget,
)

from desktop_crm.models import User
from desktop_crm.services.access import Permission
from desktop_crm.ui.clients.bulk import permission_reason
from desktop_crm.ui.clients.empty_state import EmptyState
from desktop_crm.ui.clients.highlight import MatchDelegate
from desktop_crm.ui.clients.table_model import ClientTableModel


class ClientListParts(QWidget):
    """The parts of the client list, made by the builders below from `model` and `user`, which
    the list sets first; `ClientListWidget` is these parts with their behaviour."""

    model: ClientTableModel
    user: User
    # build_search_row
    search_edit: QLineEdit
    columns_button: QToolButton
    new_button: QPushButton
    # build_table, build_states: the stack shows the table or one of the two empty states
    table: QTableView
    highlighter: MatchDelegate
    empty_base: EmptyState
    import_button: QPushButton
    demo_button: QPushButton
    no_match: EmptyState
    clear_button: QPushButton
    # build_bottom_row
    count_label: QLabel
    selection_label: QLabel
    page_size_combo: QComboBox  # empty: the list fills it
    first_button: QToolButton
    prev_button: QToolButton
    page_label: QLabel
    next_button: QToolButton
    last_button: QToolButton
    # build_actions, build_bulk_actions
    open_action: QAction
    enter_action: QAction  # the keypad's Enter, as open_action's Return
    select_all_action: QAction
    refresh_action: QAction
    assign_action: QAction
    add_tag_action: QAction
    remove_tag_action: QAction
    delete_action: QAction
    merge_action: QAction  # needs two rows or more (its `min_rows`)
    bulk_actions: list[QAction]


def build_search_row(widget: ClientListParts) -> QHBoxLayout:
    """The search box, the Columns button and New client."""
    widget.search_edit = QLineEdit(widget)
    widget.search_edit.setObjectName("searchEdit")
    widget.search_edit.setPlaceholderText(
        QCoreApplication.translate(
            "ClientListWidget", "Search by name, phone, email or company  (Ctrl+F)"
        )
    )
    widget.search_edit.setClearButtonEnabled(True)
    widget.columns_button = QToolButton(widget)
    widget.columns_button.setObjectName("columnsButton")
    widget.columns_button.setText(QCoreApplication.translate("ClientListWidget", "Columns"))
    widget.columns_button.setToolTip(
        QCoreApplication.translate("ClientListWidget", "Choose the columns of the list")
    )
    widget.columns_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    widget.new_button = QPushButton(
        QCoreApplication.translate("ClientListWidget", "New client…"), widget
    )
    widget.new_button.setObjectName("newClientButton")
    row = QHBoxLayout()
    row.addWidget(widget.search_edit, 1)
    row.addWidget(widget.columns_button)
    row.addWidget(widget.new_button)
    return row


def build_table(widget: ClientListParts) -> QTableView:
    """The table: whole rows selected, columns dragged, menus on the header and the rows."""
    table = QTableView(widget)
    table.setObjectName("clientTable")
    table.setModel(widget.model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    vertical = table.verticalHeader()
    vertical.setVisible(False)
    vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    vertical.setDefaultSectionSize(table.fontMetrics().height() + 10)
    header = table.horizontalHeader()
    header.setSectionsMovable(True)  # drag to reorder
    header.setHighlightSections(False)
    header.setStretchLastSection(True)
    header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    widget.highlighter = MatchDelegate(lambda column: widget.model.columns[column].key, table)
    # search matches on a marker, in the columns that can have them
    widget.highlighter.attach(table, widget.model.columnCount())
    widget.model.modelReset.connect(
        lambda: widget.highlighter.attach(table, widget.model.columnCount())
    )
    return table


def build_states(widget: ClientListParts) -> QStackedWidget:
    """The table, or what an empty base or an empty result shows instead."""
    widget.empty_base = EmptyState(
        QCoreApplication.translate("ClientListWidget", "No clients yet"),
        QCoreApplication.translate(
            "ClientListWidget",
            "Bring your client base in from a spreadsheet or a CSV file, or load demo "
            "clients to try the program out.",
        ),
    )
    widget.empty_base.setObjectName("emptyBase")
    widget.import_button = widget.empty_base.add_button(
        QCoreApplication.translate("ClientListWidget", "Import a file…"),
        "importFileButton",
        default=True,
    )
    widget.demo_button = widget.empty_base.add_button(
        QCoreApplication.translate("ClientListWidget", "Load demo data…"), "demoButton"
    )
    widget.empty_base.finish()
    for button, permission in (
        (widget.import_button, Permission.IMPORT),
        (widget.demo_button, Permission.IMPORT),
    ):
        reason = permission_reason(widget.user, permission)
        button.setEnabled(reason is None)
        button.setToolTip(reason or "")

    widget.no_match = EmptyState(
        QCoreApplication.translate("ClientListWidget", "Nothing found"), ""
    )
    widget.no_match.setObjectName("noMatch")
    widget.clear_button = widget.no_match.add_button(
        QCoreApplication.translate("ClientListWidget", "Clear search and filters"),
        "clearSearchButton",
    )
    widget.no_match.finish()

    stack = QStackedWidget(widget)
    stack.addWidget(widget.table)
    stack.addWidget(widget.empty_base)
    stack.addWidget(widget.no_match)
    return stack


def build_bottom_row(widget: ClientListParts) -> tuple[QHBoxLayout, QHBoxLayout]:
    """The count, the selection, the room for bulk buttons (returned second) and the pager."""
    widget.count_label = QLabel(widget)
    widget.count_label.setObjectName("countLabel")
    widget.selection_label = QLabel(widget)
    widget.selection_label.setObjectName("selectionLabel")
    widget.page_size_combo = QComboBox(widget)
    widget.page_size_combo.setObjectName("pageSize")  # filled by the list (a plural)
    widget.first_button = pager_button(
        widget, "«", QCoreApplication.translate("ClientListWidget", "First page"), "firstPage"
    )
    widget.prev_button = pager_button(
        widget, "‹", QCoreApplication.translate("ClientListWidget", "Previous page"), "previousPage"
    )
    widget.page_label = QLabel(widget)
    widget.page_label.setObjectName("pageLabel")
    widget.next_button = pager_button(
        widget, "›", QCoreApplication.translate("ClientListWidget", "Next page"), "nextPage"
    )
    widget.last_button = pager_button(
        widget, "»", QCoreApplication.translate("ClientListWidget", "Last page"), "lastPage"
    )
    row = QHBoxLayout()
    row.addWidget(widget.count_label)
    row.addSpacing(12)
    row.addWidget(widget.selection_label)
    bulk_row = QHBoxLayout()
    row.addLayout(bulk_row)
    row.addStretch(1)
    row.addWidget(widget.page_size_combo)
    for part in (
        widget.first_button,
        widget.prev_button,
        widget.page_label,
        widget.next_button,
        widget.last_button,
    ):
        row.addWidget(part)
    return row, bulk_row


def pager_button(widget: ClientListParts, text: str, tip: str, name: str) -> QToolButton:
    button = QToolButton(widget)
    button.setText(text)
    button.setToolTip(tip)
    button.setObjectName(name)
    button.setAutoRaise(True)
    return button


def make_action(
    widget: ClientListParts,
    text: str,
    name: str,
    *,
    shortcut: QKeySequence | QKeySequence.StandardKey | None = None,
    scoped: bool = True,
    permission: Permission | None = None,
) -> QAction:
    action = QAction(text, widget)
    action.setObjectName(name)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
        if scoped:  # only while the table has the focus: Del in the search box edits text
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            widget.table.addAction(action)
    action.setProperty("permission", permission.value if permission else "")
    return action


def build_actions(widget: ClientListParts, bulk_row: QHBoxLayout) -> None:
    """The list's actions and their shortcuts (see `build_bulk_actions`)."""
    widget.open_action = make_action(
        widget,
        QCoreApplication.translate("ClientListWidget", "Open card"),
        "openCard",
        shortcut=QKeySequence("Return"),
    )
    widget.enter_action = QAction(widget)  # the keypad's Enter does the same
    widget.enter_action.setShortcut(QKeySequence("Enter"))
    widget.enter_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    widget.table.addAction(widget.enter_action)
    widget.select_all_action = make_action(
        widget,
        QCoreApplication.translate("ClientListWidget", "Select all"),
        "selectAll",
        shortcut=QKeySequence.StandardKey.SelectAll,
    )
    widget.refresh_action = make_action(
        widget,
        QCoreApplication.translate("ClientListWidget", "Refresh"),
        "refreshList",
        shortcut=QKeySequence.StandardKey.Refresh,
        scoped=False,
    )
    build_bulk_actions(widget, bulk_row)


def build_bulk_actions(widget: ClientListParts, bulk_row: QHBoxLayout) -> None:
    """The actions on the selected clients, with a button each in `bulk_row`."""
    widget.assign_action = make_action(
        widget,
        QCoreApplication.translate("ClientListWidget", "Assign responsible…"),
        "assignResponsible",
        permission=Permission.EDIT_CLIENTS,
    )
    widget.add_tag_action = make_action(
        widget,
        QCoreApplication.translate("ClientListWidget", "Add tag…"),
        "addTag",
        permission=Permission.EDIT_CLIENTS,
    )
    widget.remove_tag_action = make_action(
        widget,
        QCoreApplication.translate("ClientListWidget", "Remove tag…"),
        "removeTag",
        permission=Permission.EDIT_CLIENTS,
    )
    widget.delete_action = make_action(
        widget,
        QCoreApplication.translate("ClientListWidget", "Delete…"),
        "deleteClients",
        shortcut=QKeySequence.StandardKey.Delete,
        permission=Permission.DELETE_CLIENTS,
    )
    widget.merge_action = make_action(
        widget,
        QCoreApplication.translate("ClientListWidget", "Merge selected…"),
        "mergeClients",
        permission=Permission.DELETE_CLIENTS,
    )
    widget.merge_action.setProperty("min_rows", 2)
    widget.bulk_actions = [
        widget.assign_action,
        widget.add_tag_action,
        widget.remove_tag_action,
        widget.delete_action,
    ]
    for action in widget.bulk_actions:
        button = QToolButton(widget)
        button.setDefaultAction(action)
        button.setObjectName(action.objectName() + "Button")
        bulk_row.addWidget(button)
    widget.bulk_actions.append(widget.merge_action)  # in the rows' menu only: the row is full
    reason = permission_reason(widget.user, Permission.EDIT_CLIENTS)
    widget.new_button.setEnabled(reason is None)
    widget.new_button.setToolTip(
        reason or QCoreApplication.translate("ClientListWidget", "Add a client (Ctrl+N)")
    )
