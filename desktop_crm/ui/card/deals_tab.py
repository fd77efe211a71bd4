"""The Deals tab of a card (CLI-8): the client's deals, "Create deal", marking a deal won or
lost, and moving an unfinished deal to another client.

Its dialogs open window-modal without blocking (`open()`), and the open one is kept in
`deal_dialog` / `change_dialog`, so a test fills it in like a user would."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.models.deals import LOST, OPEN, WON
from desktop_crm.services import deals
from desktop_crm.services.card_lookup import DealRow, client_name, deal_rows
from desktop_crm.ui.card.context import CardContext
from desktop_crm.ui.card.deal_dialogs import ChangeClientDialog, DealDialog
from desktop_crm.ui.locale_format import format_amount, format_date
from desktop_crm.ui.widgets.style import muted

ID_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_COLOURS = {OPEN: "#1a4d80", WON: "#2e7d32", LOST: "#8a1c13"}


class DealsTab(QWidget):
    """Signals: `dealsChanged()` after a deal is created, closed or moved away."""

    dealsChanged = Signal()

    def __init__(self, context: CardContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.loaded = False
        self.deal_dialog: DealDialog | None = None
        self.change_dialog: ChangeClientDialog | None = None
        self._rows: list[DealRow] = []

        self.create_button = QPushButton(self.tr("Create deal…"), self)
        self.create_button.setObjectName("createDeal")
        self.won_button = QPushButton(self.tr("Won"), self)
        self.lost_button = QPushButton(self.tr("Lost"), self)
        self.change_client_button = QPushButton(self.tr("Change client…"), self)
        self.create_button.clicked.connect(self.start_create)
        self.won_button.clicked.connect(lambda: self.close_selected(won=True))
        self.lost_button.clicked.connect(lambda: self.close_selected(won=False))
        self.change_client_button.clicked.connect(self.start_change_client)

        labels = [
            self.tr("Topic"),
            self.tr("Status"),
            self.tr("Date"),
            self.tr("Expected revenue"),
            self.tr("Planned activity"),
            self.tr("Responsible"),
        ]
        self.table = QTableWidget(0, len(labels), self)
        self.table.setObjectName("dealsTable")
        self.table.setHorizontalHeaderLabels(labels)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.empty_label = QLabel(self.tr("No deals yet: create one with “Create deal…”."), self)
        muted(self.empty_label)

        buttons = QHBoxLayout()
        buttons.addWidget(self.create_button)
        buttons.addStretch(1)
        for button in (self.won_button, self.lost_button, self.change_client_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        self._update_buttons()

    # loading --------------------------------------------------------------------------

    def refresh(self) -> None:
        self._rows = self.context.read_as(lambda s, u: deal_rows(s, u, self.context.client_id))
        self.table.setRowCount(len(self._rows))
        for index, row in enumerate(self._rows):
            activity = row.activity or ""
            if row.activity_date:
                activity = f"{activity} ({format_date(row.activity_date)})".strip()
            cells = (
                row.topic,
                deals.STATUS_WORDS.get(row.status, row.status),
                format_date(row.date),
                format_amount(row.expected_revenue),
                activity,
                row.responsible or "",
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, row.id)
                if column == 0 and row.description:
                    item.setToolTip(row.description)
                if column == 1:
                    item.setForeground(QColor(STATUS_COLOURS.get(row.status, "#000000")))
                if column == 3:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(index, column, item)
        self.empty_label.setVisible(not self._rows)
        self.loaded = True
        self._update_buttons()

    def ensure_loaded(self) -> None:
        if not self.loaded:
            self.refresh()

    def topics(self) -> list[str]:
        return [row.topic for row in self._rows]

    def select_deal(self, topic: str) -> bool:
        for index, row in enumerate(self._rows):
            if row.topic == topic:
                self.table.selectRow(index)
                return True
        return False

    def _selected(self) -> DealRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self._rows[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        deal = self._selected()
        is_open = deal is not None and deal.status == OPEN
        for button in (self.won_button, self.lost_button, self.change_client_button):
            button.setEnabled(is_open)
            button.setToolTip(
                ""
                if is_open or deal is None
                else self.tr("The deal is finished; only an open deal can be changed.")
            )

    # creating -------------------------------------------------------------------------

    def start_create(self) -> DealDialog:
        name = self.context.read_as(lambda s, u: client_name(s, u, self.context.client_id)) or ""
        dialog = DealDialog(name, self)
        dialog.accepted.connect(lambda: self._create(dialog))
        dialog.finished.connect(lambda _: self._forget(dialog))
        self.deal_dialog = dialog
        dialog.open()
        return dialog

    def _create(self, dialog: DealDialog) -> None:
        fields = dialog.fields()
        topic = fields.pop("topic")
        ok, _ = self.context.attempt(
            self.tr("The deal was not created"),
            lambda s, user: deals.create_deal(s, user, self.context.client_id, topic, **fields),
        )
        if ok:
            self.refresh()
            self.dealsChanged.emit()

    def _forget(self, dialog: object) -> None:
        if self.deal_dialog is dialog:
            self.deal_dialog = None
        if self.change_dialog is dialog:
            self.change_dialog = None

    # changing -------------------------------------------------------------------------

    def close_selected(self, *, won: bool) -> None:
        deal = self._selected()
        if deal is None:
            return
        ok, _ = self.context.attempt(
            self.tr("The deal was not closed"),
            lambda s, user: deals.close_deal(s, user, deal.id, won=won),
        )
        if ok:
            self.refresh()
            self.dealsChanged.emit()

    def start_change_client(self) -> ChangeClientDialog | None:
        deal = self._selected()
        if deal is None:
            return None
        current = self.context.read_as(lambda s, u: client_name(s, u, self.context.client_id)) or ""
        dialog = ChangeClientDialog(
            self.context.database,
            self.context.user_login,
            deal.topic,
            self.context.client_id,
            current,
            self,
        )
        dialog.accepted.connect(lambda: self._move(deal, dialog))
        dialog.finished.connect(lambda _: self._forget(dialog))
        self.change_dialog = dialog
        dialog.open()
        return dialog

    def _move(self, deal: DealRow, dialog: ChangeClientDialog) -> None:
        target = dialog.client_id
        if target is None:
            return
        ok, _ = self.context.attempt(
            self.tr("The deal was not moved"),
            lambda s, user: deals.change_deal_client(s, user, deal.id, target),
        )
        if ok:
            self.refresh()
            self.dealsChanged.emit()
