"""The People tab of a company's card (CLI-1): clients attached to the company and its contact
persons, with their primary phone and email. Double-clicking a client opens their card; a
contact person is opened in an editor, and contact persons are added and removed here."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.services.contact_persons import (
    Employee,
    PersonData,
    add_contact_person,
    delete_contact_person,
    employees,
    get_contact_person,
    update_contact_person,
)
from desktop_crm.ui.card.context import CardContext
from desktop_crm.ui.card.person_dialog import PersonDialog
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
        buttons = QHBoxLayout()
        for name, text, slot in (
            ("addPersonButton", self.tr("Add contact person…"), self.add_person),
            ("editPersonButton", self.tr("Edit…"), self.edit_current),
            ("removePersonButton", self.tr("Remove…"), self.remove_current),
        ):
            button = QPushButton(text, self)
            button.setObjectName(name)
            button.clicked.connect(lambda _checked=False, slot=slot: slot())
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
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
        """Open the card of the person in `row` if they are a client, their editor if they are
        a contact person."""
        if not 0 <= row < len(self._people):
            return
        if self._people[row].kind == "client":
            self.openClientRequested.emit(self._people[row].id)
        else:
            self.edit_person(self._people[row].id)

    def _current_person(self) -> Employee | None:
        row = self.table.currentRow()
        person = self._people[row] if 0 <= row < len(self._people) else None
        return person if person is not None and person.kind != "client" else None

    def edit_current(self) -> None:
        person = self._current_person()
        if person is not None:
            self.edit_person(person.id)

    def add_person(self) -> None:
        dialog = PersonDialog(PersonData(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            data, region, client_id = dialog.data(), self.context.region, self.context.client_id
            self.context.attempt(
                self.tr("Add contact person"),
                lambda s, actor: add_contact_person(s, actor, client_id, data, region=region),
            )
            self.refresh()

    def edit_person(self, person_id: int) -> None:
        data, version = self.context.read(
            lambda s: (
                PersonData.from_person(p := get_contact_person(s, person_id)),
                p.version,
            )
        )
        dialog = PersonDialog(data, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            new, region = dialog.data(), self.context.region
            self.context.attempt(
                self.tr("Edit contact person"),
                lambda s, actor: update_contact_person(
                    s, actor, person_id, new, version, region=region
                ),
            )
            self.refresh()

    def remove_current(self) -> None:
        person = self._current_person()
        if person is None or not self.context.prompts.confirm(
            self.tr("Remove contact person"),
            self.tr("Remove {0} and their phones and emails from this company?").format(
                person.full_name
            ),
        ):
            return
        self.context.attempt(
            self.tr("Remove contact person"),
            lambda s, actor: delete_contact_person(s, actor, person.id),
        )
        self.refresh()

    def _double_clicked(self, row: int, _column: int) -> None:
        self.open_row(row)
