"""The People tab of a company's card (CLI-1): clients attached to the company and its contact
persons, with their primary phone and email. Double-clicking a client opens their card."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.services.contact_persons import Employee, employees
from desktop_crm.ui.card.context import CardContext
from desktop_crm.ui.widgets.style import muted

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class PeopleTab(QWidget):
    """Signals: `openClientRequested(int)` on a double-click on an employee who is a client."""

    openClientRequested = Signal(int)

    def __init__(self, context: CardContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.loaded = False
        self._people: list[Employee] = []
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("peopleTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Who"),
                self.tr("Position"),
                self.tr("Phone"),
                self.tr("Email"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.cellDoubleClicked.connect(self._double_clicked)
        self.hint = QLabel(
            self.tr("Attach a person to this company on their card (“Company”)."), self
        )
        muted(self.hint)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint)

    def refresh(self) -> None:
        self._people = self.context.read(lambda s: employees(s, self.context.client_id))
        self.table.setRowCount(len(self._people))
        for index, person in enumerate(self._people):
            is_client = person.kind == "client"
            cells = (
                person.full_name,
                self.tr("client") if is_client else self.tr("contact person"),
                person.position or "",
                person.phone or "",
                person.email or "",
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, person.id)
                if is_client:
                    item.setToolTip(self.tr("Double-click to open the card"))
                self.table.setItem(index, column, item)
        self.loaded = True

    def ensure_loaded(self) -> None:
        if not self.loaded:
            self.refresh()

    def people(self) -> list[Employee]:
        return list(self._people)

    def open_row(self, row: int) -> None:
        """Open the card of the person in `row` if they are a client."""
        if 0 <= row < len(self._people) and self._people[row].kind == "client":
            self.openClientRequested.emit(self._people[row].id)

    def _double_clicked(self, row: int, _column: int) -> None:
        self.open_row(row)
