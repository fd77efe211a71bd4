"""The merge dialog (CTL-8): the cards of a group side by side, one column a card. A radio button
over each column picks the card that stays; a click on a value picks the value the surviving
card keeps for that field (marked green). Phones, emails, tags, notes, deals, files, calls and
tasks of every card all go to the survivor; their rows show what each card brings.

The cards are read and merged on a worker (`ui/workers.py`): the window never waits."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from desktop_crm.db import Database
from desktop_crm.progress import Cancelled, Progress
from desktop_crm.services.access import current_user
from desktop_crm.services.merging import Comparison, MergeResult, compare_cards, merge_clients
from desktop_crm.services.merging.choices import empty
from desktop_crm.ui.errors import show_exception
from desktop_crm.ui.locale_format import format_date
from desktop_crm.ui.merge.labels import row_label, shown
from desktop_crm.ui.workers import Operation, ProgressDialog, run_operation, run_query

CHOSEN = QColor("#c8e6c9")  # the value the survivor keeps
KEEP_ROW = 0  # the row of radio buttons that picks the survivor


class MergeDialog(QDialog):
    """Merges the cards `client_ids`; `merged(message)` once done."""

    merged = Signal(str)

    def __init__(
        self, database: Database, login: str, client_ids: Sequence[int], parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mergeDialog")
        self.database, self.login = database, login
        self.client_ids = sorted(dict.fromkeys(client_ids))  # the oldest card first
        self.comparison: Comparison | None = None
        self.survivor = self.client_ids[0] if self.client_ids else 0
        self.picked: dict[str, int] = {}  # field key -> the card whose value the user clicked
        self.operation: Operation[Any] | None = None
        self.outcome: MergeResult | None = None
        self.setWindowTitle(self.tr("Merge %n card(s)", "", len(self.client_ids)))
        self.resize(860, 560)
        self.hint = QLabel(
            self.tr(
                "Choose the card that stays, then click the value it should keep in any "
                "row; the kept values are green. Everything else of the other cards moves to "
                "it, and the other cards are deleted. A merge can be undone."
            ),
            self,
        )
        self.hint.setWordWrap(True)
        self.table = QTableWidget(self)
        self.table.setObjectName("mergeTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setWordWrap(True)
        self.table.cellClicked.connect(self.pick)
        self.summary = QLabel(self.tr("Reading the cards…"), self)
        self.summary.setObjectName("mergeSummary")
        self.summary.setWordWrap(True)
        self.survivors = QButtonGroup(self)
        self.survivors.idClicked.connect(self.keep)
        buttons = QDialogButtonBox(self)
        self.merge_button = QPushButton(self.tr("&Merge"), self)
        self.merge_button.setObjectName("mergeButton")
        self.merge_button.setEnabled(False)
        self.merge_button.clicked.connect(self.run_merge)
        buttons.addButton(self.merge_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.hint, self.table, self.summary, buttons):
            layout.addWidget(widget)
        self.load()

    # -- reading ----------------------------------------------------------------------------
    def load(self) -> None:
        login, ids = self.login, list(self.client_ids)

        def work(session: Session, _progress: Progress, _cancelled: Cancelled) -> Comparison:
            return compare_cards(session, current_user(session, login), ids)

        self.operation = run_query(
            self, self.database, work, on_success=self.show_cards, on_failure=self._failed
        )

    def _failed(self, error: BaseException) -> None:
        show_exception(self, error)
        self.reject()

    def show_cards(self, comparison: Comparison) -> None:
        self.comparison = comparison
        table = self.table
        table.setColumnCount(len(comparison.cards))
        table.setRowCount(len(comparison.fields) + 1)
        headers = [
            f"#{card.id} {card.title}\n{format_date(card.created_at)}" for card in comparison.cards
        ]
        table.setHorizontalHeaderLabels(headers)
        labels = [self.tr("Card that stays")] + [
            row_label(f.key, f.label) for f in comparison.fields
        ]
        table.setVerticalHeaderLabels(labels)
        for column, card in enumerate(comparison.cards):
            radio = QRadioButton(self.tr("Keep #{0}").format(card.id), table)
            radio.setObjectName(f"keep_{card.id}")
            self.survivors.addButton(radio, card.id)
            table.setCellWidget(KEEP_ROW, column, radio)
            for row, field in enumerate(comparison.fields, start=1):
                item = QTableWidgetItem(shown(field.key, field.values[column]))
                if not field.choosable:
                    item.setForeground(QBrush(QColor("#555555")))
                table.setItem(row, column, item)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.resizeRowsToContents()
        self.keep(self.survivor)
        self.merge_button.setEnabled(len(comparison.cards) > 1)

    # -- choosing ---------------------------------------------------------------------------
    def keep(self, client_id: int) -> None:
        """Make `client_id` the card that stays."""
        self.survivor = client_id
        button = self.survivors.button(client_id)
        if button is not None:
            button.setChecked(True)
        self.mark()

    def pick(self, row: int, column: int) -> None:
        """The value in this cell is the one the survivor keeps (a field a merge chooses)."""
        if self.comparison is None or row == KEEP_ROW:
            return
        field = self.comparison.fields[row - 1]
        if field.choosable:
            self.picked[field.key] = self.comparison.cards[column].id
            self.mark()

    def winner(self, key: str) -> int:
        """The card whose value of `key` the survivor keeps: the one clicked, else the
        survivor's own, else the first other card's that is not empty (the service's rule)."""
        assert self.comparison is not None
        if key in self.picked:
            return self.picked[key]
        field = self.comparison.field(key)
        ids = [card.id for card in self.comparison.cards]
        order = [self.survivor, *(cid for cid in ids if cid != self.survivor)]
        for client_id in order:
            if not empty(field.values[ids.index(client_id)]):
                return client_id
        return self.survivor

    def choices(self) -> dict[str, int]:
        assert self.comparison is not None
        return {f.key: self.winner(f.key) for f in self.comparison.fields if f.choosable}

    def mark(self) -> None:
        if self.comparison is None:
            return
        ids = [card.id for card in self.comparison.cards]
        kept = self.tr("The card that stays keeps this value")
        for row, field in enumerate(self.comparison.fields, start=1):
            chosen = ids.index(self.winner(field.key)) if field.choosable else -1
            for column in range(len(ids)):
                item = self.table.item(row, column)
                if item is None:
                    continue
                on = column == chosen and bool(field.values[column])
                font = QFont(item.font())
                font.setBold(on)
                item.setFont(font)
                item.setBackground(QBrush(CHOSEN) if on else QBrush())
                item.setToolTip(kept if on else "")
        others = ", ".join(f"#{cid}" for cid in ids if cid != self.survivor)
        self.summary.setText(
            self.tr("{0} will be merged into #{1} and deleted.").format(others, self.survivor)
        )

    # -- merging ----------------------------------------------------------------------------
    def run_merge(self) -> Operation[MergeResult] | None:
        if self.comparison is None:
            return None
        login, keep, choices = self.login, self.survivor, self.choices()
        others = [card.id for card in self.comparison.cards if card.id != keep]

        def work(session: Session, _progress: Progress, _cancelled: Cancelled) -> MergeResult:
            return merge_clients(session, current_user(session, login), keep, others, choices)

        self.merge_button.setEnabled(False)
        operation = run_operation(
            self,
            self.database,
            work,
            on_success=self._merged,
            on_failure=self._merge_failed,
            dialog=ProgressDialog(label=self.tr("Merging…"), cancellable=False),
        )
        self.operation = operation
        return operation

    def _merge_failed(self, error: BaseException) -> None:
        show_exception(self, error)
        self.merge_button.setEnabled(True)

    def _merged(self, result: MergeResult) -> None:
        self.outcome = result
        merged = ", ".join(f"#{cid}" for cid in result.merged)
        self.merged.emit(
            self.tr("{0} merged into #{1} (merge #{2})").format(
                merged, result.kept, result.bulk_edit_id
            )
        )
        self.accept()


def open_merge_dialog(
    parent: QWidget | None, database: Database, login: str, client_ids: Sequence[int]
) -> MergeDialog:
    """Show the merge dialog for these cards (non-modal); it reads them on a worker."""
    dialog = MergeDialog(database, login, client_ids, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
