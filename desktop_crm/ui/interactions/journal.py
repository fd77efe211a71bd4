"""The calls and emails journal (Interactions › Calls and emails…): every interaction in a lazy
list, filtered by link state, kind, direction, period (a preset, or a custom one between two
dates, both days included) and user, searched by address, number or subject; open one to read
it, set its client by hand (LNK-5 offer after), link now, register a call or an email."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta

from PySide6.QtCore import QDate, QModelIndex, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.db import Database
from desktop_crm.services.access import current_user
from desktop_crm.services.interaction_list import (
    ALL,
    AMBIGUOUS,
    LINKED,
    UNLINKED,
    InteractionFilter,
    InteractionRow,
    count_interactions,
    list_interactions,
    viewer_of,
)
from desktop_crm.services.linking import LinkResult, link_interactions
from desktop_crm.services.users import list_users
from desktop_crm.ui.errors import show_exception
from desktop_crm.ui.interactions.link_dialogs import SaveAddressOffer, SetClientDialog, link_by_hand
from desktop_crm.ui.interactions.reader import InteractionDialog
from desktop_crm.ui.interactions.register_dialog import RegisterDialog
from desktop_crm.ui.interactions.table_model import SUBJECT, JournalModel
from desktop_crm.ui.locale_format import date_pattern
from desktop_crm.ui.widgets.paged_model import ROW_ROLE, follow_scrolling
from desktop_crm.ui.widgets.style import muted
from desktop_crm.ui.workers import run_operation

SEARCH_DELAY_MS = 300
PERIOD_DAYS = {"any": None, "today": 0, "week": 7, "month": 30, "year": 365}
CUSTOM = "custom"
CUSTOM_DAYS = 30  # what a custom period starts as: the last 30 days


def utc_midnight(day: date) -> datetime:
    """Local midnight at the start of `day`, as naive UTC (how interactions store time)."""
    return datetime.combine(day, time.min).astimezone().astimezone(UTC).replace(tzinfo=None)


class JournalWindow(QDialog):
    """Signals: `changed()` after links were made here (the cards' feeds may have grown)."""

    changed = Signal()

    def __init__(
        self,
        database: Database,
        login: str,
        parent: QWidget | None = None,
        *,
        open_card: Callable[[int], object] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("interactionsJournal")
        self.setWindowTitle(self.tr("Calls and emails"))
        self.database, self.login, self.open_card = database, login, open_card
        self.offer: SaveAddressOffer | None = None
        self.reader: InteractionDialog | None = None
        self._build_filters()
        self.model = JournalModel(self._page, self)
        self.view = QTableView(self)
        self.view.setObjectName("journalView")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setSectionResizeMode(SUBJECT, QHeaderView.ResizeMode.Stretch)
        self.view.doubleClicked.connect(self._double_clicked)
        follow_scrolling(self.view, self.model)
        self.count_label = muted(QLabel(self))
        self._build_buttons()
        layout = QVBoxLayout(self)
        layout.addLayout(self.filter_row)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count_label)
        layout.addLayout(self.button_row)
        self.resize(1180, 640)
        self.reload()

    # building ---------------------------------------------------------------------------
    def _combo(self, name: str, items: list[tuple[str, object]]) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        for text, value in items:
            combo.addItem(text, value)
        combo.currentIndexChanged.connect(self.reload)
        return combo

    def _build_filters(self) -> None:
        self.link_filter = self._combo(
            "linkFilter",
            [
                (self.tr("Linked or not"), ALL),
                (self.tr("Linked"), LINKED),
                (self.tr("Not linked"), UNLINKED),
                (self.tr("Several cards matched"), AMBIGUOUS),
            ],
        )
        self.kind_filter = self._combo(
            "kindFilter",
            [
                (self.tr("Calls and emails"), None),
                (self.tr("Calls"), "call"),
                (self.tr("Emails"), "email"),
            ],
        )
        self.direction_filter = self._combo(
            "directionFilter",
            [
                (self.tr("Both ways"), None),
                (self.tr("Incoming"), "in"),
                (self.tr("Outgoing"), "out"),
            ],
        )
        self._build_period()
        with self.database.session() as session:
            users = [(u.full_name, u.id) for u in list_users(session)]
            self.viewer_id = viewer_of(current_user(session, self.login))
        self.user_filter = self._combo("userFilter", [(self.tr("Anyone"), None), *users])
        self.search = QLineEdit(self)
        self.search.setObjectName("journalSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search an address, number or subject…"))
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.filter_row = QHBoxLayout()
        for widget in (
            self.link_filter,
            self.kind_filter,
            self.direction_filter,
            self.period_filter,
            self.period_from,
            self.period_to,
            self.user_filter,
        ):
            self.filter_row.addWidget(widget)
        self.filter_row.addWidget(self.search, 1)
        self._show_period()

    def _build_period(self) -> None:
        self.period_filter = self._combo(
            "periodFilter",
            [
                (self.tr("Any time"), "any"),
                (self.tr("Today"), "today"),
                (self.tr("Last 7 days"), "week"),
                (self.tr("Last 30 days"), "month"),
                (self.tr("Last year"), "year"),
                (self.tr("Custom period"), CUSTOM),
            ],
        )
        self.period_from = self._date_edit("periodFrom", -CUSTOM_DAYS)
        self.period_from.setToolTip(self.tr("First day of the period"))
        self.period_to = self._date_edit("periodTo", 0)
        self.period_to.setToolTip(self.tr("Last day of the period (included)"))
        self.period_filter.currentIndexChanged.connect(self._show_period)

    def _date_edit(self, name: str, days_from_today: int) -> QDateEdit:
        edit = QDateEdit(QDate.currentDate().addDays(days_from_today), self)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(date_pattern())  # as the list shows its dates
        edit.dateChanged.connect(self._period_changed)
        return edit

    def _show_period(self) -> None:
        custom = self.period_filter.currentData() == CUSTOM
        self.period_from.setVisible(custom)
        self.period_to.setVisible(custom)

    def _period_changed(self) -> None:
        """Keep the custom period in order (its end never before its start), then filter."""
        if self.sender() is self.period_from and self.period_to.date() < self.period_from.date():
            self.period_to.setDate(self.period_from.date())  # reloads through its own signal
            return
        if self.period_to.date() < self.period_from.date():
            self.period_from.setDate(self.period_to.date())
            return
        if self.period_filter.currentData() == CUSTOM:
            self.reload()

    def _button(self, text: str, name: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(slot)
        self.button_row.addWidget(button)
        return button

    def _build_buttons(self) -> None:
        self.button_row = QHBoxLayout()
        self.open_button = self._button(self.tr("Open…"), "openInteraction", self.open_selected)
        self.client_button = self._button(self.tr("Set client…"), "setClient", self.choose_client)
        self.link_button = self._button(self.tr("Link now"), "linkNow", self.link_now)
        self.button_row.addStretch(1)
        self._button(self.tr("Register a call…"), "registerCall", lambda: self.register("call"))
        self._button(self.tr("Register an email…"), "registerEmail", lambda: self.register("email"))

    # data -------------------------------------------------------------------------------
    def period(self) -> tuple[datetime | None, datetime | None]:
        """The chosen period as naive UTC: from local midnight of its first day, up to (not
        including) local midnight after its last."""
        period = str(self.period_filter.currentData())
        if period == CUSTOM:
            first = self.period_from.date().toPython()
            last = self.period_to.date().toPython()
            assert isinstance(first, date) and isinstance(last, date)
            return utc_midnight(first), utc_midnight(last + timedelta(days=1))
        days = PERIOD_DAYS.get(period)
        if days is None:
            return None, None
        return utc_midnight(date.today() - timedelta(days=days)), None

    def current_filter(self) -> InteractionFilter:
        since, until = self.period()
        return InteractionFilter(
            link=str(self.link_filter.currentData()),
            kind=self.kind_filter.currentData(),
            direction=self.direction_filter.currentData(),
            since=since,
            until=until,
            user_id=self.user_filter.currentData(),
            search=self.search.text(),
            viewer_id=self.viewer_id,
        )

    def _page(self, before: InteractionRow | None) -> list[InteractionRow]:
        with self.database.session() as session:
            return list_interactions(
                session, self.current_filter(), before=before, limit=self.model.page_size
            )

    def reload(self) -> None:
        self.model.reload()
        with self.database.session() as session:
            total = count_interactions(session, self.current_filter())
        self.count_label.setText(self.tr("%n call(s) and email(s)", "", total))

    def rows(self) -> list[InteractionRow]:
        return self.model.rows()

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        return [self.model.row_at(r).id for r in rows]

    # actions ----------------------------------------------------------------------------
    def open_selected(self) -> InteractionDialog | None:
        ids = self.selected_ids()
        return self.open_interaction(ids[0]) if ids else None

    def _double_clicked(self, index: QModelIndex) -> None:
        row = self.model.data(index, ROW_ROLE)
        if row is not None:
            self.open_interaction(row.id)

    def open_interaction(self, interaction_id: int) -> InteractionDialog:
        self.reader = InteractionDialog(
            self.database, self.login, interaction_id, self, open_card=self.open_card
        )
        self.reader.linked.connect(lambda _id: self._after_link())
        self.reader.show()
        return self.reader

    def choose_client(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        dialog = SetClientDialog(self.database, self.login, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.client_id is not None:
            self.link_selected_to(dialog.client_id, dialog.person_id())

    def link_selected_to(
        self, client_id: int, person_id: int | None = None
    ) -> SaveAddressOffer | None:
        """Link the first selected interaction by hand; returns the LNK-5 offer, if any."""
        ids = self.selected_ids()
        if not ids:
            return None
        self.offer = link_by_hand(self, self.database, self.login, ids[0], client_id, person_id)
        if self.offer is not None:
            self.offer.finished.connect(lambda _code: self._after_link())
        self._after_link()
        return self.offer

    def _after_link(self) -> None:
        self.reload()
        self.changed.emit()

    def link_now(self) -> None:
        """Run the linking job over the selected rows, or over every unlinked one."""
        ids = self.selected_ids() or None
        self.link_button.setEnabled(False)

        def done(result: LinkResult) -> None:
            self.link_button.setEnabled(True)
            self.count_label.setText(
                self.tr("Linked %1 of %2.")
                .replace("%1", str(result.linked))
                .replace("%2", str(result.examined))
            )
            self.model.reload()
            self.changed.emit()

        self.operation = run_operation(
            self,
            self.database,
            lambda session, _progress, _cancelled: link_interactions(session, ids),
            on_success=done,
            on_failure=self._link_failed,
        )

    def _link_failed(self, exc: BaseException) -> None:
        self.link_button.setEnabled(True)
        show_exception(self, exc)

    def register(self, kind: str) -> RegisterDialog:
        dialog = RegisterDialog(self.database, self.login, kind, self)
        dialog.accepted.connect(self._after_link)
        dialog.open()
        return dialog
